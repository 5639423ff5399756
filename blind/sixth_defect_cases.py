# ruff: noqa: E501
"""Sixth set of blind defect cases for the transcript-cleaning product.

Written without reading any detector, flow, synthetic-data, test or benchmark code (only the docstring at the
top of benchmarks/blind_defects.py and the five earlier case writers, for the interface). Run as

    python blind/sixth_defect_cases.py OUT_DIR

to write 13 transcript files and ``truth.csv`` (``file,line,defect_type``) into OUT_DIR.

About four fifths of the set is what a team most often receives: two dumps of LLM-generated CBT, ACT and
person-centred sessions in ``Therapist:``/``Client:`` text (one split by ``<|endoftext|>`` lines, one by
``Conversation N`` headings underlined with ``=``), a Hugging Face dataset export in ShareGPT form
(``{"id", "conversations": [{"from": "system"|"human"|"gpt", "value"}]}``, one conversation a JSON Lines row), an
Alpaca-style export whose ``output`` holds a whole dialogue as one string of ``Therapist:``/``Client:`` lines, a
transcription-service export with ``00:03:12 Speaker 1:`` labels, a clinic transcript de-identified with
``[CLIENT NAME]``-style placeholders (in the speaker labels too), two exports of a peer-support chat log in CSV
(``timestamp,user_type,message``, the second export overlapping the first by one chat) and a Markdown transcript
with ``**Counsellor:**`` bold labels under ``##`` headings. The rest is unusual: a YAML file of dialogues whose
turns are one-key mappings (``- counsellor: "..."``), the shooting script of a training film in screenplay layout
(the character's name centred in capitals, the speech indented on the lines below), an e-counselling email thread
with ``>`` quoted replies, and a multilingual corpus shard holding one English and one German session.

Every line number is a 1-based line of the written file and is computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label: in the YAML file the ``- client: "..."``
  line (label and text share it), in the screenplay the line with the character's name (the speech is below it),
  in the email thread the message's ``From:`` line (the message's own words, not the quoted earlier message, are
  the turn); in the CSV files the line the record starts on, the header being line 1 (one message holds line
  breaks, so its record runs over five lines; no truth row follows it); in the JSON Lines files, which hold one
  conversation a row, the conversation's row;
* a session-level row (a whole session written with the labels swapped, a duplicate session) points at the line
  of the session's first turn (for JSON Lines, the conversation's row);
* a repetition loop is marked as in the earlier writers: ``repetition_loop`` on the first occurrence of the
  repeated turn (or of the first turn of a repeated block), ``duplicate_turn`` or ``near_duplicate_turn`` on
  every later copy;
* ``mojibake`` is marked on every turn whose text is garbled.

A ``system`` message in the ShareGPT file, the ``instruction`` and ``input`` of an Alpaca row, the ``system`` rows
of the chat log (``Member left the chat``; the CSV has no chat id, so a chat ends at that row), scene headings and
action lines in the screenplay, and the headers and quoted text of an email are not turns. Which copy of a duplicated session is marked: the one in the file whose
name sorts later. Turns that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never
reaches the truth, and the number of decoys is printed. Standard library only.
"""

from __future__ import annotations

import csv
import difflib
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
MDASH = "\u2014"
EMOJI_SMILE = "\U0001f642"

# character sequences that only appear in these files when a turn is deliberately garbled
MOJIBAKE_MARKERS = ("\u00e2\u20ac", "\u00c3", "\u00c2", "\u00d0", "\u00d1", "\ufffd", "\u00f0\u0178")


# ---------------------------------------------------------------------------
# garbling
# ---------------------------------------------------------------------------
def moji_cp1252(text: str) -> str:
    """UTF-8 bytes read as Windows-1252; the five bytes that code page leaves undefined come through as C1 controls."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def moji_replacement(text: str) -> str:
    """Windows-1252 bytes read as UTF-8 with errors replaced: each curly quote becomes U+FFFD."""
    return text.encode("cp1252").decode("utf-8", errors="replace")


# ---------------------------------------------------------------------------
# builders
# ---------------------------------------------------------------------------
@dataclass
class Turn:
    role: str
    text: str
    line: int
    kinds: tuple[str, ...]


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
    encoding = "utf-8"
    newline = "\n"

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        self.name = name
        self.roles = roles
        self.truth: list[tuple[int, str]] = []
        self.decoys: list[tuple[int, str]] = []
        self.sessions: list[list[Turn]] = []
        self.session_kinds: list[tuple[str, ...]] = []
        self.turn_heads: dict[int, str] = {}  # line of a turn -> the exact text of that physical line

    def _start(self, kinds: Sequence[str]) -> None:
        for kind in kinds:
            assert kind in KINDS, kind
        self.sessions.append([])
        self.session_kinds.append(tuple(kinds))

    def _record(self, label: str, text: str, line: int, tags: Sequence[str], head: str) -> None:
        assert label in self.roles, (self.name, label)
        kinds, decoys = split_tags(tags)
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
            self.truth.append((line, kind))
        for note in decoys:
            self.decoys.append((line, note))
        self.turn_heads[line] = head
        self.sessions[-1].append(Turn(self.roles[label], text, line, turn_kinds))

    def decoy(self, line: int, note: str) -> None:
        """A decoy that is not a turn (a system row, say)."""
        assert note.startswith("decoy:")
        self.decoys.append((line, note))

    def lines(self) -> list[str]:
        raise NotImplementedError

    def render(self) -> bytes:
        return (self.newline.join(self.lines()) + self.newline).encode(self.encoding)


class TextDoc(Builder):
    """A plain-text or Markdown transcript built line by line.

    style: ``colon`` (``Label: text``), ``stamped`` (``00:03:12 Label: text``, a transcription service) or
    ``bold`` (``**Label:** text``, Markdown).
    """

    def __init__(
        self, name: str, roles: dict[str, str], style: str = "colon", gap: bool = False, clock: int = 0
    ) -> None:
        super().__init__(name, roles)
        assert style in {"colon", "stamped", "bold"}, style
        self.style = style
        self.gap = gap
        self.clock = clock  # seconds into the recording
        self._lines: list[str] = []

    def raw(self, *lines: str) -> None:
        self._lines.extend(lines)

    def session(self, header: str | Sequence[str] | None = None, kinds: Sequence[str] = ()) -> None:
        if header is not None:
            if self._lines and self._lines[-1] != "":
                self._lines.append("")
            self._lines.extend([header] if isinstance(header, str) else header)
            self._lines.append("")
        self._start(kinds)

    def _prefix(self, label: str) -> str:
        if self.style == "stamped":
            h, rest = divmod(self.clock, 3600)
            m, s = divmod(rest, 60)
            return f"{h:02d}:{m:02d}:{s:02d} {label}: "
        if self.style == "bold":
            return f"**{label}:** "
        return f"{label}: "

    def t(self, label: str, text: str, *tags: str) -> int:
        if self.gap and self._lines and self._lines[-1] != "":
            self._lines.append("")
        parts = text.split("\n")
        if self.style == "stamped":
            assert len(parts) == 1, "a transcription export has one line a turn"
        prefix = self._prefix(label)
        head = prefix + parts[0] if text else prefix.rstrip()
        line = len(self._lines) + 1
        self._lines.append(head)
        self._lines.extend(parts[1:])
        self._record(label, text, line, tags, head)
        self.clock += 3 + int(len(text.split()) * 0.42)
        return line

    def turns(self, turns: Sequence[tuple[str, ...]]) -> None:
        for label, text, *tags in turns:
            self.t(label, text, *tags)

    def lines(self) -> list[str]:
        return list(self._lines)


class ShareGptDoc(Builder):
    """Hugging Face export in ShareGPT form: one conversation a JSON Lines row, ``{"id", "conversations"}``, each
    message ``{"from": "system"|"human"|"gpt", "value"}``; a system message is not a turn."""

    def __init__(self, name: str) -> None:
        super().__init__(name, {"human": C, "gpt": T})
        self.records: list[str] = []
        self.data: list[dict[str, Any]] = []

    def conv(
        self, conv_id: str, turns: Sequence[tuple[str, ...]], system: str | None = None, kinds: Sequence[str] = ()
    ) -> int:
        self._start(kinds)
        messages = [{"from": "system", "value": system}] if system else []
        messages.extend({"from": who, "value": value} for who, value, *_ in turns)
        record = {"id": conv_id, "conversations": messages}
        self.data.append(record)
        self.records.append(json.dumps(record, ensure_ascii=False))
        line = len(self.records)
        for who, value, *tags in turns:
            self._record(who, value, line, tags, self.records[-1])
        return line

    def lines(self) -> list[str]:
        return list(self.records)


class AlpacaDoc(Builder):
    """Alpaca-style JSON Lines export: ``{"instruction", "input", "output"}``, the output a whole dialogue written as
    ``Label: text`` lines joined by newlines (one conversation a row)."""

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.records: list[str] = []
        self.data: list[dict[str, Any]] = []

    def row(self, instruction: str, given: str, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()) -> int:
        self._start(kinds)
        output = "\n".join(f"{label}: {text}" for label, text, *_ in turns)
        record = {"instruction": instruction, "input": given, "output": output}
        self.data.append(record)
        self.records.append(json.dumps(record, ensure_ascii=False))
        line = len(self.records)
        for label, text, *tags in turns:
            self._record(label, text, line, tags, self.records[-1])
        return line

    def lines(self) -> list[str]:
        return list(self.records)


class ChatCsvDoc(Builder):
    """Peer-support chat log: ``timestamp,user_type,message``, one message a record, chats told apart only by the
    time gap and a closing ``system`` row. A message may hold line breaks (a quoted field over several lines)."""

    HEADER = ("timestamp", "user_type", "message")

    def __init__(self, name: str) -> None:
        super().__init__(name, {"peer_supporter": T, "member": C})
        self.rows: list[tuple[str, str, str]] = [self.HEADER]
        self._chunks: list[str] = [self._render(self.HEADER)]
        self._physical = 1
        self.clock = datetime(2024, 1, 1)

    @staticmethod
    def _render(values: Sequence[str]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\n").writerow(values)
        return buffer.getvalue()

    def _append(self, values: tuple[str, str, str]) -> tuple[int, str]:
        chunk = self._render(values)
        line = self._physical + 1
        self.rows.append(values)
        self._chunks.append(chunk)
        self._physical += chunk.count("\n")
        return line, chunk.split("\n")[0]

    def chat(self, start: datetime, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()) -> int:
        """``@resend`` in a turn's tags: the same message went out again three seconds later."""
        self._start(kinds)
        self.clock = start
        first = 0
        previous = start
        for user_type, message, *tags in turns:
            rest = [tag for tag in tags if not tag.startswith("@")]
            if "@resend" in tags:
                stamp = previous + timedelta(seconds=3)
            else:
                stamp = self.clock
                self.clock += timedelta(seconds=20 + 3 * len(message.split()))
            previous = stamp
            line, head = self._append((stamp.strftime("%Y-%m-%d %H:%M:%S"), user_type, message))
            first = first or line
            self._record(user_type, message, line, rest, head)
        line, _ = self._append((self.clock.strftime("%Y-%m-%d %H:%M:%S"), "system", "Member left the chat"))
        self.decoy(line, "decoy: system row closing the chat, not a turn")
        return first

    def lines(self) -> list[str]:
        data = "".join(self._chunks)
        return data[:-1].split("\n")


