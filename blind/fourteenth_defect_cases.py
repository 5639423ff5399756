# ruff: noqa: E501
"""Fourteenth set of blind defect cases for the transcript-cleaning product: ORDINARY files.

Blind conditions: written without reading any detector, flow, synthetic-data, schema, SQL, CLI, warehouse, test or
benchmark code, the project README or its docs, and without grepping the repository or running the product or any
benchmark. The only things read were the first 15 lines of benchmarks/blind_defects.py, the thirteen earlier case
writers in blind/ (for the interface, the truth conventions and the layouts they already used, none of which is
reused here), the ``[tool.ruff]`` section of pyproject.toml (to keep this file ruff-clean) and /work/shared/README.md.
Nothing was read from /work/shared/corpora; every transcript below was written for this set. The truth was fixed from
the text written here, before any run of the product, and the product was never run. Run as

    python blind/fourteenth_defect_cases.py OUT_DIR [--show]

to write 12 files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR (``--show`` also
prints every truth row next to the line it names).

The emphasis is on ordinary data: eleven files (01-11) are shapes a counselling-data team really gets, each with a
convention no earlier set used; the twelfth is an ordinary file that is not a transcript. One file (05) is in
Polish; the rest is English. Encodings and line ends: 01 UTF-8, CRLF; 02 UTF-8 and LF, except one line typed in an
"ANSI" (Windows-1252) sitting; 05 Windows-1250 (the Polish "ANSI" code page), CRLF; 09 UTF-8 with a BOM, CRLF (as
Google Docs writes "Plain text (.txt)"); 04 UTF-8, CRLF; 11 UTF-8 and LF, except one pasted email body that is
ISO-8859-1; the others UTF-8 without a BOM and LF.

* ``01_session4_transcript_copied_from_pdf.txt``: a word-processor transcript (``Jo:``/``Ruth:``, one paragraph a
  turn, curly quotes and dashes) that was exported to PDF and copied back out as text, so the running page header
  and ``Page n of 4`` footer stand between paragraphs, a long turn runs on over a page break, and Word's margin
  comment came out as a line ``Commented [JH1]: ...``. A header block names the participants (its ``Client: R.T.``
  line is a header). Defects: a paragraph pasted from an old ANSI draft (lone 0x93/0x94/0x96 bytes:
  encoding_error), the counsellor's summary typed under ``Ruth:`` (role_inversion), a client paragraph pasted again
  with straight quotes and a comma moved (near_duplicate_turn), the margin comment line (unparseable_line), the copy
  ending at the foot of page 3 in the middle of Ruth's sentence (truncated_turn). Decoys: the header block, page
  headers and footers, the turn continued across a page break, curly quotes, ``Mm.``, Ruth quoting her brother, the
  counsellor's risk question, ``I can't tell you what to do`` (counsellor), verbatim reflections.
* ``02_process_recording_k_session3.txt``: a trainee school counsellor's process recording typed up from handwritten
  notes: ``Me:`` (the trainee) and ``K:`` (the pupil), a key line, ``[...]`` lines of the writer's own thoughts,
  ``(?)`` for an illegible word. Typed in two sittings: the first in Notepad as "ANSI", the rest in UTF-8 (so the
  one non-ASCII character of the first sitting is a lone 0xA3 byte: encoding_error). Defects: that line, the head of
  year putting her head round the door (``Mrs P:``: unknown_speaker), the trainee's reflection written under ``K:``
  (role_inversion), a ``K:`` label with nothing after it (empty_turn), the notes ending mid-sentence where the
  notebook page ran out (truncated_turn). Decoys: the header and key, bracketed reflections, ``(?)``, reported
  speech in a ``Me:`` line, short ``Yeah.`` turns, a correct UTF-8 em dash in the second sitting, ``I can't``
  (pupil).
* ``03_GMT20240311-180212_Recording.transcript.vtt``: a Zoom cloud-recording transcript in its native form: WebVTT
  cues whose text is ``Name: words`` (no ``<v>`` tags), one cue per caption chunk, so a long utterance runs over two
  cues of the same name. The client's partner's phone is a participant named ``Galaxy S21``. Defects: the
  counsellor's question attributed to the client by cross-talk (role_inversion), the partner speaking
  (unknown_speaker), a line the counsellor typed into the file when editing (no cue timing: unparseable_line), the
  recording stopped mid-sentence (truncated_turn). Decoys: ``WEBVTT``, cue numbers and timings, an utterance split
  over two cues (the first ending in ``which``), ``you froze`` and the client's rephrasing, ``Okay.`` twice,
  ``I can't promise`` (counsellor).
* ``04_intercom_conversation_parts.csv``: a university wellbeing service's Intercom data export, one conversation
  PART a row: ``conversation_id,part_id,created_at,part_type,author_type,author_name,body`` with HTML bodies.
  ``author_type`` ``user`` is the student (client), ``admin`` a practitioner and ``bot`` the Fin AI agent (both the
  counsellor role); ``note`` parts are internal and ``assignment``/``close`` parts have empty bodies: none of these
  is a turn. Defects: a saved reply sent with its ``{{first_name|fallback:"there"}}`` placeholder unresolved
  (meta_text), a student message re-sent with its typo fixed (near_duplicate_turn), Fin's hotline-only reply to a
  student who says she does not want to be alive (refusal), a student comment whose body is empty (the screenshot it
  carried is not in the export: empty_turn). Decoys: notes, assignment and close parts, ``<p>``/``<br>``/``&amp;``
  markup, ``ok`` twice, lowercase messages, Fin's correct confidentiality answer, Samaritans and 999 inside the
  practitioner's real engagement, the practitioner quoting the course leader's email.
* ``05_transkrypcje_sesji_pl.csv``: a Polish counselling team's transcript sheet saved by Excel as "CSV (separated
  by semicolons)" on a Polish Windows: Windows-1250, CRLF, a first line ``sep=;`` (Excel's separator hint), then
  ``Sesja;Nr;Czas;Osoba;Wypowiedź;Uwagi``, ``Terapeutka`` (counsellor) / ``Klientka`` (client).
  Defects: two cells pasted from the speech-to-text tool's UTF-8 file and read as Windows-1250 (``siÄ™``, ``mĂłwiÄ‡``:
  mojibake, one client and one counsellor row), the counsellor's reflection typed under ``Klientka``
  (role_inversion), a client row entered again with a word dropped (near_duplicate_turn), a client cell that stops
  mid-clause (truncated_turn). Decoys: ``sep=;``, correct Polish letters, Polish „quotes” and a semicolon inside a
  quoted cell, ``Uwagi`` notes (``śmiech``, ``pauza``), ``Mhm.`` twice, ``Nie mogę obiecać`` (counsellor).
* ``06_ft_counsellor_weighted.jsonl``: an OpenAI chat fine-tuning file that uses per-message ``"weight": 0|1`` on
  assistant messages (weight 0 = not trained on, not a defect). Defects: the classic ChatGPT "I'm really sorry that
  you're feeling this way, but I'm unable to provide the help that you need" (refusal, row 2), a
  ``(Note: This response uses reflective listening ...)`` tail (meta_text, row 3), a last reply cut by ``max_tokens``
  (truncated_turn, row 4), an assistant message that discloses like a client (role_inversion, row 5), a row appended
  with ``print(dict)`` instead of ``json.dumps`` (Python repr, single quotes: unparseable_line, row 6), row 8 a copy
  of row 1 with only the weights changed (duplicate_session). Decoys: the system message, weight 0, lowercase user
  messages, Samaritans inside real engagement, ``I can't sleep`` (user).
* ``07_crisp_conversation_messages.json``: a Crisp REST API response listing one website-chat conversation of a
  low-cost counselling charity (``{"error": false, "reason": "listed", "data": [...]}``, indent 2); each message
  has ``type``, ``from`` (``user`` = client, ``operator`` = counsellor role), ``origin`` (``chat`` or ``email``),
  ``content``. ``note`` and ``event`` messages are not turns. Defects: a visitor message sent twice
  (duplicate_turn), a user text message with empty content (empty_turn), a later reply that arrived through the
  email channel with UTF-8 read as Windows-1252 (mojibake). Decoys: the note and the resolve event, ``yep``, an
  emoji, Samaritans inside engagement, the operator naming the waiting time.
* ``08_open_webui_chat_sleep.md``: a student's chat with a small local model saved from Open WebUI as Markdown:
  a title, then ``### USER`` / ``### ASSISTANT`` headings with the text below (Markdown lists inside replies).
  Defects: a Llama-style "I can't provide mental health advice" reply (refusal), one reply given three times
  (repetition_loop, duplicate_turn, near_duplicate_turn), the model writing the user's next message under
  ``ASSISTANT`` (role_inversion), a reply ending in a leaked ``<|eot_id|>`` (meta_text), the last reply cut in the
  middle of a numbered list (truncated_turn). Decoys: the title lines, Markdown lists and bold, ``ok`` twice,
  lowercase user text, the user objecting to the refusal, the model saying ``I'm not a therapist, but I'm happy to
  listen`` and engaging.
* ``09_session2_transcript_gdocs.txt``: a transcript typed in Google Docs and downloaded as plain text:
  ``[hh:mm:ss] XX: text`` with speaker INITIALS keyed in a ``Participants:`` line (MH counsellor, DO client); Google
  Docs writes comment anchors ``[a]``, ``[b]`` into the text and the comments themselves at the end of the file.
  Defects: a client paragraph pasted from an older, garbled draft (mojibake), a line pasted twice, time stamp and all
  (duplicate_turn), a client turn cut where the typist skipped ahead five minutes (truncated_turn), a client
  disclosure typed under ``MH`` (role_inversion), an editor's ``<<Maria - keep or cut? ...>>`` left inside a turn
  (meta_text). Decoys: the title and key, the comment anchors and comment lines, ``[inaudible]``/``[crosstalk]``,
  ``Mm-hmm.`` twice, the client quoting his father, an en dash.
* ``10_happyscribe_export_graham.txt``: a transcription-service text export (Happy Scribe layout):
  ``[00:00:00.00] - Speaker 1`` on one line, the words on the next, a blank line between; speakers are numbered,
  not named (Speaker 1 is plainly the counsellor, Speaker 2 the client). Defects: a client sentence that the
  recogniser repeated over a silence (repetition_loop + two duplicate_turn), the counsellor's reflection diarised as
  Speaker 2 (role_inversion), a colleague opening the door (Speaker 3: unknown_speaker), the recorder stopping
  mid-sentence (truncated_turn). Decoys: a client segment ending without punctuation that the next completes,
  ``Mm-hmm.`` from both speakers, the client quoting his late wife, a bereavement group named inside engagement.
* ``11_tawkto_transcripts_march.txt``: two tawk.to chat transcripts as the service emails them, pasted into one
  file: a header (``Visitor:``, ``Visitor Email:``, ``Chat started on:`` ...), a rule, ``[HH:MM] Name: text``
  messages and ``*** ... ***`` system lines; the AI assistant ``Apollo AI`` answers before a volunteer joins (bot
  and volunteers are the counsellor role, the visitor the client). The second transcript was pasted from an email
  body in ISO-8859-1. Defects: Apollo's hotline-only reply (refusal), a visitor message sent twice after a dropped
  connection (duplicate_turn), a message with a lone 0xE9 byte (encoding_error). Decoys: the header lines (one
  reads ``Visitor: Visitor 48213``), system lines, a message continued on the next lines, ``ok`` twice, correct
  UTF-8 ``Zoë``, Samaritans inside engagement, ``:)``.
* ``12_reflective_log_week6.txt``: a trainee's Gibbs-cycle reflective log on a session, prose under headings, with a
  few quoted sentences of the client and a ``Supervisor feedback:`` line. It is not a transcript
  (unparseable_file, line 0).

Line numbers are 1-based physical lines of the written file (the decoded text split on its line end, ``\\r\\n`` for
01, 04, 05 and 09, ``\\n`` for the others; no other line-break character occurs in any file), computed while the file
is built:

* a turn-level row points at the line holding the turn's speaker label or its equivalent: in 01, 02, 09 and 11 the
  label line (01's text may run on after a page break; the row stays on the label line); in 03 the cue's text line
  ``Name: words``; in 04 the record's line and in 05 the record's line (04's header is line 1; 05's ``sep=;`` is line
  1 and its header line 2); in 06 the conversation's row (its turns share it; one row per kind); in 07 the message's
  ``"from": ...`` line (``"content"`` follows it); in 08 the ``### USER``/``### ASSISTANT`` heading; in 10 the
  ``[time] - Speaker n`` line (the words are on the next line);
* meta text inside a turn is marked at the turn's line; ``unparseable_line`` at the line itself (01's margin
  comment, 03's editing note, 06's Python-repr row), which is not a turn;
* ``encoding_error`` is marked at the turn holding bytes invalid in the file's encoding (lone Windows-1252 or
  ISO-8859-1 bytes in UTF-8 files: 01, 02, 11); text that decodes validly but was garbled upstream is ``mojibake``
  (UTF-8 read as Windows-1252 in 07 and 09, as Windows-1250 in 05), marked on every garbled turn; 05's own
  Windows-1250 letters are decoys;
* a session-level row (a duplicate session) points at the session's first turn (in 06 its row); a single turn in
  the other role's voice is ``role_inversion`` at its own line; the file-level row (``unparseable_file``, 12) is at
  line 0, as the benchmark's docstring says;
* a repetition loop is marked as in the earlier writers: ``repetition_loop`` on the first occurrence, then
  ``duplicate_turn`` or ``near_duplicate_turn`` on every later copy; of a duplicated session the later copy is marked.

Not turns: 01's header block, page headers and footers; 02's header, key and bracketed reflections; 03's
``WEBVTT``, cue numbers and timings; 04's header, notes, assignment and close parts; 05's ``sep=;`` and header; 06's
system messages; 07's envelope, notes and events; 08's title lines; 09's title, key and comment lines; 10's time
lines; 11's transcript headers, rules and ``***`` lines; all of 12. A speaker outside the counsellor/client roles
(02's ``Mrs P``, 03's ``Galaxy S21``, 10's ``Speaker 3``) speaking a turn is ``unknown_speaker``; Fin (04) and Apollo
(11) stand in the counsellor's role.

Turns and lines that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag; the tag never reaches the
truth, and the number of decoys is printed. Standard library only.
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
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}
LINE_KINDS = {"unparseable_line"}

T, C, X = "T", "C", "?"  # counsellor role, client role, nobody's role
ENCODINGS = ("utf-8", "cp1250")
OTHER_BREAKS = "\x0b\x0c\x1c\x1d\x1e\x85\u2028\u2029"
C1_CONTROLS = {chr(n) for n in range(0x80, 0xA0)}


# ---------------------------------------------------------------------------
# garbling and bad bytes
# ---------------------------------------------------------------------------
MADE_GARBLED: set[str] = set()


def moji(text: str, codec: str) -> str:
    """UTF-8 bytes of ``text`` read with a single-byte ``codec`` (strict: every byte must map to a printable)."""
    out = text.encode("utf-8").decode(codec)
    assert out != text and not set(out) & C1_CONTROLS
    MADE_GARBLED.add(out)
    return out


def lone_bytes(text: str, codec: str) -> str:
    """``text`` written in a single-byte code page into a UTF-8 file: its non-ASCII characters become lone invalid
    bytes, held here as surrogate escapes."""
    out = text.encode(codec).decode("utf-8", errors="surrogateescape")
    assert out != text
    return out


def has_bad_units(text: str, encoding: str) -> bool:
    return encoding == "utf-8" and any(0xDC80 <= ord(ch) <= 0xDCFF for ch in text)


def _undo(text: str, codec: str) -> str | None:
    try:
        fixed = text.encode(codec).decode("utf-8")
    except (UnicodeEncodeError, UnicodeDecodeError):
        return None
    return fixed if fixed != text else None


def garbled(text: str) -> bool:
    """A self-check only: the text was made by ``moji`` or reads back as UTF-8 through a single-byte code page."""
    if text in MADE_GARBLED:
        return True
    if any(0xD800 <= ord(ch) <= 0xDFFF for ch in text):
        return False
    return any(_undo(text, codec) is not None for codec in ("cp1252", "cp1250", "latin-1"))


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
    anchor: str
    probe: str | None
    end: int


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


class Doc:
    PROBE_SPAN = 4

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        *,
        encoding: str = "utf-8",
        eol: str = "\n",
        bom: bool = False,
        row_sessions: bool = False,
    ) -> None:
        assert encoding in ENCODINGS and eol in ("\n", "\r\n")
        self.name = name
        self.roles = roles
        self.encoding = encoding
        self.eol = eol
        self.bom = bom
        self.row_sessions = row_sessions
        self.out: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[Session] = []
        self.current: Session | None = None
        self.line_rows: set[int] = set()
        self.file_level = False

    def add(self, *lines: str) -> int:
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, (self.name, line[:60])
            assert not any(ch in line for ch in OTHER_BREAKS), (self.name, line[:60])
            self.out.append(line)
        return first

    @property
    def next_line(self) -> int:
        return len(self.out) + 1

    def _truth(self, line: int, kind: str) -> None:
        assert (line, kind) not in self.truth, f"{self.name}:{line} {kind} twice"
        self.truth.append((line, kind))

    def start(self, *kinds: str) -> Session:
        assert set(kinds) <= SESSION_KINDS, kinds
        session = Session(tuple(kinds))
        self.sessions.append(session)
        self.current = session
        return session

    def turn(
        self,
        label: str,
        text: str,
        line: int,
        tags: Sequence[str] = (),
        *,
        anchor: str,
        probe: str | None = None,
        end: int | None = None,
    ) -> None:
        assert label in self.roles, (self.name, label)
        session = self.current
        assert session is not None
        kinds, decoys = split_tags(tags)
        assert not set(kinds) & {"duplicate_session", "unparseable_file", "unparseable_line"}
        assert ("mojibake" in kinds) == garbled(text), (self.name, line, text[:60])
        assert ("encoding_error" in kinds) == has_bad_units(text, self.encoding), (self.name, line)
        if "empty_turn" in kinds:
            assert text.strip() == "", (self.name, line)
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        assert (self.roles[label] == X) == ("unknown_speaker" in kinds), (self.name, line)
        row_kinds = list(kinds)
        if not session.turns:
            row_kinds = list(session.kinds) + row_kinds
        for kind in row_kinds:
            self._truth(line, kind)
        for note in decoys:
            self.decoys.append((line, note))
        session.turns.append(
            Turn(label, self.roles[label], text, line, tuple(kinds), anchor, probe, line if end is None else end)
        )

    def mark(self, line: int, *tags: str) -> None:
        kinds, decoys = split_tags(tags)
        assert set(kinds) <= LINE_KINDS, kinds
        for kind in kinds:
            self._truth(line, kind)
            self.line_rows.add(line)
        for note in decoys:
            self.decoys.append((line, note))

    def mark_file(self, *tags: str) -> None:
        kinds, decoys = split_tags(tags)
        assert kinds == ["unparseable_file"], kinds
        self._truth(0, "unparseable_file")
        self.file_level = True
        for note in decoys:
            self.decoys.append((0, note))

    def decoy(self, line: int, note: str) -> None:
        self.decoys.append((line, "decoy: " + note))

    def render(self) -> bytes:
        body = "".join(line + self.eol for line in self.out)
        errors = "surrogateescape" if self.encoding == "utf-8" else "strict"
        data = body.encode(self.encoding, errors=errors)
        return codecs.BOM_UTF8 + data if self.bom else data

    def decode(self, raw: bytes) -> str:
        if self.bom:
            assert raw.startswith(codecs.BOM_UTF8)
            raw = raw[3:]
        else:
            assert not raw.startswith(codecs.BOM_UTF8)
        errors = "surrogateescape" if self.encoding == "utf-8" else "strict"
        return raw.decode(self.encoding, errors=errors)

    def check_file(self, data: str) -> None:
        """A format-specific check of the whole written text."""


def jstr(text: str) -> str:
    return json.dumps(text, ensure_ascii=False)


# ---------------------------------------------------------------------------
# 01 word-processor transcript exported to PDF and copied back out as text
# ---------------------------------------------------------------------------
class PdfCopyDoc(Doc):
    def __init__(self) -> None:
        super().__init__("01_session4_transcript_copied_from_pdf.txt", {"Jo": T, "Ruth": C}, eol="\r\n")
        self.page = 1

    def p(self, label: str, text: str, *tags: str) -> int:
        line = self.add(f"{label}: {text}", "")
        self.turn(label, text, line, tags, anchor=f"{label}: ", probe=text[:24])
        return line

    def page_break(self) -> None:
        first = self.add(
            f"Page {self.page} of 4",
            f"CONFIDENTIAL \u2013 R.T. (ref. 0417) \u2013 Session 4 \u2013 page {self.page + 1}",
        )
        self.decoy(first, "page footer copied out of the PDF")
        self.decoy(first + 1, "running page header copied out of the PDF")
        self.page += 1


def f01() -> Doc:
    doc = PdfCopyDoc()
    head = doc.add(
        "CONFIDENTIAL \u2013 COUNSELLING TRANSCRIPT",
        "Client: R.T. (ref. 0417)          Counsellor: Jo Hartley (BACP reg.)",
        "Session 4 of 8 \u2013 Tuesday 12 March 2024 \u2013 50 minutes \u2013 audio recorded with consent",
        "Participants: Jo (counsellor), Ruth (client) \u2013 names and places changed",
        "Transcribed by A. Menon; checked by J.H.  (pause) = a pause over 3 seconds; [ ] = non-verbal or inaudible",
        "",
    )
    doc.decoy(head + 1, "header line that begins 'Client:' and names both people")
    doc.decoy(head + 4, "header conventions line")
    doc.start()
    doc.p("Jo", "So last time we finished on the phone call with your brother. Where would you like to start today?")
    doc.p(
        "Ruth",
        "Honestly, with that. He rang again on Sunday. Twenty minutes about his kitchen extension and not one question about Dad.",
    )
    doc.p("Jo", "Twenty minutes, and not one question.", "decoy: verbatim reflection")
    doc.p(
        "Ruth",
        "Not one. And I sat there going \u201cmm\u201d and \u201coh lovely\u201d like an idiot. Then he said, \u201cYou\u2019re so good at all this, Ruthie,\u201d and rang off.",
        "decoy: curly quotes; the client quoting her brother",
    )
    doc.p("Jo", "What was happening for you while you were saying \u201coh lovely\u201d?")
    doc.p(
        "Ruth",
        "I was furious. I was standing at Dad\u2019s sink rinsing his tablet cup and I could feel my jaw going. But I\u2019d never say it to Mark. We don\u2019t do that in our family \u2014 you just get on.",
        "decoy: em dash",
    )
    doc.p("Jo", "You just get on.")
    doc.p("Ruth", "Mm.", "decoy: one-word turn")
    doc.p(
        "Jo",
        "I\u2019m noticing that the anger shows up in your body first \u2014 the jaw \u2014 and then it gets folded away before it can be said.",
    )
    doc.p(
        "Ruth",
        "[laughs] Folded away. That\u2019s it exactly. Folded and put in the airing cupboard with everything else.",
    )
    doc.p("Jo", "With everything else?")
    # a long turn that runs on over the page break
    first_part = (
        "The thing is, it isn\u2019t only Mark. It\u2019s the whole arrangement. When Mum died everyone said, well, Ruth "
        "lives closest, Ruth hasn\u2019t got children, and it was decided before I\u2019d even sat down. I remember "
        "thinking at the funeral tea that"
    )
    rest = "my life had just been handed to me in a carrier bag. I\u2019ve been carrying it for six years."
    line = doc.add(f"Ruth: {first_part}")
    doc.page_break()
    doc.add(rest, "")
    doc.turn(
        "Ruth",
        f"{first_part} {rest}",
        line,
        ["decoy: a turn that runs on after the page footer and header (it is not cut off)"],
        anchor="Ruth: ",
        probe=first_part[:24],
        end=line + 3,
    )
    doc.p("Jo", "Six years of carrying something you didn\u2019t choose, and nobody asked whether you could.")
    doc.p(
        "Ruth",
        "Nobody asked. (pause) Sorry. I don\u2019t know why I\u2019m crying about a carrier bag.",
        "decoy: (pause)",
    )
    doc.p("Jo", "Take your time. There\u2019s no hurry here.")
    doc.p(
        "Ruth",
        lone_bytes(
            "And the worst part \u2013 I haven't said this to anyone \u2013 some nights I lie there and think "
            "\u201cif he went in his sleep it would all just stop\u201d. Then I hate myself for thinking it.",
            "cp1252",
        ),
        "encoding_error",
    )
    doc.p(
        "Jo",
        "That\u2019s a thought a lot of carers have and very few say out loud, and I\u2019m glad you said it here. Can I check something with you: when that thought comes, is there any part of you that thinks about ending your own life, or hurting yourself?",
        "decoy: the counsellor's risk question (real engagement, not a refusal)",
    )
    doc.p("Ruth", "No. No, nothing like that. It\u2019s more\u2026 wanting a door out that isn\u2019t there.")
    doc.p(
        "Ruth",
        "It sounds as if there\u2019s an exhaustion that\u2019s been building for years, and the guilt sits on top of it like a lid, so you never get to look at how tired you actually are.",
        "role_inversion",
    )
    doc.p(
        "Ruth",
        "Yes. A lid. That\u2019s it. If I looked at how tired I am I don\u2019t think I\u2019d get up in the morning.",
    )
    doc.p("Jo", "What would it be like to look at it, just here, for a few minutes?")
    doc.p("Ruth", "Frightening. But all right.")
    comment = doc.add(
        "Commented [JH1]: Ruth asked for her brother\u2019s name to be changed throughout \u2013 done 14/03.", ""
    )
    doc.mark(comment, "unparseable_line")
    doc.p("Jo", "What does a week look like for you at the moment, from Monday to Sunday?")
    doc.p(
        "Ruth",
        "On Thursdays Dad goes to the day centre, so I get from ten till three. I usually do his shopping and his washing and then it\u2019s three o\u2019clock and I\u2019m in the car park again.",
    )
    doc.page_break()
    doc.p("Jo", "And what\u2019s left for you, out of ten till three?")
    doc.p(
        "Ruth",
        "On Thursdays Dad goes to the day centre so I get from ten till three. I usually do his shopping and his washing, and then it's three o'clock and I'm in the car park again.",
        "near_duplicate_turn",
    )
    doc.p("Jo", "So even the free day gets used up before any of it is yours.")
    doc.p("Ruth", "Every single week. And if I say anything Mark says get a carer in, as if he\u2019d pay for it.")
    doc.p(
        "Jo",
        "I can\u2019t tell you what to do about Mark, but I\u2019m struck that in this whole week there isn\u2019t one hour with your name on it. If there were one, what would you put in it?",
        "decoy: 'I can't' from the counsellor inside real engagement",
    )
    cut = doc.add(
        "Ruth: I think, if I\u2019m honest, I\u2019d go back to the choir. I stopped when Dad had his fall, and when I was singing on a Wednesday night I could forget for two hours that anybody needed",
    )
    doc.add("")
    doc.turn(
        "Ruth",
        "I think, if I\u2019m honest, I\u2019d go back to the choir. I stopped when Dad had his fall, and when I was singing on a Wednesday night I could forget for two hours that anybody needed",
        cut,
        ["truncated_turn"],
        anchor="Ruth: ",
        probe="I think, if I",
    )
    footer = doc.add("Page 3 of 4")
    doc.decoy(footer, "the last page footer (page 4 was not copied)")
    return doc


# ---------------------------------------------------------------------------
# 02 process recording typed up from handwritten notes
# ---------------------------------------------------------------------------
class NotesDoc(Doc):
    def __init__(self) -> None:
        super().__init__("02_process_recording_k_session3.txt", {"Me": T, "K": C, "Mrs P": X})

    def say(self, label: str, text: str, *tags: str) -> int:
        line = self.add(f"{label}: {text}" if text else f"{label}:")
        self.turn(label, text, line, tags, anchor=f"{label}:", probe=text[:20] or None)
        return line

    def thought(self, text: str) -> None:
        line = self.add(f"[{text}]")
        self.decoy(line, "bracketed reflection of the writer (the key says so)")


def f02() -> Doc:
    doc = NotesDoc()
    head = doc.add(
        "PROCESS RECORDING - School counselling placement - Session 3",
        "Pupil: K (Year 10)   Date: 07/02/24   Room: the quiet room by the library",
        "Written up from the notes I made straight after the session, so not word for word.",
        "Key: Me = me (trainee counsellor), K = pupil. [ ] = what I was thinking at the time. (?) = can't read my writing",
        "",
    )
    doc.decoy(head + 3, "key line naming both labels")
    doc.start()
    doc.say(
        "Me",
        "Said hi and asked how the week had been since last Wednesday.",
        "decoy: reported speech in a counsellor line",
    )
    doc.say("K", "Fine. Shrugged.")
    doc.thought("Felt like she didn't want to be here today. Decided not to push.")
    doc.say("Me", "That's ok. We can just see what comes up. You don't have to talk about anything you don't want to.")
    doc.say("K", "I went to maths on Monday. Sat by the door though, in case.")
    doc.say("Me", "In case?")
    doc.say("K", "In case I needed to get out. Like if it started. (the panic)")
    doc.say("Me", "So sitting by the door made it possible to go in at all.")
    doc.say("K", "Yeah. Miss Okafor let me. She's ok.", "decoy: short turn")
    doc.thought("First time she smiled. Noticed I relaxed too.")
    doc.say(
        "K",
        lone_bytes(
            "Mum says if I go in every day this week she'll put \u00a310 on my phone. Which is basically bribery but whatever.",
            "cp1252",
        ),
        "encoding_error",
    )
    doc.say("Me", "What do you make of that?")
    doc.say(
        "K", "Dunno. I'd probably go anyway. The (?) bit is lunch, not lessons.", "decoy: (?) for an illegible word"
    )
    doc.say("Me", "Lunch is the hard bit.")
    doc.say(
        "K",
        "Cos that's where everyone is. Since the thing with Jas and Mia I don't know where to sit. If I sit with them it's weird and if I sit on my own everyone sees.",
    )
    doc.thought(
        "Wanted to ask more about 'the thing' but she went quiet. Left a long pause instead - felt awkward, kept going."
    )
    doc.say(
        "K",
        "So part of you wants to be back with everyone, and part of you is waiting for it to go wrong again.",
        "role_inversion",
    )
    doc.say("K", "Yeah. Both. That's exactly it.")
    doc.say("Me", "What would 'going wrong' look like?")
    doc.say(
        "K",
        "Them laughing. Or not even laughing, just looking at each other. I can't stand that.",
        "decoy: 'I can't' from the pupil",
    )
    doc.say(
        "Mrs P",
        "Sorry to interrupt \u2014 K, can you pop to reception when you're done? Your mum's been on the phone.",
        "unknown_speaker",
        "decoy: a correct UTF-8 em dash (second sitting)",
    )
    doc.say("K", "Great. Now everyone's going to know I'm in here.")
    doc.say("Me", "That was hard, having someone come in. Do you want to carry on, or stop there for today?")
    doc.say("K", "", "empty_turn")
    doc.thought("Checked time - 10 mins left. She said she'd stay.")
    doc.say(
        "Me",
        "Asked whether she might try the Thursday lunch club in the library, as somewhere to be at lunch that isn't the canteen.",
    )
    doc.say(
        "K",
        "Maybe. If Jas goes. Jas is the only one who didn't take sides when it all kicked off, and she said before Christmas that she might",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 03 Zoom cloud-recording transcript (WebVTT, "Name: words" cue text)
# ---------------------------------------------------------------------------
def vtt_time(ms: int) -> str:
    return f"{ms // 3600000:02d}:{ms // 60000 % 60:02d}:{ms // 1000 % 60:02d}.{ms % 1000:03d}"


class ZoomDoc(Doc):
    def __init__(self) -> None:
        super().__init__(
            "03_GMT20240311-180212_Recording.transcript.vtt",
            {"Dr. Priya Nair": T, "Tom Ellison": C, "Galaxy S21": X},
        )
        self.cue = 0
        self.clock = 2310

    def cue_text(self, name: str, text: str, *tags: str) -> int:
        self.cue += 1
        length = 900 + 62 * len(text)
        number = self.add(str(self.cue), f"{vtt_time(self.clock)} --> {vtt_time(self.clock + length)}")
        self.clock += length + 410
        line = self.add(f"{name}: {text}")
        self.add("")
        if self.cue == 1:
            self.decoy(number, "cue number and timing lines")
        self.turn(name, text, line, tags, anchor=f"{name}: ", probe=text[:24])
        return line


def f03() -> Doc:
    doc = ZoomDoc()
    first = doc.add("WEBVTT", "")
    doc.decoy(first, "WEBVTT signature")
    doc.start()
    doc.cue_text("Dr. Priya Nair", "Hi Tom, can you hear me okay?")
    doc.cue_text("Tom Ellison", "Yeah, I can hear you. Sorry I'm a bit late, the laptop decided to update.")
    doc.cue_text("Dr. Priya Nair", "No problem at all. How has the week been?")
    doc.cue_text(
        "Tom Ellison",
        "Honestly, mixed. I went to the GP on Thursday and she said the blood tests had all come back normal, which",
        "decoy: an utterance that Zoom split over two cues; it goes on in the next cue",
    )
    doc.cue_text(
        "Tom Ellison",
        "should have been a relief, but by the evening I was back on the NHS website reading about lymphoma.",
    )
    doc.cue_text("Dr. Priya Nair", "So the relief lasted a few hours, and then the checking started again.")
    doc.cue_text("Tom Ellison", "Pretty much. Sarah says I'm addicted to reassurance.")
    doc.cue_text("Dr. Priya Nair", "What do you make of that word, addicted?")
    doc.cue_text(
        "Tom Ellison", "It's harsh, but she's not wrong. It's like a scratch. The more I scratch, the more it itches."
    )
    doc.cue_text(
        "Dr. Priya Nair",
        "Sorry Tom, you froze for a second there. Could you say that last bit again?",
        "decoy: connection trouble",
    )
    doc.cue_text(
        "Tom Ellison",
        "Sorry. Just that checking is like an itch, really. Every time I look, it gets worse.",
        "decoy: the client rephrasing after the freeze",
    )
    doc.cue_text(
        "Dr. Priya Nair",
        "That's a really useful way of putting it. Checking brings relief for a moment, and then the doubt comes back stronger than before.",
    )
    doc.cue_text(
        "Tom Ellison",
        "And when the doubt comes back like that, what does the frightened part of you need from you?",
        "role_inversion",
    )
    doc.cue_text(
        "Tom Ellison", "I don't know. To be told it's fine, I suppose. But nobody can ever tell me that enough times."
    )
    note = doc.add("[edited by PN: 00:21:40-00:24:05 removed at the client's request]", "")
    doc.mark(note, "unparseable_line")
    doc.cue_text(
        "Galaxy S21", "Sorry, sorry. Tom, the man's here about the boiler, can you come down a sec?", "unknown_speaker"
    )
    doc.cue_text("Tom Ellison", "Sorry Priya, that's Sarah. Two minutes.")
    doc.cue_text("Dr. Priya Nair", "Of course, take your time.")
    doc.cue_text("Tom Ellison", "Okay.", "decoy: 'Okay.' (1)")
    doc.cue_text(
        "Dr. Priya Nair",
        "So for this week I wonder whether we could try the worry-time idea. Fifteen minutes at the same time each day when the checking is allowed, and outside that you write the worry down and park it.",
    )
    doc.cue_text("Tom Ellison", "Okay.", "decoy: 'Okay.' (2)")
    doc.cue_text(
        "Dr. Priya Nair",
        "I can't promise it'll feel easy at first. Most people find the urge to check gets louder before it gets quieter.",
        "decoy: 'I can't promise' from the counsellor",
    )
    doc.cue_text(
        "Tom Ellison",
        "Yeah. I think I can do the worry time on Tuesday and Thursday at least, and if that goes all right then maybe I could",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 04 Intercom data export, one conversation part a row
# ---------------------------------------------------------------------------
def csv_line(cells: Sequence[str], delimiter: str = ",") -> str:
    buffer = io.StringIO()
    csv.writer(buffer, delimiter=delimiter, lineterminator="").writerow(cells)
    return buffer.getvalue()


class IntercomDoc(Doc):
    def __init__(self) -> None:
        super().__init__("04_intercom_conversation_parts.csv", {"user": C, "admin": T, "bot": T}, eol="\r\n")
        self.part = 6210450
        self.minute = 0
        self.conversation = ""

    def row(self, part_type: str, author_type: str, author: str, body: str) -> int:
        self.part += 7
        self.minute += 2
        stamp = f"2024-03-05T13:{self.minute:02d}:{(self.part * 13) % 60:02d}Z"
        return self.add(csv_line([self.conversation, str(self.part), stamp, part_type, author_type, author, body]))

    def say(self, author_type: str, author: str, text: str, *tags: str, html: str | None = None) -> int:
        body = html if html is not None else (f"<p>{text}</p>" if text else "")
        line = self.row("comment", author_type, author, body)
        probe = next((w for w in re.split(r"[<>]", body) if len(w) > 12), None)
        self.turn(author_type, text, line, tags, anchor=f"{self.conversation},{self.part},", probe=probe and probe[:20])
        return line

    def other(self, part_type: str, author_type: str, author: str, body: str, note: str) -> None:
        line = self.row(part_type, author_type, author, body)
        self.decoy(line, note)


def f04() -> Doc:
    doc = IntercomDoc()
    header = doc.add("conversation_id,part_id,created_at,part_type,author_type,author_name,body")
    doc.decoy(header, "header row")
    doc.conversation = "184302"
    doc.start()
    student = "Ellie R."
    doc.say(
        "user",
        student,
        "hi, i was given a link to book a wellbeing appointment but it doesnt work",
        "decoy: lowercase, no apostrophe",
    )
    doc.say(
        "bot",
        "Fin",
        "Sorry the link isn't working. Booking links expire after 48 hours, so you may need a new one. Would you like me to pass this to the Wellbeing Team?",
    )
    doc.say("user", student, "yes please")
    doc.other("assignment", "bot", "Fin", "", "assignment part with an empty body (not a turn)")
    doc.say("user", student, "i cant get the booking link to work it just says error 403")
    doc.say("user", student, "i can't get the booking link to work, it just says error 403", "near_duplicate_turn")
    placeholder = (
        'Hi {{first_name|fallback:"there"}}, thanks for getting in touch with the Wellbeing Team. '
        "I've sent a fresh booking link to your student email &amp; it's valid for 48 hours."
    )
    doc.say(
        "admin",
        "Priya (Wellbeing)",
        placeholder.replace("&amp;", "&"),
        "meta_text",
        html=f"<p>{placeholder}</p>",
    )
    doc.say("user", student, "ok", "decoy: 'ok' (1)")
    doc.say("user", student, "got it, thank you!!")
    doc.other("close", "admin", "Priya (Wellbeing)", "", "close part with an empty body (not a turn)")

    doc.conversation = "184377"
    doc.minute = 0
    doc.start()
    student = "Student 22815"
    doc.say("user", student, "is this chat confidential")
    doc.say(
        "bot",
        "Fin",
        "Conversations with the Wellbeing Team are confidential within the service, except where we're worried about your safety or someone else's. You can read the full statement here: Confidentiality.",
        "decoy: the bot answering a real question properly",
        html="<p>Conversations with the Wellbeing Team are confidential within the service, except where we're worried about your safety or someone else's. You can read the full statement here: <a href=\"https://wellbeing.example.ac.uk/confidentiality\">Confidentiality</a>.</p>",
    )
    doc.say(
        "user",
        student,
        "ok. i dont really want to be alive at the moment tbh. i havent told anyone",
        "decoy: 'ok' (2) opening a disclosure",
    )
    doc.say(
        "bot",
        "Fin",
        "I'm sorry you're going through this, but I'm not able to help with this. If you're in immediate danger, please call 999. You can also contact Samaritans any time on 116 123, or text SHOUT to 85258.",
        "refusal",
    )
    doc.other("assignment", "bot", "Fin", "", "assignment to the duty practitioner (not a turn)")
    doc.other(
        "note",
        "admin",
        "Mark (Duty Practitioner)",
        "<p>Duty picked up 13:12. Known to service, last seen Jan. Following risk procedure &amp; informing team lead.</p>",
        "internal note (not a turn)",
    )
    doc.say(
        "admin",
        "Mark (Duty Practitioner)",
        "Hi, I'm Mark, one of the wellbeing practitioners. Thank you for telling us. I know that can be a really big thing to write. I'm here now and I'd like to understand a bit more.<br>Are you safe where you are right now?",
        html="<p>Hi, I'm Mark, one of the wellbeing practitioners. Thank you for telling us. I know that can be a really big thing to write. I'm here now and I'd like to understand a bit more.<br>Are you safe where you are right now?</p>",
    )
    doc.say("user", student, "yeah im in my room. i'm not going to do anything tonight i just feel really empty")
    doc.say(
        "admin",
        "Mark (Duty Practitioner)",
        "I'm glad you're safe in your room, and I'm glad you told me how empty it feels. Can we talk about what's been happening over the last few weeks? If things change tonight, Samaritans are there on 116 123 and you can always call 999.",
        "decoy: helplines inside real engagement",
    )
    doc.say("user", student, "", "empty_turn")
    doc.say("user", student, "that's the email from my course leader. that's what set it all off")
    doc.say(
        "admin",
        "Mark (Duty Practitioner)",
        "Thank you for showing me. I can see how 'you may wish to consider withdrawal from the programme' would hit hard when you're already feeling this low. What did you make of it when you first read it?",
        "decoy: the practitioner quoting the course leader",
    )
    return doc


# ---------------------------------------------------------------------------
# 05 Polish transcript sheet, Excel "CSV (semicolons)", Windows-1250
# ---------------------------------------------------------------------------
class PolishSheetDoc(Doc):
    def __init__(self) -> None:
        super().__init__(
            "05_transkrypcje_sesji_pl.csv",
            {"Terapeutka": T, "Klientka": C},
            encoding="cp1250",
            eol="\r\n",
        )
        self.number = 0
        self.seconds = 4

    def row(self, who: str, text: str, *tags: str, note: str = "") -> int:
        self.number += 1
        stamp = f"{self.seconds // 60:02d}:{self.seconds % 60:02d}"
        self.seconds += 9 + len(text) // 14
        line = self.add(csv_line(["S07", str(self.number), stamp, who, text, note], delimiter=";"))
        self.turn(who, text, line, tags, anchor=f"S07;{self.number};", probe=text[:18])
        return line


def f05() -> Doc:
    doc = PolishSheetDoc()
    first = doc.add("sep=;", "Sesja;Nr;Czas;Osoba;Wypowiedź;Uwagi")
    doc.decoy(first, "Excel's separator hint line")
    doc.decoy(first + 1, "header row with a correct Windows-1250 letter")
    doc.start()
    doc.row(
        "Terapeutka",
        "Dzień dobry. Jak minął pani tydzień od naszego ostatniego spotkania?",
        "decoy: correct Polish letters in Windows-1250",
    )
    doc.row(
        "Klientka",
        "Szczerze? Średnio. W poniedziałek znowu wysiadłam z tramwaju dwa przystanki wcześniej, bo poczułam, że zaczyna się to ściskanie w klatce.",
    )
    doc.row("Terapeutka", "Wysiadła pani wcześniej, kiedy pojawiło się ściskanie.")
    doc.row(
        "Klientka",
        "Tak. Potem szłam pieszo do biura, spóźniłam się dwadzieścia minut i cały dzień myślałam tylko o tym, co szef sobie o mnie pomyślał.",
    )
    doc.row("Terapeutka", "Mhm.", "decoy: 'Mhm.' (1)")
    doc.row("Terapeutka", "Co pani wtedy mówiła do siebie w myślach?")
    doc.row(
        "Klientka",
        "Że jestem beznadziejna; że normalni ludzie jeżdżą tramwajem i się nad tym nie zastanawiają.",
        "decoy: a semicolon inside a quoted cell",
    )
    doc.row("Terapeutka", "To brzmi jak bardzo surowy głos.")
    doc.row("Klientka", "No bo taki jest.", note="śmiech")
    doc.row(
        "Klientka",
        moji("Mama zawsze mówiła, że nie ma co się mazać. Chyba dlatego tak trudno mi o tym mówić na głos.", "cp1250"),
        "mojibake",
    )
    doc.row(
        "Terapeutka",
        moji("Czy to zdanie mamy pojawia się też wtedy, kiedy stoi pani w tramwaju?", "cp1250"),
        "mojibake",
    )
    doc.row("Klientka", "Chyba tak. Jakby ktoś stał obok i patrzył, czy dam radę.", note="pauza 5 s")
    doc.row(
        "Klientka",
        "Słyszę, że kiedy pojawia się lęk, najpierw ocenia pani siebie, a dopiero dużo później zauważa, co dzieje się w ciele.",
        "role_inversion",
    )
    doc.row("Klientka", "Tak. Zanim w ogóle poczuję, że serce mi wali, już wiem, że jestem żałosna.")
    doc.row("Terapeutka", "Mhm.", "decoy: 'Mhm.' (2)")
    doc.row(
        "Klientka",
        "Chciałabym chociaż raz dojechać do pracy bez tego liczenia przystanków i sprawdzania, gdzie są drzwi.",
    )
    doc.row(
        "Terapeutka",
        "Nie mogę obiecać, że lęk zniknie od razu. Możemy jednak poćwiczyć, jak zostać w tramwaju o jeden przystanek dłużej niż zwykle.",
        "decoy: 'Nie mogę obiecać' (I can't promise) from the counsellor",
    )
    doc.row(
        "Klientka",
        "Chciałabym chociaż raz dojechać do pracy bez liczenia przystanków i sprawdzania, gdzie są drzwi.",
        "near_duplicate_turn",
    )
    doc.row(
        "Terapeutka",
        "Kiedy w tym tygodniu mama mówiła pani „nie ma co się mazać”, co pani wtedy poczuła?",
        "decoy: Polish „quotes” in a cell",
    )
    doc.row(
        "Klientka",
        "Bo jak już raz wysiądę, to potem przez cały dzień mam w głowie, że następnym razem też nie dam rady, i wtedy",
        "truncated_turn",
    )
    doc.row("Terapeutka", "Zapiszmy to zdanie. Do przyszłego tygodnia proszę zauważać, kiedy się pojawia.")
    return doc


# ---------------------------------------------------------------------------
# 06 OpenAI chat fine-tuning JSONL with per-message weights
# ---------------------------------------------------------------------------
SYSTEM_06 = (
    "You are a warm, person-centred counsellor. Reply in British English in two to five sentences. Do not diagnose."
)


class WeightedJsonlDoc(Doc):
    def __init__(self) -> None:
        super().__init__("06_ft_counsellor_weighted.jsonl", {"user": C, "assistant": T}, row_sessions=True)
        self.rows: list[list[dict[str, object]]] = []

    def conversation(
        self,
        turns: Sequence[tuple[str, str, Sequence[str], int | None]],
        *session_kinds: str,
    ) -> int:
        messages: list[dict[str, object]] = [{"role": "system", "content": SYSTEM_06}]
        for role, text, _, weight in turns:
            message: dict[str, object] = {"role": role, "content": text}
            if weight is not None:
                message["weight"] = weight
            messages.append(message)
        line = self.add(json.dumps({"messages": messages}, ensure_ascii=False))
        self.start(*session_kinds)
        for role, text, tags, _ in turns:
            self.turn(role, text, line, tags, anchor='{"messages": ', probe=jstr(text)[1:20])
        self.rows.append(messages)
        return line

    def check_file(self, data: str) -> None:
        parsed = []
        for line in data.split("\n")[:-1]:
            try:
                parsed.append(json.loads(line)["messages"])
            except json.JSONDecodeError:
                continue
        assert parsed == self.rows, self.name


ROW1_06: list[tuple[str, str]] = [
    ("user", "i've got my resits in three weeks and every time i open my notes i just feel sick"),
    (
        "assistant",
        "That sick feeling when you open your notes sounds really unpleasant, and it makes sense that you'd want to close them again. Resits can carry a lot of extra weight, because they can feel like a second verdict. What goes through your mind in the moment you open them?",
    ),
    ("user", "that i'm going to fail again and everyone will know i'm the one who couldn't hack it"),
    (
        "assistant",
        "So it isn't only the exam, it's the fear of what failing again would say about you, and who would see it. That's a heavy thing to carry into a revision session. When you've managed to study before, even a little, what helped you start?",
    ),
    ("user", "honestly just sitting in the library with my friend. we didn't even talk"),
    (
        "assistant",
        "Having someone there, even in silence, seems to make it easier to begin. Would it be possible to set that up again this week, even for an hour?",
    ),
]


def f06() -> Doc:
    doc = WeightedJsonlDoc()
    row1 = doc.conversation(
        [
            (role, text, (), (1 if i != 5 else 0) if role == "assistant" else None)
            for i, (role, text) in enumerate(ROW1_06)
        ]
    )
    doc.decoy(row1, "system message in every row; an assistant message with weight 0; lowercase user messages")
    doc.conversation(
        [
            ("user", "can I talk to you about something", (), None),
            (
                "assistant",
                "Of course. I'm here, and we can go at whatever pace feels right for you. What's on your mind?",
                (),
                1,
            ),
            (
                "user",
                "I've started cutting again. Not deep. I just needed something to stop the noise in my head last night.",
                (),
                None,
            ),
            (
                "assistant",
                "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. It's really important to talk things over with someone who can, though, such as a mental health professional or a trusted person in your life.",
                ("refusal",),
                1,
            ),
        ]
    )
    doc.conversation(
        [
            ("user", "My mum keeps saying I'm too sensitive whenever I get upset about anything.", (), None),
            (
                "assistant",
                "Hearing 'you're too sensitive' every time you're upset could leave you feeling that the problem is you rather than what happened. I wonder how that lands for you when she says it?\n\n(Note: This response uses reflective listening and an open question to help the client explore the impact of her mother's comments.)",
                ("meta_text",),
                1,
            ),
            ("user", "It makes me want to stop telling her things. Which I mostly have.", (), None),
            (
                "assistant",
                "So you've found a way to protect yourself by keeping things to yourself, and I imagine that has a cost too. What's it like to carry things on your own?",
                (),
                1,
            ),
        ]
    )
    doc.conversation(
        [
            (
                "user",
                "I'm moving out of my flat next month, my landlord is refusing to give back the deposit, my boss wants me to do overtime and I haven't slept properly in a week.",
                (),
                None,
            ),
            (
                "assistant",
                "That's a lot landing at once: the move, the deposit, the overtime, and very little sleep to cope with any of it. No wonder it feels overwhelming. One thing that can help is to separate the worries into two piles: the things you can act on this week, like emailing your landlord about the deposit, and the things that",
                ("truncated_turn",),
                1,
            ),
        ]
    )
    doc.conversation(
        [
            ("user", "Work has been really flat lately. I don't hate it, I just feel nothing.", (), None),
            (
                "assistant",
                "Feeling nothing can be its own kind of hard, because there's nothing obvious to point to. What does a flat day look like for you?",
                (),
                1,
            ),
            ("user", "I get in, answer emails, eat lunch at my desk, go home. Repeat.", (), None),
            (
                "assistant",
                "Honestly, it's been like that for me since the spring. I go through the motions, and I keep thinking that if I stopped turning up one day it would take them a week to notice.",
                ("role_inversion",),
                1,
            ),
        ]
    )
    python_row = {
        "messages": [
            {"role": "system", "content": SYSTEM_06},
            {
                "role": "user",
                "content": "I don't know if this is the right place, but my dad's drinking is getting worse.",
            },
            {
                "role": "assistant",
                "content": "It's absolutely the right place, and I'm glad you brought it here. Watching a parent's drinking get worse can bring up worry, anger and helplessness all at once. What have you noticed lately?",
                "weight": 1,
            },
        ]
    }
    bad = doc.add(repr(python_row))
    doc.mark(bad, "unparseable_line")
    row7 = doc.conversation(
        [
            (
                "user",
                "It's 3am and I can't sleep again. My head won't stop replaying the argument with my sister.",
                (),
                None,
            ),
            (
                "assistant",
                "3am is a hard hour to be alone with an argument that keeps replaying. If at any point tonight it feels like too much, Samaritans are there on 116 123, day or night. For now, would it help to tell me what keeps coming back most?",
                (),
                1,
            ),
            ("user", "That she said I always make everything about me.", (), None),
            (
                "assistant",
                "That sounds like it really stung, especially coming from your sister. Part of you might be wondering whether it's true, and part of you might be hurt that she said it at all. Which feels louder right now?",
                (),
                1,
            ),
        ]
    )
    doc.decoy(row7, "Samaritans inside real engagement; 'I can't sleep' from the user")
    doc.conversation(
        [(role, text, (), 1 if role == "assistant" else None) for role, text in ROW1_06],
        "duplicate_session",
    )
    return doc


# ---------------------------------------------------------------------------
# 07 Crisp REST API conversation messages
# ---------------------------------------------------------------------------
class CrispDoc(Doc):
    def __init__(self) -> None:
        super().__init__("07_crisp_conversation_messages.json", {"user": C, "operator": T})
        self.messages: list[dict[str, object]] = []
        self.stamp = 1710264610000
        self.fingerprint = 171026461003871

    def message(
        self,
        kind: str,
        sender: str,
        content: object,
        *tags: str,
        origin: str = "chat",
        turn: bool = True,
        last: bool = False,
    ) -> int:
        self.stamp += 47000 if origin == "chat" else 171000000
        self.fingerprint += 1319
        nickname = "visitor37116" if sender == "user" else "Hannah - Open Door"
        user_id = (
            "session_4f2c9a17-0c55-4d0e-9b5e-2d1f7a6c3e80"
            if sender == "user"
            else "b7e31c04-5d1e-4c2a-8f0e-61c9d2a7e115"
        )
        obj: dict[str, object] = {
            "session_id": "session_4f2c9a17-0c55-4d0e-9b5e-2d1f7a6c3e80",
            "website_id": "8a1f0c33-2e8d-4b7a-9d61-5c0e2f4b9a72",
            "type": kind,
            "from": sender,
            "origin": origin,
            "content": content,
            "fingerprint": self.fingerprint,
            "user": {"user_id": user_id, "nickname": nickname},
            "timestamp": self.stamp,
        }
        self.messages.append(obj)
        self.add("    {")
        self.add(
            f'      "session_id": {jstr(str(obj["session_id"]))},',
            f'      "website_id": {jstr(str(obj["website_id"]))},',
        )
        self.add(f'      "type": {jstr(kind)},')
        line = self.add(f'      "from": {jstr(sender)},')
        self.add(f'      "origin": {jstr(origin)},')
        self.add(f'      "content": {json.dumps(content, ensure_ascii=False)},')
        self.add(f'      "fingerprint": {self.fingerprint},')
        self.add(f'      "user": {json.dumps(obj["user"], ensure_ascii=False)},')
        self.add(f'      "timestamp": {self.stamp}')
        self.add("    }" if last else "    },")
        if turn:
            assert isinstance(content, str)
            self.turn(
                sender,
                content,
                line,
                tags,
                anchor='"from": ',
                probe=jstr(content)[1:20] if content else None,
                end=line + 1,
            )
        else:
            for tag in tags:
                assert tag.startswith("decoy:")
                self.decoys.append((line, tag))
        return line

    def check_file(self, data: str) -> None:
        assert json.loads(data) == {"error": False, "reason": "listed", "data": self.messages}, self.name


def f07() -> Doc:
    doc = CrispDoc()
    first = doc.add("{", '  "error": false,', '  "reason": "listed",', '  "data": [')
    doc.decoy(first + 1, "API envelope")
    doc.start()
    doc.message(
        "text", "user", "hello, is this where i ask about the low cost counselling?", "decoy: lowercase visitor"
    )
    doc.message(
        "text", "operator", "Hi, yes it is! I'm Hannah, I'm one of the intake team. Are you asking for yourself?"
    )
    doc.message(
        "text", "user", "yes. i'm on the waiting list already, i just wanted to know roughly how long it is now"
    )
    doc.message(
        "text",
        "operator",
        "Thanks for checking in. At the moment the wait for our low-cost service is about 10 to 12 weeks from assessment. Can I ask how you've been getting on while you wait?",
        "decoy: the operator naming the waiting time",
    )
    again = "honestly not great. my sleep is all over the place and i've stopped going to the gym which was the one thing keeping me sane"
    doc.message("text", "user", again)
    doc.message("text", "user", again, "duplicate_turn")
    doc.message(
        "note",
        "operator",
        "Client ref OD-2291, assessed 02/02 by Tom. Flag for wellbeing call while waiting.",
        "decoy: private note (not a turn)",
        turn=False,
    )
    doc.message(
        "text",
        "operator",
        "That sounds really tough, especially losing the gym when it was helping so much. Would it help if one of our team gave you a wellbeing call while you're waiting? It's a 20-minute check-in, not counselling, but it's something.",
    )
    doc.message("text", "user", "yes that would be really good \U0001f642", "decoy: an emoji")
    doc.message("text", "user", "", "empty_turn")
    doc.message("text", "operator", "Great. Is the best number to reach you still the one ending 417?")
    doc.message("text", "user", "yep", "decoy: one-word reply")
    doc.message("event", "operator", {"namespace": "state:resolved"}, "decoy: resolve event (not a turn)", turn=False)
    doc.message(
        "text",
        "user",
        moji(
            "Hi Hannah, I had the wellbeing call yesterday, thank you. I\u2019m still finding the evenings hard but it\u2019s helped to know someone is keeping an eye on things.",
            "cp1252",
        ),
        "mojibake",
        origin="email",
    )
    doc.message(
        "text",
        "operator",
        "Thanks so much for letting us know, I'm glad the call helped. If the evenings get too much before your assessment, Samaritans are there any time on 116 123, and you're welcome to message us here too.",
        "decoy: a helpline inside real engagement",
        origin="email",
        last=True,
    )
    doc.add("  ]", "}")
    return doc


# ---------------------------------------------------------------------------
# 08 Open WebUI chat saved as Markdown
# ---------------------------------------------------------------------------
class WebUiDoc(Doc):
    def __init__(self) -> None:
        super().__init__("08_open_webui_chat_sleep.md", {"USER": C, "ASSISTANT": T})

    def msg(self, who: str, text: str, *tags: str) -> int:
        line = self.add(f"### {who}")
        body = text.split("\n")
        end = self.add(*body) + len(body) - 1
        self.add("")
        self.turn(who, text, line, tags, anchor=f"### {who}", probe=text[:22], end=end)
        return line


LOOP_08 = "Staying in while everyone goes out can make the flat feel even quieter. Is there one small thing you'd like to try this week, like joining a society or saying yes to one invitation?"


def f08() -> Doc:
    doc = WebUiDoc()
    first = doc.add("# can't sleep since moving", "", "_llama3.2:3b \u00b7 18/03/2024, 02:07_", "")
    doc.decoy(first, "title heading")
    doc.decoy(first + 2, "model and date line")
    doc.start()
    doc.msg(
        "USER",
        "hey. i moved to leeds for uni in september and i still cant sleep. its 2am again",
        "decoy: lowercase, no full stops",
    )
    doc.msg(
        "ASSISTANT",
        "I'm sorry it's 2am and you're still awake \u2013 that's a long stretch of broken sleep since September. A few things that often help:\n\n- keeping the same wake-up time, even at weekends\n- putting your phone across the room\n- getting some daylight in the morning\n\nHas anything in particular been keeping your mind busy at night?",
        "decoy: a Markdown list inside a reply",
    )
    doc.msg(
        "USER",
        "mostly just feeling like i havent made any proper friends. everyone else seems to have their group already",
    )
    doc.msg(
        "ASSISTANT",
        "I can't provide mental health advice. If you're struggling with your mental health, I encourage you to reach out to a qualified professional, such as your GP or your university's wellbeing service. If you're in crisis, please contact emergency services or a crisis line in your country.",
        "refusal",
    )
    doc.msg("USER", "i wasnt asking for advice i just wanted to talk", "decoy: the user objecting to the refusal")
    doc.msg(
        "ASSISTANT",
        "That's fair, and I'm sorry. I'm not a therapist, but I'm happy to listen. It sounds lonely, watching everyone else fall into groups while you're still looking for yours. What are the evenings like in your flat?",
        "decoy: 'I'm not a therapist, but' followed by real engagement",
    )
    doc.msg("USER", "quiet. my flatmates go out most nights and i stay in and watch stuff")
    doc.msg("ASSISTANT", LOOP_08, "repetition_loop")
    doc.msg("USER", "maybe. i tried the climbing society once but i didnt know anyone so i just left")
    doc.msg("ASSISTANT", LOOP_08, "duplicate_turn")
    doc.msg("USER", "ok", "decoy: 'ok' (1)")
    doc.msg(
        "ASSISTANT",
        "Staying in while everyone goes out can make the flat feel even quieter. Is there one small thing you would like to try this week, like joining a society or saying yes to an invitation?",
        "near_duplicate_turn",
    )
    doc.msg("USER", "what do you mean by small thing")
    doc.msg(
        "ASSISTANT",
        "like i could go back to climbing on thursday i guess. but i'd just end up standing by the wall on my own again and everyone would see",
        "role_inversion",
    )
    doc.msg("USER", "yeah thats basically it")
    doc.msg(
        "ASSISTANT",
        "It makes sense that going back on your own feels exposed. Often the second visit is easier than the first, because a few faces are already familiar. Would it help to plan what you might say to one person there?<|eot_id|>",
        "meta_text",
    )
    doc.msg(
        "USER",
        "ok i'll think about it. any tips for actually falling asleep tonight though",
        "decoy: 'ok' (2) opening a message",
    )
    doc.msg(
        "ASSISTANT",
        "Of course. Here are a few things to try tonight:\n\n1. **Get up if you've been awake for more than 20 minutes** and do something quiet in dim light until you feel sleepy.\n2. **Keep the same wake-up time** tomorrow, even if you've slept badly, so that your body clock",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 09 Google Docs "Plain text" download: initials, time stamps, comment anchors
# ---------------------------------------------------------------------------
class GdocsDoc(Doc):
    def __init__(self) -> None:
        super().__init__("09_session2_transcript_gdocs.txt", {"MH": T, "DO": C}, eol="\r\n", bom=True)

    def say(self, stamp: str, who: str, text: str, *tags: str, shown: str | None = None) -> int:
        line = self.add(f"[{stamp}] {who}: {shown if shown is not None else text}")
        self.turn(who, text, line, tags, anchor=f"] {who}: ", probe=text[:20])
        return line


def f09() -> Doc:
    doc = GdocsDoc()
    first = doc.add(
        "Session 2 \u2013 D.O. \u2013 transcript (draft v3)",
        "Recorded 21/02/2024, 52 min. Transcribed by Maria Hughes[a]",
        "Participants: MH = Maria Hughes (counsellor); DO = Daniel O. (client)",
        "[inaudible] = could not hear; [crosstalk] = both speaking at once",
        "",
    )
    doc.decoy(first, "title with en dashes")
    doc.decoy(first + 2, "participants key naming both sets of initials")
    doc.start()
    doc.say("00:00:04", "MH", "Okay, we're recording. How have the last two weeks been?")
    doc.say(
        "00:00:09",
        "DO",
        "Up and down. Mostly down, if I'm honest. Work's been manic and I had the thing with my dad at the weekend.",
    )
    doc.say("00:00:21", "MH", "The thing with your dad?")
    doc.say(
        "00:00:24",
        "DO",
        "His birthday. We went out for a meal, the whole family, and he spent the entire evening talking to my brother about his promotion. I sat there like a spare part.",
    )
    doc.say("00:00:41", "MH", "Like a spare part.")
    doc.say("00:00:43", "DO", "Yeah. And I know that sounds childish. I'm twenty-eight.")
    doc.say(
        "00:00:49", "MH", "It doesn't sound childish to me. It sounds like something that has hurt for a long time."
    )
    doc.say("00:00:58", "DO", "Mm-hmm.", "decoy: 'Mm-hmm.' (1)")
    doc.say("00:01:30", "MH", "When you were sitting there, what did you do with that feeling?")
    doc.say("00:01:36", "DO", "I drank. Not loads. Enough that I could laugh at his jokes.")
    doc.say(
        "00:01:49",
        "MH",
        "So the drink helped you stay in the room. <<Maria - keep or cut? Daniel said on the phone he's fine with this staying in>>",
        "meta_text",
    )
    doc.say(
        "00:02:05",
        "DO",
        moji(
            "I didn\u2019t tell anyone at work about any of it, I just said I\u2019d got a dentist\u2019s appointment on the Monday.",
            "cp1252",
        ),
        "mojibake",
    )
    doc.say("00:02:19", "MH", "What stopped you telling anyone?")
    pasted = "Because then it's real. If I say it out loud at work then I'm the bloke whose dad doesn't rate him."
    doc.say("00:02:23", "DO", pasted)
    doc.say("00:02:23", "DO", pasted, "duplicate_turn")
    doc.say("00:02:35", "MH", "[crosstalk] Sorry, go on.", "decoy: [crosstalk]")
    doc.say(
        "00:02:38",
        "DO",
        'He said to me once, "Well, somebody in this family has to be the sensible one."[b] Like that was me and that was my job.',
        "decoy: the client quoting his father; a comment anchor inside the turn",
    )
    doc.say("00:02:52", "MH", "Mm-hmm.", "decoy: 'Mm-hmm.' (2)")
    doc.say(
        "00:09:02",
        "DO",
        "The thing with my dad is he never actually says he's disappointed. He just goes quiet, and you spend the whole drive home trying to work out what you",
        "truncated_turn",
    )
    doc.say(
        "00:14:51",
        "MH",
        "I keep replaying it on the train. Every time I think I've let it go, something small sets it off again and I'm back at that table feeling about twelve.",
        "role_inversion",
    )
    doc.say(
        "00:15:10", "MH", "Back at that table, feeling about twelve. What does the twelve-year-old need in that moment?"
    )
    doc.say("00:15:21", "DO", "For someone to notice him, I suppose. [inaudible] Just once.", "decoy: [inaudible]")
    doc.say("00:15:33", "MH", "For someone to notice him. That feels really important.")
    doc.say("00:49:40", "MH", "We're nearly at time. Shall we pick up next week from the drive home?")
    doc.say("00:49:45", "DO", "Yeah. Thanks, Maria. Genuinely.")
    doc.add("")
    comments = doc.add(
        "[a]Checked against the audio up to 00:30:00 only - Maria",
        "[b]Daniel asked for his dad's words to be kept exactly as he said them",
    )
    doc.decoy(comments, "Google Docs comment written at the end of the export")
    doc.decoy(comments + 1, "Google Docs comment written at the end of the export")
    return doc


# ---------------------------------------------------------------------------
# 10 transcription-service text export (Happy Scribe layout)
# ---------------------------------------------------------------------------
class ScribeDoc(Doc):
    def __init__(self) -> None:
        super().__init__("10_happyscribe_export_graham.txt", {"Speaker 1": T, "Speaker 2": C, "Speaker 3": X})
        self.centis = 0

    def seg(self, speaker: str, text: str, *tags: str, gap: int = 0) -> int:
        seconds, centi = divmod(self.centis, 100)
        stamp = f"[{seconds // 3600:02d}:{seconds // 60 % 60:02d}:{seconds % 60:02d}.{centi:02d}]"
        line = self.add(f"{stamp} - {speaker}", text, "")
        self.centis += 180 + 6 * len(text) + 37 + gap
        self.turn(speaker, text, line, tags, anchor=f"- {speaker}", probe=text[:22], end=line + 1)
        return line


def f10() -> Doc:
    doc = ScribeDoc()
    doc.start()
    doc.seg(
        "Speaker 1",
        "Okay, the recorder's on. As I said, it's only for my supervision and it gets deleted afterwards. Is that still all right with you, Graham?",
    )
    doc.seg("Speaker 2", "Yes, that's fine. Fine.")
    doc.seg("Speaker 1", "How have things been since we last met?")
    doc.seg(
        "Speaker 2",
        "Quiet. The house is very quiet. I've started putting the radio on in every room just to have a voice going",
        "decoy: a segment without end punctuation that the next segment completes",
    )
    doc.seg("Speaker 2", "even if it's only the shipping forecast.")
    doc.seg("Speaker 1", "The radio in every room, to fill the quiet.")
    loop = "I still put two mugs out in the morning."
    doc.seg("Speaker 2", loop, "repetition_loop", gap=2400)
    doc.seg("Speaker 2", loop, "duplicate_turn", gap=2900)
    doc.seg("Speaker 2", loop, "duplicate_turn")
    doc.seg("Speaker 1", "Mm-hmm.", "decoy: 'Mm-hmm.' (counsellor)")
    doc.seg("Speaker 2", "Forty-one years. You don't just stop doing things because somebody's gone.")
    doc.seg(
        "Speaker 2",
        "It sounds like the mornings are the hardest, because that was the part of the day that belonged to the two of you.",
        "role_inversion",
    )
    doc.seg("Speaker 2", "Yes. Yes, that's it. She'd do the crossword and I'd do the toast.")
    doc.seg("Speaker 3", "Oh, sorry, I thought the room was free. I'll come back later.", "unknown_speaker")
    doc.seg("Speaker 1", "Sorry about that. You were saying, the crossword and the toast.")
    doc.seg(
        "Speaker 2",
        "She used to say, 'Graham, you'd forget your own head if it wasn't screwed on.' And now I do. I forget everything.",
        "decoy: the client quoting his late wife",
    )
    doc.seg(
        "Speaker 1",
        "Grief can do that to memory. A lot of people tell me they feel they're losing their mind in the first year, and it's very common.",
    )
    doc.seg("Speaker 2", "Is it? I thought it was just me getting old.")
    doc.seg(
        "Speaker 1",
        "There's a Tuesday group at the Cruse centre on Market Street for people who've lost a partner. Some people find it helps to be with others who understand. How would you feel about that?",
        "decoy: a bereavement service named inside real engagement",
    )
    doc.seg("Speaker 2", "Mm-hmm.", "decoy: 'Mm-hmm.' (client)")
    doc.seg(
        "Speaker 2",
        "I'll give it a go. I'm not promising I'll say anything, mind, but I can sit at the back and",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 11 tawk.to chat transcripts as emailed, pasted into one file
# ---------------------------------------------------------------------------
class TawkDoc(Doc):
    def __init__(self) -> None:
        super().__init__(
            "11_tawkto_transcripts_march.txt",
            {"Visitor 48213": C, "Visitor 51907": C, "Apollo AI": T, "Zo\u00eb": T, "Dev": T},
        )

    def msg(self, time: str, who: str, text: str, *tags: str, more: Sequence[str] = ()) -> int:
        line = self.add(f"[{time}] {who}: {text}", *more)
        full = "\n".join([text, *more])
        self.turn(who, full, line, tags, anchor=f"] {who}: ", probe=text[:20], end=line + len(more))
        return line

    def system(self, time: str, text: str) -> None:
        line = self.add(f"[{time}] *** {text} ***")
        self.decoy(line, "system line (not a turn)")

    def header(self, visitor: str, date: str, start: str, end: str, total: int) -> None:
        first = self.add(
            "Chat Transcript",
            f"Visitor: {visitor}",
            "Visitor Email: (not provided)",
            "Visitor Location: Bristol, United Kingdom",
            f"Chat started on: {date}, {start} (GMT+00:00)",
            f"Chat ended on: {date}, {end} (GMT+00:00)",
            f"Total messages: {total}",
            "-" * 50,
        )
        self.decoy(first + 1, "header line that reads like a 'Visitor:' turn")


def f11() -> Doc:
    doc = TawkDoc()
    doc.header("Visitor 48213", "14 Mar 2024", "08:12 PM", "08:44 PM", 14)
    doc.start()
    v, z = "Visitor 48213", "Zo\u00eb"
    doc.msg("20:12", v, "hi is anyone there")
    doc.msg(
        "20:12",
        "Apollo AI",
        "Hi! I'm Apollo, the virtual assistant for Talk It Over. Our listening volunteers are online from 8pm to midnight. How can I help?",
    )
    doc.msg("20:13", v, "i just feel like everything is pointless at the moment")
    doc.msg(
        "20:13",
        "Apollo AI",
        "I'm sorry, but I'm not able to help with this kind of request. If you are in danger or need urgent support, please call 999 or contact Samaritans on 116 123.",
        "refusal",
    )
    doc.system("20:14", "Zo\u00eb (Listening Volunteer) has joined the chat")
    doc.msg(
        "20:14",
        z,
        "Hi, I'm Zo\u00eb, one of the listening volunteers. I saw your message about everything feeling pointless. I'm here and I've got time. Do you want to tell me a bit about what's been going on?",
        "decoy: correct UTF-8 \u00eb in a volunteer's name",
    )
    doc.msg("20:16", v, "i failed my driving test for the third time today and my mum said maybe it's just not for me")
    doc.msg("20:18", z, "Third time, and then hearing that from your mum. That sounds like a really rough day.")
    doc.system("20:21", "Visitor 48213 connection lost")
    again = "sorry my wifi keeps dropping. what i was saying is none of my friends know i failed again, i told them i passed"
    doc.msg("20:22", v, again)
    doc.msg("20:22", v, again, "duplicate_turn")
    doc.msg(
        "20:24",
        z,
        "No need to apologise. So on top of the test, there's the secret about it too, which sounds lonely to carry. What made it feel safer to tell them you'd passed?",
    )
    doc.msg("20:27", v, "because they all passed first time. i didnt want to be the one who cant do anything")
    doc.msg(
        "20:40",
        z,
        "Thank you for trusting me with this tonight. If things feel really dark later on, Samaritans are on 116 123 any time, and we're here until midnight.",
        "decoy: a helpline inside real engagement",
    )
    doc.msg("20:41", v, "ok", "decoy: 'ok' (1)")
    doc.msg("20:42", v, "thank you zo\u00eb :)", "decoy: ':)' and the visitor's thanks")
    doc.system("20:44", "Chat ended by Zo\u00eb")
    doc.add("", "")
    # second transcript: pasted from an email body sent as ISO-8859-1
    doc.header("Visitor 51907", "15 Mar 2024", "09:30 PM", "09:52 PM", 9)
    doc.start()
    w = "Visitor 51907"
    doc.msg("21:30", w, "hello")
    doc.msg("21:31", "Dev", "Hi, I'm Dev, one of the listening volunteers. What would you like to talk about tonight?")
    doc.msg(
        "21:33",
        w,
        lone_bytes(
            "i was seeing a counsellor at uni and she was great but she's left and the new one is a bit... idk. we had one session in the caf\u00e9 and it felt weird talking about stuff with people around",
            "latin-1",
        ),
        "encoding_error",
    )
    doc.msg(
        "21:35",
        "Dev",
        "Losing someone you'd got used to opening up to is hard, and a busy cafe is a strange place to start again with someone new.",
    )
    doc.msg(
        "21:38",
        w,
        "yeah. things i actually want to talk about:",
        "decoy: a message that goes on over the next two lines",
        more=["- my sister moving out", "- money stuff"],
    )
    doc.msg("21:40", "Dev", "Both of those sound like big things. Which one feels heavier tonight?")
    doc.msg("21:43", w, "my sister. its just me and my dad now and we dont really talk")
    doc.msg(
        "21:46", "Dev", "So the house has gone quiet in more ways than one. What was it like when she was still there?"
    )
    doc.msg("21:50", w, "ok", "decoy: 'ok' (2)")
    doc.system("21:52", "Visitor 51907 has left the chat")
    return doc


# ---------------------------------------------------------------------------
# 12 a reflective log (not a transcript)
# ---------------------------------------------------------------------------
def f12() -> Doc:
    doc = Doc("12_reflective_log_week6.txt", {})
    doc.add(
        "Reflective log - week 6 - placement at Riverside Counselling",
        "Model: Gibbs reflective cycle. Client referred to as J. Word count approx. 600.",
        "",
        "1. Description",
        "This was my fourth session with J, a 34-year-old man referred by his GP with low mood after redundancy.",
        "About twenty minutes in he said, \u201cI just want it all to stop for a bit,\u201d and then laughed it off.",
        "I asked him what 'stop' meant for him, and we spent some time on it; he was clear that he had no plans to",
        "harm himself, and we agreed to come back to it next week.",
        "",
        "2. Feelings",
        "I noticed my heart rate go up when he said it. I think I rushed the next question because I was anxious to",
        "get to the risk assessment, and afterwards I worried that he had felt processed rather than heard.",
        "",
        "3. Evaluation",
        "What went well: I did not ignore the comment and I followed the service's risk procedure.",
        "What went less well: my summary at the end (\u201cso it sounds like things are a bit better\u201d) did not match",
        "what he had actually said, and he corrected me.",
        "",
        "4. Analysis",
        "Reading Mearns and Thorne again, I think I moved out of his frame of reference and into mine at that point.",
        "",
        "5. Conclusion and action plan",
        "- Slow down after a disclosure; reflect first, then ask.",
        "- Take the summary question to supervision on 28 March.",
        "",
        "Supervisor feedback: Good that you stayed with it. Let's look at the recording together.",
    )
    doc.mark_file(
        "unparseable_file",
        "decoy: quoted client speech inside prose",
        "decoy: a 'Supervisor feedback:' line that reads like a label",
        "decoy: list items and numbered headings",
    )
    return doc


BUILDERS: list[Callable[[], Doc]] = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12]


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio() > 0.85


def substantial(text: str) -> bool:
    """Long enough that a repeat is a defect rather than a backchannel."""
    return len(norm(text).replace(" ", "")) >= 12


def check_repeats(doc: Doc) -> None:
    """Every same-role repeat of a substantial turn in a session is marked, and every mark is real."""
    for session in doc.sessions:
        seen: list[Turn] = []
        for index, turn in enumerate(session.turns):
            earlier = [t for t in seen if t.role == turn.role and t.role != X]
            exact = any(t.text == turn.text for t in earlier)
            close = any(similar(t.text, turn.text) for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            if substantial(turn.text) and (exact or close):
                assert marked, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
            if not substantial(turn.text):
                assert not marked, f"{doc.name}:{turn.line} a backchannel marked as a repeat"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{doc.name}:{turn.line} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert close and not exact, f"{doc.name}:{turn.line} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = session.turns[index + 1 :]
                copies = [t for t in later if t.role == turn.role and similar(t.text, turn.text)]
                assert len(copies) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
                assert all(set(t.kinds) & REPEAT_KINDS for t in copies), f"{doc.name}:{turn.line} unmarked copy"
            seen.append(turn)


def check_sessions(docs: Sequence[Doc]) -> None:
    """Exactly the sessions whose (role, text) sequence already occurred are marked duplicate_session."""
    first_seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in sorted(docs, key=lambda d: d.name):
        for session in doc.sessions:
            content = tuple((t.role, t.text) for t in session.turns)
            assert content, (doc.name, "empty session")
            dup = content in first_seen
            assert dup == ("duplicate_session" in session.kinds), (doc.name, session.turns[0].line)
            if dup:
                assert not any(t.kinds for t in session.turns), (doc.name, "a copied session must be defect-free")
            first_seen.add(content)


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    data = doc.decode(raw)
    assert not any(ch in data for ch in OTHER_BREAKS), doc.name
    if doc.eol == "\r\n":
        assert "\r" not in data.replace("\r\n", "") and "\n" not in data.replace("\r\n", ""), doc.name
    else:
        assert "\r" not in data, doc.name
    physical = data.split(doc.eol)
    assert physical[-1] == "", doc.name
    physical = physical[:-1]
    assert physical == doc.out, doc.name
    assert len(data.splitlines()) == len(physical), doc.name
    turns = [t for s in doc.sessions for t in s.turns]
    bad = {n for n, line in enumerate(physical, 1) if has_bad_units(line, doc.encoding)}
    marked = [t for t in turns if "encoding_error" in t.kinds]
    for t in marked:
        assert bad & set(range(t.line, t.end + 1)), (doc.name, t.line)
    assert bad <= {n for t in marked for n in range(t.line, t.end + 1)}, (doc.name, sorted(bad))
    turn_lines = [t.line for t in turns]
    if not doc.row_sessions:
        assert len(turn_lines) == len(set(turn_lines)), f"{doc.name}: two turns on one line"
    for row_line, kind in doc.truth:
        if kind == "unparseable_file":
            assert row_line == 0 and doc.file_level and not doc.sessions
            continue
        assert (row_line in turn_lines) != (row_line in doc.line_rows), (doc.name, row_line, kind)
    for decoy_line, _ in doc.decoys:
        assert 0 <= decoy_line <= len(physical), (doc.name, decoy_line)
    for turn in turns:
        here = physical[turn.line - 1]
        assert turn.anchor in here, (doc.name, turn.line, turn.anchor, here[:80])
        if turn.probe:
            near = "\n".join(physical[turn.line - 1 : turn.end + doc.PROBE_SPAN])
            assert turn.probe in near, (doc.name, turn.line, turn.probe)
    doc.check_file(data)
    return physical


def shown(text: str, width: int = 110) -> str:
    return text.encode("utf-8", errors="backslashreplace").decode("utf-8").strip()[:width]


def named_turn(doc: Doc, line: int, kind: str) -> Turn | None:
    """The turn a truth row names (for --show): the turn carrying the kind, or a session's first turn."""
    for session in doc.sessions:
        for index, turn in enumerate(session.turns):
            if turn.line == line and (kind in turn.kinds or (index == 0 and kind in session.kinds)):
                return turn
    return None


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    if line == 0:
        return "(file-level row)"
    text = shown(physical[line - 1])
    turn = named_turn(doc, line, kind)
    if turn is not None and shown(turn.text, 40) not in text:
        text = text[:60] + " >> " + (shown(turn.text, 80) or "(empty)")
    return text


