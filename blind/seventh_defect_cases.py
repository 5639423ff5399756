# ruff: noqa: E501
"""Seventh set of blind defect cases for the transcript-cleaning product.

Written without reading any detector, flow, synthetic-data, test or benchmark code (only the docstring at the
top of benchmarks/blind_defects.py, the six earlier case writers, for the interface and for the export styles they
already used, and /work/shared/README.md). The truth was fixed from the text written here, before any run of the
product. Run as

    python blind/seventh_defect_cases.py OUT_DIR

to write 12 transcript files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR.

The files, all in export shapes the earlier sets did not use:

* ``01_insomnia_session_captions.srt``: an SRT subtitle file made from a recorded CBT-for-insomnia session. Cue
  number, ``00:00:01,200 --> 00:00:04,900`` timing line, then at most two caption lines of about 42 characters.
  A speaker's name (``DR. OKAFOR:``, ``MARK:``) opens the first caption of each turn only; a long turn runs on over
  several cues whose captions carry no name (they continue the same turn). The recording stops mid-sentence.
* ``02_whatsapp_text_counselling.txt``: a WhatsApp chat export (iPhone layout) from a young people's text
  counselling service, ``[14/03/2024, 19:04:11] Name: text``; a message with line breaks runs on over the following
  lines without a prefix. Speakers are the service account ``TalkWell (Ruth)`` and the young person ``Tomás``.
* ``03_dialogue_generation_log.json``: the log of a synthetic-dialogue pipeline: one JSON array, one record a
  generation call, with metadata (request id, time, model, parameters, scenario, ``finish_reason``, usage) and a
  ``messages`` array whose every ``{"role", "content"}`` object sits on a line of its own. ``user`` is the client,
  ``assistant`` the therapist; the ``system`` message is not a turn. One record is a retry of an earlier one.
* ``04_intake_assessment_margin_numbered.txt``: a psychology-service assessment interview typed for a research
  coding frame: unnumbered header lines, then every transcript line carries a margin number (which is NOT the file
  line: the header lines are not numbered), ``I:``/``P:`` labels, the text wrapped at about 64 characters with
  continuation lines indented under the text.
* ``05_rev_style_export.txt``: a transcription-service export: the recording's file name, then for each turn a line
  ``Dr. Anjali Rao (00:00:03):`` with the words on the next line, turns separated by blank lines. Clean.
* ``06_record_export.html``: an electronic-record export as simple HTML: ``<h2>`` session headings, one
  ``<p><b>Name:</b> text</p>`` a turn, each on a line of its own, ``<p class="...">`` notes that are not turns.
  Session 4 is the transcript of 05 imported again (only ``&``, ``<``, ``>`` escaped); session 5 was typed in the
  record's editor, which stores curly quotes and accented letters as HTML entities (``&rsquo;``, ``&eacute;``).
* ``07_vendor_sessions_one_row_each.csv``: a vendor's synthetic counselling set as CSV, one session a row, the
  whole dialogue in one quoted cell of ``Counselor:``/``Client:`` lines (so a record runs over many physical
  lines), with reviewer columns.
* ``08_llama2_chat_format.jsonl``: a fine-tuning set in the Llama-2 chat template, one conversation a JSON Lines
  row: ``{"text": "<s>[INST] <<SYS>>\\n...\\n<</SYS>>\\n\\n{client} [/INST] {therapist} </s><s>[INST] ..."}``. The
  ``<<SYS>>`` block is not a turn.
* ``09_chatml_training_dump.txt``: conversations rendered in ChatML as plain text: ``<|im_start|>user`` (or
  ``assistant``/``system``) on a line of its own, the content on the following lines, ``<|im_end|>`` closing it;
  conversations separated by a blank line. ``system`` blocks are not turns.
* ``10_student_chat_semicolon.csv``: a student support chat platform's export saved by a European-locale Excel:
  semicolon-delimited (``chat_id;msg_no;sender_role;sent_at;message``), one message a row, ``dd.mm.yyyy`` dates.
  One database column was ``VARCHAR(255)``.
* ``11_tfcbt_chunked_asr.txt``: an automatic transcript made in two-minute audio chunks, ``[00:02:00]`` lines
  between the chunks, ``Psychologist:``/``Client:`` turns; the seams between chunks carry the usual artefacts.
* ``12_generated_concatenated.txt``: three generated sessions (``Psychotherapist:``/``Patient:``) joined with
  ``cat``: the first and third parts were saved on Windows (UTF-8 with a byte-order mark, CRLF), the second on Linux
  (LF), so the file has mixed line endings and a second U+FEFF at the start of a line in the middle of the file,
  directly before a speaker label. The second part ends without a blank line, so the third session starts on the
  line after the second one's closing note.

Unusual or hard: 04 (margin numbers that differ from file lines, wrapped turns), 07 (a dialogue inside one CSV
cell, a whole row with the labels swapped, a block of two turns looping), 12 (mixed line endings and a mid-file
byte-order mark), and the duplicate session between 05 and 06 in two different layouts.

Every line number is a 1-based line of the written file (after decoding it; ``\\r\\n`` and ``\\n`` each end one line)
and is computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label: in the SRT file the first caption line of
  the turn's first cue (the one with the name; not the cue number or the timing line); in the WhatsApp export the
  ``[date, time] Name:`` line; in the JSON log the line of the turn's ``{"role": ..., "content": ...}`` object; in
  the margin-numbered file the line with ``I:``/``P:`` (whatever its margin number says); in the Rev-style export the
  ``Name (hh:mm:ss):`` line (the words are on the line below); in the HTML file the turn's ``<p><b>`` line; in the
  one-session-a-row CSV the physical line inside the cell where the turn's label stands; in the ChatML file the
  ``<|im_start|>user``/``<|im_start|>assistant`` line; in the semicolon CSV the record's line, the header being
  line 1; in the Llama-2 JSON Lines file, which holds one conversation a row, the conversation's row (several
  defects of one kind in a row count once);
* an unlabelled line of generation or editing residue (a preamble inside a CSV cell, a ``(Note: ...)`` line) is a
  ``meta_text`` row at its own line; meta text inside a turn is marked at the turn's line;
* a session-level row (a whole session written with the labels swapped, a duplicate session) points at the line
  of the session's first turn (for JSON Lines, the conversation's row);
* a repetition loop is marked as in the earlier writers: ``repetition_loop`` on the first occurrence of the
  repeated turn (or of the first turn of a repeated block), ``duplicate_turn`` or ``near_duplicate_turn`` on every
  later copy (of every turn of the block);
* ``mojibake`` is marked on every turn whose text is garbled.

Which copy of a duplicated session is marked: the later one, i.e. the later record in the same file, or the copy in
the file whose name sorts later (06's session 4, not 05).

Not turns: SRT cue numbers and timing lines; the WhatsApp encryption notice; ``system`` messages, ``<<SYS>>``
blocks and ``system`` ChatML blocks; JSON metadata; the header and key lines of the margin-numbered file; the Rev
file-name line; HTML headings and ``<p class=...>`` notes; CSV headers and the other columns; the ``[00:02:00]``
chunk lines; ``Title:`` lines. An SRT caption without a name continues the turn before it.

Turns that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Standard library only.
"""

from __future__ import annotations

import csv
import difflib
import html
import io
import json
import re
import sys
import textwrap
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import datetime, timedelta
from pathlib import Path
from typing import Any

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
    "duplicate_session",
}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}

T, C, X = "T", "C", "?"  # counsellor role, client role, nobody's role

RSQ = "\u2019"  # right single quotation mark
LSQ = "\u2018"
LDQ = "\u201c"
RDQ = "\u201d"
MDASH = "\u2014"
NDASH = "\u2013"
BOM = "\ufeff"

# character sequences that only appear in these files when a turn is deliberately garbled
MOJIBAKE_MARKERS = ("\u00e2\u20ac", "\u00c3", "\u00c2", "\u00d0", "\u00d1", "\ufffd", "\u00f0\u0178")