class YamlDoc(Builder):
    """A YAML list of dialogues; each turn is a one-key mapping, ``- counsellor: "..."``, on a line of its own."""

    def __init__(self, name: str, roles: dict[str, str], preamble: Sequence[str]) -> None:
        super().__init__(name, roles)
        self._lines = list(preamble)

    def dialogue(self, meta: dict[str, str], kinds: Sequence[str] = ()) -> None:
        self._start(kinds)
        first = True
        for key, value in meta.items():
            self._lines.append(f"{'- ' if first else '  '}{key}: {value}")
            first = False
        self._lines.append("  turns:")

    def t(self, label: str, text: str, *tags: str) -> int:
        head = f"    - {label}: {json.dumps(text, ensure_ascii=False)}"
        self._lines.append(head)
        line = len(self._lines)
        self._record(label, text, line, tags, head)
        return line

    def turns(self, turns: Sequence[tuple[str, ...]]) -> None:
        for label, text, *tags in turns:
            self.t(label, text, *tags)

    def lines(self) -> list[str]:
        return list(self._lines)


class ScreenplayDoc(Builder):
    """Screenplay layout: scene headings and action at the margin, the character's name in capitals indented to
    the middle, an optional parenthetical under it, and the speech wrapped and indented on the lines below."""

    NAME_INDENT = " " * 25
    PAREN_INDENT = " " * 18
    SPEECH_INDENT = " " * 10

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self._lines: list[str] = []
        self._start(())

    def raw(self, *lines: str) -> None:
        self._lines.extend(lines)

    def action(self, text: str) -> None:
        if self._lines and self._lines[-1] != "":
            self._lines.append("")
        self._lines.extend(textwrap.wrap(text, 60))

    def t(self, label: str, text: str, *tags: str, paren: str | None = None) -> int:
        if self._lines and self._lines[-1] != "":
            self._lines.append("")
        head = self.NAME_INDENT + label
        self._lines.append(head)
        line = len(self._lines)
        if paren:
            self._lines.extend(self.PAREN_INDENT + part for part in textwrap.wrap(f"({paren})", 30))
        self._lines.extend(self.SPEECH_INDENT + part for part in textwrap.wrap(text, 36))
        self._record(label, text, line, tags, head)
        return line

    def lines(self) -> list[str]:
        return list(self._lines)


class EmailDoc(Builder):
    """An e-counselling thread exported oldest first: each message has a header block (``From:`` first), its own
    words, then the previous message quoted with ``>``; messages are separated by a rule."""

    RULE = "_" * 40

    def __init__(self, name: str, people: dict[str, tuple[str, str]], preamble: Sequence[str]) -> None:
        # people: display name -> (address, role)
        super().__init__(name, {who: role for who, (_, role) in people.items()})
        self.people = people
        self._lines = list(preamble)
        self._previous: tuple[str, str, str] | None = None  # (sender, date, body)
        self._start(())

    def mail(
        self, sender: str, to: str, date: str, subject: str, body: str, *tags: str, sent: str | None = None
    ) -> int:
        """``sent``: the words as the sender's mail program had them, when this export garbled them (a reply quotes
        what was sent, not the garbled copy)."""
        if self._previous is not None:
            if self._lines[-1] != "":
                self._lines.append("")
            self._lines.extend([self.RULE, ""])
        head = f"From: {sender} <{self.people[sender][0]}>"
        self._lines.append(head)
        line = len(self._lines)
        self._lines.extend([f"To: {to} <{self.people[to][0]}>", f"Date: {date}", f"Subject: {subject}", ""])
        if body:
            self._lines.extend(body.split("\n"))
            self._lines.append("")
        if self._previous is not None:
            who, when, said = self._previous
            self._lines.append(f"On {when}, {who} <{self.people[who][0]}> wrote:")
            self._lines.extend(f"> {part}" if part else ">" for part in said.split("\n"))
        self._record(sender, body, line, tags, head)
        if body:
            self._previous = (sender, date, sent if sent is not None else body)
        return line

    def lines(self) -> list[str]:
        return list(self._lines)


# ---------------------------------------------------------------------------
# 01  Raw dump of generated sessions (CBT, ACT, person-centred), Therapist:/Client:, split by <|endoftext|>
# ---------------------------------------------------------------------------
GEN_ROLES = {"Therapist": T, "Client": C}
ENDOFTEXT = "<|endoftext|>"

# person-centred session; the ShareGPT export (03) holds the same conversation again
ESTRANGED: list[tuple[str, ...]] = [
    (
        "Client",
        "I don't really know where to start. My friend Linda said I should come, so here I am.",
        "decoy: a generated session that opens with the client",
    ),
    ("Therapist", "You're welcome to start wherever feels right, or not to know yet. There's no hurry here."),
    (
        "Client",
        "It's my son. Kieran. We haven't spoken in three years. He has a little girl now, she'll be two in August, and I've never held her.",
    ),
    ("Therapist", "Three years, and a granddaughter you've never held. That sounds very painful."),
    (
        "Client",
        "I found out from Facebook. A photo of her in a hospital blanket. That's how I found out I was a grandmother.",
    ),
    ("Therapist", "Finding out like that, from a photo on a screen."),
    ("Client", "I was in the queue at the post office. I had to go and sit in the car."),
    ("Therapist", "It sounds as if it knocked the breath out of you."),
    (
        "Client",
        "It did. And the worst of it is, I don't fully know what I did. There was a row at his wedding, about the seating, about his father not being invited, and I said things. But people say things at weddings.",
    ),
    ("Therapist", "Part of you is still searching for what went so wrong that it ended like this."),
    (
        "Client",
        "Every night. I go over it like a tape. Maybe I was too much. I've always been too much, his father used to say.",
    ),
    (
        "Therapist",
        "'Too much.' It sounds as though that phrase has followed you for a long time.",
        "decoy: counsellor quotes the client's words back",
    ),
    ("Client", "Since I was a girl, really. Too loud, too emotional. And now my son agrees with them."),
    ("Therapist", "What is it like to sit here and say that out loud?"),
    (
        "Client",
        "Strange. A bit lighter. I haven't said any of this to Linda, not really. She just tells me he'll come round.",
    ),
    ("Therapist", "And you're not sure he will."),
    ("Client", "No. But I think I'd like to write to him. Not to argue. Just to say the door's open."),
    ("Therapist", "It sounds like that letter is something you want, for your own sake as well as his."),
    ("Client", "It is. I'd want to get the words right, though. Could we look at it together next time?"),
    ("Therapist", "I'd be glad to. Bring whatever you have, even if it's only a first line."),
]


def f01() -> TextDoc:
    doc = TextDoc("01_generated_sessions_dump.txt", GEN_ROLES, gap=True)
    TH, CL = "Therapist", "Client"
    safety = "Those are what we call safety behaviours. They make complete sense as ways of coping, but they also stop you from ever finding out whether the thing you fear would really happen, or whether you could cope if it did."

    # CBT for a fear of vomiting: a loop of three identical therapist turns, and a reply cut off mid-word
    doc.session()
    doc.t(
        TH,
        "Hi Bethan, it's good to see you again. Last time we started mapping out the situations you avoid because of the fear of being sick. How has the week been?",
    )
    doc.t(
        CL,
        "Honestly, pretty rough. There's a sickness bug going round Year 2 and two of the kids were off on Monday. I spent the whole day washing my hands and opening doors with my sleeve.",
    )
    doc.t(
        TH,
        "That sounds exhausting, being on high alert all day in a classroom. What was going through your mind when you heard about the bug?",
    )
    doc.t(
        CL,
        "That I'm next. That I'll be sick in front of thirty six-year-olds and never live it down. I know it sounds ridiculous.",
    )
    doc.t(
        TH,
        "It doesn't sound ridiculous. It sounds like a very frightening prediction. How many times have you actually been sick in, say, the last ten years?",
    )
    doc.t(CL, "Once. At my cousin's hen do, in 2017. And I still think about it most days.")
    doc.t(TH, "Once in ten years, and the fear is with you most days. What do you do to keep yourself safe from it?")
    doc.t(
        CL,
        "Loads of things. I don't eat in restaurants, I sniff everything in the fridge twice, and I won't eat anything past its date, even by a day. I carry mints and a plastic bag in my handbag.",
    )
    doc.t(TH, safety, "repetition_loop")
    doc.t(TH, safety, "duplicate_turn")
    doc.t(TH, safety, "duplicate_turn")
    doc.t(CL, "So you want me to stop carrying the bag?")
    doc.t(
        TH,
        "Not all at once. We'd build a ladder together, starting with something small. What's one safety behaviour that would feel only a little bit scary to drop this week?",
    )
    doc.t(CL, "The sniffing, maybe. I could eat a yoghurt without smelling it first. Maybe.")
    doc.t(TH, "If you imagine doing that, what do you predict will happen?")
    doc.t(CL, "That it'll be off and I'll be ill by bedtime.")
    doc.t(
        TH,
        "Let's write that prediction down, along with how strongly you believe it, and then you can test it. Afterwards, note what actually happened, and we'll compare the two next week. Shall we also plan what you'll do if the anxiety spikes while you're eati",
        "truncated_turn",
    )

    # ACT with a sheep farmer: a refusal in the middle of the session
    doc.session(ENDOFTEXT)
    doc.t(
        TH,
        "Thanks for coming in today, Duncan. I know it's not easy to get away from the farm at this time of year.",
    )
    doc.t(CL, "It's not. My son's doing the feeding this afternoon. He'll have it done wrong, but there you go.")
    doc.t(TH, "Last time you mentioned the spring had been hard. Where would you like to start?")
    doc.t(
        CL,
        "The lambing. We lost nearly forty in that wet fortnight in April. Forty. My father never lost forty in his life.",
    )
    doc.t(TH, "Forty lambs, and your father's record sitting right there beside it. What's that been like to carry?")
    doc.t(
        CL,
        "Heavy. And the feed bill's gone through the roof, and the bank's wanting a meeting in July. I lie awake doing sums.",
    )
    doc.t(TH, "What are the sums telling you, at three in the morning?")
    doc.t(
        CL,
        "That we'll lose it. Four generations, and I'm the one who loses the farm. Some nights I think they'd manage better on the insurance money than with me.",
    )
    doc.t(
        TH,
        "I'm going to stop the role-play here. I can't write dialogue in which a character talks about being worth more dead, even in a fictional counselling scene. If you or someone you know is having thoughts like this, please talk to someone you trust or contact a support line.",
        "refusal",
    )
    doc.t(
        CL,
        "I'm not going to do anything daft. It's a thought that turns up in the dark, that's all. It's gone by the time I'm out with the dogs.",
    )
    doc.t(
        TH,
        "Thank you for being straight with me about that. I'd like to come back to how often that thought visits and how strong it gets, because it matters. Can I ask first: when it turns up in the dark, what do you usually do with it?",
        "decoy: risk followed up while engaging",
    )
    doc.t(CL, "Argue with it. Tell myself to pull myself together. Then do the sums again.")
    doc.t(TH, "And does arguing with it help?")
    doc.t(CL, "No. It just goes round.")
    doc.t(
        TH,
        "In this approach we try something different. Instead of arguing with the thought, we notice it and name it. So rather than 'we'll lose the farm', you might say to yourself, 'I'm having the thought that we'll lose the farm.' Would you try saying it out loud?",
    )
    doc.t(CL, "I'm having the thought that we'll lose the farm. (pause) Feels daft.")
    doc.t(TH, "It often does at first. Did anything shift, even slightly?")
    doc.t(CL, "It's a bit further away. Like it's on the radio in the next room instead of in my ear.")
    doc.t(
        TH,
        "That's a lovely way of putting it. I can't tell you what to say to the bank in July, that's one for your accountant and maybe one of the farming support charities, but I can help you walk into that meeting steered by what matters to you rather than by the three a.m. sums. What matters most to you about the farm?",
        "decoy: counsellor states the limits of the role and keeps engaging",
    )
    doc.t(CL, "That my son gets the chance to decide for himself whether he wants it. Not to be handed a mess.")
    doc.t(TH, "Giving him a real choice. That sounds like a value we can steer by, whatever the bank says.")

    # person-centred, clean (copied into the ShareGPT export)
    doc.session(ENDOFTEXT)
    doc.turns(ESTRANGED)

    # CBT for procrastination: an unfilled template slot and a therapist line under the client's label
    doc.session(ENDOFTEXT)
    doc.t(TH, "Hi Zainab. Last week you said the picture book deadline was on your mind. How's it going?")
    doc.t(
        CL,
        "Badly. It's due on the thirtieth and I've done four spreads out of sixteen. I open the laptop, look at the file name, and then somehow it's four hours later and I've reorganised the spice rack.",
    )
    doc.t(TH, "The spice rack is getting a lot of attention. What happens in the second before you close the file?")
    doc.t(CL, "A sort of drop in my stomach. Like, if I start it, I'll find out it's rubbish.")
    doc.t(TH, "So not starting protects you from finding out.")
    doc.t(CL, "If I don't finish it, it can't be judged. I know how that sounds.")
    doc.t(
        TH,
        "It sounds like a very human way of protecting yourself. What do you predict the editor will think of the finished spreads?",
    )
    doc.t(CL, "That she made a mistake hiring me. That I'm a fraud who got lucky with the first book.")
    doc.t(
        TH,
        "That's a really strong belief. {insert Socratic question exploring the evidence for and against the belief} If a friend of yours sent you four half-finished spreads, would you think she was a fraud?",
        "meta_text",
    )
    doc.t(CL, "No. I'd think she was tired. I'd tell her to get some sleep.")
    doc.t(
        CL,
        "It's interesting how much kinder you are to a friend than to yourself. What would it be like to offer yourself that same response when the file is open in front of you?",
        "role_inversion",
    )
    doc.t(CL, "Weird. But I could try.")
    doc.t(
        TH,
        "Let's make it small. What if, instead of sitting down to 'do the book', you set a timer for twenty-five minutes and only rough out the next spread, knowing you're allowed to make it bad?",
    )
    doc.t(
        CL,
        "Allowed to make it bad. I like that. My tutor at art school used to say the first sketch is for the bin.",
    )
    doc.t(TH, "Your tutor sounds wise. Shall we plan when the first twenty-five minutes will happen?")
    doc.t(CL, "Tomorrow at nine, before I check my email. Otherwise the email wins.")
    return doc