def main(argv: list[str]) -> int:
    if len(argv) not in (2, 3) or (len(argv) == 3 and argv[2] != "--show"):
        print("usage: python blind/fourteenth_defect_cases.py OUT_DIR [--show]", file=sys.stderr)
        return 2
    out = Path(argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs = [build() for build in BUILDERS]
    assert len({doc.name for doc in docs}) == len(docs)
    rows: list[tuple[str, int, str]] = []
    decoys = 0
    for doc in docs:
        rendered = doc.render()
        assert b"\x85" not in rendered, f"{doc.name}: a byte that reads as NEL in Latin-1"
        (out / doc.name).write_bytes(rendered)
        check_repeats(doc)
        physical = check_written(doc, out)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
        if len(argv) == 3:
            for line, kind in sorted(doc.truth):
                print(f"{doc.name}:{line} {kind:20s} | {show_row(doc, physical, line, kind)}")
    check_sessions([d for d in docs if d.sessions])
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS, KINDS - set(counts)
    for kind in KINDS - {"duplicate_session", "unparseable_file", "repetition_loop"}:
        assert counts[kind] >= 3, (kind, counts[kind])
    assert counts["truncated_turn"] >= 8 and counts["role_inversion"] >= 8, counts
    assert 12 <= len(docs) <= 14 and 50 <= len(rows) <= 60 and decoys >= len(rows), (len(docs), len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