def moji(text: str) -> str:
    """UTF-8 bytes read as Windows-1252; the five bytes that code page leaves undefined come through as C1 controls."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
@dataclass
class Turn:
    role: str
    text: str
    line: int
    kinds: tuple[str, ...]
    similar_ok: bool = False


def split_tags(tags: Sequence[str]) -> tuple[list[str], list[str], set[str]]:
    kinds = [tag for tag in tags if not tag.startswith(("decoy:", "@"))]
    decoys = [tag for tag in tags if tag.startswith("decoy:")]
    options = {tag for tag in tags if tag.startswith("@")}
    for kind in kinds:
        assert kind in KINDS, kind
    return kinds, decoys, options


def plain(turns: Sequence[tuple[str, ...]]) -> list[tuple[str, str]]:
    """The same turns without their decoy tags (for verbatim copies: a decoy is counted once)."""
    out: list[tuple[str, str]] = []
    for label, text, *tags in turns:
        assert not split_tags(tags)[0], "a copied session must be defect-free"
        out.append((label, text))
    return out


class Builder:
    """Physical lines (each with its own line ending), truth rows and decoys of one file."""

    encoding = "utf-8"
    row_level = False  # several turns share one physical line (JSON Lines with one conversation a row)

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        self.name = name
        self.roles = roles
        self.out: list[str] = []
        self.eols: list[str] = []
        self.eol = "\n"
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[list[Turn]] = []
        self.session_kinds: list[tuple[str, ...]] = []
        self.heads: dict[int, str] = {}  # line of a turn (or a marked non-turn line) -> that physical line's text

    # -- physical lines
    def add(self, *lines: str) -> int:
        """Append lines; return the number of the first one."""
        first = len(self.out) + 1
        for line in lines:
            assert "\n" not in line and "\r" not in line, line
            self.out.append(line)
            self.eols.append(self.eol)
        return first

    def blank(self) -> None:
        if self.out and self.out[-1] != "":
            self.add("")

    # -- truth
    def start(self, kinds: Sequence[str] = ()) -> None:
        for kind in kinds:
            assert kind in KINDS, kind
        self.sessions.append([])
        self.session_kinds.append(tuple(kinds))

    def _truth(self, line: int, kind: str) -> None:
        if (line, kind) in self.truth:
            assert self.row_level, f"{self.name}:{line} {kind} twice"
            return
        self.truth.append((line, kind))

    def record(self, label: str, text: str, line: int, tags: Sequence[str], head: str | None = None) -> None:
        assert label in self.roles, (self.name, label)
        kinds, decoys, options = split_tags(tags)
        if "mojibake" in kinds:
            assert any(marker in text for marker in MOJIBAKE_MARKERS), text
        else:
            assert not any(marker in text for marker in MOJIBAKE_MARKERS), f"unmarked garbling: {text[:60]!r}"
        if "empty_turn" in kinds:
            assert text == ""
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        if self.roles[label] == X:
            assert "unknown_speaker" in kinds, (self.name, line)
        turn_kinds = tuple(kinds)
        if not self.sessions[-1]:  # the first turn of a session carries the session-level rows
            kinds = list(self.session_kinds[-1]) + kinds
        for kind in kinds:
            self._truth(line, kind)
        for note in decoys:
            self.decoys.append((line, note))
        self.heads[line] = self.out[line - 1] if head is None else head
        self.sessions[-1].append(Turn(self.roles[label], text, line, turn_kinds, "@similar-ok" in options))

    def mark(self, line: int, *tags: str) -> None:
        """A line that is not a turn: a piece of meta text, or a decoy (a header, a system message...)."""
        kinds, decoys, _ = split_tags(tags)
        assert set(kinds) <= {"meta_text"}, kinds
        for kind in kinds:
            self._truth(line, kind)
        for note in decoys:
            self.decoys.append((line, note))
        self.heads[line] = self.out[line - 1]

    def lines(self) -> list[str]:
        return list(self.out)

    def render(self) -> bytes:
        return "".join(line + eol for line, eol in zip(self.out, self.eols, strict=True)).encode(self.encoding)


class SrtDoc(Builder):
    """SRT captions: a name opens the first caption of a turn; long turns run over several unnamed cues."""

    WIDTH = 42

    def __init__(self, name: str, roles: dict[str, str], start_ms: int = 1200) -> None:
        super().__init__(name, roles)
        self.cue = 0
        self.ms = start_ms
        self.start()

    @staticmethod
    def stamp(ms: int) -> str:
        h, rest = divmod(ms, 3_600_000)
        m, rest = divmod(rest, 60_000)
        s, ms = divmod(rest, 1000)
        return f"{h:02d}:{m:02d}:{s:02d},{ms:03d}"

    def t(self, label: str, text: str, *tags: str, pause: int = 700) -> int:
        captions = textwrap.wrap(f"{label}: {text}", self.WIDTH, break_on_hyphens=False, break_long_words=False)
        self.ms += pause
        line = 0
        for i in range(0, len(captions), 2):
            chunk = captions[i : i + 2]
            self.cue += 1
            self.blank()
            words = sum(len(part.split()) for part in chunk)
            end = self.ms + 600 + words * 330
            self.add(str(self.cue), f"{self.stamp(self.ms)} --> {self.stamp(end)}")
            first = self.add(*chunk)
            line = line or first
            self.ms = end + 120
        self.record(label, text, line, tags)
        return line

    def turns(self, turns: Sequence[tuple[str, ...]]) -> None:
        for label, text, *tags in turns:
            self.t(label, text, *tags)


class WhatsAppDoc(Builder):
    """WhatsApp export, iPhone layout: ``[dd/mm/yyyy, hh:mm:ss] Name: text``; extra lines of a message unprefixed."""

    def __init__(self, name: str, roles: dict[str, str], clock: datetime) -> None:
        super().__init__(name, roles)
        self.clock = clock
        self.start()

    def _stamp(self) -> str:
        return self.clock.strftime("[%d/%m/%Y, %H:%M:%S]")

    def system(self, who: str, text: str, note: str) -> None:
        line = self.add(f"{self._stamp()} {who}: \u200e{text}")
        self.mark(line, note)

    def t(self, label: str, text: str, *tags: str, after: int | None = None) -> int:
        """``after``: seconds since the previous message (default: roughly the time to type this one)."""
        self.clock += timedelta(seconds=after if after is not None else 12 + 3 * len(text.split()))
        parts = text.split("\n")
        line = self.add(f"{self._stamp()} {label}: {parts[0]}", *parts[1:])
        self.record(label, text, line, tags)
        return line

    def turns(self, turns: Sequence[tuple[str, ...]]) -> None:
        for label, text, *tags in turns:
            self.t(label, text, *tags)


class ApiLogDoc(Builder):
    """A JSON array of generation calls; each ``messages`` object on a line of its own."""

    def __init__(self, name: str) -> None:
        super().__init__(name, {"user": C, "assistant": T})
        self.add("[")
        self.data: list[dict[str, Any]] = []

    def call(
        self,
        head: dict[str, Any],
        system: str,
        turns: Sequence[tuple[str, ...]],
        tail: dict[str, Any],
        kinds: Sequence[str] = (),
        system_note: str | None = None,
    ) -> int:
        self.start(kinds)
        if len(self.data):
            assert self.out[-1] == "  }"
            self.out[-1] = "  },"
        messages = [{"role": "system", "content": system}]
        messages.extend({"role": role, "content": content} for role, content, *_ in turns)
        self.data.append({**head, "messages": messages, **tail})
        self.add("  {")
        for key, value in head.items():
            self.add(f"    {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
        self.add('    "messages": [')
        first = 0
        for index, message in enumerate(messages):
            comma = "," if index < len(messages) - 1 else ""
            line = self.add(f"      {json.dumps(message, ensure_ascii=False)}{comma}")
            if index == 0:
                if system_note:
                    self.mark(line, system_note)
                continue
            _, _, *tags = turns[index - 1]
            self.record(message["role"], message["content"], line, tags)
            first = first or line
        items = list(tail.items())
        self.add("    ]," if items else "    ]")
        for index, (key, value) in enumerate(items):
            comma = "," if index < len(items) - 1 else ""
            self.add(f"    {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)}{comma}")
        self.add("  }")
        return first

    def lines(self) -> list[str]:
        return [*self.out, "]"]

    def render(self) -> bytes:
        return ("\n".join(self.lines()) + "\n").encode(self.encoding)


class MarginDoc(Builder):
    """Research transcript: margin line numbers on every transcript line, ``I:``/``P:``, wrapped text."""

    WIDTH = 64

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.number = 0
        self.start()

    def _numbered(self, body: str) -> int:
        self.number += 1
        return self.add(f"{self.number:>4}  {body}".rstrip())

    def t(self, label: str, text: str, *tags: str) -> int:
        parts = textwrap.wrap(text, self.WIDTH, break_on_hyphens=False) if text else [""]
        line = self._numbered(f"{label}:  {parts[0]}")
        for part in parts[1:]:
            self._numbered(" " * (len(label) + 3) + part)
        self.record(label, text, line, tags)
        return line

    def turns(self, turns: Sequence[tuple[str, ...]]) -> None:
        for label, text, *tags in turns:
            self.t(label, text, *tags)


class RevDoc(Builder):
    """``Name (hh:mm:ss):`` on a line, the words on the next line, a blank line between turns."""

    def __init__(self, name: str, roles: dict[str, str], clock: int = 3) -> None:
        super().__init__(name, roles)
        self.clock = clock
        self.start()

    def t(self, label: str, text: str, *tags: str) -> int:
        self.blank()
        h, rest = divmod(self.clock, 3600)
        m, s = divmod(rest, 60)
        line = self.add(f"{label} ({h:02d}:{m:02d}:{s:02d}):", text)
        self.record(label, text, line, tags)
        self.clock += 4 + int(len(text.split()) * 0.45)
        return line

    def turns(self, turns: Sequence[tuple[str, ...]]) -> None:
        for label, text, *tags in turns:
            self.t(label, text, *tags)


ENTITIES = {
    RSQ: "&rsquo;",
    LSQ: "&lsquo;",
    LDQ: "&ldquo;",
    RDQ: "&rdquo;",
    "\u00e9": "&eacute;",
    "\u00e1": "&aacute;",
    MDASH: "&mdash;",
}


def to_html(text: str, entities: bool) -> str:
    out = html.escape(text, quote=False)
    if entities:
        for char, entity in ENTITIES.items():
            out = out.replace(char, entity)
    return out


class HtmlDoc(Builder):
    """``<p><b>Name:</b> text</p>`` a turn, one a line."""

    def session(self, heading: str, kinds: Sequence[str] = (), note: str | None = None) -> None:
        self.add(f"<h2>{heading}</h2>")
        if note:
            line = self.add(f'<p class="note"><i>{note}</i></p>')
            self.mark(line, "decoy: an editor's note in a <p class=...>, not a turn")
        self.start(kinds)

    def t(self, label: str, text: str, *tags: str, entities: bool = False) -> int:
        line = self.add(f"<p><b>{html.escape(label)}:</b> {to_html(text, entities)}</p>")
        self.record(label, text, line, tags)
        return line

    def turns(self, turns: Sequence[tuple[str, ...]], entities: bool = False) -> None:
        for label, text, *tags in turns:
            self.t(label, text, *tags, entities=entities)


class SessionRowCsvDoc(Builder):
    """CSV with one session a row; the dialogue is one quoted cell of ``Label: text`` lines."""

    HEADER = ("session_id", "modality", "setting", "dialogue", "reviewer_score", "reviewer_note")

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.rows: list[tuple[str, ...]] = [self.HEADER]
        self.add(",".join(self.HEADER))

    def row(
        self,
        session_id: str,
        modality: str,
        setting: str,
        turns: Sequence[tuple[str, ...]],
        score: str,
        note: str,
        kinds: Sequence[str] = (),
        preamble: str | None = None,
        swap: dict[str, str] | None = None,
    ) -> int:
        """``swap`` writes every turn under the other label (the truth then sits on the session)."""
        self.start(kinds)
        cell_lines = [preamble] if preamble else []
        labels = [swap[label] if swap else label for label, *_ in turns]
        cell_lines.extend(f"{label}: {text}" for label, (_, text, *_) in zip(labels, turns, strict=True))
        values = (session_id, modality, setting, "\n".join(cell_lines), score, note)
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(values)
        physical = buffer.getvalue()[:-1].split("\n")
        assert len(physical) == len(cell_lines)
        start = self.add(*physical)
        self.rows.append(values)
        offset = 0
        if preamble:
            self.mark(start, "meta_text")
            offset = 1
        first = start + offset
        for index, (label, (_, text, *tags)) in enumerate(zip(labels, turns, strict=True)):
            self.record(label, text, first + index, tags)
        return first


class LlamaDoc(Builder):
    """Llama-2 chat template, one conversation a JSON Lines row ``{"text": ...}``."""

    row_level = True

    def __init__(self, name: str) -> None:
        super().__init__(name, {"user": C, "assistant": T})
        self.data: list[dict[str, Any]] = []

    def conv(self, system: str, turns: Sequence[tuple[str, ...]], cut: bool = False, kinds: Sequence[str] = ()) -> int:
        """``turns`` alternate user/assistant; ``cut``: the row stops inside the last reply (no closing ``</s>``)."""
        self.start(kinds)
        text = ""
        for index in range(0, len(turns), 2):
            user = turns[index]
            reply = turns[index + 1]
            assert user[0] == "user" and reply[0] == "assistant"
            opening = f"<<SYS>>\n{system}\n<</SYS>>\n\n" if index == 0 else ""
            last = index + 2 >= len(turns)
            close = "" if (cut and last) else " </s>"
            text += f"<s>[INST] {opening}{user[1]} [/INST] {reply[1]}{close}"
        record = {"text": text}
        self.data.append(record)
        line = self.add(json.dumps(record, ensure_ascii=False))
        for label, content, *tags in turns:
            self.record(label, content, line, tags)
        return line


class ChatMlDoc(Builder):
    """ChatML as text: ``<|im_start|>role`` line, content lines, ``<|im_end|>`` at the end of the last one."""

    def conv(self, system: str, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()) -> int:
        self.start(kinds)
        self.blank()
        line = self.add("<|im_start|>system", *f"{system}<|im_end|>".split("\n"))
        self.mark(line, "decoy: a ChatML system block, not a turn")
        first = 0
        for label, text, *tags in turns:
            line = self.add(f"<|im_start|>{label}", *f"{text}<|im_end|>".split("\n"))
            self.record(label, text, line, tags)
            first = first or line
        return first


class SemicolonCsvDoc(Builder):
    """European-locale Excel CSV: ``;`` delimiter, one message a row, ``dd.mm.yyyy HH:MM`` times."""

    HEADER = ("chat_id", "msg_no", "sender_role", "sent_at", "message")

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.rows: list[tuple[str, ...]] = [self.HEADER]
        self.add(self._line(self.HEADER))

    @staticmethod
    def _line(values: Sequence[str]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, delimiter=";", lineterminator="\n").writerow(values)
        row = buffer.getvalue()
        assert row.count("\n") == 1, "one physical line a row"
        return row[:-1]

    def chat(self, chat_id: str, start: datetime, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()) -> int:
        self.start(kinds)
        clock = start
        first = 0
        for number, (role, text, *tags) in enumerate(turns, start=1):
            values = (chat_id, str(number), role, clock.strftime("%d.%m.%Y %H:%M"), text)
            self.rows.append(values)
            line = self.add(self._line(values))
            self.record(role, text, line, tags)
            first = first or line
            clock += timedelta(seconds=30 + 4 * len(text.split()))
        return first


class LabelDoc(Builder):
    """Plain ``Label: text`` lines with optional raw lines (timestamps, titles) in between."""

    def t(self, label: str, text: str, *tags: str) -> int:
        line = self.add(f"{label}: {text}" if text else f"{label}:")
        self.record(label, text, line, tags)
        return line

    def turns(self, turns: Sequence[tuple[str, ...]]) -> None:
        for label, text, *tags in turns:
            self.t(label, text, *tags)


# ---------------------------------------------------------------------------
# 01  SRT captions of a recorded CBT-for-insomnia session
# ---------------------------------------------------------------------------
def f01() -> SrtDoc:
    OK, MK = "DR. OKAFOR", "MARK"
    doc = SrtDoc("01_insomnia_session_captions.srt", {OK: T, MK: C, "SPEAKER 3": X})
    doc.turns(
        [
            (
                OK,
                "Okay, the recording's on. So this is our third session, Mark, and I'd like to start with the sleep diary, if you managed to bring it.",
                "decoy: a long turn that runs on over three cues, only the first carrying the name",
            ),
            (MK, "I did. It's a bit of a mess. I filled some of it in the next morning rather than straight away."),
            (
                OK,
                "That's completely fine, the next morning is actually what we ask for. What jumped out at you when you looked back over the week?",
            ),
            (MK, "Mostly how long I'm lying there. I go up at half ten and I'm still awake at one, sometimes later."),
            (OK, "Mm-hmm.", "decoy: backchannel"),
            (
                MK,
                "And then the alarm's at six for work, so on paper I'm in bed seven and a half hours and asleep for maybe four.",
            ),
            (
                OK,
                "So a lot of the time in bed is spent awake. What goes through your mind while you're lying there?",
            ),
            (
                MK,
                "Work, mostly. Whether I sent the right figures. And then I start doing the maths, like, if I drop off now I'll get five hours, if I drop off now I'll get four and a half.",
            ),
            (OK, "The countdown."),
            (MK, "Yeah, the countdown. [laughs] That's exactly what it is.", "decoy: [laughs] inside a turn"),
            (OK, "Mm-hmm.", "decoy: the same backchannel again"),
            (
                MK,
                "2:30, 3:00, that sort of time is the worst. I look at the clock and my heart just goes.",
                "decoy: a turn opening with clock times that contain colons",
            ),
            (
                OK,
                "A lot of people with insomnia describe that exact moment. The clock turns into a kind of scoreboard. One small thing we could try this week is turning it to face the wall.",
            ),
            (MK, "I could do that. My wife would be pleased, it's got a really bright display."),
            (
                OK,
                "The bigger thing I want to introduce today is something we call sleep restriction. It sounds a bit odd at first, so bear with me.",
            ),
            (MK, "Okay."),
            (
                OK,
                "Because you're only sleeping about four and a half hours, we'd start by only being in bed for about five and a half. So rather than going up at half ten, you'd go up at half twelve and keep the six o'clock alarm.",
            ),
            (MK, "So I'd be sleeping less?"),
            (
                OK,
                "For the first week or two you'll probably feel more tired, yes. But the sleep you do get tends to become deeper and less broken, and then we gradually widen the window again.",
            ),
            (MK, f"So the thing is, when I{MDASH}", "decoy: interrupted by a knock, ends with a dash"),
            ("SPEAKER 3", "Sorry, sorry, I thought the room was free. I'll come back later.", "unknown_speaker"),
            (OK, "No problem. Sorry about that, Mark. You were saying?"),
            (
                MK,
                "Just that when I'm exhausted I get snappy with the kids, and my wife's already doing most of the bedtimes.",
            ),
            (
                MK,
                moji(
                    f"My sister-in-law Siobh\u00e1n did something like this after her second baby. She said the first week was horrendous but it{RSQ}s the only thing that{RSQ}s ever worked for her."
                ),
                "mojibake",
            ),
            (
                OK,
                "It's good that Siobh\u00e1n found it helpful, and it's a fair worry about the kids. Which evenings do you think the tiredness would hit hardest?",
                "decoy: an accented name correctly encoded",
            ),
            (MK, "Probably Tuesdays and Wednesdays. Those are my long days."),
            (
                OK,
                "Could your wife cover bedtimes on those two nights for a fortnight? And one more rule to go with it: if you've been lying awake for what feels like twenty minutes, get up, go to another room and do something quiet until you feel sleepy.",
            ),
            (MK, "Even if it's three in the morning?"),
            (OK, "Even then. Not your phone, though. Something dull. A book you've read before, or a jigsaw."),
            (
                MK,
                "My daughter's got a jigsaw of the solar system that's been on the dining table since Christmas. [laughs]",
            ),
            (
                OK,
                "That sounds perfect. Let's write the window down, half twelve to six, and we'll look at the diary together again next Thursday.",
            ),
            (
                MK,
                "Yeah, I'll give the twenty minutes thing a go. The only problem is, on Thursdays I start at five, so for that night I'd have to",
                "truncated_turn",
            ),
        ]
    )
    return doc


# ---------------------------------------------------------------------------
# 02  WhatsApp export from a young people's text counselling service
# ---------------------------------------------------------------------------
def f02() -> WhatsAppDoc:
    RU, TO = "TalkWell (Ruth)", "Tom\u00e1s"
    doc = WhatsAppDoc("02_whatsapp_text_counselling.txt", {RU: T, TO: C}, datetime(2024, 3, 14, 19, 2, 40))
    doc.system(
        TO,
        "Messages and calls are end-to-end encrypted. No one outside of this chat, not even WhatsApp, can read or listen to them.",
        "decoy: the encryption notice, written under the chat's name, is not a turn",
    )
    sorry = "sorry ive been really bad at replying to anyone this week"
    write = "That sounds like a real option. Would it help to write down what you'd say to him before the call?"
    pasted = moji(
        f"Dad, I{RSQ}m not saying I don{RSQ}t want to see you. I just don{RSQ}t want to spend the whole summer away from my friends and my job at the caf\u00e9."
    )
    doc.turns(
        [
            (TO, "hey is this the text service?"),
            (
                RU,
                "Hi, yes, you've reached TalkWell. I'm Ruth, one of the counsellors. Before we start, is it okay if I ask your first name and roughly how old you are?",
            ),
            (TO, "tom\u00e1s, im 17", "decoy: accented first name correctly encoded"),
            (RU, "Thanks Tom\u00e1s. What's brought you to message us tonight?"),
            (
                TO,
                "its my dad. he moved to porto last year with his new girlfriend and now he wants me to go out there for the whole summer",
            ),
            (TO, "and i dont want to but i cant say that to him"),
            (
                RU,
                "That sounds like a really tricky spot, wanting to say no to your dad but not feeling able to. What makes it hard to tell him?",
            ),
            (
                TO,
                'he gets this voice. like disappointed. and then my av\u00f3 rings me and says "your father misses you so much"',
                "decoy: Portuguese word with an accent, and a quoted relative",
            ),
        ]
    )
    doc.t(TO, sorry)
    doc.t(TO, sorry, "duplicate_turn", after=3)
    doc.turns(
        [
            (
                RU,
                "No need to apologise at all, you're replying now and that's what matters. It sounds like there's pressure coming from a few directions at once.",
            ),
            (TO, "yeah"),
            (
                TO,
                "ok so this is what i wrote on my laptop earlier, i was going to send it to him\n" + pasted,
                "mojibake",
            ),
            (
                RU,
                "Thank you for sharing that. It reads as honest and kind to me. What do you imagine he'd say if he read it?",
            ),
            (TO, "that im choosing my friends over him"),
            (
                RU,
                "I'm sorry, but I can't help with that. If you are in crisis or need urgent support, please call 999 or contact Samaritans on 116 123.",
                "refusal",
            ),
            (TO, "??"),
            (TO, "did i say something wrong"),
            (
                RU,
                "Sorry Tom\u00e1s, that message wasn't meant for you, it was an automatic reply that went out by mistake. You didn't say anything wrong at all. You were telling me you worry he'll think you're choosing your friends over him.",
                "decoy: the counsellor names the automatic reply and carries on",
            ),
            (TO, "ok"),
            (TO, "yeah. basically"),
            (
                RU,
                "It sounds like you care a lot about not hurting him. Is it possible to want to see your dad and also want your own summer?",
            ),
            (TO, "i guess. i could go for 2 weeks maybe. in august"),
            (RU, write),
        ]
    )
    doc.t(
        RU,
        "That sounds like a real option. Would it help to write down what you'd want to say to him before the call?",
        "near_duplicate_turn",
        after=9,
    )
    doc.turns(
        [
            (TO, "yes"),
            (
                TO,
                "maybe like\n1. i love you and i want to see you\n2. 2 weeks in august\n3. i have my job at the caf\u00e9 till then",
                "decoy: a message with line breaks and a numbered list",
            ),
            (
                RU,
                "That's really clear, and starting with number one feels important. How are you feeling now compared with when you first messaged?",
            ),
            (TO, "better. less like my head is going to explode lol"),
            (
                RU,
                "I'm glad. If things feel heavy after the call you can message us again, and Samaritans are there 24/7 on 116 123 too. Would you like to check in with us after you've spoken to him?",
                "decoy: a crisis line mentioned alongside real engagement",
            ),
            (TO, "ok", "decoy: the same one-word reply again"),
            (TO, "\U0001f44d", "decoy: an emoji-only message"),
            (TO, "thanks ruth"),
        ]
    )
    return doc


# ---------------------------------------------------------------------------
# 03  Synthetic-dialogue generation log (JSON array, messages one a line)
# ---------------------------------------------------------------------------
DBT_SYSTEM = "You are generating a realistic therapy session for a training dataset. The assistant is a DBT skills therapist; the user is a client in their early thirties. Stay in role, British English, no stage directions."

DBT_WORK: list[tuple[str, ...]] = [
    (
        "user",
        "I had another meltdown at work yesterday. My manager moved a deadline forward and I ended up crying in the toilets for half an hour.",
    ),
    (
        "assistant",
        "That sounds really overwhelming. Before we look at what happened, if you rate the emotion from nought to a hundred, how intense was it at its peak?",
    ),
    ("user", "Ninety? Maybe ninety-five. It felt like my chest was going to cave in."),
    (
        "assistant",
        "At ninety-five it makes sense that thinking clearly wasn't possible. That's the zone where we reach for distress tolerance skills rather than problem-solving. Do you remember the TIP skills we went over?",
    ),
    ("user", "Temperature, intense exercise, paced breathing and... I've forgotten the last one."),
    (
        "assistant",
        "Paired muscle relaxation. Three out of four is good going. Did any of them cross your mind yesterday?",
    ),
    ("user", "Honestly, no. I just wanted to get out of there."),
    (
        "assistant",
        "That urge to escape is really common. What if we made a skill easier to reach in the moment? Some people keep a cold drink or an ice pack in the office freezer for exactly this.",
    ),
    ("user", "There's a freezer in the staff kitchen. I could keep one of those gel packs in there."),
    (
        "assistant",
        "That's a practical plan. Cold water on your face in the toilets would work too. The idea is to bring the intensity down enough that you can choose what to do next.",
    ),
    ("user", "And then what? I've still got the deadline."),
    (
        "assistant",
        "Then the deadline becomes a problem to solve rather than a threat to survive. Once you're nearer forty or fifty, you might be able to ask your manager which parts are truly urgent. Would that feel possible?",
    ),
    ("user", "Maybe by email. Not face to face."),
    (
        "assistant",
        "Email is a perfectly good start. And if the feelings ever go beyond overwhelm, into not wanting to be here, I'd want you to use your crisis plan and ring the crisis line, and we'd talk it through together next session. For now, shall we draft the email?",
        "decoy: a crisis line mentioned alongside real engagement",
    ),
    (
        "user",
        f"Okay. {LDQ}Hi Sam, could we go through which parts of the report need to be ready by Friday?{RDQ}",
        "decoy: the client quotes her own draft in curly quotes",
    ),
    (
        "assistant",
        "That's clear, and it doesn't apologise for existing, which I like. How does it feel to read it back?",
    ),
    ("user", "Less scary than I thought it would be."),
]


def f03() -> ApiLogDoc:
    doc = ApiLogDoc("03_dialogue_generation_log.json")
    model = "dialogue-gen-large-2024-04"
    doc.call(
        {
            "request_id": "gen_7f3a01",
            "created": "2024-05-02T10:14:03Z",
            "model": model,
            "params": {"temperature": 0.9, "max_tokens": 1400},
            "scenario": {"modality": "DBT", "presenting_issue": "emotional overwhelm at work", "turns": 17},
        },
        DBT_SYSTEM,
        DBT_WORK,
        {"finish_reason": "stop", "usage": {"prompt_tokens": 96, "completion_tokens": 702}},
        system_note="decoy: system message, not a turn",
    )
    mi_system = "You are generating a realistic therapy session for a training dataset. The assistant is a counsellor using motivational interviewing; the user is a man in his forties whose GP has raised his drinking. Stay in role."
    doc.call(
        {
            "request_id": "gen_7f3a02",
            "created": "2024-05-02T10:15:41Z",
            "model": model,
            "params": {"temperature": 0.9, "max_tokens": 1400},
            "scenario": {"modality": "MI", "presenting_issue": "weekend drinking", "turns": 14},
        },
        mi_system,
        [
            ("user", "My GP told me I should cut down on the drinking. I think she's overreacting, to be honest."),
            (
                "assistant",
                "It sounds like you're not convinced there's a problem. What did she say that felt like an overreaction?",
            ),
            (
                "user",
                "Twenty-eight units a week is too much, apparently. Everyone I know drinks like that at the weekend.",
            ),
            (
                "assistant",
                "So from where you're standing, your drinking looks pretty ordinary next to the people around you.",
            ),
            ("user", "Exactly. Although my wife's been on at me about it too, I suppose."),
            (
                "assistant",
                "As an AI language model, I am not able to provide advice about alcohol consumption. Please consult your doctor or a qualified addiction specialist for guidance.",
                "refusal",
            ),
            ("user", "She says I'm different when I've had a few. Short-tempered."),
            (
                "assistant",
                "It sounds like it matters to you, what your wife notices. What's it like to hear her say that?",
            ),
            ("user", "Not great. I don't want to end up like my dad was."),
            (
                "assistant",
                "There's something important in that. Part of you feels fine with how things are, and part of you doesn't want to become someone you remember from growing up. From one to ten, how important is it to you to make a change?",
            ),
            ("user", "Maybe a six."),
            ("assistant", "Why a six and not a three?"),
            ("user", "Because of the kids, I suppose. They're getting to an age where they notice things."),
            (
                "assistant",
                "Your kids are a big part of why this matters to you. What would be one small step you might consider this weekend?\n\n(Note: This dialogue is a fictional example generated for training purposes and does not constitute medical advice.)",
                "meta_text",
            ),
        ],
        {"finish_reason": "stop", "usage": {"prompt_tokens": 91, "completion_tokens": 512}},
        system_note="decoy: system message, not a turn",
    )
    pc_system = "You are generating a realistic therapy session for a training dataset. The assistant is a person-centred counsellor; the user is a woman in her fifties who finds it hard to say no. Stay in role."
    parts = "It sounds like there's a part of you that keeps everyone else comfortable, and another part that is exhausted and wants some room for itself."
    doc.call(
        {
            "request_id": "gen_7f3a03",
            "created": "2024-05-02T10:17:09Z",
            "model": model,
            "params": {"temperature": 1.1, "max_tokens": 600},
            "scenario": {
                "modality": "person-centred",
                "presenting_issue": "people-pleasing and resentment",
                "turns": 12,
            },
        },
        pc_system,
        [
            (
                "user",
                "I've realised I say yes to everything. Extra shifts, favours, my sister's kids every weekend. And then I lie awake resenting all of them.",
            ),
            ("assistant", "You give a great deal, and then at night the resentment catches up with you."),
            ("user", "Yes. And then I feel guilty for resenting them, because they're my family."),
            ("assistant", parts, "repetition_loop"),
            ("user", "Maybe. I don't really know what I'd do with room for myself."),
            ("assistant", parts, "duplicate_turn"),
            ("user", "I suppose I used to paint. Before the kids, before all of it."),
            (
                "assistant",
                "It sounds like there's a part of you that keeps everyone else comfortable, and another part that's exhausted and wants some room for itself.",
                "near_duplicate_turn",
            ),
            ("user", "Watercolours, mostly. I haven't opened the box in six years."),
            (
                "assistant",
                "Six years is a long time for something that once mattered so much to sit in a box. I wonder what it would be like to give the part of you that painted just one evening, without anyone needing you, and whether the part that keeps everyone comfortable would let",
                "truncated_turn",
            ),
        ],
        {"finish_reason": "length", "usage": {"prompt_tokens": 88, "completion_tokens": 600}},
        system_note="decoy: system message, not a turn",
    )
    # the pipeline retried gen_7f3a01 after a timeout and logged both calls; same messages
    doc.call(
        {
            "request_id": "gen_7f3a01-retry1",
            "created": "2024-05-02T10:18:44Z",
            "model": model,
            "params": {"temperature": 0.9, "max_tokens": 1400},
            "scenario": {"modality": "DBT", "presenting_issue": "emotional overwhelm at work", "turns": 17},
        },
        DBT_SYSTEM,
        plain(DBT_WORK),
        {"finish_reason": "stop", "usage": {"prompt_tokens": 96, "completion_tokens": 702}},
        kinds=("duplicate_session",),
    )
    return doc


# ---------------------------------------------------------------------------
# 04  Assessment interview with margin line numbers, I:/P:
# ---------------------------------------------------------------------------
def f04() -> MarginDoc:
    doc = MarginDoc("04_intake_assessment_margin_numbered.txt", {"I": T, "P": C})
    header = doc.add(
        "Stepwise Psychology Service - initial assessment interview",
        "Participant: P07    Interviewer: LM    Date: 09/04/2024    Duration: 38 min",
        "Key: I = assessing clinician; P = patient; [ ] = transcriber's note",
        "Line numbers as used in the coding frame.",
        "",
    )
    doc.mark(header + 2, "decoy: a key line with labels in it, not a turn")
    doc.turns(
        [
            (
                "I",
                "Thanks for coming in today. As I mentioned on the phone, this first appointment is mostly me asking questions, so that we can work out together what kind of support would fit best. Is that okay?",
                "decoy: a turn wrapped over several numbered lines",
            ),
            ("P", "Yes, that's fine."),
            ("I", "Can you start by telling me what made you get in touch with the service?"),
            (
                "P",
                "My GP suggested it. I was made redundant in January, after nineteen years at the same firm, and since then I've sort of ground to a halt. She said, \"Have you thought about talking to someone?\" and I said I'd think about it, and then I didn't for about six weeks.",
                "decoy: the patient quotes a question his GP asked",
            ),
            ("I", "Nineteen years is a long time. What have the last few months been like, day to day?"),
            (
                "P",
                "Slow. I get up, I take the dog out, and then the day just disappears. I'm meant to be applying for jobs.",
            ),
            (
                "I",
                "I'm going to ask some questions about the past two weeks. Some might feel a bit repetitive, but it helps me get a full picture. Over the last two weeks, how often have you felt down, depressed or hopeless?",
            ),
            ("P", "Most days. Nearly every day, if I'm honest."),
            (
                "I",
                "And how often have you had little interest or pleasure in doing things you'd usually enjoy?",
                "decoy: a questionnaire item built like the one before it",
            ),
            ("P", "Same. Nearly every day. I used to do the allotment and I haven't been down since October."),
            ("I", "How's your sleep?"),
            ("P", "I wake at four and can't get back off."),
            ("I", "And your appetite?"),
            ("P", "Not great. I've lost about a stone."),
            (
                "I",
                "Over the last two weeks, how often have you felt bad about yourself, or felt that you've let yourself or your family down?",
            ),
            ("P", "That one's every day. My wife's carrying everything at the moment."),
            ("I", "Do you drink alcohol at all?"),
            ("P", "No."),
            ("I", "Any recreational drugs?"),
            ("P", "No.", "decoy: the same short answer twice"),
            ("I", "Are you on any medication at the moment?"),
            (
                "P",
                "Sertraline, fifty milligrams, since February. Amlodipine for my blood pressure. And omeprazole.",
                "decoy: a list of medicines",
            ),
            (
                "I",
                "Thank you. I ask everyone this next question, and it's okay to answer honestly. In the last two weeks, have you had any thoughts that you'd be better off dead, or of hurting yourself in some way?",
            ),
            (
                "P",
                "[pause] Not like that. Sometimes I think it wouldn't matter much if I didn't wake up. But I'd never do anything. The grandkids, apart from anything else.",
            ),
            (
                "I",
                "Thank you for telling me that, I know it isn't easy to say. Those thoughts of it not mattering, how often do they come?",
            ),
            ("P", "Once or twice a week. At four in the morning, mostly."),
            (
                "I",
                "That's really helpful to know. If they ever got stronger, or turned into plans, I'd want you to ring your GP or the crisis team, and I'll give you a card with the numbers before you leave. But I'd also like us to keep talking about them here. Is that alright?",
                "decoy: crisis numbers given alongside real engagement",
            ),
            ("P", "Yes. Yes, that's alright."),
            (
                "P",
                "And who have you got around you at the moment for support? Family, friends, anyone you can talk to?",
                "role_inversion",
            ),
            (
                "P",
                "My wife, Ewa. And my brother, though he's in Gda\u0144sk, so it's mostly phone calls.",
                "decoy: Polish names with diacritics correctly encoded",
            ),
            ("I", "Does Ewa know how you've been feeling?"),
            ("P", "Some of it. Not the four in the morning bit."),
            ("I", "What's stopped you telling her that part?"),
            ("P", "", "empty_turn"),
            (
                "I",
                "That's okay, we can come back to it. [inaudible] the last part is about what you'd like to get from coming here.",
                "decoy: an [inaudible] marker inside a turn",
            ),
            ("P", "I'd like to feel like myself again. And get back down the allotment."),
            (
                "I",
                "Those feel like really good goals to hold on to. From what you've told me, I think either our guided self-help programme or a course of CBT could fit. I'll explain the difference and you can have a think.",
            ),
            ("P", "Okay."),
            ("I", "Okay.", "decoy: both say okay"),
        ]
    )
    return doc


# ---------------------------------------------------------------------------
# 05  Rev-style transcription export (clean); 06 imports the same session again
# ---------------------------------------------------------------------------
RAO, CAL = "Dr. Anjali Rao", "Callum Reid"

CALLUM_4: list[tuple[str, ...]] = [
    (RAO, "So, last week you left quite quickly at the end, I think. I wondered how you were afterwards."),
    (
        CAL,
        "Yeah. Sorry about that. I sat in the car for a bit. I wasn't angry with you, I was just, I don't know, full.",
    ),
    (RAO, "Full."),
    (CAL, "Full up. Like I'd said more than I meant to."),
    (RAO, "Mm-hmm.", "decoy: backchannel"),
    (
        CAL,
        "About Dad, and about Se\u00e1n not coming over. I've never really said that out loud, that I resent him for it.",
        "decoy: Irish name with an accent, correctly encoded",
    ),
    (RAO, "It sounded like a lot had been held in for a long time."),
    (
        CAL,
        "Years. He lives twenty minutes away and he sees Dad maybe once a month. I'm there four nights a week. And Dad still asks for him, not me. He'll say, \"Where's the boy?\" and he means Se\u00e1n.",
        "decoy: the client quotes his father",
    ),
    (RAO, "That must land somewhere painful."),
    (
        CAL,
        "It does. And then I hate myself for being jealous of my own brother, over a man who can't remember what year it is.",
    ),
    (RAO, "Mm-hmm.", "decoy: the same backchannel again"),
    (
        CAL,
        'You said something last week that stuck with me. You said, "Anger is often grief with its boots on." I keep coming back to that.',
        "decoy: the client quotes the therapist's own words",
    ),
    (RAO, "What is it about that line that stayed with you?"),
    (
        CAL,
        f"Because I think I've been grieving him for two years and he's still alive. And you can't, you're not allowed to{MDASH}",
        "decoy: interrupted, ends with a dash",
    ),
    (RAO, "You're not allowed to grieve someone who's still here."),
    (
        CAL,
        f"Right. People say, \"At least you've still got him.\" And I've got {MDASH} I've got someone. But it's not him.",
    ),
    (RAO, "Right.", "decoy: a one-word reply that repeats the client's"),
    (CAL, "[crosstalk] Sorry, go on.", "decoy: [crosstalk] tag"),
    (
        RAO,
        "No, you go. I was only going to say, it sounds like you're mourning the dad you had while caring for the one who's left.",
    ),
    (
        CAL,
        "Yeah. That's exactly it. And Se\u00e1n gets to skip all of that. He gets to remember him how he was.",
    ),
    (
        RAO,
        "I wonder whether some of the anger at Se\u00e1n is also envy, that he has a choice and you feel you don't.",
    ),
    (
        CAL,
        "[pause] Maybe. I've never thought I had a choice. Mum made me promise, before she died. Look after your dad.",
    ),
    (RAO, "That promise sounds like it carries a great deal of weight."),
    (CAL, "It does. I'd never break it. But I didn't think it meant doing it on my own."),
    (
        RAO,
        "Perhaps that's something we can keep thinking about. What it would mean to keep the promise and still ask for help.",
    ),
    (
        CAL,
        "Maybe I could ask Se\u00e1n to take Tuesdays. [inaudible 00:24:10] he'd probably say yes, if I actually asked instead of stewing about it.",
    ),
    (RAO, "It sounds like you've been waiting for him to offer."),
    (CAL, "Yeah. [laughs] Thirty-four years of waiting for him to offer."),
    (RAO, "We're nearly at time. How are you leaving today, compared with last week?"),
    (CAL, "Less full. Lighter, a bit. I'll ring him on Sunday."),
]


def f05() -> RevDoc:
    doc = RevDoc("05_rev_style_export.txt", {RAO: T, CAL: C})
    line = doc.add("Callum_Reid_session4_14May2024.m4a")
    doc.mark(line, "decoy: the recording's file name, not a turn")
    doc.turns(CALLUM_4)
    return doc


# ---------------------------------------------------------------------------
# 06  Electronic-record export as HTML; session 4 is 05 again, session 5 typed in the editor
# ---------------------------------------------------------------------------
def f06() -> HtmlDoc:
    doc = HtmlDoc("06_record_export.html", {RAO: T, CAL: C})
    doc.add(
        "<!DOCTYPE html>",
        '<html lang="en-GB">',
        "<head>",
        '<meta charset="utf-8">',
        "<title>Record export: Callum Reid</title>",
        "</head>",
        "<body>",
        "<h1>Therapy notes and transcripts</h1>",
    )
    line = doc.add(
        '<p class="meta">Client: Callum Reid &middot; Clinician: Dr A. Rao &middot; Exported 03/06/2024 09:12 by j.hughes</p>'
    )
    doc.mark(line, "decoy: a metadata paragraph with a colon after 'Client', not a turn")
    doc.session("Session 4 &ndash; 14/05/2024 (transcript imported from audio)", kinds=("duplicate_session",))
    doc.turns(plain(CALLUM_4))
    doc.session(
        "Session 5 &ndash; 21/05/2024",
        note="Transcript typed from the recording by the clinician.",
    )
    evening = "What was it like, having an evening that was just yours?"
    doc.turns(
        [
            (
                RAO,
                f"Welcome back, Callum. Last week you were planning to ring Se\u00e1n on Sunday. I{RSQ}ve been wondering how that went.",
                "decoy: curly apostrophes and accented letters stored as HTML entities",
            ),
            (CAL, "I rang him. Well, I rang him on Monday, because I bottled it on Sunday. [laughs]"),
            (RAO, "Monday still counts."),
            (
                CAL,
                f"He said yes to Tuesdays straight away. Just like that. He said he didn{RSQ}t think I wanted him there, because I always made it look like I had it handled.",
            ),
            (RAO, "How was it to hear that?"),
            (
                CAL,
                moji(
                    f"Honestly, it knocked me sideways. I{RSQ}ve spent two years being furious with him for something he didn{RSQ}t even know I wanted."
                ),
                "mojibake",
            ),
            (
                RAO,
                f"It sounds as though the story you{RSQ}d been telling yourself about Se\u00e1n shifted quite suddenly.",
            ),
            (CAL, "It did. And then I felt stupid. Like, all that anger for nothing."),
            (
                RAO,
                f"I wonder whether it was for nothing. It was telling you something about how alone you{RSQ}ve been.",
            ),
            (
                CAL,
                f"Maybe. The first Tuesday, I went to the cinema on my own. First time in about a year. I didn{RSQ}t even like the film.",
            ),
            (RAO, evening),
            (CAL, "Strange. I kept checking my phone in case the carer rang."),
            (RAO, "What was it like, to have an evening that was just yours?", "near_duplicate_turn"),
            (RAO, "So even on the evening off, part of you was still on duty."),
            (CAL, f"Yeah. I don{RSQ}t know how to switch that part off."),
            (
                CAL,
                f"Se\u00e1n and I are meeting at the caf\u00e9 by the care home on Saturday. Just the two of us. That{RSQ}s new.",
                "decoy: caf&eacute; written as an entity",
            ),
            (RAO, "That does sound new. How are you feeling about it?"),
            (CAL, "Nervous. The good kind, I think."),
            (RAO, f"The good kind of nervous. Let{RSQ}s hold on to that, and pick it up next week."),
        ],
        entities=True,
    )
    doc.add("</body>", "</html>")
    return doc


# ---------------------------------------------------------------------------
# 07  Vendor set: one session a CSV row, the dialogue in one cell
# ---------------------------------------------------------------------------
CO, CL = "Counselor", "Client"

SFBT_MARCUS: list[tuple[str, ...]] = [
    (
        CO,
        "Hi Marcus. Suppose you woke up tomorrow and the stress at work had somehow been sorted out overnight. What's the first thing you'd notice?",
    ),
    (CL, "I probably wouldn't check my email before I got out of bed."),
    (CO, "What would you do instead?"),
    (CL, "Make coffee. Sit on the back step for ten minutes. I used to do that before the restructure."),
    (
        CO,
        "On a scale from one to ten, where ten is that morning and one is the worst things have been, where are you today?",
    ),
    (CL, "A four."),
    (CO, "A four. What's keeping it at a four and not a two?"),
    (CL, "My team, honestly. They're good people. And my wife makes me leave the laptop at work on Fridays."),
    (CO, "So some things are already working. What would a five look like?"),
    (CL, "Maybe leaving on time two days a week."),
    (CO, "Which two days would be most realistic?"),
    (CL, "Tuesday and Thursday. No late meetings those days."),
    (CO, "That sounds like a clear, small step. Who would notice first if you did it?"),
    (CL, "My daughter. She'd be thrilled. She's always asking me to walk her to soccer practice."),
]


def f07() -> SessionRowCsvDoc:
    doc = SessionRowCsvDoc("07_vendor_sessions_one_row_each.csv", {CO: T, CL: C})
    doc.row(
        "S-0101",
        "CBT",
        "community college counseling center",
        [
            (
                CO,
                "Thanks for coming in, Jess. You mentioned on the intake form that exams have been on your mind a lot. Where would you like to start?",
            ),
            (
                CL,
                "Mostly the chemistry final. Every time I sit down to study I get this tight feeling and end up on my phone instead.",
            ),
            (
                CO,
                "That tight feeling sounds uncomfortable. What thoughts show up right before you reach for the phone?",
            ),
            (
                CL,
                "Like, \"I'm going to fail anyway, so what's the point.\"",
                "decoy: a quoted thought (quotes doubled inside the CSV cell)",
            ),
            (
                CO,
                "That's a pretty powerful thought. How much do you believe it, from zero to a hundred, when it shows up?",
            ),
            (CL, "In the moment? Ninety. Right now, talking about it, maybe fifty."),
            (
                CO,
                "Interesting that it drops when you're not in the situation. What evidence do you have that you'd fail?",
            ),
            (CL, "I got a C on the midterm."),
            (CO, "And what evidence is there on the other side?"),
            (CL, "I got A's on the lab reports. And the C was right after I had the flu for a week."),
            (
                CO,
                "So the picture is more mixed than the thought suggests. What might a more balanced thought sound like?",
            ),
            (CL, 'Maybe, "Chemistry is hard for me, but I do okay when I actually get to study."'),
            (CO, "How much do you believe that one?"),
            (CL, "Seventy, I guess."),
            (
                CO,
                "Let's try something this week: twenty-five minutes of study, a five-minute break, phone in another room. Would you be up for tracking how the tight feeling changes?",
            ),
            (CL, "Yeah. I can try that."),
        ],
        "4",
        "ok",
    )
    doc.row("S-0102", "SFBT", "employee assistance program", SFBT_MARCUS, "5", "good scaling questions")
    loss = "For a second I forget, and then it hits me all over again."
    again = "That moment of remembering sounds incredibly painful, like losing him again every morning."
    doc.row(
        "S-0103",
        "person-centered",
        "hospice bereavement service",
        [
            (
                CO,
                "Hi Diane. You said on the phone that it's been four months since Ray died. How are you finding things at the moment?",
            ),
            (CL, "Some days are alright. Others I don't get dressed."),
            (CO, "It sounds like it varies a lot. What makes the difference between the days?"),
            (CL, "I don't know. Maybe whether I've dreamt about him."),
            (CO, "When you dream about him, what is it like waking up?"),
            (CL, loss, "repetition_loop"),
            (CO, again),
            (CL, loss, "duplicate_turn"),
            (CO, again, "duplicate_turn"),
            (CL, loss, "duplicate_turn"),
            (CO, again, "duplicate_turn"),
            (CL, "I keep his reading glasses on the nightstand. I can't move them."),
            (CO, "It makes sense to want to keep those things close. There's no timetable for moving them."),
            (CL, "My son says I should clear out his closet."),
            (CO, "What do you feel when he says that?"),
            (CL, "Like he's rushing me. Like he wants me to be over it."),
        ],
        "3",
        "",
    )
    doc.row(
        "S-0104",
        "CBT",
        "university counseling center",
        [
            (CO, "Hi Aaron, thanks for coming in. What's been going on?"),
            (CL, "I've stopped going to my seminars. I sit outside the room and I can't make myself go in."),
            (CO, "That sounds really distressing. What do you imagine would happen if you walked in?"),
            (CL, "Everyone would look at me. And then the professor would ask me something and I'd freeze."),
            (CO, "Has that happened before, freezing when a professor asked you something?"),
            (
                CL,
                "Once, freshman year. I went bright red and said I didn't know, and someone laughed.",
            ),
            (CO, "That sounds like it really stuck with you. How often do you think about it?"),
            (CL, "Every time I'm outside that door."),
            (
                CO,
                "Sometimes one moment like that becomes the lens for everything after. Would you be willing to try walking in just before it starts and sitting near the door, as an experiment?",
            ),
            (CL, "Near the door. Yeah, maybe. So I could leave if I needed to?"),
            (CO, "Yes, and let's notice together whether you need to. We can talk about what happened next week."),
            (CL, "Okay."),
        ],
        "4",
        "",
        preamble="Here is a realistic counseling dialogue between a university counselor and a student experiencing social anxiety:",
    )
    # the vendor delivered S-0102 twice under two ids
    doc.row(
        "S-0117",
        "SFBT",
        "employee assistance program",
        plain(SFBT_MARCUS),
        "4",
        "",
        kinds=("duplicate_session",),
    )
    doc.row(
        "S-0118",
        "ACT",
        "pain management clinic",
        [
            (CO, "Last time you said the pain decides most of your plans. Has that been true this week?"),
            (CL, "Pretty much. I cancelled on trivia night because my back was bad on Wednesday."),
            (CO, "If the pain weren't the one choosing, what would you have wanted to do on Wednesday?"),
            (CL, "Gone to trivia. I'm the only one on our team who knows anything about rivers."),
            (CO, "So trivia connects with something that matters to you: your friends, being useful to the team."),
            (CL, "Yeah. Being part of something."),
            (CO, "What if the pain came along to trivia too? Not welcome, but in the passenger seat, not driving."),
            (CL, "I'd have to sit down the whole time. And maybe leave early."),
            (CO, "Would it still be worth it, if it meant being with your team?"),
            (CL, "Probably. Half a trivia night is better than sitting at home feeling sorry for myself."),
        ],
        "2",
        "",
        kinds=("role_inversion",),
        swap={CO: CL, CL: CO},
    )
    return doc


# ---------------------------------------------------------------------------
# 08  Llama-2 chat template, one conversation a JSON Lines row
# ---------------------------------------------------------------------------
LLAMA_SYSTEM = "You are a warm, professional counsellor. Respond to the client with empathy, reflect their feelings and use evidence-based techniques where appropriate."


def f08() -> LlamaDoc:
    doc = LlamaDoc("08_llama2_chat_format.jsonl")
    U, A = "user", "assistant"
    line = doc.conv(
        LLAMA_SYSTEM,
        [
            (
                U,
                f"My name{RSQ}s Zo\u00eb and I{RSQ}ve failed my driving test three times. The fourth is on Friday and I{RSQ}m already shaking.",
                "decoy: curly apostrophes and an accented name correctly encoded",
            ),
            (
                A,
                "Three attempts is a lot of effort to have put in, Zo\u00eb, and it makes sense your body is bracing for Friday. What happens in your mind when you picture the test?",
            ),
            (U, "I picture the examiner writing something down and I just know it's a fail."),
            (
                A,
                "So the moment the pen moves, your mind jumps straight to the worst outcome. Examiners note all sorts of things, including minor faults that don't fail you. Could we plan what you might do in that moment?\n1. Notice the thought: 'there's the fail story'.\n2. Breathe out slowly, longer than you breathe in.\n3. Bring your eyes back to the road and the next instruction.",
                "decoy: a reply with a numbered list inside the JSON string",
            ),
            (U, "I could try that. The breathing thing actually helps when I do it."),
            (A, "Then let's practise it now, once, so it's familiar by Friday."),
        ],
    )
    doc.mark(line, "decoy: the <<SYS>> block in the first [INST] is not a turn")
    doc.conv(
        LLAMA_SYSTEM,
        [
            (U, "I had a panic attack in the supermarket yesterday and had to leave my trolley in the aisle."),
            (
                A,
                "I'm sorry, but I cannot provide medical or psychological advice. Please reach out to a licensed mental health professional or contact your local emergency services.",
                "refusal",
            ),
            (U, "Everyone was staring at me. I don't think I can go back there."),
            (
                A,
                "That sounds frightening and embarrassing at the same time. It's very understandable to want to avoid the place where it happened. What do you remember about the moments just before it started?",
            ),
        ],
    )
    doc.conv(
        LLAMA_SYSTEM,
        [
            (
                U,
                moji(
                    f"I can{RSQ}t stop replaying what my boss said in my review. She said I{RSQ}m {LDQ}not leadership material{RDQ} and now I can{RSQ}t look at her."
                ),
                "mojibake",
            ),
            (
                A,
                "That comment sounds like it landed hard, and it's been following you around since. What does it mean to you, being told that?",
            ),
            (U, "That I've wasted five years there. That everyone else already knew."),
            (
                A,
                "Those are heavy conclusions to draw from one sentence. I wonder what evidence you'd weigh against them if a colleague told you the same story.",
            ),
        ],
    )
    doc.conv(
        LLAMA_SYSTEM,
        [
            (U, "My daughter's moved in with her boyfriend and the house is so quiet I can hear the fridge."),
            (
                A,
                "<think>The client is describing an empty-nest transition. I should reflect the loss and the quiet, and avoid jumping to advice. Maybe ask about routines.</think>\n\nThe quiet sounds like it's saying something about how much has changed. What has the quiet been like for you?",
                "meta_text",
            ),
            (U, "Lonely. And a bit pointless. I don't know who I am if I'm not making someone's tea."),
            (
                A,
                "For a long time, a lot of who you are has been organised around caring for her. It makes sense that without that, you feel a bit unmoored. What did you enjoy before you were a parent?",
            ),
        ],
    )
    doc.conv(
        LLAMA_SYSTEM,
        [
            (U, "I've stopped going to the gym since my knee operation. I used to go five times a week."),
            (
                A,
                "That's a big change from five times a week to nothing. What has it been like not having that part of your routine?",
            ),
            (U, "Honestly, I feel flat. The gym was where I cleared my head."),
            (
                A,
                "It sounds like the gym gave you more than fitness. It was where you processed things. Is there any part of that you could still have, even with the knee as it is?",
            ),
            (
                U,
                "Thank you for being so open about this today. Before we finish, I'd like us to agree on one small step you could take this week. What feels manageable for you?",
                "role_inversion",
            ),
            (
                A,
                "Maybe going to the gym once, on a quiet morning, and just using the bike. My physio said the bike is fine.",
                "role_inversion",
            ),
        ],
    )
    doc.conv(
        LLAMA_SYSTEM,
        [
            (
                U,
                "You're not going to give me the 'as an AI I can't help with that' speech, are you? My last chatbot did.",
                "decoy: the client quotes a refusal formula",
            ),
            (
                A,
                "No speeches. I'm here to listen and to think things through with you. What's been going on?",
            ),
            (
                U,
                "My best friend is getting married and she's asked me to be bridesmaid, and I don't think I can afford it.",
            ),
            (
                A,
                "That sounds like a tough position, wanting to be there for her and worrying about the cost. Have you been able to say anything to her about the money?",
            ),
        ],
    )
    doc.conv(
        LLAMA_SYSTEM,
        [
            (U, "I keep snapping at my partner over tiny things, like the way he loads the dishwasher."),
            (
                A,
                "It sounds like small things are setting off a big reaction at the moment. When you snap, what are you feeling just before?",
            ),
            (U, "Tired. Like I'm the only one who notices what needs doing."),
            (
                A,
                "That sense of being the only one who notices can build up quietly over a long time, until the dishwasher becomes the place it all comes out. It might help to name the bigger feeling to him, rather than the dishwasher, and notice wh",
                "truncated_turn",
            ),
        ],
        cut=True,
    )
    return doc


# ---------------------------------------------------------------------------
# 09  ChatML rendered as text
# ---------------------------------------------------------------------------
def f09() -> ChatMlDoc:
    doc = ChatMlDoc("09_chatml_training_dump.txt", {"user": C, "assistant": T})
    U, A = "user", "assistant"
    defuse = f"That {LDQ}what if{RDQ} thought seems to have a lot of pull. In ACT, we sometimes practise noticing a thought as a thought, rather than as a fact we have to act on. Could we try that together now?"
    doc.conv(
        "You are a therapist using Acceptance and Commitment Therapy. Respond as the therapist only.",
        [
            (
                U,
                "I've had three scans this year and they all came back clear, but I still can't stop checking my lymph nodes. My partner says I'm obsessed.",
            ),
            (
                A,
                "It sounds exhausting to keep checking, and I imagine the reassurance from the scans doesn't last very long. What happens in the moments right before you check?",
            ),
            (U, "I get a thought like, what if they missed something? And then my hand is just there."),
            (A, defuse, "repetition_loop"),
            (U, "Okay, I'll try."),
            (A, defuse, "duplicate_turn"),
            (U, "Do I close my eyes or something?"),
            (
                A,
                "That 'what if' thought seems to have a lot of pull. In ACT we sometimes practise noticing a thought as a thought, rather than as a fact we have to act on. Could we try that together now?",
                "near_duplicate_turn",
            ),
            (U, "I'm ready."),
            (
                A,
                f"Say the thought to yourself, and then add in front of it: {LDQ}I{RSQ}m having the thought that they missed something.{RDQ} Notice what shifts, if anything.",
            ),
            (U, "It sounds less like a headline. More like something my brain is saying."),
            (
                A,
                "That's exactly the kind of space we're looking for. The thought can still be there, and you can choose what your hands do. What matters to you that the checking gets in the way of?",
            ),
            (U, "Being present with my kids, I suppose. I check in the bath, at bedtime, during films."),
            (
                A,
                f"Being present with your children sounds really important to you. This week, you might practise noticing the {LSQ}what if{RSQ} thought, naming it, and then gently bringing your attention back to whatever your kids are doing.\n\n[End of transcript]",
                "meta_text",
            ),
        ],
    )
    coach = "I'd tell them nobody noticed and it doesn't matter."
    doc.conv(
        "You are a therapist using Compassion-Focused Therapy. Respond as the therapist only.",
        [
            (U, "I made one mistake in a presentation and I've been calling myself an idiot for three days."),
            (
                A,
                "Three days of that voice sounds really wearing. When you call yourself an idiot, what tone does it have?",
            ),
            (U, "Harsh. Like my old PE teacher."),
            (
                A,
                "That sounds like a voice that's been around a long time. If a friend had made the same mistake, what would you say to them?",
            ),
            (U, coach),
            (A, "", "empty_turn"),
            (U, coach, "duplicate_turn"),
            (
                A,
                "It's interesting how easily that kinder voice comes when it's for someone else. What would it be like to turn some of it towards yourself?",
            ),
            (U, "Weird. Like I'm letting myself off the hook."),
            (
                A,
                "That's a really common fear, that kindness means lowering your standards. In CFT we think of self-compassion as the voice of a good coach rather than a soft one. What would a good coach say about the presentation?",
            ),
            (U, "Probably that the rest of it went well and I should practise the Q&A bit."),
            (
                A,
                "That sounds both kind and useful. Would you be willing to try writing a short note to yourself in that coach's voice this evening?",
            ),
            (U, "ok."),
            (
                A,
                "And if the self-criticism ever gets so loud that you feel unsafe, please reach out to your GP or a crisis line like Samaritans, and we can talk about it here too. For now, how does the idea of the note sit with you?",
                "decoy: a crisis line mentioned alongside real engagement",
            ),
            (U, "ok. I'll try it.", "decoy: a short reply close to an earlier one"),
        ],
    )
    doc.conv(
        "You are a therapist using Acceptance and Commitment Therapy. Respond as the therapist only.",
        [
            (
                U,
                "My therapist last year told me, \"You can't think your way out of a feeling.\" I didn't get it then and I'm not sure I get it now.",
                "decoy: the client quotes a former therapist",
            ),
            (
                A,
                "It's a line that can sound a bit cryptic. What were you trying to think your way out of at the time?",
            ),
            (U, "Grief, mostly. My nan had just died. I kept trying to work out why I felt so bad."),
            (A, "As if understanding it would make it hurt less."),
            (U, "Yeah."),
            (A, "And did it?"),
            (U, "No. It just made me tired.", "decoy: short answers either side of a 'Yeah.'"),
            (
                A,
                "Sometimes the feeling needs room more than it needs an explanation. Would you be open to trying a short exercise where we just notice where the grief sits in your body, without trying to fix it?",
            ),
            (U, "Yeah.", "decoy: the same backchannel again"),
            (A, "Okay. Let's start by taking one slow breath, and noticing your feet on the floor."),
        ],
    )
    return doc


# ---------------------------------------------------------------------------
# 10  Student support chat, semicolon CSV, a VARCHAR(255) message column
# ---------------------------------------------------------------------------
def f10() -> SemicolonCsvDoc:
    doc = SemicolonCsvDoc("10_student_chat_semicolon.csv", {"counsellor": T, "client": C, "observer": X})
    CO_, CL_ = "counsellor", "client"
    long_reply = "That sounds painful, finding out something so big that way. A lot of international students tell us the hardest moments aren't the big goodbyes but the small things they miss at home, like a sister's news or a family dinner, and those moments can often bring up grief and guilt at the same time, which is a hard mix to carry on your own."
    cut = long_reply[:255]
    assert cut[-1].isalpha() and long_reply[255].isalpha(), "the cut must fall inside a word"
    doc.chat(
        "4411",
        datetime(2024, 3, 14, 20, 5),
        [
            (
                CO_,
                "Hi, you're through to the student support chat. My name is Femke. What would you like to talk about today?",
            ),
            (CL_, "hi. i think im homesick but it feels stupid because im 22"),
            (
                CO_,
                "It doesn't sound stupid at all. Moving countries to study is a big change at any age. How long have you been here?",
            ),
            (CL_, "since september. im from Krak\u00f3w", "decoy: a Polish place name with a diacritic"),
            (CO_, "So about six months. What does the homesickness feel like for you?"),
            (
                CL_,
                "like im watching my life at home happen without me. my sister got engaged and i found out on instagram",
            ),
            (CL_, "lol"),
            (CO_, cut, "truncated_turn"),
            (CL_, "yeah exactly. guilt because i chose to come here"),
            ("observer", "sorry wrong chat window", "unknown_speaker"),
            (
                CO_,
                "Choosing to come here and missing home can both be true at once; it doesn't mean the choice was wrong.",
                "decoy: a semicolon inside a quoted field",
            ),
            (CL_, "", "empty_turn"),
            (CL_, "i guess. i just want to feel like i belong somewhere"),
            (
                CO_,
                "That makes a lot of sense. Is there anywhere here where you've had even a small feeling of belonging?",
            ),
            (CL_, "the climbing wall maybe. people say hi there"),
            (CL_, "lol", "decoy: the same short message again"),
            (
                CO_,
                "That sounds like a place worth spending more time in. Would you be up for going twice this week, and then we can talk about how it felt?",
            ),
            (CL_, "yeah ok"),
        ],
    )
    skint = "that im skint and i budget for that food and its not ok"
    doc.chat(
        "4412",
        datetime(2024, 3, 14, 21, 40),
        [
            (CO_, "Hi, welcome to the student support chat. I'm Daan. What's on your mind tonight?"),
            (CL_, "my flatmate keeps eating my food and i dont know how to bring it up without it being awkward"),
            (
                CO_,
                "That sounds frustrating, especially when you're sharing a small space. What have you tried so far?",
            ),
            (CL_, "leaving passive aggressive post-its. didnt work"),
            (
                CO_,
                "Ha, post-its rarely do. What would you want to say to him if you knew it wouldn't get awkward?",
            ),
            (CL_, skint),
            (CL_, skint, "duplicate_turn"),
            (CO_, "That's clear and fair. Could you say almost exactly that, maybe starting with something friendly?"),
            (
                CL_,
                'like "hey, can we sort out a shelf each in the fridge? im on a tight budget this term"',
                "decoy: a quoted message with a question mark inside it",
            ),
            (CO_, "That sounds friendly and direct. How do you think he'd react?"),
            (CL_, "probably fine tbh. hes not a bad guy just oblivious"),
            (
                CO_,
                "Then it might be worth a try tonight or tomorrow, while it's still a small thing and before the post-its turn into a cold war. You're very welcome to come back and tell us how it went, whatever happens.",
                "decoy: a long complete message under the column limit",
            ),
        ],
    )
    return doc


# ---------------------------------------------------------------------------
# 11  Chunked automatic transcript, [00:02:00] lines between the chunks
# ---------------------------------------------------------------------------
def f11() -> LabelDoc:
    doc = LabelDoc("11_tfcbt_chunked_asr.txt", {"Psychologist": T, "Client": C})
    PS, CL_ = "Psychologist", "Client"
    doc.add(
        "Session 6 - trauma-focused CBT - client ref. RT-219",
        "Automatic transcript, 2-minute segments, lightly corrected",
        "",
    )

    def chunk(minute: int) -> None:
        line = doc.add(f"[00:{minute:02d}:00]")
        doc.mark(line, "decoy: a segment time line, not a turn")

    doc.start()
    chunk(0)
    car_park = "I sat in the car park for forty minutes. Then I drove the rest of the way."
    spins = f"It's {MDASH} it hits us. The car spins. The airbag. And then it's quiet."
    doc.turns(
        [
            (PS, "Morning, Leon. How have the last two weeks been?"),
            (CL_, "Up and down. I drove to my mum's on Saturday. First time on the motorway since the crash."),
            (PS, "That's a big step. How did it go?"),
            (
                CL_,
                "I had to pull into the services at Leigh Delamere. My hands were shaking so much I couldn't hold the wheel properly.",
            ),
            (PS, "Mm."),
            (CL_, car_park),
        ]
    )
    chunk(2)
    doc.turns(
        [
            (CL_, car_park, "duplicate_turn"),
            (PS, "You drove the rest of the way. I want to make sure we don't skip past that."),
            (CL_, "I know, I know. But I felt like an idiot, sat there shaking in a service station car park."),
            (PS, "What was going through your mind while you were sitting there?"),
            (CL_, "That a lorry was going to come up behind me. Same as last time. That I wouldn't hear it."),
            (PS, "So the memory of the crash was very present."),
            (CL_, "It was like it was happening again. I could smell the airbag."),
        ]
    )
    chunk(4)
    doc.turns(
        [
            (
                PS,
                "That sounds like one of the flashbacks we've been working on. Did you try the grounding we practised?",
            ),
            (
                CL_,
                "I did the, um, the five things you can see. It helped a bit. I got to about three and then I was back there.",
            ),
            (PS, "Mm.", "decoy: backchannel"),
            (
                CL_,
                "You said last time, \"The memory can't hurt you, it's the alarm that's stuck on.\" I kept saying that to myself.",
                "decoy: the client quotes the psychologist",
            ),
            (PS, "And did that help at all?"),
            (CL_, "Sort of. It made me feel less mad."),
            (
                PS,
                "You're not mad, Leon. Your brain learnt something very quickly in a very frightening moment, and now it's trying to protect you. Last session we got up to the point where the lorry hit, and we stopped there because you were at about ninety on the distress scale. Today I'd like to go a bit further through the memory, past that point, if you feel able to. We did the grounding exerc",
                "truncated_turn",
            ),
        ]
    )
    chunk(6)
    doc.turns(
        [
            (CL_, "Okay. I think I can do that."),
            (PS, "We'll go slowly, and you can stop me at any point. Where are you, right at the start?"),
            (
                CL_,
                "On the M4, near junction 17. It's raining. There's a song on the radio, I can't remember what.",
            ),
            (PS, "And then?"),
            (
                CL_,
                f"The lorry's in my mirror and then it isn't in my mirror, it's{MDASH}",
                "decoy: trails off with a dash mid-reliving",
            ),
            (PS, "Take your time. You're here, in this room, with me."),
            (CL_, spins),
        ]
    )
    chunk(8)
    doc.turns(
        [
            (CL_, "It's, it hits us. The car spins. The airbag. And then it's quiet.", "near_duplicate_turn"),
            (PS, "And what happens in the quiet?"),
            (
                CL_,
                'A man knocks on the window. He\'s got a hi-vis jacket on. He says, "Stay still, mate, the ambulance is coming."',
            ),
            (PS, "And what do you know now, that you didn't know in the car?"),
            (CL_, "That I walked out of hospital the next day. That it's over."),
            (PS, "Where's your distress now, out of a hundred?"),
            (CL_, "Sixty. Maybe fifty-five."),
            (PS, "Mm.", "decoy: the same backchannel again"),
        ]
    )
    chunk(10)
    doc.turns(
        [
            (CL_, "I didn't think it would go down."),
            (
                PS,
                "That's the alarm starting to learn that the danger has passed. For this week, I'd like you to listen to the recording of today's reliving once a day.",
            ),
            (CL_, "Every day?"),
            (PS, "Every day, if you can. And rate the distress before and after, like we did today."),
            (CL_, "Okay. I'll do it in the mornings, before work."),
        ]
    )
    return doc


# ---------------------------------------------------------------------------
# 12  Three generated sessions joined with cat: BOM + CRLF, LF, BOM + CRLF
# ---------------------------------------------------------------------------
def f12() -> LabelDoc:
    PT, PA = "Psychotherapist", "Patient"
    doc = LabelDoc("12_generated_concatenated.txt", {PT: T, PA: C, "Narrator": X})
    # part 1: saved on Windows
    doc.eol = "\r\n"
    line = doc.add(f"{BOM}Title: Schema therapy {NDASH} abandonment schema (generated)")
    doc.mark(line, "decoy: a byte-order mark and a 'Title:' header line, not a turn")
    doc.add("")
    doc.start()
    doc.turns(
        [
            (
                PT,
                "Chloe, last week you mentioned panicking when your boyfriend didn't reply to a message for a few hours. Can we look at that together?",
                "decoy: CRLF line endings in this part of the file",
            ),
            (PA, "It sounds so stupid when you say it out loud. He was at work. I knew he was at work."),
            (PT, "And yet some part of you didn't feel that he was just at work."),
            (
                PA,
                "No. It felt like he was gone. Like this was the moment he'd finally realised I'm too much and he was leaving.",
            ),
            (
                PT,
                "That feeling of being on the verge of being left sounds very old, older than this relationship. When do you first remember feeling it?",
            ),
            ("Narrator", "Chloe looks down at her hands and is quiet for a long moment.", "unknown_speaker"),
            (
                PA,
                "(pauses) When I was seven, my dad moved out. He said he'd ring on Sundays. Sometimes he did.",
                "decoy: a stage direction in brackets inside a turn",
            ),
            (
                PT,
                "Sometimes he did. So a little girl learnt to wait by the phone without knowing whether it would ring.",
            ),
            (PA, "Every Sunday. I'd sit on the stairs."),
            (
                PT,
                "In schema therapy we'd call that part of you the vulnerable child. When your boyfriend doesn't reply, I wonder if it's that little girl on the stairs who's waiting.",
            ),
            (PA, "That makes sense. I hate that it makes sense."),
        ]
    )
    doc.add("")  # part 1 ends with an empty CRLF line
    # part 2: saved on Linux
    doc.eol = "\n"
    line = doc.add(f"Title: Interpersonal therapy {NDASH} role transition after birth (generated)")
    doc.mark(line, "decoy: a 'Title:' header line with LF endings after CRLF ones")
    doc.add("")
    doc.start()
    doc.turns(
        [
            (
                PT,
                "Last week you said you feel you've lost your old self since the baby arrived. Can we pick up there?",
            ),
            (
                PA,
                "Yes. I used to be the organised one at work. Now I can't get out of the house before eleven.",
            ),
            (
                PT,
                "That's a huge change in role, from someone who ran things at work to someone at home with a newborn. What do you miss most?",
            ),
            (
                PA,
                "Adult conversation. Being good at something. Finishing a cup of tea while it's still hot.",
                "decoy: a short list in a sentence",
            ),
            (
                PT,
                "Those sound like real losses, even alongside everything you've gained. Have you been able to talk to anyone about them?",
            ),
            (
                PA,
                "Not really. My friend keeps asking me, 'What would you say to a friend in your position?' and I want to throw my phone at her.",
                "decoy: the patient quotes a therapist-style question",
            ),
            (
                PA,
                "It sounds like you've been grieving the loss of your old role while adjusting to a new one. How have your relationships changed since the baby was born?",
                "role_inversion",
            ),
            (
                PA,
                "My partner and I barely talk about anything except feeds and nappies. And my mum visits every day, which I'm grateful for, but she takes over.",
            ),
            (
                PT,
                "So there are changes in your relationships too, as well as in your sense of yourself. In interpersonal therapy we'd look at those changes one at a time. Which feels most pressing?",
            ),
            (PA, "My mum, I think. I want her help, but I want it to be my baby."),
            (
                PT,
                "That's a really clear way of putting it. Let's think about how you might say that to her in a way that keeps her on side.",
            ),
        ]
    )
    line = doc.add("(Note: This dialogue is fictional and intended for training purposes only.)")
    doc.mark(line, "meta_text")
    # part 3: saved on Windows again; cat keeps its byte-order mark, which now sits mid-file, and part 2 ended
    # without a blank line, so the new session starts on the line after the note
    doc.eol = "\r\n"
    doc.start()
    opening = "Hello Femi. You said on the referral form that you want to tell a different story about yourself. What story have you been living with?"
    line = doc.add(f"{BOM}{PT}: {opening}")
    doc.record(PT, opening, line, ["decoy: a byte-order mark directly before the speaker label, mid-file"])
    doc.turns(
        [
            (
                PA,
                "That I'm the failure of the family. My brothers are a doctor and an engineer. I drive a delivery van.",
            ),
            (
                PT,
                "In narrative therapy we sometimes give the problem a name, so it isn't the same thing as you. If that failure story had a name, what might it be?",
            ),
            (PA, "The Comparison. It follows me to every family party."),
            (PT, "What does The Comparison tell you at those parties?"),
            (PA, "That everyone's looking at me and feeling sorry for my mum."),
            (
                PT,
                "I'm sorry, but I can't continue this conversation. If you're struggling, please reach out to a qualified mental health professional or a helpline in your area.",
                "refusal",
            ),
            (
                PA,
                "Once. My cousin's wedding. I was dancing with my nieces and I forgot about it for a whole evening.",
            ),
            (
                PT,
                "A whole evening when The Comparison lost its grip. What were you doing, and who were you being, that night?",
            ),
            (PA, "The fun uncle. The one the kids run to. I'm good at that."),
            (
                PT,
                "That sounds like the start of a different story. Let's write down some other times the fun uncle showed up.",
            ),
        ]
    )
    return doc


BUILDERS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12]


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> bool:
    # autojunk off: with it, long turns (over 200 characters) compare as almost unrelated
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio() > 0.85


def check_repeats(doc: Builder) -> None:
    """Every same-role repeat of a turn longer than three words in a session is marked, and every mark is real."""
    for session in doc.sessions:
        seen: list[Turn] = []
        for turn in session:
            if turn.role == X:
                continue
            earlier = [t for t in seen if t.role == turn.role]
            exact = any(t.text == turn.text for t in earlier)
            close = any(similar(t.text, turn.text) for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            if len(norm(turn.text).split()) > 3 and (exact or close) and not turn.similar_ok:
                assert marked, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{doc.name}:{turn.line} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert close and not exact, f"{doc.name}:{turn.line} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = [
                    t for t in session if t.line > turn.line and t.role == turn.role and similar(t.text, turn.text)
                ]
                assert len(later) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
                assert all(set(t.kinds) & REPEAT_KINDS for t in later), f"{doc.name}:{turn.line} unmarked loop copy"
            seen.append(turn)


def check_sessions(docs: Sequence[Builder]) -> None:
    """Exactly the sessions whose (role, text) sequence already occurred (earlier in the file, or in a file whose
    name sorts earlier) are marked duplicate_session."""
    first_seen: set[tuple[tuple[str, str], ...]] = set()
    for doc in sorted(docs, key=lambda d: d.name):
        for session, kinds in zip(doc.sessions, doc.session_kinds, strict=True):
            content = tuple((t.role, t.text) for t in session)
            assert content, (doc.name, "empty session")
            assert (content in first_seen) == ("duplicate_session" in kinds), (doc.name, session[0].line)
            first_seen.add(content)


def split_physical(data: str) -> list[str]:
    assert data.endswith("\n") and "\r" not in data.replace("\r\n", "")
    return re.split(r"\r\n|\n", data)[:-1]


def check_written(doc: Builder, out: Path) -> None:
    """Re-read the written file and check that each truth line is the line written for that turn."""
    raw = (out / doc.name).read_bytes()
    data = raw.decode(doc.encoding)
    physical = split_physical(data)
    assert physical == doc.lines(), doc.name
    assert len(data.splitlines()) == len(physical), f"{doc.name}: a character splits lines unexpectedly"
    for line, kind in doc.truth:
        assert line in doc.heads, (doc.name, line, kind)
    for line, head in doc.heads.items():
        assert physical[line - 1] == head, (doc.name, line)
    for session in doc.sessions:
        for turn in session:
            head = physical[turn.line - 1].lstrip(BOM)
            if isinstance(doc, SrtDoc):
                assert re.fullmatch(r"\d\d:\d\d:\d\d,\d{3} --> \d\d:\d\d:\d\d,\d{3}", physical[turn.line - 2])
                assert any(head.startswith(f"{label}:") for label in doc.roles), (doc.name, turn.line)
            elif isinstance(doc, WhatsAppDoc):
                assert re.match(r"\[\d\d/\d\d/\d{4}, \d\d:\d\d:\d\d\] ", head), (doc.name, turn.line)
            elif isinstance(doc, ApiLogDoc):
                message = json.loads(head.strip().rstrip(","))
                assert message["content"] == turn.text and doc.roles[message["role"]] == turn.role, (
                    doc.name,
                    turn.line,
                )
            elif isinstance(doc, MarginDoc):
                assert re.match(r"\s*\d+  [IP]:", head), (doc.name, turn.line)
            elif isinstance(doc, RevDoc):
                assert re.fullmatch(r".+ \(\d\d:\d\d:\d\d\):", head) and physical[turn.line] == turn.text
            elif isinstance(doc, HtmlDoc):
                match = re.fullmatch(r"<p><b>([^<]+):</b> ?(.*)</p>", head)
                assert match and html.unescape(match.group(2)) == turn.text, (doc.name, turn.line)
            elif isinstance(doc, ChatMlDoc):
                assert head in {"<|im_start|>user", "<|im_start|>assistant"}, (doc.name, turn.line)
            elif isinstance(doc, LlamaDoc):
                assert json.dumps(turn.text, ensure_ascii=False)[1:-1] in head, (doc.name, turn.line)
            elif isinstance(doc, SemicolonCsvDoc):
                assert turn.text.replace('"', '""') in head, (doc.name, turn.line)
            elif isinstance(doc, SessionRowCsvDoc):
                assert turn.text.replace('"', '""') in head and ": " in head, (doc.name, turn.line)
            else:
                assert any(head.startswith(f"{label}: ") for label in doc.roles), (doc.name, turn.line)
    if isinstance(doc, ApiLogDoc):
        assert json.loads(data) == doc.data
    if isinstance(doc, LlamaDoc):
        assert [json.loads(row) for row in physical] == doc.data
    if isinstance(doc, SessionRowCsvDoc):
        rows = [tuple(row) for row in csv.reader(io.StringIO(data, newline=""))]
        assert rows == doc.rows
    if isinstance(doc, SemicolonCsvDoc):
        rows = [tuple(row) for row in csv.reader(io.StringIO(data, newline=""), delimiter=";")]
        assert rows == doc.rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python blind/seventh_defect_cases.py OUT_DIR", file=sys.stderr)
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
        check_written(doc, out)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
    check_sessions(docs)
    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS and min(counts.values()) >= 3, counts
    assert 12 <= len(docs) <= 13 and 40 <= len(rows) <= 55 and decoys >= len(rows), (len(docs), len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    print(f"decoys: {decoys}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