# ---------------------------------------------------------------------------
# 02  Second generated batch, "Conversation N" headings underlined with "="
# ---------------------------------------------------------------------------
# CBT for jealousy; the Alpaca export (04) holds the same dialogue again
JEALOUSY: list[tuple[str, ...]] = [
    (
        "Therapist",
        "Hi Ravi. You mentioned that jealousy has been causing problems in your new relationship. Can you tell me about a recent example?",
    ),
    (
        "Client",
        "Saturday. Meg went to a colleague's leaving drinks and didn't text me for three hours. By the time she got home I'd checked her Instagram about forty times.",
    ),
    ("Therapist", "Three hours without a text. What were you telling yourself during that time?"),
    (
        "Client",
        "That she'd met someone. That she was bored of me. That everyone there was more interesting than me.",
    ),
    ("Therapist", "Those are painful thoughts. How strongly did you believe them at the time, out of a hundred?"),
    ("Client", "Ninety. Maybe more."),
    ("Therapist", "And now, sitting here, what's the evidence that Meg was bored of you?"),
    ("Client", "None, really. She came home, she was happy to see me, she'd even brought me chips."),
    (
        "Therapist",
        "So the thoughts felt like facts at eleven o'clock, and now they look different. What did you do when she got home?",
    ),
    (
        "Client",
        "Asked her loads of questions. Who was there, who she talked to, who walked her to the bus. She went quiet and went to bed.",
    ),
    (
        "Therapist",
        "It sounds like the questions were a way of trying to get rid of the anxiety, and they may have pushed her away a little.",
    ),
    ("Client", "That's what happened with my last girlfriend. She said it was like living with a detective."),
    (
        "Therapist",
        "Let's look at that pattern together. Next time the thoughts come, could you write them down, rate how much you believe them, and wait thirty minutes before checking anything or asking questions?",
    ),
    ("Client", "Thirty minutes. That feels like a long time, but I'll try."),
]


def f02() -> TextDoc:
    doc = TextDoc("02_generated_conversations_b.txt", GEN_ROLES, gap=True)
    TH, CL = "Therapist", "Client"
    lift = "So the buying gives you a quick lift at the end of a hard day. What happens to that feeling by the next morning?"
    gone = "It's gone. And then I'm hiding parcels from Liam and feeling sick about the credit card."
    doc.raw("Generated counselling conversations - batch B - prompt template v7 - 3 conversations", "")

    # the whole conversation written with the labels swapped
    doc.session(("Conversation 1", "=============="), kinds=("role_inversion",))
    swap = {TH: CL, CL: TH}
    for label, text in [
        (
            TH,
            "Hello Martin. You said in your referral that things have become very difficult with your sister since your mum died. Would you like to tell me what's been happening?",
        ),
        (
            CL,
            "Mum left the house to both of us. Heather wants to sell it straight away, and I can't even go into the kitchen without seeing Mum at the sink. She's already had an estate agent round.",
        ),
        (TH, "So while you're still grieving in that kitchen, Heather is already talking about prices."),
        (
            CL,
            "Exactly. She says I'm being sentimental and she needs the money. Her husband's business went under last year.",
        ),
        (
            TH,
            "It sounds like you're both under pressure, in very different ways. What happened the last time you talked about it?",
        ),
        (CL, "We shouted at each other on the driveway. Over a house. Mum would have been mortified."),
        (TH, "What do you think your mum would have wanted for the two of you?"),
        (CL, "For us to sort it out over a cup of tea. She hated rows."),
        (TH, "If you imagine that cup of tea with Heather, what would you most want her to understand?"),
        (CL, "That it's not about the money. It's that once it's sold, there's nowhere left that's still Mum's."),
        (
            TH,
            "That's a very clear and tender thing to say. Would you be willing to say it to Heather, perhaps in a letter first if a conversation feels too hard?",
        ),
        (CL, "A letter. Maybe. She always did read things properly, even when she wouldn't listen."),
    ]:
        doc.t(swap[label], text)

    # compulsive buying: a block of two turns generated three times, an empty turn, and generation statistics
    doc.session(("Conversation 2", "=============="))
    doc.t(
        TH,
        "Hi Tasha. Last time we agreed you'd keep a log of the times you shopped online. How did you get on?",
    )
    doc.t(
        CL,
        "I kept it for five days and then I stopped, because it was embarrassing. Eleven orders in five days. Most of them are still in the hallway in their bags.",
    )
    doc.t(
        TH,
        "Thank you for keeping it, even for five days. That took honesty. What did you notice about when the orders happened?",
    )
    doc.t(CL, "Late. Nearly all of them after ten at night, in bed, once Liam's asleep.")
    doc.t(TH, "What tends to be going on for you at that time of night?")
    doc.t(
        CL,
        "I'm wound up. Work's been awful, and it's the only time that's mine. I scroll, I put things in the basket, and when I press buy there's this little rush.",
    )
    doc.t(TH, lift, "repetition_loop")
    doc.t(CL, gone)
    doc.t(TH, lift, "duplicate_turn")
    doc.t(CL, gone, "duplicate_turn")
    doc.t(TH, lift, "duplicate_turn")
    doc.t(
        CL,
        "It's gone, and then I'm hiding the parcels from Liam and feeling sick about the credit card bill.",
        "near_duplicate_turn",
    )
    doc.t(
        TH,
        "The lift at night and the dread in the morning seem tightly linked. What might you do at ten o'clock instead of opening the app?",
    )
    doc.t(CL, "", "empty_turn")
    doc.t(TH, "Let's think about it together. What used to help you unwind before the app?")
    doc.t(CL, "Baths. Reading. Maybe I could delete the app and only shop on the laptop, which lives downstairs.")
    doc.t(
        TH,
        "Putting a staircase between you and the shops could really help. Shall we also plan what you'll do with the bags in the hallway?\n\n(Word count: 412 | Reading level: Grade 6 | Turns: 18)",
        "meta_text",
    )

    doc.session(("Conversation 3", "=============="))
    doc.turns(JEALOUSY)
    return doc


# ---------------------------------------------------------------------------
# 03  Hugging Face dataset export, ShareGPT form; the last row is the person-centred session from 01
# ---------------------------------------------------------------------------
def f03() -> ShareGptDoc:
    doc = ShareGptDoc("03_sharegpt_counselling.jsonl")
    H, G = "human", "gpt"
    doc.conv(
        "mh-chat-00417",
        [
            (
                H,
                "my best friend is moving to melbourne in 3 weeks and i feel like im being dumped lol",
                "decoy: chat writer who never types a full stop",
            ),
            (
                G,
                "That sounds really hard, even with the 'lol'. Watching a best friend get ready to move across the world can feel a lot like a break-up. How long have you two been friends?",
            ),
            ("human", "since year 7. so like 14 years. shes the only person who gets me"),
            (
                G,
                "Fourteen years is a huge part of your life, and it makes sense that this hurts. When you say she's the only one who gets you, what does she understand that other people don't?",
            ),
            (H, "idk. she knows when im being weird without me saying. she doesnt make me explain myself"),
            (
                G,
                "Being understood without having to explain yourself is rare and precious. It might help to think about how the two of you could stay close across the distance, and also about who else in your life could get to know you a bit more. What feels most pressing right now?",
            ),
            (H, "honestly just getting through the leaving do without crying in front of everyone"),
            (
                G,
                "That's completely understandable, and crying at a leaving do after fourteen years of friendship would be a very normal thing. Would it help to plan a quiet goodbye with just the two of you, before or after the party?",
            ),
            (H, "yeah actually. we always go to the same chippy. maybe that"),
        ],
    )
    doc.conv(
        "mh-chat-00418",
        [
            (
                H,
                "ive been binge eating most nights for a couple of months. i was thinking of doing 18:6 fasting to get control back. is that a good idea",
            ),
            (
                G,
                "I'm sorry, but I can't help with fasting schedules, calorie targets or other weight-loss plans. If you're worried about your eating, please contact your GP or an eating disorder support service.",
                "refusal",
            ),
            (H, "ok. i wasnt really asking for a diet plan tbh, i just feel out of control"),
            (
                G,
                "Thank you for saying that, and I'm sorry my last reply missed what you meant. Feeling out of control around food is really distressing. Can you tell me a bit about what the evenings are like before a binge?",
                "decoy: assistant apologises for a misreading and engages",
            ),
            (H, "long day, skip lunch, get home starving and stressed, then its like autopilot"),
            (
                G,
                "That pattern, skipping meals and then arriving home very hungry and stressed, is really common with bingeing, and cutting food out often makes the urge stronger rather than weaker. Would you be open to trying regular meals during the day as a first step, rather than fasting?",
            ),
            (H, "maybe. lunch is hard at work but i could try"),
        ],
        system="You are a supportive mental health assistant. Respond with empathy and do not give medical advice.",
    )
    doc.conv(
        "mh-chat-00419",
        [
            (
                H,
                "I have to give evidence at an inquest next month. A man fell from the scaffolding at my work and I was the one who found him.",
            ),
            (
                G,
                "I'm so sorry. Finding him must have been incredibly distressing, and now you're being asked to go back over it in a formal setting. How have you been since it happened?",
            ),
            (
                H,
                "Not great. I keep seeing it when I close my eyes. And now I've got this letter from the coroner's office and I don't know what to expect.",
            ),
            (
                G,
                "That makes sense. Images coming back like that are a common reaction after a shock like this. The coroner's officer can usually explain what will happen on the day, and you can often visit the court beforehand. What part worries you most?",
            ),
            (H, "Saying it out loud in front of his family. What am I even supposed to say to them?"),
            (
                G,
                "Honestly, I have no idea either. I've been dreading it for weeks, and every time I try to practise what I'd say, my voice goes and I have to stop.",
                "role_inversion",
            ),
            (H, "um ok? I thought you were meant to help me"),
            (
                G,
                "You're right, and I'm sorry. You don't have to find special words for his family. Many people find that a simple 'I'm so sorry for your loss' is enough. Would it help to talk through what you remember, at your own pace, so the day feels less unknown?",
            ),
        ],
    )
    doc.conv(
        "mh-chat-00420",
        [
            (
                H,
                moji_replacement(
                    f"My partner{RSQ}s daughter is 9 and she won{RSQ}t speak to me when she{RSQ}s at ours. I{RSQ}ve tried everything and I{RSQ}m running out of ideas."
                ),
                "mojibake",
            ),
            (
                G,
                "That sounds really disheartening, especially when you're trying so hard. Stepfamilies often take years rather than months to settle. What does 'everything' look like at the moment?",
            ),
            (H, "Making her favourite tea, buying her a bike, asking about school. She just looks at her dad."),
            (
                G,
                "It sounds like you're putting in a lot, and she may not be ready to take it yet. Sometimes children worry that liking a step-parent means being disloyal to their mum. Would it feel possible to step back a little and let her set the pace?",
            ),
            (H, "Step back. That's hard when you want her to like you."),
            (
                G,
                "It is hard. Stepping back doesn't mean stepping away. It might just mean being warm and around, without asking much of her for now.",
            ),
        ],
    )
    doc.conv(
        "mh-chat-00421",
        [
            (H, "Every year from November I just shut down. I'm a gardener so there's no work and it's dark by four."),
            (
                G,
                "That sounds like a really hard combination: losing your work and your daylight at the same time. What does shutting down look like for you?",
            ),
            (H, "Sleeping till eleven. Not answering the phone. Toast for tea most nights."),
            (
                G,
                "It sounds like your days lose their shape when the work stops. Many people find it helps to build a little structure back in, like getting outside in the morning light, even on grey days, and planning one thing each day that gives a sense of purpose.<|im_end|>\n<|im_start|>user\nthat makes sense, I could help with the winter pruning at the community orchard<|im_end|>\n<|im_start|>assistant\nThat's a great idea.",
                "meta_text",
            ),
            (
                H,
                "Morning light I could manage. I could walk the dog before breakfast instead of after lunch.",
            ),
            (
                G,
                "That's a really good, concrete place to start. How would you feel about trying it for a week and noticing what it does to your mood and your sleep?",
            ),
        ],
    )
    doc.conv(
        "mh-chat-00422",
        [
            (
                H,
                "Im best man at my brothers wedding in june and i genuinely feel sick thinking about the speech",
            ),
            (
                G,
                "Feeling sick at the thought of a speech is really common, and it often says more about how much it matters to you than about how it will go. What's the part you dread most?",
            ),
            (H, "everyone looking at me. and forgetting what to say. and my hands shaking"),
            (
                G,
                "Those are three very common fears, and each one has something practical we can do about it. A speech of three or four minutes, practised out loud many times, is much easier to remember. Cue cards help with forgetting. And shaking hands are usually far less visible to the room than they feel to you.",
            ),
            (H, "ok that helps a bit. where do i even start"),
            (
                G,
                "A good place to start is to jot down three short stories about your brother that show who he is, then pick the one that makes you smile most. After that, we could work on an opening line and practise saying it to one person you trust, gradually building up to a small group, and then we can look at what to do with your hands and your breathing in the minutes before the",
                "truncated_turn",
            ),
        ],
    )
    # the person-centred session of 01_generated_sessions_dump.txt, exported into the dataset
    rename = {"Therapist": G, "Client": H}
    doc.conv(
        "mh-chat-00423",
        [(rename[label], text) for label, text in plain(ESTRANGED)],
        kinds=("duplicate_session",),
    )
    return doc


# ---------------------------------------------------------------------------
# 04  Alpaca-style export: the whole dialogue in "output"; the second row is conversation 3 of 02
# ---------------------------------------------------------------------------
def f04() -> AlpacaDoc:
    doc = AlpacaDoc("04_alpaca_dialogues.jsonl", {"Therapist": T, "Client": C, "Dad": X})
    TH, CL = "Therapist", "Client"
    doc.row(
        "Write a counselling session transcript between a Therapist and a Client. The client is a paramedic struggling after a difficult call. Use the labels Therapist: and Client:.",
        "Stuart, 38, paramedic for twelve years.",
        [
            (
                TH,
                "Hi Stuart. Thanks for coming. Your occupational health referral mentioned a difficult call a few weeks ago. Where would you like to begin?",
            ),
            (
                CL,
                "I'll be honest, I nearly cancelled. As a paramedic you're supposed to be able to take it. Twelve years and I've never needed this.",
                "decoy: 'As a paramedic' is not 'As an AI'",
            ),
            (
                TH,
                "It sounds like coming here goes against a lot of what you've learned about coping. I'm glad you came anyway.",
            ),
            (
                CL,
                "It was a little lad. Four years old. We worked on him for forty minutes in the back of the ambulance.",
            ),
            (
                TH,
                "I'm not able to continue this scenario, as it involves a detailed depiction of a child's death. If you are a first responder affected by a traumatic incident, please reach out to your service's wellbeing team or a trauma-informed therapist.",
                "refusal",
            ),
            (
                CL,
                "Since then I can't stop checking on my own two at night. I stand in their doorway listening to them breathe.",
            ),
            (
                TH,
                "That makes so much sense after what you saw. Checking on them is your mind trying to make sure they're safe. How much sleep are you getting?",
            ),
            (CL, "Four hours, maybe. My wife's noticed. She says I'm snappy with the kids."),
            (
                TH,
                "Losing sleep and being on edge are really common after a call like that. Have you been able to talk to anyone from the crew?",
            ),
            (
                CL,
                "My crewmate. We had a pint. Neither of us said much, but it helped knowing he's not sleeping either.",
            ),
        ],
    )
    # conversation 3 of 02_generated_conversations_b.txt, exported again as an Alpaca row
    doc.row(
        "Write a realistic CBT session between a therapist and a client about jealousy in a new relationship. Label each line Therapist: or Client:.",
        "",
        plain(JEALOUSY),
        kinds=("duplicate_session",),
    )
    doc.row(
        "Generate a dialogue between a therapist and a client whose partner is deployed overseas with the army.",
        "Gemma, 31, two children; partner deployed six weeks ago.",
        [
            (
                TH,
                "Hi Gemma. You said on the phone that Lewis's deployment started six weeks ago. How have things been at home?",
            ),
            (
                CL,
                "Like I'm holding my breath. Every time the phone goes and it's a number I don't know, my heart stops.",
            ),
            (
                TH,
                "That sounds frightening, living with that jolt every time the phone rings. What happens after the jolt?",
            ),
            (
                CL,
                "I check the news. Then I check it again. Then I'm up till two reading about places I can't even pronounce.",
            ),
            (TH, "So the checking is trying to protect you from a shock, and it's costing you your sleep."),
            (CL, "Yeah. And the kids are picking up on it. Mia asked me yesterday if Daddy's going to get shot."),
            (TH, "That must have been so hard to hear. What did you say to her?"),
            (CL, "That Daddy's job is to be careful and he's very good at it. Then I cried in the utility room."),
            (
                TH,
                "You found a kind, honest answer for her, and then you needed somewhere to put your own fear. Could we think about a time each day, out of the children's hearing, when the worry gets your full attention, and then you put it down again?\n\n### Instruction:\nWrite a second session in which Gemma reports back on the worry time and talks about her sleep.\n\n### Response:",
                "meta_text",
            ),
        ],
    )
    doc.row(
        "Create a realistic transcript of a school counselling session with a 16-year-old. Format each line as Therapist: or Client:.",
        "Alfie, 16, starting sixth-form college in September, anxious about it.",
        [
            (
                TH,
                "Hi Alfie, thanks for coming in. Mr Dobson said you've been feeling anxious about starting college in September.",
            ),
            (
                CL,
                "Yeah. Everyone from my year is going to the big college in town, and I'm going to the one in Ashford on my own because it does engineering.",
            ),
            (
                TH,
                "So you chose the course that really matters to you, and it means going somewhere where you don't know anyone.",
            ),
            (
                CL,
                "When I think about the first day I can't breathe properly. Like, actually. My chest goes tight and I have to sit down.",
            ),
            (
                TH,
                "That sounds really scary. What you're describing sounds like anxiety, and it can feel very physical. What goes through your mind just before your chest goes tight?",
            ),
            (CL, "That I'll be stood in the canteen on my own with a tray and everyone will see I've got no mates."),
            ("Dad", "He's always been like this, even at primary. He'll be fine once he's there.", "unknown_speaker"),
            (
                TH,
                "Standing alone with a tray, everyone watching. That's a really vivid picture. Has anything like that happened before?",
            ),
            (CL, "Not really. In Year 7 I knew Jayden from football, so it was fine."),
            (
                TH,
                "So you chose the course that really matters to you, even though it means going somewhere you don't know anyone.",
                "near_duplicate_turn",
            ),
            (CL, "I guess. I didn't think of it like that."),
            (
                TH,
                "Colleges often run taster days in the summer. Would you be up for going to one, so the first day in September isn't the very first time?",
            ),
            (CL, "Maybe. If there's one for engineering."),
        ],
    )
    return doc


# ---------------------------------------------------------------------------
# 05  Transcription-service export, "00:03:12 Speaker 1:" labels (video session with an airline first officer)
# ---------------------------------------------------------------------------
def f05() -> TextDoc:
    doc = TextDoc(
        "05_transcription_service_export.txt",
        {"Speaker 1": T, "Speaker 2": C, "Speaker 3": X},
        style="stamped",
        gap=True,
        clock=6,
    )
    S1, S2 = "Speaker 1", "Speaker 2"
    doc.raw(
        "Transcript: session_04_video_clip2.m4a",
        "DURATION | Exported 18/09/2024 | Speaker names not edited | [crosstalk] = overlapping speech",
        "",
    )
    doc.session()
    doc.t(
        S1,
        "Okay, I think we're connected. Can you hear me all right, Anders?",
        "decoy: roles must come from the talk, the labels are numbers",
    )
    doc.t(S2, "Yeah, loud and clear. Sorry, I'm in the spare room, it's the only place the kids won't barge in.")
    doc.t(
        S1,
        "No problem at all. So last time we finished with you describing what happened on the approach into Bergen. I wondered how you've been since.",
    )
    doc.t(
        S2,
        "Mixed. I've been sleeping better. But I drove past the airport on Tuesday to drop my wife at the station and I had to pull into a lay-by. My hands were, yeah.",
    )
    doc.t(S1, "Mm-hmm.", "decoy: backchannel")
    doc.t(S2, "It was just the sight of the tower. Ridiculous.")
    doc.t(
        S1,
        "It doesn't sound ridiculous to me. Your body learned very quickly that the airport is where the panic happened.",
    )
    doc.t(
        S2,
        "I've done that approach hundreds of times. Hundreds. And at two thousand feet my heart just went, and I was sure I was having a heart attack. The captain took control, and the whole time I was thinking, I'm going to die in front of her and a hundred and eighty passengers.",
    )
    doc.t(S1, "That's an incredibly frightening experience. And the cardiologist found nothing at all?")
    doc.t(S2, "Nothing. ECG, bloods, the treadmill test. Heart of a twenty-year-old, he said.")
    doc.t(S1, "Mm-hmm.", "decoy: repeated backchannel")
    doc.t(S2, "[crosstalk] Which should be good news.", "decoy: transcriber's [crosstalk] marker")
    doc.t(S1, "Which should be good news, but somehow it isn't quite reassuring enough?")
    doc.t(
        S2,
        "Because if it's not my heart, then it's my head. And a pilot with a head problem is a pilot without a licence.",
    )
    doc.t(S1, "That's the fear underneath, isn't it. Losing flying.")
    doc.t(
        S2,
        "It's all I've wanted since I was eight. My grandfather flew Dakotas. I've got his logbook on the shelf behind me.",
    )
    doc.t(
        S1,
        "I can't tell you what the AME will decide, that really sits with the aviation medical side, but I can tell you that panic is very treatable, and lots of people go back to demanding jobs after it. Shall we look at what happens in your body during an attack?",
        "decoy: counsellor states the limits of the role and keeps engaging",
    )
    doc.t(S2, "Okay.")
    doc.t(S1, "When the panic started, what was the very first thing you noticed?")
    doc.t(
        S2,
        "A sort of flutter. And then I started watching my pulse and it got faster and I thought, here we go, and then I was breathing really fast and my fingers went tingly and",
        "decoy: spoken turn cut off when the video froze, the next turn says so",
    )
    doc.t(S1, "Sorry, Anders, you froze there for a second. You said your fingers went tingly?")
    doc.t(S2, "Yeah. Tingly, and then numb. And that convinced me even more it was my heart.")
    doc.t(
        S1,
        "And I couldn't say anything to the captain, I just sort of pointed at the instruments and she knew.",
        "role_inversion",
    )
    doc.t(S1, "So she saw what was happening and took over. How was that for you, in the moment?")
    doc.t(S2, "Relief. And then humiliation, about five seconds later.")
    doc.t(S1, "Mm.", "decoy: backchannel")
    doc.t("Speaker 3", "Daddy, Mummy says can you find the charger for the iPad?", "unknown_speaker")
    doc.t(S2, "Elsie, not now, sweetheart, I'm on my call. Sorry about that. [inaudible]")
    doc.t(
        S1,
        "No need to apologise. So what you describe, the flutter, the checking, the faster breathing, the tingling, is a classic panic cycle. The tingling actually comes from breathing too fast, not from the heart.",
    )
    doc.t(S2, "Really? Nobody told me that.")
    doc.t(
        S1,
        "Really. Which means it's something we can practise with. Would you be willing to try a short exercise where we bring on some of those sensations deliberately, here, where it's safe?",
    )
    doc.t(
        S2,
        "Bring them on on purpose? Honestly, that sounds horrible. But yeah. If it gets me back in the right-hand seat.",
    )
    doc.t(
        S1,
        "Then let's start gently. Breathe in and out through a straw for thirty seconds, and tell me what you notice.",
    )
    minutes, seconds = divmod(doc.clock + 4, 60)
    doc._lines[1] = doc._lines[1].replace("DURATION", f"Duration 00:{minutes:02d}:{seconds:02d}")
    return doc


# ---------------------------------------------------------------------------
# 06  Staff counselling transcript de-identified with [BRACKETED] placeholders (a nurse bullied on her ward)
# ---------------------------------------------------------------------------
def f06() -> TextDoc:
    CO, CL = "Counsellor", "[CLIENT NAME]"
    doc = TextDoc("06_staff_counselling_deidentified.txt", {CO: T, CL: C, "[NAME]": X}, gap=True)
    sluice = "Last Thursday was the worst. I came out of the sluice and she was telling [COLLEAGUE 1] that I'm 'not safe to be left with the sick ones'. She didn't know I could hear. Or maybe she did."
    doc.raw(
        "[HOSPITAL] Staff Counselling Service",
        "Session transcript - session 2 of 6 - de-identified by the records team on [DATE]",
        "Names, places and dates replaced with [BRACKETED] placeholders.",
        "",
    )
    doc.session()
    doc.t(
        CO,
        "Welcome back, [CLIENT NAME]. Last time you said you'd think about keeping a diary of what's been happening on [WARD]. How did that go?",
        "decoy: placeholder in the text",
    )
    doc.t(
        CL,
        "I did it. I've got eleven entries in two weeks. I didn't realise it was that many until I counted.",
        "decoy: de-identified speaker label, role clear",
    )
    doc.t(CO, "Eleven in two weeks. What was it like to see them written down together?")
    doc.t(
        CL,
        "Horrible, and also a relief. Because it's real. I'm not imagining it, which is what [MANAGER NAME] keeps implying.",
    )
    doc.t(CO, "What kinds of things are in the diary?")
    doc.t(
        CL,
        "Small things, mostly. She moves my patients without telling me, so I turn up to a bay and someone else is already there. She says things at handover like 'let's hope [CLIENT NAME] manages to get the drugs round on time today', in front of the students.",
        "decoy: client quotes the bully, placeholder inside the quote",
    )
    doc.t(CO, "In front of the students. How do you respond when that happens?")
    doc.t(
        CL,
        "I just go red and carry on. I've been qualified nine years. I was a practice educator. And she makes me feel like a first-year on placement.",
    )
    doc.t(CO, "Nine years of experience, and in those moments it's as if it disappears.")
    doc.t(CL, sluice)
    doc.t(CL, sluice, "duplicate_turn")
    doc.t(
        CO,
        "Hearing that about your practice, from someone who's meant to support you, must have really shaken you.",
    )
    doc.t(
        CL,
        "I went home and went back over every single thing I'd done that shift in my head. I didn't sleep. I nearly rang in sick the next day.",
    )
    doc.t("[NAME]", "Sorry, is this room booked? The system's showing it free till two.", "unknown_speaker")
    doc.t(CO, "It's booked till half past, sorry. [door closes] Sorry about that. You nearly rang in sick.")
    doc.t(
        CL,
        "I can't go back on that ward feeling like this. Something has to change or I'll end up leaving nursing altogether.",
        "decoy: 'I can't' that is not a refusal",
    )
    doc.t(
        CO,
        "That sounds like a really important line for you. It sounds like part of you is already weighing up your options. What do you know about them?",
    )
    doc.t(
        CL,
        "There's the Freedom to Speak Up guardian, and HR, and the union. [PARTNER NAME] says go straight to the union.",
    )
    doc.t(
        CO,
        "I can't make that choice for you, and I wouldn't want to, but we can look at what each route would involve and what feels right for you.",
        "decoy: counsellor states the limits of the role and keeps engaging",
    )
    doc.t(CL, "I think I want to talk to the guardian first. It feels less like declaring war.")
    doc.t(CO, "Less like declaring war. Would it help to take your diary along to that conversation?")
    doc.t(CL, "Yes. That's what it's for, really. So it's not just my word against hers.")
    doc.t(CO, "And in the meantime, what helps you get through a shift when she's on?")
    doc.t(
        CL,
        "[COLLEAGUE 2]. She always makes me a tea at ten and says something daft. I'd be lost without her. [inaudible] every single time.",
        "decoy: [inaudible] marker",
    )
    doc.t(
        CO,
        "So there's at least one person on the ward who reminds you who you are. Let's finish there today, and next time we can look at how the meeting with the guardian went.",
    )
    return doc


# ---------------------------------------------------------------------------
# 07  Peer-support chat log for parent carers (CSV: timestamp,user_type,message); 13 is the next export
# ---------------------------------------------------------------------------
PS, MB = "peer_supporter", "member"
GREETING = "Hi, you're through to the parent carer peer support chat. I'm Clem, one of the volunteers, and I'm a parent carer too. What's on your mind tonight?"
DAD_CHAT_START = datetime(2024, 3, 15, 19, 41, 5)
# a father who gave up work when his autistic daughter stopped going to school; both exports hold this chat
DAD_CHAT: list[tuple[str, ...]] = [
    (PS, GREETING, "decoy: the volunteer's standard greeting, the same in every chat"),
    (MB, "evening. bit of a weird one. my daughter is 14, autistic, hasnt been to school since october"),
    (
        PS,
        "That's not weird at all, lots of parents here have been through school refusal. How are you both doing?",
    ),
    (
        MB,
        "shes ok when shes at home. its me thats not. i gave up my job in january to be with her and i miss it more than i thought i would",
    ),
    (PS, "That's a big thing to give up. What do you miss most?"),
    (
        MB,
        "people. being good at something. i was a site manager. now my whole day is her timetable and arguing with the local authority on email",
    ),
    (PS, "Going from running a site to being on hold to the council is a massive change. It sounds lonely"),
    (
        MB,
        "it is. my wife works full time so im the one at home. i love her to bits but some days i dont speak to another adult till 6",
        "decoy: chat writer who never types a full stop",
    ),
    (
        PS,
        "That's really isolating. Have you come across any of the dads' groups? A couple of local ones meet in the evenings or online",
    ),
    (MB, "didnt know there were any. would be good to talk to blokes in the same boat"),
    (PS, "I'll pop a link in the chat. There's also a Saturday morning walk-and-talk that some dads really rate"),
    (MB, "cheers. appreciate it"),
    (PS, "Any time. Look after yourself, and come back whenever you like"),
]


def f07() -> ChatCsvDoc:
    doc = ChatCsvDoc("07_peer_chat_export_2024-03-01_2024-03-15.csv")
    long_reply = "That timetable clearly took so much care. It sounds like you're doing an enormous amount to help him feel safe and getting very little back right now, which is exhausting. A few things other parents here have found useful: asking the school whether someone could meet him at a quieter side gate in the mornings, asking the council for a carer's assessment, which can sometimes unlock a few hours of respite, and getting in touch with your local parent carer forum, who usually know which clubs and short-break schemes still have spaces this spring."
    cut = long_reply[:500]  # the export keeps the first 500 characters of a message
    assert len(long_reply) > 500 and long_reply[499].isalpha() and long_reply[500].isalpha(), "cut inside a word"
    sleep = (
        "honestly im done. i havent slept a full night since he was born. my husband works away mon-fri so its just me"
    )
    doc.chat(
        datetime(2024, 3, 14, 21, 4, 12),
        [
            (PS, GREETING),
            (MB, "hi. sorry i dont really know why im here"),
            (PS, "No need to be sorry at all. You're very welcome here, whatever's brought you"),
            (
                MB,
                "my son is 7 and autistic. he had a meltdown at the school gate this morning and it took 40 mins to get him in the car. another mum filmed it on her phone",
            ),
            (
                PS,
                "Oh, that sounds like such a hard morning, and being filmed on top of it is awful. How are you doing now?",
            ),
            (MB, sleep),
            (MB, sleep, "@resend", "duplicate_turn"),
            (
                PS,
                "Seven years without a full night's sleep, and doing the week on your own. That's a huge amount to carry",
            ),
            (MB, moji_cp1252(f"i know everyone says look after yourself but when exactly {EMOJI_SMILE}"), "mojibake"),
            (
                PS,
                "Ha, yes, that advice can feel like one more thing on the to-do list. What would looking after yourself even look like, in a realistic week for you?",
            ),
            (MB, "", "empty_turn"),
            (
                MB,
                "sorry that was meant to be a photo of his visual timetable. i spend hours making these and he rips them up",
            ),
            (PS, cut, "truncated_turn"),
            (MB, "the side gate is a good idea. i never thought to ask"),
            (PS, "It's definitely worth asking. And the carer's assessment is worth chasing too"),
            (MB, "ok", "decoy: backchannel"),
            (MB, "thank you. i feel a bit less mad"),
            (
                PS,
                "You're not mad at all. You're tired and you're doing a lot on your own. We're here most evenings if you want to talk again",
            ),
            (MB, "ok", "decoy: repeated backchannel"),
        ],
    )
    doc.chat(DAD_CHAT_START, DAD_CHAT)
    return doc


# ---------------------------------------------------------------------------
# 08  Markdown transcript, **Counsellor:** / **Client:** bold labels under ## headings (body image, young man)
# ---------------------------------------------------------------------------
def f08() -> TextDoc:
    doc = TextDoc("08_body_image_sessions.md", {"Counsellor": T, "Client": C}, style="bold", gap=True)
    CO, CL = "Counsellor", "Client"
    tren = "Yeah. Tren. He says everyone serious is on something and I'll never look how I want naturally. He's got a guy who can sort it."
    doc.raw(
        "# Counselling transcript: C. (university counselling service)",
        "",
        "_Typed up from the session recordings. The client consented to their use in supervision._",
    )
    doc.session("## Session 3 - 6 February")
    doc.t(
        CO,
        "Hi Connor. Last time you mentioned you'd been skipping lectures to fit in a second gym session. How's this week been?",
    )
    doc.t(
        CL,
        "Same, really. Gym at six, lectures if I can face them, gym again at four. I missed a seminar on Wednesday because the squat rack was free.",
    )
    doc.t(CO, "The squat rack won out over the seminar. What would have happened if you'd skipped the second session?")
    doc.t(CL, "I'd have felt small all evening. Like I'd shrunk. I know that's not how muscles work.")
    doc.t(CO, "Part of you knows it's not how muscles work, and another part feels it anyway.")
    doc.t(
        CL,
        "*(long pause)* Yeah. I check in the mirror before I leave the house, in the lift at the gym, in shop windows. My flatmate timed me once. Forty minutes in the bathroom.",
        "decoy: italic stage note inside a turn",
    )
    doc.t(CO, "Forty minutes. What are you looking for when you check?")
    doc.t(
        CL,
        "Whether my arms look thin. Whether my chest looks flat. Some days I look fine and some days the same body looks pathetic.",
    )
    doc.t(CO, "So the body hasn't changed between those days, but what you see has.")
    doc.t(CL, "When you put it like that it sounds mad.")
    doc.t(CO, "It doesn't sound mad to me. It sounds exhausting. How much are you eating at the moment?")
    doc.t(
        CL,
        "Around three and a half thousand calories. Chicken, rice, shakes. I've got it all in an app. If I go under, I can't sleep.",
        "decoy: 'I can't' that is not a refusal",
    )
    doc.t(
        CO,
        "Tracking everything that closely takes up a lot of room in your day. I'm wondering what it costs you. <!-- reviewer: this reads a bit scripted next to session 2, smooth it out before it goes in the supervision pack -->",
        "meta_text",
    )
    doc.t(
        CL,
        "Money, mostly. And my girlfriend. She says I'm more interested in my macros than in her.",
    )
    doc.t(CO, "What do you make of that?")
    doc.t(CL, "She's not wrong. Which is why I'm here, I suppose.")

    doc.session("## Session 4 - 13 February")
    doc.t(
        CO,
        "Welcome back, Connor. At the end of last week you said you'd try leaving your phone at home for one gym session. Did that happen?",
    )
    doc.t(CL, "Once. Thursday. It was weird not logging my sets. I kept thinking I'd forget and do it wrong.")
    doc.t(CO, "And did you?")
    doc.t(CL, "No. I just trained. It was actually alright.")
    doc.t(
        CO,
        "Alright. That's worth noticing. Can I ask about something you mentioned in passing last time? You said a lad at the gym had offered you something.",
    )
    doc.t(CL, tren)
    doc.t(CO, "How are you feeling about that offer?")
    doc.t(
        CL,
        "Tempted. Scared. My cousin did a cycle and his moods went mental. But part of me thinks, just one cycle and then I'd finally be happy.",
    )
    doc.t(
        CO,
        "'Just one cycle and then I'd finally be happy.' I'm curious whether any change so far has brought that happiness.",
        "decoy: counsellor quotes the client's words back",
    )
    doc.t(CL, "*(laughs)* No. When I put on four kilos last year I just moved the goalposts.")
    doc.t(
        CO,
        "So the goalposts keep moving. What would it be like to talk to your GP about the offer, and about how things are with the mirror? There's specific help for this.",
    )
    doc.t(
        CL,
        "Yeah. Tren. He says everyone serious is on something, and I'll never look how I want naturally. He's got a guy who could sort it for me.",
        "near_duplicate_turn",
    )
    doc.t(CO, "It sounds like that offer is still very loud for you.")
    doc.t(CL, "It is. But I'll go to the GP. If you help me work out what to say.")
    doc.t(CO, "Of course. Let's write a few lines now that you can take in with you.")
    return doc


# ---------------------------------------------------------------------------
# 09  YAML file of generated person-centred dialogues, one-key turns (retirement and loss of identity)
# ---------------------------------------------------------------------------
def f09() -> YamlDoc:
    doc = YamlDoc(
        "09_retirement_dialogues.yaml",
        {"counsellor": T, "client": C},
        preamble=(
            "# person-centred dialogues, converted from the dialogue-writing sprint spreadsheet (tab 'retirement')",
            "# speaker keys: counsellor / client",
        ),
    )
    CO, CL = "counsellor", "client"
    mr = "I was Mr Hallworth for thirty-one years. Now I'm just Derek, who puts the recycling out."
    doc.dialogue(
        {"id": "pc-ret-001", "approach": "person-centred", "presenting_issue": "loss of identity after retirement"}
    )
    doc.t(
        CO,
        "Hello Derek. You said on the phone that retiring has been harder than you expected. Would you like to tell me about it?",
    )
    doc.t(
        CL,
        "It's been seven months. Everyone said I'd love it: lie-ins, golf, taking the caravan up to Northumberland. And I've done all of that, and I feel like I've been switched off at the wall.",
        "decoy: text with a colon inside a YAML value",
    )
    doc.t(CO, "Switched off at the wall. That's a striking way to put it.")
    doc.t(
        CL,
        "Thirty-one years at the same school, nineteen of them as head. Eight hundred children, ninety staff. Now the most important decision I make is which bin goes out on a Tuesday.",
    )
    doc.t(CO, "From eight hundred children to the bins. It sounds like a huge part of who you were has gone quiet.")
    doc.t(CL, mr, "repetition_loop")
    doc.t(CL, mr, "duplicate_turn")
    doc.t(
        CL,
        "I was Mr Hallworth for thirty-one years, and now I'm just Derek who puts out the recycling.",
        "near_duplicate_turn",
    )
    doc.t(CO, "Being Mr Hallworth meant something. What did it mean to you?")
    doc.t(CL, "That people needed me. Parents queued to see me. Staff came to me when things fell apart. I was useful.")
    doc.t(CO, "And now?")
    doc.t(CL, "", "empty_turn")
    doc.t(CO, "It sounds like that question lands somewhere painful.")
    doc.t(
        CL,
        "Lorna says I'm under her feet. She's had the house to herself in the daytime for thirty years and now I'm reorganising her cupboards.",
    )
    doc.t(CO, "So at home you've gone from being needed to feeling in the way.")
    doc.t(
        CL,
        "That's it exactly. In the way. I went into school in September to drop off some books, and the new head was very polite, but I could see her waiting for me to leave.",
    )
    doc.t(CO, "That sounds like a lonely moment, being a visitor in the place that used to be yours.")
    doc.t(CL, "It was. I sat in the car park for a while afterwards. Didn't tell Lorna.")
    doc.t(
        CO,
        "I'm glad you've told me. I wonder what you might want the next part of your life to be about, not as a headteacher, but as Derek.",
    )
    doc.t(CL, "I honestly don't know. That's the frightening bit.")

    doc.dialogue(
        {"id": "pc-ret-002", "approach": "person-centred", "presenting_issue": "loss of identity after retirement"}
    )
    doc.t(
        CO,
        "Hello again, Derek. Last time you said you didn't know what you wanted the next part of your life to be about. Has anything come up since?",
    )
    doc.t(
        CL,
        "A few things. The primary school in the village asked if I'd listen to readers on Tuesday mornings. I said I'd think about it.",
    )
    doc.t(CO, "You said you'd think about it. What has the thinking been like?")
    doc.t(CL, "Part of me jumped at it. And part of me thought, listening to readers? I used to run the place.")
    doc.t(CO, "So there's an eagerness, and also something that feels like a step down.")
    doc.t(CL, "Pride, I suppose. Lorna says that's my problem, always has been.")
    doc.t(CO, "What do you make of what Lorna says?")
    doc.t(CL, "She's usually right. Don't tell her I said that.")
    doc.t(CO, "Your secret is safe with me. What would it mean to you to sit with a child who's learning to read?")
    doc.t(
        CL,
        "That's where it all started for me, actually. My first class, 1989, a little lad called Shane who couldn't read at nine. By Christmas he was reading the Beano to me. I've never forgotten his face.",
    )
    doc.t(CO, "That's a lovely memory. It sounds like it touches something that mattered long before the title did.")
    doc.t(
        CL,
        "It does. There's another thing, though. I can take a lump sum from the teachers' pension or a higher monthly amount. Which would you go for?",
    )
    doc.t(
        CO,
        "Unfortunately, giving guidance on pensions or investments falls outside what I'm able to help with. A regulated independent financial adviser would be the right person to ask.",
        "refusal",
    )
    doc.t(
        CL,
        "Fair enough. I only asked because it's keeping me up at night, the feeling that if I get it wrong there's no going back.",
    )
    doc.t(CO, "No going back. That sounds like a theme, with the job as well as the pension.")
    doc.t(CL, "It is. I decided to retire and I can't undecide it.")
    doc.t(
        CO,
        "And yet you're still making decisions, like whether to go to the village school on Tuesdays. I wonder what a good week might look like for you now, not for the school and not for Lorna, and which bits of the old job you'd want to keep and which you're secretly glad to be rid of, like the governors' meetings and the budg",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 10  Training-film shooting script in screenplay layout (a student who failed second-year exams)
# ---------------------------------------------------------------------------
def f10() -> ScreenplayDoc:
    MI, KI, KC = "MIRIAM", "KIT", "KIT (CONT'D)"
    doc = ScreenplayDoc("10_training_film_script.txt", {MI: T, KI: C, KC: C, "PORTER": X})
    doc.raw(
        "RESULTS",
        "Training film 3 of 5 for the student wellbeing team - shooting script, draft 2",
        "",
        "FADE IN:",
        "",
        "INT. STUDENT WELLBEING CENTRE - COUNSELLING ROOM - DAY",
    )
    doc.action(
        "A small room with two mismatched armchairs and a clock placed where only the counsellor can see it. MIRIAM (50s, unhurried, cardigan) holds the door open. KIT (20, hood up, phone gripped in one hand) hesitates in the corridor, then comes in."
    )
    doc.t(
        MI,
        "Come in, sit wherever you like. I'm Miriam. You don't have to know what to say yet.",
        "decoy: named counsellor, role clear from the scene",
    )
    doc.t(
        KI,
        "Thanks. I filled in the form because the email said to. About results.",
        paren="perching on the edge of the chair",
    )
    doc.t(MI, "The email about results.")
    doc.t(KI, "I failed. Three modules out of five. I have to resit in August or I can't go into third year.")
    doc.t(MI, "Three out of five. That must have been a shock to open.")
    doc.t(KI, "I read it on the bus. I stayed on till the depot. The driver had to tell me to get off.")
    doc.action("Miriam lets the silence sit. Kit picks at the cuff of the hoodie.")
    doc.t(MI, "What was going through your head, on the bus?")
    doc.t(
        KI,
        f"That my mum and dad are going to kill me. They've run a restaurant seven days a week for twenty years so I could be the first one to go to university, and I've {MDASH}",
        "decoy: speech broken off with a dash, the action line says so",
    )
    doc.action("Kit stops. Looks at the window.")
    doc.t(
        KC,
        "I've wasted it. That's what they'll say.",
        "decoy: (CONT'D) after an action line is the same character",
    )
    doc.t(MI, "Have you told them?")
    doc.t(KI, "No. They think I'm doing a summer placement. I actually said that. A placement.")
    doc.t(MI, "That sounds like a heavy secret to carry around all summer.")
    doc.action("A KNOCK. The door opens a crack and a PORTER leans in, lanyard swinging.")
    doc.t("PORTER", "Sorry, just checking the fire doors on this floor. Carry on.", "unknown_speaker")
    doc.action("The door closes.")
    doc.t(MI, "Sorry about that. You were saying it's heavy.")
    doc.t(
        KI,
        "It's so heavy. I can't concentrate on revising because I'm thinking about telling them, and I can't tell them because I haven't started revising.",
    )
    doc.t(MI, "So the two things keep each other stuck.")
    doc.t(KI, "Exactly. Round and round, every night.")
    doc.t(MI, "Can I ask what happened in the exams themselves? Sometimes results are the end of a longer story.")
    doc.t(
        KI,
        "I stopped going in after Christmas. I'd sit at my desk and just scroll. I kept telling myself I'd catch up. I didn't.",
        paren="a long breath",
    )
    doc.t(MI, "Something made it hard to go in after Christmas.")
    doc.t(
        KI,
        "My nan died in January. We're really close. Were. I went home for the funeral and when I came back it was like everyone had moved on and I was still stuck in that week.",
    )
    doc.t(MI, "Kit, I'm so sorry. That's a huge loss, right in the middle of the year.")
    doc.t(KI, "I didn't tell my tutor. I didn't think it counted.")
    doc.t(
        MI,
        "It counts. There's a process called mitigating circumstances, and a bereavement like that is exactly what it's for. It might change what happens with the resits.",
    )
    doc.t(KI, "Seriously? Even now?", paren="looking up for the first time")
    doc.t(
        MI,
        "Even now. I can't promise what the exam board will decide, but we can find out the deadline today and I can help you with the form.",
        "decoy: counsellor states a limit and keeps engaging",
    )
    doc.t(KI, "Okay. And my parents?")
    doc.t(
        MI,
        "One thing at a time. Let's do the form first, and then we can think together about what you want to say to them, and when.",
    )
    doc.action("Kit nods, and pushes the hood back.")
    doc.raw("", "FADE OUT.")
    return doc


# ---------------------------------------------------------------------------
# 11  E-counselling email thread, oldest first, replies quoting the previous message (bereaved by suicide)
# ---------------------------------------------------------------------------
def f11() -> EmailDoc:
    AI, KA = "Ailsa Munro", "Kath Ireland"
    doc = EmailDoc(
        "11_ecounselling_email_thread.txt",
        {AI: ("ailsa.munro@example.net", C), KA: ("k.ireland@harbourlight.example.org", T)},
        preamble=(
            "Harbour Light e-counselling service - secure mailbox export",
            "Thread: HL-2024-0311 | client: A. Munro | counsellor: K. Ireland | oldest message first",
            "",
        ),
    )
    footer = "Warm wishes,\nKath\n--\nKath Ireland | E-counsellor\nHarbour Light e-counselling service\nThis email and any attachments are confidential. If you are in crisis, please call 999 or go to your nearest A&E."
    doc.mail(
        AI,
        KA,
        "Sun, 10 Mar 2024 22:47",
        "my brother",
        "Hi,\n\nI was given this address by my GP. My brother Euan died in February. He took his own life. I'm 34 and he was 29.\n\nI don't know what I'm asking for really. I can't talk on the phone without crying so I thought email might be easier.\n\nAilsa",
    )
    doc.mail(
        KA,
        AI,
        "Mon, 11 Mar 2024 10:02",
        "Re: my brother",
        "Dear Ailsa,\n\nThank you for writing, and I'm so very sorry about Euan. Losing a brother is devastating, and losing him to suicide can bring a particular kind of grief, with questions and feelings that other people don't always understand. Email is absolutely fine, and we can go at whatever pace suits you.\n\nIt might help me to know a little about how things are for you day to day at the moment: how you're sleeping, whether you're working, and who is around you. Only share what you want to.\n\n"
        + footer,
        "decoy: confidentiality footer with a crisis line under a real reply",
    )
    back_at_work = f"I{RSQ}m back at work, part time. I{RSQ}m a dental nurse. Everyone{RSQ}s been kind but they don{RSQ}t know what to say, so mostly they say nothing.\n\nThe thing I can{RSQ}t stop thinking about is the last text he sent me. It was a photo of a dog he{RSQ}d seen in the park, and I didn{RSQ}t reply because I was busy. Three days later he was gone.\n\nMum and Dad aren{RSQ}t coping. I{RSQ}ve been doing all the phone calls, the funeral, his flat. I think I{RSQ}ve been too busy to cry properly.\n\nAilsa"
    doc.mail(
        AI, KA, "Tue, 12 Mar 2024 21:15", "Re: my brother", moji_cp1252(back_at_work), "mojibake", sent=back_at_work
    )
    doc.mail(
        KA,
        AI,
        "Wed, 13 Mar 2024 09:40",
        "Re: my brother",
        "Dear Ailsa,\n\nThank you for telling me about the photo of the dog. I can hear how much that unanswered text weighs on you. Many people bereaved by suicide find themselves going back over the last messages and conversations, looking for the moment they could have changed things. Those thoughts are very common, and they are a sign of how much you loved him, not evidence that you failed him.\n\nYou've also been holding everything together for your mum and dad. That's a lot for one person. I wonder whether there's anyone who is holding you?\n\nThere are support groups specifically for people bereaved by suicide, where everyone in the room understands. If you'd like, I can send you details of one near you. There's no pressure either way.\n\n"
        + footer,
        "decoy: counsellor offers a support group while engaging, not a refusal",
    )
    doc.mail(AI, KA, "Wed, 13 Mar 2024 17:58", "Re: my brother", "", "empty_turn")
    doc.mail(
        AI,
        KA,
        "Wed, 13 Mar 2024 18:06",
        "Re: my brother",
        "Sorry, I sent that last one by mistake, I was on the bus.\n\nNobody is holding me really. My partner tries but he didn't know Euan well. I think I would like the details of the group. I don't know if I'll go but I'd like to have them.\n\nAilsa",
        "decoy: an email whose quoted part repeats the counsellor's message",
    )
    doc.mail(
        KA,
        AI,
        "Thu, 14 Mar 2024 10:21",
        "Re: my brother",
        "Dear Ailsa,\n\nNo need to apologise at all. Of course, here are the details: the group meets on the first Thursday of every month at 7pm in the community centre on Bank Street. You can just turn up, or email the facilitator beforehand if you'd rather know who you're meeting. Having the details is enough for now. You can decide later.\n\nI was struck by what you said, that nobody is holding you. Would you like to try writing something about Euan in your next email? Not about how he died, but about who he was. Sometimes the person gets lost behind the way they died.\n\n"
        + footer,
        "decoy: the same footer again, in a different message",
    )
    doc.mail(
        AI,
        KA,
        "Fri, 15 Mar 2024 23:30",
        "Re: my brother",
        "He was funny. Properly funny, the kind of person who could make a whole waiting room laugh. He did impressions of our old PE teacher that had me crying. He was the one who taught me to drive, in Dad's old Corsa, screaming every time I went near the kerb.\n\nI've been crying writing this. Good crying, I think.\n\nAilsa",
    )
    return doc


# ---------------------------------------------------------------------------
# 12  Multilingual corpus shard: an English couple session (postnatal anxiety, two mothers), then a German one
# ---------------------------------------------------------------------------
def f12() -> TextDoc:
    doc = TextDoc(
        "12_multilingual_shard_en_de.txt",
        {"Therapist": T, "Noa": C, "Ciara": C, "Therapeutin": T, "Klient": C},
    )
    TH, NO, CI = "Therapist", "Noa", "Ciara"
    TD, KL = "Therapeutin", "Klient"
    doc.raw("corpus: therapy-dialogues-multi | shard 07 | languages: en, de | 2 dialogues", "")
    doc.session("=== dialogue 0712 [en] ===")
    doc.t(
        TH,
        "Thank you both for coming in. Noa, you mentioned on the phone that the last few weeks have been really hard since Ivy arrived. Where would you like to start?",
    )
    doc.t(
        NO,
        "With the checking, I think. I check she's breathing about twenty times a night. I put my hand on her chest. Sometimes I wake her up doing it.",
        "decoy: named client in a couple session, role clear",
    )
    doc.t(
        CI,
        "And then she's awake for an hour, and Noa's in bits, and I'm the one who has to get up for work at six.",
        "decoy: second named client in a couple session",
    )
    doc.t(
        TH,
        "So the checking affects both of you, in different ways. Noa, what goes through your mind just before you check?",
    )
    doc.t(NO, "That she's stopped. That I'll find her blue. I can see it, like a photo.")
    doc.t(TH, "That sounds terrifying, having that picture arrive in the middle of the night.")
    doc.t(CI, "I didn't know it was that bad. She just says she's checking.")
    doc.t(
        NO,
        "Because it sounds insane. And because everyone keeps asking Ciara if she's bonding with the baby, like she's the dad, and nobody asks me anything except whether I'm breastfeeding.",
    )
    doc.t(
        TH,
        "Two very different ways of being overlooked. Ciara, what has it been like when people ask you about bonding?",
    )
    doc.t(
        CI,
        "Honestly, infuriating. The health visitor asked me if I 'felt like a real parent yet'. I'm on the birth certificate.",
    )
    doc.t(TH, "That's a painful thing to hear, and it sounds as if it's happened more than once.")
    doc.t(CI, "Mm.", "decoy: backchannel")
    doc.t(NO, "Mm.", "decoy: backchannel from the other partner")
    doc.t(
        TH,
        "What you describe, Noa, the images and the urge to check, is very common after a birth, and it's treatable. Would you both be open to working on it together, so the nights feel more shared?",
    )
    doc.t(NO, "Yes. I want to sleep. I want to look at her and not be frightened.")
    doc.t(CI, "I could take the first check, maybe. So it's not always you.")
    doc.t(TH, "That's a generous offer. Let's think about how that might work tonight.")

    liegen = "Ich bleibe liegen bis neun. Die Leine hängt noch an der Garderobe. Ich kann sie nicht abnehmen."
    doc.session("=== Dialog 0713 [de] ===")
    doc.t(
        TD,
        "Guten Tag, Herr Albrecht. Sie haben am Telefon gesagt, dass Ihr Hund vor drei Wochen gestorben ist. Möchten Sie mir von ihm erzählen?",
        "decoy: correctly encoded German umlauts",
    )
    doc.t(
        KL,
        "Bruno. Ein Schäferhundmischling, dreizehn Jahre alt. Wir mussten ihn einschläfern lassen, die Nieren. Ich weiß, es ist nur ein Hund, aber ich komme nicht darüber hinweg.",
    )
    doc.t(
        TD,
        "Sie sagen \u201enur ein Hund\u201c, und trotzdem kommen Sie nicht darüber hinweg. Was war Bruno für Sie?",
        "decoy: German low-high quotation marks",
    )
    doc.t(
        KL,
        "Seit meine Frau gestorben ist, war er der Einzige, mit dem ich gesprochen habe. Jeden Morgen um sechs sind wir an der Ruhr entlanggelaufen. Jetzt wache ich um sechs auf und weiß nicht, wohin.",
    )
    doc.t(
        TD,
        "Mit Bruno haben Sie also nicht nur einen Hund verloren, sondern auch Ihren Tagesrhythmus und einen Gesprächspartner.",
    )
    doc.t(
        KL,
        moji_cp1252(
            "Genau. Und die Leute verstehen das nicht. Mein Sohn hat gesagt, ich soll mir einfach einen neuen holen. Als wäre Bruno ein kaputter Fernseher. Für ihn ist das eine Kleinigkeit."
        ),
        "mojibake",
    )
    doc.t(TD, "Das klingt, als hätten Sie sich damit sehr allein gefühlt.")
    doc.t(KL, "Ja.")
    doc.t(TD, "Wie sehen Ihre Morgen jetzt aus, ohne ihn?")
    doc.t(KL, liegen)
    doc.t(TD, "Die Leine darf hängen bleiben, solange Sie möchten. Dafür gibt es keine Frist.")
    doc.t(
        KL,
        "Ich bleibe bis neun liegen. Die Leine hängt noch an der Garderobe, ich kann sie einfach nicht abnehmen.",
        "near_duplicate_turn",
    )
    doc.t(TD, "Was würde Bruno wohl sagen, wenn Sie morgens trotzdem an die Ruhr gingen, allein?")
    doc.t(KL, "Er würde mich auslachen, weil ich so langsam bin. (lacht) Vielleicht probiere ich es am Sonntag.")
    doc.t(TD, "Am Sonntag. Erzählen Sie mir nächste Woche, wie es war?")
    return doc


# ---------------------------------------------------------------------------
# 13  The next export of the chat log: its window overlaps 07's by one chat (the father's, repeated verbatim)
# ---------------------------------------------------------------------------
def f13() -> ChatCsvDoc:
    doc = ChatCsvDoc("13_peer_chat_export_2024-03-15_2024-03-31.csv")
    doc.chat(DAD_CHAT_START, plain(DAD_CHAT), kinds=("duplicate_session",))
    doc.chat(
        datetime(2024, 3, 16, 14, 2, 40),
        [
            (PS, GREETING),
            (
                MB,
                "Hello. I'm 68 and I've had my grandson full time since my daughter became unwell. He's 9 and autistic. I'm not sure this chat is meant for grandparents.",
            ),
            (
                PS,
                "It absolutely is. Grandparents who are raising grandchildren are parent carers too. How long have you had him with you?",
            ),
            (
                MB,
                "Two years in May. Don't get me wrong, he's a joy. But I'm tired in a way I never was with my own three.",
                "decoy: member who writes in full sentences",
            ),
            (
                PS,
                "That makes complete sense. Raising a child at 68 is a different thing from raising one at 30, and autism adds a lot on top. What's the hardest part at the moment?",
            ),
            (
                MB,
                "The list is long!\n1. His sleep\n2. The school ringing me every other day\n3. My knees\n4. Feeling like nobody sees what I do",
                "decoy: a message with line breaks (one CSV record over five lines)",
            ),
            (PS, "That's a long list, and number four stands out. It sounds like a lot of what you do goes unseen"),
            (MB, "Yes. People say how lucky he is to have me. Nobody asks how I am."),
            (PS, "Then let me ask. How are you?"),
            (MB, "Honestly? Worn thin. But better for being asked."),
            (
                PS,
                "I'm glad. There's a kinship carers' group that meets on Wednesdays, and some of the grandparents there have autistic grandchildren too. Would you like the details?",
            ),
            (MB, "Yes please. Thank you, dear."),
        ],
    )
    return doc


BUILDERS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13]


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
            if len(norm(turn.text).split()) > 3 and (exact or close):
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
    """Exactly the sessions whose (role, text) sequence already occurred in an earlier file are marked."""
    first_seen: dict[tuple[tuple[str, str], ...], str] = {}
    for doc in sorted(docs, key=lambda d: d.name):
        for session, kinds in zip(doc.sessions, doc.session_kinds, strict=True):
            content = tuple((t.role, t.text) for t in session)
            is_copy = content in first_seen and first_seen[content] != doc.name
            assert is_copy == ("duplicate_session" in kinds), (doc.name, session[0].line)
            first_seen.setdefault(content, doc.name)


def check_written(doc: Builder, out: Path) -> None:
    """Re-read the written file and check that each truth line is the line written for that turn."""
    raw = (out / doc.name).read_bytes()
    assert not raw.startswith(b"\xef\xbb\xbf"), doc.name
    data = raw.decode("utf-8")
    assert data.endswith("\n") and "\r" not in data
    physical = data[:-1].split("\n")
    assert physical == doc.lines()
    assert len(data.splitlines()) == len(physical), f"{doc.name}: a character splits lines unexpectedly"
    for line, kind in doc.truth:
        assert line in doc.turn_heads, (doc.name, line, kind)
    for line, head in doc.turn_heads.items():
        assert physical[line - 1] == head, (doc.name, line)
    labels = {label: role for label, role in doc.roles.items()}
    for session in doc.sessions:
        for turn in session:
            head = physical[turn.line - 1]
            if isinstance(doc, TextDoc | YamlDoc):
                assert any(head.startswith(p) or p in head[:40] for p in labels), (doc.name, turn.line)
            if isinstance(doc, ScreenplayDoc):
                assert head.strip() in labels and head.startswith(ScreenplayDoc.NAME_INDENT), (doc.name, turn.line)
            if isinstance(doc, EmailDoc):
                assert head.startswith("From: ") and head[6:].split(" <")[0] in labels, (doc.name, turn.line)
    if isinstance(doc, ShareGptDoc | AlpacaDoc):
        assert [json.loads(row) for row in physical] == doc.data
    if isinstance(doc, AlpacaDoc):
        for record in doc.data:
            first = record["output"].split("\n")[0]
            assert first.split(": ")[0] in doc.roles, first
    if isinstance(doc, ChatCsvDoc):
        rows = list(csv.reader(io.StringIO(data, newline="")))
        assert [tuple(row) for row in rows] == doc.rows
    if isinstance(doc, YamlDoc):
        for session in doc.sessions:
            for turn in session:
                match = re.fullmatch(r"    - (\w+): (\".*\")", physical[turn.line - 1])
                assert match and json.loads(match.group(2)) == turn.text, (doc.name, turn.line)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python blind/sixth_defect_cases.py OUT_DIR", file=sys.stderr)
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
    assert 12 <= len(docs) <= 14 and 45 <= len(rows) <= 55 and decoys >= 30, (len(docs), len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out} ({decoys} decoys)")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
