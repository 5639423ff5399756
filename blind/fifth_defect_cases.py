# ruff: noqa: E501
"""Fifth set of blind defect cases for the transcript-cleaning product.

Written without reading any detector, flow, synthetic-data, test or benchmark code (only the docstring at the
top of benchmarks/blind_defects.py and the four earlier case writers, for the interface). Run as

    python blind/fifth_defect_cases.py OUT_DIR

to write 13 transcript files and ``truth.csv`` (``file,line,defect_type``) into OUT_DIR.

About two thirds of the set is the ordinary material a team receives: LLM-generated CBT/DBT/MI/CFT samples with
``Therapist:``/``Client:`` labels between ``#### sample NN/MM | ... ####`` banners (two batches), generated
``Counselor:``/``Patient:`` transcripts joined by ``[Transcript N of M follows]`` lines, a verbatim audio
transcript with fillers, false starts and ``[overlapping]`` markers, an OpenAI-style fine-tuning export
(``{"messages": [system, user, assistant, ...]}``, one conversation a JSON Lines row), a CSV export of a research
annotation tool (Excel-style UTF-8 with a byte-order mark and CRLF rows, extra annotation columns) and a family
session with named speakers. The rest is unusual: ``(JM)``/``(RB)`` initials explained by a key line, an
``INT:``/``RES:`` research interview, chat output pasted into Notepad and saved as ANSI (Windows-1252 curly quotes,
bytes 0x91-0x94, otherwise ASCII), the same kind of paste saved as "Unicode" (UTF-16 LE with a BOM and CRLF), a
role-play script written as a Markdown table, and a Word export with the speaker's name on a line of its own and
the words indented beneath.

Every line number is a 1-based line of the written file (after decoding it) and is computed while the file is
built:

* a turn-level row points at the line holding the turn's speaker label: the ``(JM)`` line, the ``INT:`` line, the
  table row, and in the Word export the line with the speaker's name (the words are on the lines below it); in the
  CSV file the record's line, the header being line 1; in the JSON Lines file, which holds one conversation a row,
  the conversation's row;
* a session-level row (a whole session written with the labels swapped, a duplicate session) points at the line of
  the session's first turn (for JSON Lines, the conversation's row);
* a repetition loop is marked as in the earlier writers: ``repetition_loop`` on the first occurrence of the repeated
  turn (or of the first turn of a repeated block), ``duplicate_turn`` or ``near_duplicate_turn`` on every later copy;
* ``mojibake`` is marked on every turn whose text is garbled.

A system message in the JSON Lines file is not a turn. Turns that look suspicious but are clean (decoys) carry a
``decoy: ...`` tag here; the tag never reaches the truth, and the number of decoys is printed. Standard library
only.
"""

from __future__ import annotations

import csv
import difflib
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
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

# character sequences that only appear in these files when a turn is deliberately garbled
MOJIBAKE_MARKERS = ("\u00e2\u20ac", "\u00c3", "\u00c2", "\u00d0", "\u00d1", "\ufffd", "\u00f0\u0178")


# ---------------------------------------------------------------------------
# garbling and typography
# ---------------------------------------------------------------------------
def moji_cp1252(text: str) -> str:
    """UTF-8 bytes read as Windows-1252; the five bytes that code page leaves undefined come through as C1 controls
    (what browsers and most import tools do)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def curl(text: str) -> str:
    """Word-processor typography: apostrophes become right single quotes, a backtick a left single quote, and
    straight double quotes alternate between left and right."""
    out = []
    opening = True
    for ch in text:
        if ch == "'":
            out.append(RSQ)
        elif ch == "`":
            out.append(LSQ)
        elif ch == '"':
            out.append(LDQ if opening else RDQ)
            opening = not opening
        else:
            out.append(ch)
    assert opening, f"unbalanced double quotes: {text[:50]!r}"
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


def split_tags(tags: Sequence[str]) -> tuple[list[str], list[str]]:
    kinds = [tag for tag in tags if not tag.startswith("decoy:")]
    decoys = [tag for tag in tags if tag.startswith("decoy:")]
    for kind in kinds:
        assert kind in KINDS, kind
    return kinds, decoys


def plain(turns: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The same turns without their decoy tags (for verbatim copies: a decoy is counted once)."""
    out: list[tuple[str, ...]] = []
    for label, text, *tags in turns:
        assert not split_tags(tags)[0], "a copied session must be defect-free"
        out.append((label, text))
    return out


class Builder:
    encoding = "utf-8"  # the codec the file is written in and read back with
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
        if not self.sessions[-1]:  # the first turn of a session carries the session-level rows
            kinds = list(self.session_kinds[-1]) + kinds
        for kind in kinds:
            self.truth.append((line, kind))
        for note in decoys:
            self.decoys.append((line, note))
        self.turn_heads[line] = head
        self.sessions[-1].append(Turn(self.roles[label], text, line, tuple(split_tags(tags)[0])))

    def lines(self) -> list[str]:
        raise NotImplementedError

    def render(self) -> bytes:
        text = self.newline.join(self.lines()) + self.newline
        if self.encoding == "utf-16":  # what Notepad writes when you pick "Unicode": a BOM, then UTF-16 LE
            return b"\xff\xfe" + text.encode("utf-16-le")
        return text.encode(self.encoding)


class TextDoc(Builder):
    """A plain-text transcript built line by line.

    style: ``colon`` (``Label: text``), ``initials`` (``(JM) text``) or ``word`` (the label alone on a line, each
    paragraph of the turn on a tab-indented line below it).
    """

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        style: str = "colon",
        gap: bool = False,
        encoding: str = "utf-8",
        newline: str = "\n",
    ) -> None:
        super().__init__(name, roles)
        assert style in {"colon", "initials", "word"}, style
        self.style = style
        self.gap = gap
        self.encoding = encoding
        self.newline = newline
        self._lines: list[str] = []

    def raw(self, *lines: str) -> None:
        self._lines.extend(lines)

    def session(self, header: str | None = None, kinds: Sequence[str] = ()) -> None:
        if header is not None:
            if self._lines and self._lines[-1] != "":
                self._lines.append("")
            self._lines.append(header)
            self._lines.append("")
        self._start(kinds)

    def t(self, label: str, text: str, *tags: str) -> int:
        if self.gap and self._lines and self._lines[-1] != "":
            self._lines.append("")
        parts = text.split("\n")
        if self.style == "word":
            assert text, "a Word paragraph is never empty"
            head = label
            body = [f"\t{part}" if part else "" for part in parts]
        else:
            prefix = f"{label}: " if self.style == "colon" else f"({label}) "
            head = prefix + parts[0] if text else prefix.rstrip()
            body = parts[1:]
        line = len(self._lines) + 1
        self._lines.append(head)
        self._lines.extend(body)
        self._record(label, text, line, tags, head)
        return line

    def turns(self, turns: Sequence[tuple[str, ...]]) -> None:
        for label, text, *tags in turns:
            self.t(label, text, *tags)

    def lines(self) -> list[str]:
        return list(self._lines)


class TableDoc(Builder):
    """A Markdown document whose dialogue is a table: ``| # | Speaker | Line |``, one turn a row."""

    def __init__(self, name: str, roles: dict[str, str], preamble: Sequence[str]) -> None:
        super().__init__(name, roles)
        self._lines = [*preamble, "| # | Speaker | Line |", "|---|---------|------|"]
        self.number = 0
        self._start(())

    def t(self, label: str, text: str, *tags: str) -> int:
        assert "|" not in text and "\n" not in text, text
        self.number += 1
        head = f"| {self.number} | {label} | {text} |" if text else f"| {self.number} | {label} |  |"
        self._lines.append(head)
        line = len(self._lines)
        self._record(label, text, line, tags, head)
        return line

    def lines(self) -> list[str]:
        return list(self._lines)


class ChatJsonlDoc(Builder):
    """OpenAI fine-tuning format: one conversation a JSON Lines row, ``{"messages": [{"role", "content"}, ...]}``,
    opening with a system message that is not a turn."""

    def __init__(self, name: str, system: str) -> None:
        super().__init__(name, {"user": C, "assistant": T})
        self.system = system
        self.records: list[str] = []
        self.data: list[dict[str, Any]] = []

    def conv(self, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()) -> int:
        self._start(kinds)
        messages = [{"role": "system", "content": self.system}]
        messages.extend({"role": role, "content": content} for role, content, *_ in turns)
        record = {"messages": messages}
        self.data.append(record)
        self.records.append(json.dumps(record, ensure_ascii=False))
        line = len(self.records)
        for role, content, *tags in turns:
            self._record(role, content, line, tags, self.records[-1])
        return line

    def lines(self) -> list[str]:
        return list(self.records)


class CsvDoc(Builder):
    """Export of a research annotation tool: Excel-style CSV (UTF-8 with BOM, CRLF), one utterance a row.

    A turn's tags may carry annotation columns as ``@emotion=...``, ``@miti=...``, ``@comment=...``; ``@same_span``
    gives the row the previous row's start and end times (an utterance exported twice)."""

    HEADER = (
        "project",
        "doc_id",
        "utt_idx",
        "speaker",
        "start_s",
        "end_s",
        "text",
        "annotator",
        "emotion",
        "miti_code",
        "comment",
    )
    encoding = "utf-8-sig"
    newline = "\r\n"

    def __init__(self, name: str, roles: dict[str, str], project: str) -> None:
        super().__init__(name, roles)
        self.project = project
        self.rows: list[tuple[str, ...]] = [self.HEADER]
        self._lines: list[str] = [self._line(self.HEADER)]

    @staticmethod
    def _line(values: Sequence[str]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerow(values)
        row = buffer.getvalue()
        assert row.count("\n") == 1 and row.endswith("\r\n"), "one physical line per row"
        return row[:-2]

    def conv(self, doc_id: str, annotator: str, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()) -> int:
        self._start(kinds)
        first = len(self.rows) + 1
        clock = 4.2
        start = end = 0.0
        for idx, (speaker, text, *tags) in enumerate(turns, start=1):
            notes = dict(tag[1:].partition("=")[::2] for tag in tags if tag.startswith("@"))
            rest = [tag for tag in tags if not tag.startswith("@")]
            if "same_span" not in notes:
                start = clock
                end = start + 1.1 + 0.36 * len(text.split())
                clock = end + 0.4 + 0.3 * (idx % 4)
            row = (
                self.project,
                doc_id,
                str(idx),
                speaker,
                f"{start:.2f}",
                f"{end:.2f}",
                text,
                annotator,
                notes.get("emotion", "neutral"),
                notes.get("miti", ""),
                notes.get("comment", ""),
            )
            self.rows.append(row)
            self._lines.append(self._line(row))
            self._record(speaker, text, len(self.rows), rest, self._lines[-1])
        return first

    def lines(self) -> list[str]:
        return list(self._lines)


# ---------------------------------------------------------------------------
# 01  LLM-generated samples (CBT-I, DBT, MI, CBT exposure), Therapist:/Client:, "#### sample NN/MM ####" banners
# ---------------------------------------------------------------------------
GEN_ROLES = {"Therapist": T, "Client": C}
DOG_BANNER = "#### sample 04/04 | modality: CBT (graded exposure) | presenting problem: specific phobia (dogs) | temperature: 0.7 ####"
DOG_SAMPLE: list[tuple[str, ...]] = [
    (
        "Therapist",
        "Hi Marisol. Last week we built your fear ladder for dogs together. How are you feeling about starting on it today?",
    ),
    (
        "Client",
        "Nervous. I crossed the road twice on the way here because of a spaniel. A spaniel. It wasn't even looking at me.",
    ),
    (
        "Therapist",
        "Thank you for telling me. Crossing the road makes complete sense given what happened when you were nine, and it also shows us how much the fear is making decisions for you at the moment.",
    ),
    (
        "Client",
        "It makes all of them. I can't go to my sister's because she has a labrador, and my nephew keeps asking why I never come to his birthday.",
    ),
    (
        "Therapist",
        "That's a real loss, missing your nephew's birthdays. The first step on your ladder was looking at photographs of calm dogs. Would you be willing to try that with me now?",
    ),
    ("Client", "Okay. Just photos."),
    (
        "Therapist",
        "Just photos. On a scale from zero to a hundred, how anxious do you feel right now, before we start?",
    ),
    ("Client", "Forty."),
    (
        "Therapist",
        "Here's the first one: a golden retriever lying on the grass. Take your time, and tell me what you notice.",
    ),
    ("Client", "Its mouth is open. That's the bit I hate. The teeth. Sixty now."),
    ("Therapist", "Sixty. Can you keep looking and just describe it to me, without looking away?"),
    (
        "Client",
        "It's... lying down. Its tail's blurry, so it must be wagging. It looks a bit daft, actually. Fifty.",
        "decoy: an ellipsis in the middle of a spoken-style turn",
    ),
    ("Therapist", "It looks a bit daft. And the number came down while you kept looking. What do you make of that?"),
    ("Client", "That I didn't need to look away for it to go down. I always look away."),
    (
        "Therapist",
        "That's exactly what exposure teaches us: the anxiety rises, peaks and falls on its own if we stay with it. For homework, could you look at three dog photos a day, for five minutes each, and note your numbers?",
    ),
    ("Client", "I can do that. Maybe I'll ask my sister for photos of her labrador."),
]


def f01() -> TextDoc:
    doc = TextDoc("01_generated_samples_cbt_dbt_mi.txt", GEN_ROLES, gap=True)
    TH, CL = "Therapist", "Client"
    doc.raw("# synthetic-therapy-dialogues / batch 11 / generator v3 / human review: pending", "")
    doc.session("#### sample 01/04 | modality: CBT-I | presenting problem: insomnia | temperature: 0.7 ####")
    doc.t(
        TH,
        "Good afternoon, Esther. Thank you for completing the sleep diary over the past two weeks. Before we look at it together, I'm curious how you've been feeling about your sleep since our first session.",
        "decoy: polished, textbook counsellor language in a generated sample",
    )
    doc.t(
        CL,
        "Honestly, a bit hopeless. I filled in every line, and seeing it all written down made it worse. Some nights I'm in bed for nine hours and asleep for maybe four.",
    )
    doc.t(
        TH,
        "That sounds incredibly frustrating, and I really appreciate the care you've put into the diary. Nine hours in bed for four hours of sleep is a pattern we often see in persistent insomnia, and it gives us something very concrete to work with.",
        "decoy: polished, textbook counsellor language in a generated sample",
    )
    doc.t(
        CL,
        "What do you mean, work with? I thought the point was to get more sleep, not to stare at how little I get.",
    )
    doc.t(
        TH,
        "That's a completely fair question. One of the things that keeps insomnia going is that the bed gradually becomes linked with being awake, worrying and trying hard to sleep. When we spend long stretches awake in bed, the brain learns that the bed is a place for wakefulness.",
    )
    doc.t(
        CL,
        "That's exactly it. The second my head touches the pillow I'm wide awake, going through everything I didn't finish at work.",
    )
    doc.t(
        TH, "So the bed has become the place where the to-do list comes out. What do you usually do when that happens?"
    )
    doc.t(
        CL,
        "Lie there. Try to breathe. Check the clock. Sometimes I scroll on my phone for an hour, because at least then I'm not just lying there.",
    )
    doc.t(
        TH,
        "That makes a lot of sense as a way of coping. In CBT for insomnia we'd try something that can feel counterintuitive at first: if you've been awake for what feels like more than fifteen or twenty minutes, you get up, go to another room and do something quiet and dull in dim light until you feel sleepy, and only then go back to bed.",
    )
    doc.t(CL, "Get up? In January? The spare room is freezing.")
    doc.t(
        TH,
        "It does ask a lot, especially in winter. Could we think about what would make it more bearable, perhaps a blanket and a lamp set up in the living room before you go to bed?",
    )
    doc.t(CL, "I suppose I could leave my dressing gown and a book of crosswords on the sofa. Nothing exciting.")
    doc.t(
        TH,
        "Nothing exciting is exactly right. The second part of the plan is to shorten the time you spend in bed to roughly the amount you're actually sleeping, plus a little. Based on your diary, that might mean going to bed at around half past twelve and getting up at six.",
    )
    doc.t(CL, "Half past twelve? I'll be exhausted.")
    doc.t(
        TH,
        "You may well feel more tired for the first week or so, and I want to be honest with you about that. The aim is to build up your sleep drive, so that when you do get into bed you fall asleep more quickly and sleep more solidly. As your sleep consolidates, we'll extend the window by fifteen minutes at a time.",
        "decoy: polished, textbook counsellor language in a generated sample",
    )
    doc.t(CL, "Okay. I don't love it, but I'll try it. Half twelve to six.")
    doc.t(
        TH,
        "Thank you, Esther. I know it's a big ask. Let's put both steps on a card for your bedside table, and we'll review the diary together next week.\n\n[Techniques demonstrated in this sample: psychoeducation on conditioned arousal; stimulus control; sleep restriction; collaborative goal-setting. Suggested next prompt: continue with session 3 and introduce cognitive restructuring of sleep-related worry.]",
        "meta_text",
    )

    kettle = "That kettle image is really helpful. In DBT we'd call the hunger and the stress from work vulnerability factors, because they make the emotion much more intense by the time the prompting event arrives. What might help bring those vulnerabilities down before you walk through the door?"
    doc.session("#### sample 02/04 | modality: DBT | presenting problem: anger at home | temperature: 0.9 ####")
    doc.t(
        TH,
        "Hi Callum. Last week you said you wanted to work on what happens at teatime with the kids. Shall we start there?",
    )
    doc.t(
        CL,
        "Yeah. Tuesday was bad. Finn spilled his juice for the third time and I slammed my hand on the table so hard the plates jumped. Lily started crying.",
    )
    doc.t(
        TH,
        "Thank you for telling me. That sounds like a really hard moment for all of you. Can we slow it right down and do a chain analysis, looking link by link at what led up to it?",
    )
    doc.t(CL, "Go on, then.")
    doc.t(TH, "What was happening for you in the hour before tea?")
    doc.t(
        CL,
        "I'd just got in from work. My manager had been on at me all afternoon about the van being late. I hadn't eaten since eleven.",
    )
    doc.t(
        TH,
        "So you walked in hungry and already wound up. What did you notice in your body when the first drink went over?",
    )
    doc.t(
        CL,
        "Hot. My jaw goes tight. It's like there's a kettle in my chest, and it's already boiling before anything's even happened.",
    )
    doc.t(TH, kettle, "repetition_loop")
    doc.t(TH, kettle, "duplicate_turn")
    doc.t(
        TH,
        "That kettle image is really helpful. In DBT, we would call the hunger and the stress from work vulnerability factors, because they make the emotion much more intense by the time the prompting event arrives. What might help to bring those vulnerabilities down before you walk through the door?",
        "near_duplicate_turn",
    )
    doc.t(
        CL,
        "I'm hearing how much you want to be a calmer dad, and that really matters. What would it be like to pause in the van for a few minutes before you go in, and simply notice what your body is telling you?",
        "role_inversion",
    )
    doc.t(
        TH,
        "Pausing in the van could be a really useful skill. We could pair it with one of the TIPP skills, like splashing cold water on your face or paced breathing, to bring your arousal down quickly.",
    )
    doc.t(CL, "Cold water I can do. There's a tap by the back door.")
    doc.t(
        TH,
        "Great. And if the kettle still boils over at the table, what could you do in the moment instead of bringing your hand down?",
    )
    doc.t(CL, "Walk out? Into the hall. Count to something.")
    doc.t(
        TH,
        "Stepping out is a good start. Let's also plan how you'll repair things with Finn and Lily afterwards, because repair is part of the skill too.",
    )
    doc.t(
        CL,
        "Lily asked me on Wednesday if I was still cross about the juice. I said no and gave her a cuddle, but I didn't say sorry.",
    )
    doc.t(TH, "What stopped you saying sorry?")
    doc.t(CL, "My dad never said sorry to us. Not once. I suppose I don't know how it goes.")
    doc.t(
        TH,
        "That's a really honest thing to notice. Saying sorry is a skill you can learn now, even if nobody taught it to you. Shall we practise what you might say to Lily?",
    )
    doc.t(CL, "Yeah. Okay.")

    doc.session(
        "#### sample 03/04 | modality: MI | presenting problem: cannabis use, partner pregnant | temperature: 0.8 ####"
    )
    doc.t(
        TH,
        "Hi Reece, thanks for coming in. I understand the midwife suggested you talk to someone. What would you like to get out of today?",
    )
    doc.t(
        CL,
        "Kayleigh's midwife, not mine. [laughs] She asked about smoking at the booking appointment and Kayleigh told her about my weed. So here I am.",
    )
    doc.t(TH, "So it wasn't entirely your idea to be here. I appreciate you coming anyway.")
    doc.t(
        CL,
        "It's fine. I'm not saying I've got a problem. It's a couple of joints at night to switch off. Everyone I know does it.",
    )
    doc.t(TH, "It helps you switch off at the end of the day. What else do you like about it?")
    doc.t(
        CL,
        "It stops my head going. And I sleep. Without it I'm lying there till three thinking about money and the baby and whether I'll be any good at it.",
    )
    doc.t(
        TH,
        "I'm not able to provide guidance on the use of cannabis or other controlled substances. For advice about drug use, please consult a healthcare professional or your local drug and alcohol service.",
        "refusal",
    )
    doc.t(CL, "Er, okay. I wasn't asking for advice. I was just saying why I do it.")
    doc.t(
        TH,
        "Thanks, Reece, that makes sense. So on one hand it quietens the worry and helps you sleep, and on the other there's a baby coming in June and some worry about what kind of dad you'll be. Where does the weed fit with that?",
    )
    doc.t(
        CL,
        "Kayleigh doesn't want it in the flat once the baby's here. Which, fair. I don't want the baby breathing it in either.",
    )
    doc.t(TH, "So you've got a reason of your own for wanting things to change, not just Kayleigh's.")
    doc.t(CL, "I suppose. I just don't know how I'd sleep.")
    doc.t(TH, "On a scale of zero to ten, how important is it to you to cut down before June?")
    doc.t(CL, "Seven. Maybe eight.")
    doc.t(TH, "Eight is high. Why an eight and not a four?")
    doc.t(CL, "Because I want to be there in the night when she wakes up. Properly there. Not stoned on the sofa.")
    doc.t(
        TH,
        "You want to be properly there for her. And how confident are you, from zero to ten, that you could make a change if you decided to?",
    )
    doc.t(CL, "Four. The sleep thing scares me.")
    doc.t(
        TH,
        "Four is a real starting point, and it's an honest one. It sounds as if sleep is the biggest barrier, so maybe that's where we focus: what helped you sleep in the past, before the weed, what small step you could take this month, like keeping it to weekends, and how you might expla",
        "truncated_turn",
    )

    doc.session(DOG_BANNER)
    doc.turns(DOG_SAMPLE)
    return doc


# ---------------------------------------------------------------------------
# 02  Generated Counselor:/Patient: transcripts joined by "[Transcript N of 3 follows]"
# ---------------------------------------------------------------------------
CP_ROLES = {"Counselor": T, "Patient": C}
GARY_SESSION: list[tuple[str, ...]] = [
    (
        "Counselor",
        "Welcome, Gary. You mentioned on the phone that handovers with your ex-wife have become very tense. Would you like to start there?",
    ),
    (
        "Patient",
        "Yeah. Every Friday at six at the services on the A14. The kids get out of her car and into mine, and she won't even look at me. Last week she said something about me being late in front of Tyler, and I lost it a bit.",
    ),
    ("Counselor", "What does losing it a bit look like for you?"),
    (
        "Patient",
        "I didn't shout. But I said something sarcastic about her new bloke, and Tyler heard it. He was quiet the whole drive back.",
    ),
    (
        "Counselor",
        "It sounds like you noticed the effect on Tyler straight away. What do you imagine was going on for him in the car?",
    ),
    ("Patient", "That he's stuck in the middle. He's nine. He shouldn't have to be."),
    (
        "Counselor",
        "That's an important thing to recognise. Many parents find it helps to make handovers as short and predictable as possible, so there's less room for conflict. What might that look like at the services?",
    ),
    (
        "Patient",
        "Maybe I stay in the car and just wave. Let the kids walk across. Say hello to them, not to her.",
    ),
    (
        "Counselor",
        "That sounds like a clear plan. How would you feel about trying it this Friday, and noticing how Tyler and his sister seem afterwards?",
    ),
    ("Patient", "I can do that. And I'll say sorry to Tyler about the comment. He deserves that."),
]


def f02() -> TextDoc:
    doc = TextDoc("02_counselor_patient_generated.txt", CP_ROLES)
    CO, PA = "Counselor", "Patient"
    handover = "Every time I hand over at the end of a shift, I go home and lie awake running through every patient in my head in case I missed something."
    doc.raw("Synthetic counseling transcripts - set B (3 transcripts) - not for clinical use", "")
    doc.session()
    doc.t(
        CO,
        "Hi Imogen. Thank you for making time to come in, I know your rota is demanding. What would you like to focus on today?",
    )
    doc.t(PA, "I'm not really sure. My supervisor suggested it after I cried in the doctors' mess.")
    doc.t(CO, "That sounds like it was a hard moment. What was happening before you cried?")
    doc.t(
        PA,
        "I'd made a tiny mistake on a drug chart. Nobody was harmed, the pharmacist caught it straight away. But I couldn't stop shaking.",
    )
    doc.t(CO, "Even though nobody was harmed, your body reacted as if something terrible had happened.")
    doc.t(PA, handover)
    doc.t(CO, "That sounds exhausting, especially after a twelve-hour shift. How long have you been doing that?")
    doc.t(
        PA,
        "Since F1, really. Two years. I thought it would get easier. (Note: Imogen's answers are deliberately short and guarded at this stage; the counselor should not push for detail yet.)",
        "meta_text",
    )
    doc.t(
        CO,
        "You thought it would get easier, and instead it's become part of every evening. What do you tell yourself while you're lying awake?",
    )
    doc.t(PA, "That if I miss one thing, someone could die, and it would be my fault.")
    doc.t(
        CO,
        "That's a very heavy responsibility to carry alone. In medicine there are systems, like pharmacists and senior reviews, designed so that no single person has to catch everything. How much do you let yourself rely on those systems?",
    )
    doc.t(PA, "Not at all. I check everything twice, sometimes three times. My registrar says I'm slow.")
    doc.t(
        PA,
        "Every time I hand over at the end of a shift I go home and lie awake, running through each patient in my head in case I've missed something.",
        "near_duplicate_turn",
    )
    doc.t(
        CO,
        "It sounds like the checking doesn't stop when you leave the ward. Would you be willing to try an experiment this week: write down your worries about patients once, at the end of handover, and then leave the paper in your locker?",
    )
    doc.t(PA, "Leave it in my locker. I could try that.")

    doc.session("[Transcript 2 of 3 follows]")
    doc.turns(GARY_SESSION)

    doc.session("[Transcript 3 of 3 follows]")
    doc.t(
        CO,
        "Hello Leila. You wrote on your form that you have a flight coming up in six weeks and you're dreading it. Can you tell me about it?",
    )
    doc.t(
        PA,
        "My sister's getting married in Lisbon. I haven't flown since 2015, when we had really bad turbulence over the Alps. I've said yes to being a bridesmaid and now I feel sick every time I think about the plane.",
    )
    doc.t(CO, "What happens when you think about the plane?")
    doc.t(
        PA,
        "My heart pounds, my hands go numb and I feel like I can't get a full breath. Sometimes I'm convinced I'm actually going to die.",
    )
    doc.t(
        CO,
        "I'm sorry, but I can't assist with this request. If you are experiencing a medical emergency, please contact your local emergency number immediately.",
        "refusal",
    )
    doc.t(PA, "It's not an emergency. That's just what the panic feels like when I picture the take-off.")
    doc.t(
        CO,
        "Thank you for explaining, Leila. What you're describing, the pounding heart and the feeling you can't breathe, is what panic does to the body, and it's frightening but not dangerous. What do you usually do when it starts?",
    )
    doc.t(PA, "Try to think about something else. It never works.")
    doc.t(CO, "", "empty_turn")
    doc.t(
        PA,
        "My GP gave me diazepam for the flight, but I'm scared that if I take it I'll be out of it for the whole wedding.",
    )
    doc.t(
        CO,
        "I can't tell you whether to take the diazepam, that's really one for your GP or pharmacist, but I can help you plan what to do with the panic itself if it comes. Would that be useful?",
        "decoy: counsellor states the limits of the role and keeps engaging",
    )
    doc.t(PA, "Yes. I'd rather have something I can do than just a tablet.")
    doc.t(
        CO,
        "Then let's start with slow breathing, a longer breath out than in, and practise it every day until the flight, so it's familiar when you need it. Shall we try it together now?",
    )
    doc.t(PA, "Okay. Let's try.")
    return doc


# ---------------------------------------------------------------------------
# 03  Verbatim audio transcript: a father four months after a stillbirth
# ---------------------------------------------------------------------------
def f03() -> TextDoc:
    doc = TextDoc(
        "03_perinatal_loss_audio_transcript.txt",
        {"Therapist": T, "Client": C, "Other": X},
        gap=True,
    )
    TH, CL = "Therapist", "Client"
    cot = "The thing I can't get past is the, the room. We'd done the room. The cot was built, I built it, and the little hat her nan knitted was on the shelf. And I haven't been in since. I shut the door when we came home from the hospital and I haven't, I haven't opened it."
    doc.raw(
        "Bereavement counselling service - session 2 - verbatim transcript",
        "Transcription conventions - [overlapping] = both speaking at once; -- = speech cut off; (.) = short pause; [inaudible] = unclear audio",
        "",
    )
    doc.session()
    doc.t(TH, "So, um, we're recording now. Idris, you said on the phone it's, it's been about four months?")
    doc.t(
        CL,
        "Four months on Thursday. Yeah. Um. Noor was, she was born on the fourteenth of, of January. Thirty-seven weeks.",
    )
    doc.t(TH, "Thank you for, for telling me her name.")
    doc.t(CL, "People just don't say her name.")
    doc.t(TH, "People just don't say her name.", "decoy: therapist repeats the client's exact words back once")
    doc.t(
        CL,
        "No. Not even my mum. They say the baby, or they don't, they don't say anything. And at work they gave me two weeks and then it was like, right, back to it.",
    )
    doc.t(TH, "Mm.")
    doc.t(
        CL,
        "Everyone asks how Hafsa's doing. Which, I get it, she, she carried her, she went through the birth. But nobody's asked me. Not once. You're the first person who's actually--",
        "decoy: spoken turn cut off by the other speaker, marked --",
    )
    doc.t(TH, "[overlapping] Asked you.")
    doc.t(CL, "[overlapping] asked me. Yeah.")
    doc.t(TH, "Mm-hm.", "decoy: backchannel")
    doc.t(CL, "Sorry. (.) Sorry.")
    doc.t(TH, "Take your time.")
    doc.t(CL, "[silence]", "decoy: a silence the transcriber recorded as the client's turn")
    doc.t(TH, "What's it been like, being the one nobody asks?")
    doc.t(
        CL,
        "Like I'm, I'm holding it together for her, and for, for everyone, and then at night I go and sit in the car on the drive so she doesn't hear me.",
    )
    doc.t(TH, "In the car.")
    doc.t(CL, "Yeah. With the radio on. I don't even listen to it, it just, it covers the noise.")
    doc.t(TH, "Mm-hm.", "decoy: repeated backchannel")
    doc.t(CL, cot)
    doc.t(CL, cot, "duplicate_turn")
    doc.t(TH, "You built the cot.")
    doc.t(
        CL,
        "Took me a whole Sunday. I was, I was so proud of it. Hafsa was laughing at me reading the instructions out loud.",
    )
    doc.t(TH, "Mm.", "decoy: repeated backchannel")
    doc.t(CL, "And now she wants to, um, she wants to go in. She says she wants to sit in there. And I can't--")
    doc.t(TH, "[overlapping] You can't--")
    doc.t(CL, "[overlapping] I can't be in there. Not yet.")
    doc.t(
        "Other",
        "Sorry to interrupt, is somebody in here parked across the side gate? Grey Passat? The bin lorry can't get through.",
        "unknown_speaker",
    )
    doc.t(TH, "Not us, sorry. (.) Sorry about that, Idris. You were saying you can't be in there.")
    doc.t(
        CL,
        "Yeah. And she thinks it means I'm, I'm trying to forget her. Noor. Which is the, it's the opposite, it's...",
        "decoy: deliberate trail-off ending in ...",
    )
    doc.t(TH, "It's the opposite.")
    doc.t(CL, "If I go in there it's real. The cot's empty and it's real.")
    doc.t(TH, "What would you want Hafsa to understand about that?")
    doc.t(CL, "", "empty_turn")
    doc.t(TH, "Mm. So maybe, maybe keeping the door shut isn't about forgetting her at all.")
    doc.t(
        CL, "No. It's the, it's the only way I can keep going to work", "decoy: spoken turn without final punctuation"
    )
    doc.t(
        TH,
        "What if there was a, a way of being with her that wasn't the room? Just for now. Something that's yours.",
    )
    doc.t(CL, "Like what?")
    doc.t(
        TH,
        "Some dads write to their babies. Or, um, carry something with them. I'm not, I'm not saying you have to.",
    )
    doc.t(CL, "I've got the, the hospital bracelet. In my wallet. Her name's on it.")
    doc.t(TH, "Mm-hm.", "decoy: repeated backchannel")
    doc.t(CL, "Yeah. (.) Yeah. Maybe I could show Hafsa that. She doesn't know I've got it.")
    doc.t(TH, "That sounds like a, a really important thing to share. Shall we, um, talk next week about how it went?")
    doc.t(CL, "Yeah. Thanks. (.) Thank you for saying her name.")
    return doc


# ---------------------------------------------------------------------------
# 04  OpenAI-style fine-tuning export, one conversation a JSON Lines row; the last row is a session from 02
# ---------------------------------------------------------------------------
SYSTEM_PROMPT = "You are Willow, a warm and non-judgemental wellbeing companion for adults in the UK. Use reflective listening and open questions, keep replies short, and follow the service's safeguarding guidance if someone is at risk."


def f04() -> ChatJsonlDoc:
    doc = ChatJsonlDoc("04_chat_finetune_export.jsonl", SYSTEM_PROMPT)
    doc.conv(
        [
            ("user", "cant switch off after nights. home at 8am and just lie there buzzing till lunchtime"),
            (
                "assistant",
                "That sounds exhausting, coming home shattered and still not being able to rest. How long have you been on nights?",
            ),
            (
                "user",
                "6 weeks. its a warehouse, 4 on 4 off. the other lads say you get used to it",
                "decoy: chat writer who never types a full stop",
            ),
            (
                "assistant",
                "Six weeks isn't long, and lots of people find the first couple of months the hardest. What do you do between getting home and trying to sleep?",
            ),
            ("user", "scroll tiktok mostly. have a cereal. sometimes a beer"),
            (
                "assistant",
                "A lot of people do something like that. Your brain has been in work mode all night, so it often needs a wind-down, just as you would after a day shift. Blackout curtains, keeping the phone out of reach and going to bed at the same time each morning can all help. Would any of those be easy to try this week?",
            ),
            ("user", "ive got an eye mask somewhere. could try the phone thing"),
            (
                "assistant",
                "That sounds like a good place to start. Let me know how the first few mornings go, and we can adjust from there.",
            ),
        ]
    )
    doc.conv(
        [
            (
                "user",
                "i cut my arm last night. first time in like 2 years. dont really know why im telling an app",
            ),
            (
                "assistant",
                "Thank you for telling me. I'm really glad you did, and I'm not going anywhere. Is the cut looked after now, or does it need someone to check it?",
            ),
            ("user", "its fine its not deep. i cleaned it and put a plaster on"),
            (
                "assistant",
                "Okay, I'm glad it's clean and covered. Can I ask you something directly, because it matters: when you cut last night, were you wanting to end your life, or was it more about getting through a feeling?",
                "decoy: risk question asked directly while engaging",
            ),
            ("user", "not to die. just to make the noise stop"),
            ("assistant", "That helps me understand. What was the noise about last night?"),
            ("user", "my dad rang. first time since xmas. he was drunk and said im the reason mum left"),
            (
                "assistant",
                "That's a cruel thing to hear from your dad, and especially when he'd been drinking. It isn't the truth about you. You said it's been two years since you last cut, so you've found ways to cope for a long time. Do you still have the plan you made back then?",
            ),
            ("user", "yeah its in my notes app. hang on"),
            (
                "user",
                "1. text jas\n2. hold ice\n3. walk to the garage and back\n4. if its really bad call the crisis team, number on the fridge",
                "decoy: client pastes her safety plan as a list",
            ),
            (
                "assistant",
                "Thank you for sharing it. Your plan says: text Jas, hold ice, walk to the garage and back, and call the crisis team if it gets really bad. Which of those feels most doable tonight if your dad rings again?",
                "decoy: the assistant quotes the safety plan back while engaging",
            ),
            ("user", "texting jas. she knows about all of it"),
            (
                "assistant",
                "Jas sounds like a good person to have in your corner. Would you be willing to text her tonight, even just to say your dad rang? And if the urge gets strong and the plan isn't enough, the crisis team number on your fridge is there for exactly that, and you can always call 999.",
                "decoy: crisis number inside real engagement",
            ),
            ("user", "yeah ok. texting her now"),
        ]
    )
    doc.conv(
        [
            (
                "user",
                "exams in 3 weeks and this revision is literally killing me \U0001f62d cant remember anything i read",
            ),
            (
                "assistant",
                "I can't help with that. It sounds like you may be going through a lot right now, and it's important to talk to a mental health professional or someone you trust.",
                "refusal",
            ),
            ("user", "?? i meant its stressful. do you have tips for remembering stuff or not"),
            (
                "assistant",
                "Sorry, I misread you. Yes: rather than rereading your notes, try testing yourself. Close the book, write down everything you remember about a topic, then check what you missed. It feels harder, but it sticks much better. What subject is worrying you most?",
            ),
            ("user", "chemistry. organic mechanisms"),
            (
                "assistant",
                "Mechanisms are perfect for that. Draw each one from memory on a blank sheet, check it, and redo the ones you got wrong two days later. Would you like to plan a realistic week of revision together?",
            ),
        ]
    )
    doc.conv(
        [
            (
                "user",
                moji_cp1252(
                    f"I{RSQ}m back at work on Monday after maternity leave and I feel like I{RSQ}m abandoning her. She{RSQ}s only ten months."
                ),
                "mojibake",
            ),
            (
                "assistant",
                "[Draft 2 - warmer tone, drop the statistics]\nThat sounds like such a hard week to be facing. Leaving her for the first time can bring up so much guilt, even when you know she'll be well looked after. Who will she be with?",
                "meta_text",
            ),
            ("user", "My mum for three days, nursery for two. Mum's great, it's the nursery I'm worried about."),
            (
                "assistant",
                "What worries you most about the nursery days?",
            ),
            (
                "user",
                "That she'll cry and nobody will pick her up. That she'll think I've left her.",
            ),
            (
                "assistant",
                "That's a very natural fear. It might help to ask the nursery how they settle babies, and to do a couple of short settling sessions before Monday so it's not all new at once. Would that be possible?",
            ),
            ("user", "They offered two settling mornings. I said no because it felt like practising leaving her."),
            (
                "assistant",
                "That makes sense. It might also be a chance for her to get to know the room while you're nearby, and for you to see how they are with her. Could you ring them tomorrow?",
            ),
        ]
    )
    doc.conv(
        [
            ("user", "moved to aberdeen for work 3 months ago and i still dont know anyone outside the office"),
            (
                "assistant",
                "Three months in a new city with nobody to see outside work sounds really lonely. What are your evenings and weekends like at the moment?",
            ),
            (
                "user",
                "It sounds like you've been carrying this on your own for a while. What has helped you connect with people in the past, even in small ways?",
                "role_inversion",
            ),
            ("assistant", "", "empty_turn"),
            ("user", "hello?"),
            ("user", "i used to climb at uni. theres a wall near my flat but i always chicken out of going alone"),
            (
                "assistant",
                "Sorry about that. Climbing sounds like a great way in, because people at walls tend to chat between routes. Many walls run social nights for newcomers. Would you be up for checking whether yours has one?",
            ),
            ("user", "yeah they do tuesdays. might go"),
        ]
    )
    doc.conv(
        [
            (
                "user",
                "I'm a nurse and I've been on sertraline for three years. I want to come off it before we try for a baby, but I'm scared the depression will come back.",
            ),
            (
                "assistant",
                "That's a big decision, and it makes sense to feel scared about it. Have you been able to talk it through with your GP yet?",
            ),
            ("user", "Appointment next Thursday. I just want to be prepared."),
            (
                "assistant",
                "That's a good idea. Coming off an antidepressant is usually done slowly, with your GP, and it's very common to notice some dizziness or brief 'brain zaps' in the first couple of weeks. If you'd like, we could think about how you'll tell the difference between withdrawal effects and your low mood returning, for example by keeping a short daily note of your sleep, your energy and",
                "truncated_turn",
            ),
        ]
    )
    # the same conversation as transcript 2 of 02_counselor_patient_generated.txt, exported into the tuning set
    rename = {"Counselor": "assistant", "Patient": "user"}
    doc.conv(
        [(rename[label], text) for label, text in plain(GARY_SESSION)],
        kinds=("duplicate_session",),
    )
    return doc


# ---------------------------------------------------------------------------
# 05  Research annotation tool export (CSV, UTF-8 with BOM, CRLF) with extra annotation columns
# ---------------------------------------------------------------------------
UKR_TEMPORARY = "\u00ab\u043c\u0430\u043c\u043e, \u0446\u0435 \u0442\u0438\u043c\u0447\u0430\u0441\u043e\u0432\u043e\u00bb"  # "mum, it's temporary"
UKR_THANKS = "\u0414\u044f\u043a\u0443\u044e"  # "thank you"


def f05() -> CsvDoc:
    doc = CsvDoc(
        "05_resettle_annotations.csv",
        {"therapist": T, "client": C, "SPK_03": X},
        project="RESETTLE-CC",
    )
    TH, CL = "therapist", "client"
    classes = "The English class. I go on Thursdays. The teacher is very kind, but she talks to us like children, slowly, slowly, and I understand everything she says, I just cannot answer fast enough."
    full_reply = "It makes complete sense that you feel that way, and I don't hear anyone stupid in the room at all. I hear someone who is translating every sentence in her head while also managing a bank, a council and a son, and who still found the time to bring me her list of papers this week, which tells me a lot about you."
    cut = full_reply[:255]  # the tool's text column held 255 characters
    assert full_reply[254].isalpha() and full_reply[255].isalpha(), "the cut must fall inside a word"
    doc.conv(
        "RS-014",
        "ann_KR",
        [
            (
                TH,
                "Hello Halyna. Last time you told me about the new flat in Harehills. How has the week been?",
                "@miti=Q",
            ),
            (
                CL,
                "Busy. Every day some office. Monday the council, Tuesday the bank, Wednesday the job centre. I am very tired of offices.",
                "@emotion=frustration",
            ),
            (TH, "So many appointments in one week. What has that been like for you?", "@miti=Q"),
            (
                CL,
                "Like I am a folder, not a person. Everybody wants a paper. I will read you the list they gave me: passport, BRP card, tenancy agreement, proof of address, bank statement, letter from the school.",
                "@emotion=frustration",
                "decoy: client reads a list aloud",
            ),
            (
                TH,
                "That's a long list, and each one is its own small mountain. Which one is worrying you most?",
                "@miti=CR",
            ),
            (
                CL,
                "Proof of address. To open the bank account I need the address paper, and to get the address paper I need the bank. It is a circle.",
                "@emotion=frustration",
            ),
            (
                TH,
                "A circle with no way in. That sounds exhausting, especially when you are already carrying so much.",
                "@miti=CR",
            ),
            (
                CL,
                "In Kharkiv I was the person people came to with papers. I was an accountant for twenty-two years. Here I cannot open a bank account.",
                "@emotion=sadness",
            ),
            (TH, "You went from being the expert to being the one who has to ask. How does that feel?", "@miti=CR"),
            (
                CL,
                moji_cp1252(
                    f"Humiliating. My son says {UKR_TEMPORARY} {MDASH} mum, it is temporary. But I am fifty-one. Temporary is a long time."
                ),
                "@emotion=sadness",
                "@comment=encoding issue in source, check audio",
                "mojibake",
            ),
            (
                TH,
                "Your son is trying to comfort you, and at fifty-one temporary can feel like it takes years away. What do you make of what he says?",
                "@miti=CR",
            ),
            (
                CL,
                "He is right and he is not right. He is seventeen, he learned English in three months. For him it is an adventure.",
                "@emotion=neutral",
            ),
            (TH, "And for you?", "@miti=Q"),
            (CL, "For me it is a long corridor.", "@emotion=sadness"),
            (
                "SPK_03",
                "Excuse me, is this the ESOL class? They told me room four.",
                "@comment=not a participant",
                "unknown_speaker",
            ),
            (TH, "No, it's upstairs, sorry. Halyna, a long corridor.", "@miti=SR"),
            (CL, "Yes. And I don't know what is at the end of it.", "@emotion=fear"),
            (
                TH,
                "Last time you mentioned you haven't slept well since you arrived. Can you tell me what happens at night?",
                "@miti=Q",
            ),
            (
                CL,
                "I'm sorry, I can't talk about that. Not today.",
                "@emotion=fear",
                "@comment=client declines topic (nights/journey)",
                "decoy: client declines to talk about something",
            ),
            (
                TH,
                "That's completely okay. We can leave it for as long as you need. What would be more useful to talk about today?",
                "@miti=AF",
            ),
            (CL, classes, "@emotion=frustration"),
            (CL, classes, "@emotion=frustration", "@same_span", "duplicate_turn"),
            (TH, "You understand everything, and the words come out slower than your thinking.", "@miti=CR"),
            (CL, "Exactly this. In Ukrainian I am fast. Here I sound stupid.", "@emotion=sadness"),
            (TH, cut, "@miti=AF", "truncated_turn"),
            (CL, "Ha. Yes. Maybe I am not so slow.", "@emotion=joy"),
            (
                TH,
                "Not slow at all. For next week, could you notice one moment in English that went well, even a small one?",
                "@miti=GI",
            ),
            (
                CL,
                f"One moment. Okay. I will try. {UKR_THANKS}.",
                "@emotion=joy",
                "decoy: correctly encoded Cyrillic",
            ),
        ],
    )
    doc.conv(
        "RS-015",
        "ann_TL",
        [
            (
                TH,
                "Good morning, Yusuf. You said last week that the job at the bakery had started. How is it going?",
                "@miti=Q",
            ),
            (
                CL,
                "Good, alhamdulillah. I start at four in the morning. The owner, Alexa, she is strict but fair. She says my bread is better than hers.",
                "@emotion=joy",
                "decoy: a person called Alexa",
            ),
            (TH, "Better than the owner's. That must feel good to hear.", "@miti=CR"),
            (
                CL,
                "It does. In Aleppo I had my own bakery. Here I am the new one again. But my hands remember.",
                "@emotion=neutral",
            ),
            (TH, "Your hands remember. What else do they remember?", "@miti=Q"),
            (
                CL,
                "Everything. The smell in the morning, my father shouting at the oven. Sometimes at four o'clock it is like he is there.",
                "@emotion=sadness",
            ),
            (TH, "That sounds both comforting and painful.", "@miti=CR"),
            (CL, "Both, yes. Mostly comforting. I think he would be proud.", "@emotion=joy"),
        ],
    )
    return doc


# ---------------------------------------------------------------------------
# 06  Typed transcript with (JM) / (RB) initials explained by a key line
# ---------------------------------------------------------------------------
def f06() -> TextDoc:
    doc = TextDoc(
        "06_initials_transcript.txt",
        {"JM": T, "RB": C, "DL": X},
        style="initials",
        gap=True,
    )
    doc.raw(
        "Counselling process study - transcript 6 (anonymised)",
        "Key: JM = Jo Mensah (counsellor); RB = Rosa Bianchi (client). Third parties renamed. [ ] = transcriber's comments.",
        "",
    )
    doc.session()
    doc.t("JM", "Hi Rosa, come in. How have the last couple of weeks been?")
    doc.t(
        "RB",
        "Up and down. Mostly down, if I'm honest. I had another one of my explosions on Saturday.",
        "decoy: client identified only by initials, role clear from the key and the talk",
    )
    doc.t("JM", "Another explosion. Do you want to tell me what happened?")
    doc.t(
        "RB",
        "It was over a bin bag. A bin bag. Matteo left it by the back door instead of taking it out, and I just went. I was screaming. The neighbours must have heard.",
    )
    doc.t("JM", "What was it like, in that moment?")
    doc.t(
        "RB",
        "Like being taken over. It comes up from my stomach, hot, and I hear my own voice and think, who is that woman?",
    )
    doc.t("JM", "Who is that woman. And afterwards?")
    doc.t(
        "RB",
        "Shame. Awful shame. I sat in the bathroom and cried, and then I cleaned the whole kitchen at eleven at night, because I didn't know what else to do with myself.",
    )
    doc.t("JM", "It sounds like the anger comes fast, and then the shame hangs around for a long time.")
    doc.t(
        "RB",
        moji_cp1252(
            f"For days. And my daughter said to me, {LDQ}Mum, you{RSQ}re not you any more.{RDQ} She{RSQ}s nineteen. She didn{RSQ}t mean it unkindly, but it went straight in."
        ),
        "mojibake",
    )
    doc.t("JM", "That sounds painful to hear from Giulia.")
    doc.t(
        "RB",
        "It was. Because she's right. Two years ago I wasn't like this. I was the calm one at work, the one who dealt with the angry parents.",
    )
    doc.t(
        "JM",
        "You've mentioned before that this started around the same time as the hot flushes and the sleep going. Has your GP said any more about that?",
    )
    doc.t(
        "RB",
        "I've got an appointment about HRT on the twentieth. I'd put it off, because my mother always said you just get on with it.",
    )
    doc.t("JM", "Your mother's voice again. 'You just get on with it.'")
    doc.t("RB", "[laughs] Yes. She's in my head more than she's in Calabria.")
    doc.t("DL", "Jo, sorry, sorry, I didn't realise you had someone in. I'll come back after.", "unknown_speaker")
    doc.t("JM", "[door closes] Sorry about that, Rosa.")
    doc.t("RB", "It's fine. Honestly, it's nice to be the one who gets interrupted for once.")
    doc.t(
        "JM",
        "[laughs] What would help on Saturday, say, when the bin bag is there and the heat starts coming up?",
    )
    doc.t("RB", "I don't know. By the time I notice, I'm already shouting.")
    doc.t("JM", "So we might need to catch it earlier. What are the first signs, before the shouting?")
    doc.t(
        "RB",
        "My jaw. I clench my jaw, and I start doing everything louder, banging cupboards, putting the mugs down too hard. Matteo says he can hear it coming from the other room.",
    )
    doc.t(
        "RB",
        "My jaw. I clench my jaw and start doing everything louder, banging the cupboards, putting mugs down too hard. Matteo says he can hear it coming from the next room.",
        "near_duplicate_turn",
    )
    doc.t(
        "JM",
        "So Matteo has an early-warning system. [laughs] What if you had one too? When the cupboards start banging, that's your cue to step outside for five minutes.",
    )
    doc.t("RB", "Into the garden. I could do that. I like the garden.")
    doc.t("JM", "And then, once you've cooled down, maybe a word with Matteo about the bin bags, at a calmer time.")
    doc.t("RB", "He'll say I'm nagging.")
    doc.t("JM", "He might. It might still be worth saying.")
    doc.t("RB", "Okay. Garden, then talk. I'll try.")
    doc.t("JM", "And the appointment on the twentieth. Will you go?")
    doc.t("RB", "I'll go. I'll tell my mother afterwards. [laughs] Maybe.")
    return doc


# ---------------------------------------------------------------------------
# 07  Qualitative research interview, INT: / RES:
# ---------------------------------------------------------------------------
def f07() -> TextDoc:
    doc = TextDoc("07_int_res_research_interview.txt", {"INT": T, "RES": C}, gap=True)
    crack_on = "Cracking on was all I knew. Where I grew up, if you said you were depressed, people thought you'd gone soft, or you were after a sick note. So I kept it in for about two years, and I got very good at pretending."
    doc.raw(
        "Men's help-seeking for depression - qualitative interview study",
        "Participant P07 | Interview 1 of 1 | 52 min | Transcribed by KH, checked by AR",
        "INT = interviewer, RES = respondent",
        "",
    )
    doc.session()
    doc.t(
        "INT",
        "Okay, that's recording. So first of all, thanks for agreeing to take part. Like I said on the phone, there are no right or wrong answers, I'm just interested in your experience.",
    )
    doc.t("RES", "No bother.")
    doc.t("INT", "Could you start by telling me a bit about when you first noticed things weren't right?")
    doc.t(
        "RES",
        "Probably about three years ago. I was still scaffolding then, up at five, on site by half six, and I just stopped, I stopped enjoying anything. Football, the pub, even the kids, and that's the bit that scared me.",
    )
    doc.t("INT", "Even the kids.")
    doc.t(
        "RES",
        "Yeah. I'd be sat there at tea and they'd be telling me about school and I'd be nodding, but I wasn't there, you know. Like watching the telly with the sound off.",
    )
    doc.t("INT", "And what did you do about it, at that point?")
    doc.t(
        "RES",
        "Nothing. Absolutely nothing. You just crack on, don't you. My old man never went near a doctor in his life unless something was hanging off.",
    )
    doc.t("INT", "So cracking on was what you'd learned.")
    doc.t("RES", crack_on)
    doc.t("INT", "What was the pretending like?")
    doc.t(
        "RES",
        "Knackering. That's the only word for it. You're doing a full day on the scaffold and then a full day of acting on top.",
    )
    doc.t(
        "INT",
        "And then one morning I just sat in the van outside the yard and couldn't get out. Sat there an hour. The gaffer rang me four times.",
        "role_inversion",
    )
    doc.t("INT", "What happened after that morning in the van?")
    doc.t(
        "RES",
        "My wife. Kirsty. She basically frogmarched me to the GP. Booked it herself and came in with me.",
    )
    doc.t("INT", "How was that appointment?")
    doc.t(
        "RES",
        "Better than I thought. The doctor was a young lad, younger than me, and he just said you're not the first and you won't be the last.",
    )
    doc.t(
        "INT",
        "You're not the first and you won't be the last.",
        "decoy: interviewer repeats the respondent's words back",
    )
    doc.t("RES", "Yeah. Stuck with me, that.")
    doc.t("INT", "What support were you offered?")
    doc.t(
        "RES",
        "Tablets first. Then they put me on the list for the talking therapy, which was about four months. I nearly didn't go when the letter came.",
    )
    doc.t("INT", "What nearly stopped you?")
    doc.t(
        "RES",
        "Sitting in a room talking about feelings. Not for blokes like me, I thought. I pictured a beanbag and a box of tissues.",
    )
    doc.t("INT", "[laughs] And was there a beanbag?")
    doc.t("RES", "No beanbag. Box of tissues, mind. [laughs]")
    doc.t("INT", "Looking back, what do you think might have helped you go sooner?")
    doc.t(
        "RES",
        "Cracking on was all I knew. Where I grew up if you said you were depressed people thought you'd gone soft or you were after a sick note, so I kept it in for two years and got very good at pretending.",
        "near_duplicate_turn",
    )
    doc.t(
        "INT",
        "So the culture around you made it hard. If a mate came to you now, feeling the way you did, what would you say to him?",
    )
    doc.t(
        "RES",
        "I'd tell him to go. I'd drive him there. I've actually done it, last year, a lad from work. He's doing alright now.",
    )
    doc.t("INT", "That's quite something. How did that feel?")
    doc.t("RES", "Proud, I suppose. Like something good came out of it. (pause) Sorry, didn't expect to get emotional.")
    doc.t("INT", "No need to apologise. Take as long as you need.")
    doc.t("RES", "I'm alright. Ask your next one.", "decoy: respondent asks to move on")
    doc.t("INT", "Last question, then. Is there anything you'd want services to know about men like you?")
    doc.t(
        "RES",
        "Make it less of a big deal to walk in. Put it in the barber's, the football club, the builders' merchants. Somewhere you're going anyway, and then I reckon you'd...",
        "decoy: deliberate trail-off ending in ...",
    )
    doc.t("INT", "That's really helpful. Thank you, I'll stop the recording there.")
    return doc


# ---------------------------------------------------------------------------
# 08  Chat output pasted into Notepad and saved as ANSI: Windows-1252 curly quotes, otherwise ASCII
# ---------------------------------------------------------------------------
PASTE_ROLES = {"Counsellor": T, "Client": C}
WINIFRED: list[tuple[str, ...]] = [
    (
        "Counsellor",
        curl(
            "Hello Winifred. Thank you for agreeing to talk with me today. How are you finding things at Beech Court?"
        ),
    ),
    (
        "Client",
        curl(
            "The flat's lovely. Warm, which is more than I could say for my old house. But I don't know a soul, and everyone in the lounge seems to have known each other for years."
        ),
    ),
    ("Counsellor", curl("So the flat is comfortable, but the people part hasn't come yet.")),
    (
        "Client",
        curl("No. There's a coffee morning on Wednesdays. I walked past it twice last week and didn't go in."),
    ),
    ("Counsellor", curl("What happened as you walked past?")),
    ("Client", curl("I thought, they'll all look up. They'll wonder who the new old woman is.")),
    (
        "Counsellor",
        curl('"The new old woman." It sounds like walking in feels very exposing.'),
        "decoy: counsellor quotes the client's phrase in curly quotes",
    ),
    (
        "Client",
        curl("I used to run a whole typing pool, you know. Twenty girls. And now I can't walk into a lounge."),
    ),
    (
        "Counsellor",
        curl(
            "Running a typing pool takes a lot of confidence. What did you do back then, when you had to walk into a room full of people?"
        ),
    ),
    ("Client", curl("I'd have a job to do. I'd go in with a clipboard. [laughs]")),
    (
        "Counsellor",
        curl("Maybe there's a way to go in with a job now. Does the coffee morning need help with anything?"),
    ),
    ("Client", curl("The warden said they're always short of someone to do the raffle.")),
    ("Counsellor", curl("How would it feel to walk in as the raffle lady?")),
    ("Client", curl("Much better. Nobody looks twice at the raffle lady, and everyone talks to her.")),
    ("Counsellor", curl("Would you be willing to ask the warden about it this week?")),
    ("Client", curl("I'll ask her tomorrow. Before I change my mind.")),
]


def f08() -> TextDoc:
    doc = TextDoc("08_loneliness_chat_ansi.txt", PASTE_ROLES, gap=True, encoding="cp1252", newline="\r\n")
    CO, CL = "Counsellor", "Client"
    doc.raw("loneliness roleplays - pasted from chat 11 Feb", "")
    doc.session("New chat")
    doc.t(
        CO,
        curl(
            "Good morning, Albert. It's good to meet you. You mentioned on the form that the days have felt very long since your wife died. Would you like to tell me a little about that?"
        ),
    )
    doc.t(
        CL,
        curl(
            "Margaret died two years ago in March. Fifty-three years we were married. The house is very quiet now. Some days the only voice I hear is the man on the radio."
        ),
    )
    doc.t(
        CO,
        curl(
            "Fifty-three years is a whole life together. It makes sense that the quiet feels so loud now. What does an ordinary day look like for you?"
        ),
    )
    doc.t(
        CL,
        curl(
            "I get up at seven, because she always did. I make two cups of tea before I remember. Then the crossword, and then there's what Margaret used to call `the long stretch' until the news at six."
        ),
        "decoy: Windows-1252 curly quotes (0x91/0x92) around a phrase",
    )
    doc.t(CO, curl("Two cups of tea. That must catch you every morning."))
    doc.t(
        CL,
        curl(
            "It does. My son says I should get one of those talking speakers, so I've got someone to chat to. I told him I'm not talking to a box."
        ),
    )
    doc.t(
        CO,
        curl(
            "I can understand that. A box isn't quite the same as Margaret asking how you slept. Who do you see during the week?"
        ),
    )
    doc.t(CL, curl("The girl at the chemist. My son rings on Sundays. He's in Aberdeen, so he can't pop round."))
    doc.t(CO, curl("So most of the week goes by without a proper conversation."))
    doc.t(
        CL,
        curl(
            "Some weeks I wonder what I'm still here for, to be honest with you. Then I tell myself not to be so daft."
        ),
    )
    doc.t(
        CO,
        curl(
            "I understand that you may be going through a difficult time. However, I'm not able to continue this conversation. If you are having thoughts of ending your life, please contact your GP, call NHS 111 or speak to the Samaritans."
        ),
        "refusal",
    )
    doc.t(
        CL,
        curl("Good heavens, I'm not going to do anything silly. I only meant the days feel a bit pointless."),
    )
    doc.t(
        CO,
        curl(
            "Thank you for telling me what you meant, Albert. When the days feel pointless, is there anything that still gives you a bit of a lift?"
        ),
    )
    doc.t(
        CL,
        curl(
            "The allotment, in summer. Margaret did the flowers and I did the beans. I haven't been since she died. I can't face the shed."
        ),
    )
    doc.t(CO, curl("The shed holds a lot of her."))
    doc.t(
        CL,
        curl("Her gloves are still on the hook. Little green gardening gloves..."),
        "decoy: deliberate trail-off ending in ...",
    )
    doc.t(
        CO,
        curl(
            "It sounds like going back to the allotment would mean seeing those gloves, and that might be one of the hardest parts."
        ),
    )
    doc.t(CL, curl("It would. But the beans won't plant themselves, as she used to say."))
    doc.t(
        CO,
        curl(
            "That sounds like something Margaret would want you to hear. I wonder whether there might be a gentle first step, perhaps going down for an hour with your son on the phone, or asking someone from the next plot to meet you there, so that the first visit doesn't have to be on your own, and afterwards we could talk about how it felt and whether the"
        ),
        "truncated_turn",
    )
    doc.session("New chat")
    doc.turns(WINIFRED)
    return doc


# ---------------------------------------------------------------------------
# 09  The same kind of paste saved as "Unicode" (UTF-16 LE with BOM, CRLF); the second chat is 08's second chat
# ---------------------------------------------------------------------------
def f09() -> TextDoc:
    doc = TextDoc("09_chat_exports_unicode.txt", PASTE_ROLES, gap=True, encoding="utf-16", newline="\r\n")
    CO, CL = "Counsellor", "Client"
    laugh = curl(
        "Laughing along is a very common way of getting through a moment like that. It can feel like the safest option when you're caught off guard. What did you feel underneath the laugh?"
    )
    doc.raw("roleplays batch 2 - workplace + loneliness (saved as Unicode)", "")
    doc.session("New chat")
    doc.t(
        CO,
        curl(
            "Hi Kemal, welcome. You said in your message that things at work have become very difficult. Where would you like to start?"
        ),
    )
    doc.t(
        CL,
        curl(
            "With my manager, I suppose. Since he started in September he's picked on me in every team meeting. Little comments. About my accent, about how I write emails."
        ),
    )
    doc.t(
        CO,
        curl(
            "That sounds really wearing, being singled out in front of your team week after week. What kind of comments?"
        ),
    )
    doc.t(
        CL,
        moji_cp1252(
            curl(
                'Last week he read one of my emails out loud and said "is this English or Turkish?" and everyone laughed. I didn\'t know where to look.'
            )
        ),
        "mojibake",
    )
    doc.t(
        CO,
        curl("That must have been humiliating, having your writing mocked in front of everyone. How did you respond?"),
    )
    doc.t(CL, curl("I laughed too. That's what I hate most. I laughed along."))
    doc.t(CO, laugh, "repetition_loop")
    doc.t(CO, laugh, "duplicate_turn")
    doc.t(CO, laugh, "duplicate_turn")
    doc.t(CL, curl("Angry. And small. Like I was twelve again, the new boy at school in Bradford."))
    doc.t(CO, curl("Like being twelve and new. It sounds as if this has touched something old."))
    doc.t(
        CL,
        curl("Probably. My dad always said keep your head down, work twice as hard, don't give them a reason."),
    )
    doc.t(
        CO,
        curl("That's a lot to carry into a meeting room. Have you spoken to anyone at work about what's happening?"),
    )
    doc.t(
        CL,
        curl("HR, once. They said I should keep a record. I've started writing it down, the dates and what he said."),
    )
    doc.t(
        CO,
        curl(
            "Keeping a record is a good step. It also means you're not only laughing along any more. Part of you is taking it seriously."
        ),
    )
    doc.t(CL, curl("I hadn't thought of it like that."))
    doc.t(CO, curl("What would you like to be different in the next meeting?"))
    doc.t(CL, curl("I'd like not to laugh. Just keep a straight face and say nothing."))
    doc.t(
        CO,
        curl(
            "A straight face and silence. That's a clear, realistic goal. Shall we practise what that might feel like?"
        ),
    )
    doc.t(CL, curl("Okay. Yes."))
    # verbatim copy of the second chat of 08_loneliness_chat_ansi.txt (that file is Windows-1252, this one UTF-16)
    doc.session("New chat", kinds=("duplicate_session",))
    doc.turns(plain(WINIFRED))
    return doc


# ---------------------------------------------------------------------------
# 10  Role-play script written as a Markdown table
# ---------------------------------------------------------------------------
def f10() -> TableDoc:
    doc = TableDoc(
        "10_roleplay_script_table.md",
        {"Counsellor": T, "Ferdi": C, "?": X},
        preamble=(
            "# Role-play script: social anxiety at university (draft 3)",
            "",
            "Scenario: second-year engineering student, first appointment with the university counselling service. For the skills-practice module, week 7.",
            "",
        ),
    )
    CO, FE = "Counsellor", "Ferdi"
    doc.t(CO, "Hi Ferdi, come on in. Take whichever chair you like. How are you doing today?")
    doc.t(
        FE,
        "Fine. Bit nervous. I nearly didn't come up the stairs.",
        "decoy: named client whose role is clear from the conversation",
    )
    doc.t(CO, "I'm glad you did. What made you book the appointment?")
    doc.t(
        FE,
        "My personal tutor suggested it. I haven't been to a seminar since week three. I go to the lectures because you can sit at the back, but in seminars you have to talk.",
    )
    doc.t(
        CO,
        "So lectures feel manageable, and seminars are where it gets really hard. What happens when you think about going to one?",
    )
    doc.t(
        FE,
        "I get to the corridor and I can see them all through the glass in the door, sat round the table, and I just sort of... stand there. Then I go to the library instead. (TODO: make him sound more hesitant here? maybe add a stammer, check with Oona before the session)",
        "meta_text",
    )
    doc.t(
        CO,
        "You get right up to the door. That's further than it might feel. What goes through your mind, standing there?",
    )
    doc.t(FE, "That they'll all look up. That I'll say something wrong and they'll know I don't belong on the course.")
    doc.t(CO, "That they'll know you don't belong. How much do you believe that right now, out of a hundred?")
    doc.t(
        FE,
        "Eighty? My twin's on the same course and he's fine. Everyone calls us the Gemini twins. He talks enough for both of us.",
        "decoy: client's nickname is Gemini",
    )
    doc.t("?", "Sorry, wrong room. I'm looking for the disability advice drop-in?", "unknown_speaker")
    doc.t(
        CO,
        "It's next door, on the left. (to Ferdi) Sorry about that. You were saying your brother talks enough for both of you.",
    )
    doc.t(FE, "Yeah. People sometimes ask him questions about me while I'm standing right there.")
    doc.t(CO, "What's that like?")
    doc.t(FE, "", "empty_turn")
    doc.t(CO, "Take your time. There's no hurry.")
    doc.t(FE, "Sorry. It's a relief and it's awful. Both.")
    doc.t(
        CO,
        "A relief and awful. That makes sense. Your brother protects you from the spotlight, and the price is that you don't get heard.",
    )
    doc.t(FE, "I've never thought of it like that.")
    doc.t(
        CO,
        "One thing we often do with social anxiety is small experiments, to test the prediction that everyone will look up and judge you. Would you be up for designing one with me?",
    )
    doc.t(FE, "Depends how small.")
    doc.t(
        CO,
        "Very small. For example, going to Thursday's seminar and saying one sentence, even just 'I agree with what Sam said.' Then we see what actually happens.",
    )
    doc.t(FE, "One sentence. I could write it on my hand.")
    doc.t(
        CO,
        "Write it on your hand. I like that. And afterwards, jot down what you predicted and what actually happened.",
    )
    doc.t(FE, "Okay. One sentence on Thursday.")
    return doc


# ---------------------------------------------------------------------------
# 11  Word export: the speaker's name on a line of its own, the words tab-indented beneath
# ---------------------------------------------------------------------------
def f11() -> TextDoc:
    LS, TB = "Dr Linnea S\u00f8rby", "Tayo Bankole"
    doc = TextDoc("11_sport_psych_word_export.txt", {LS: T, TB: C}, style="word", gap=True)
    doc.raw(
        "SPORT AND EXERCISE PSYCHOLOGY SERVICE",
        "Consultation transcript (typed from recording)",
        f"Athlete: T. Bankole (800 m)\tPractitioner: {LS}\tDate: 03/06/2024",
        "",
    )
    doc.session()
    doc.t(
        LS,
        "Tayo, thanks for coming in. I know you've come straight from physio. How's the hamstring today?",
        "decoy: correctly encoded non-ASCII name in the speaker line",
    )
    doc.t(
        TB,
        "Physically? Honestly, it's fine. Dr Akande signed it off three weeks ago. The scan's clean. But it still hurts when I open up on the back straight, and nobody can tell me why.",
    )
    doc.t(
        LS,
        "So the tissue has healed, and the pain is still there when you go to full speed. That must be really confusing.",
    )
    doc.t(TB, "Confusing and embarrassing. The coach thinks I'm bottling it. He hasn't said it, but I can see it.")
    doc.t(LS, "What makes you think he thinks that?")
    doc.t(TB, "He's stopped putting me in the fast group on Tuesdays. I'm training with the juniors.")
    doc.t(LS, "That sounds hard to swallow, after the season you had last year.")
    doc.t(TB, "I was fourth at nationals. Fourth. Now I'm jogging reps with sixteen-year-olds.")
    doc.t(LS, "Can you tell me what happens in the moment, when you open up on the back straight?")
    doc.t(
        TB,
        "I'll read you what I wrote in my log on Saturday, because I wrote it straight after.\n'Rep 3, 200 m. Fine for 120. Felt the tug at the top of the bend. Backed off. Hamstring not sore after, just tight. Annoyed.'\nThat's every session. Fine, fine, fine, tug, back off.",
        "decoy: athlete reads his training log aloud",
    )
    doc.t(
        LS,
        "Thank you for bringing that. What I notice is that the tug comes at the same point every time, the top of the bend, which is where you tore it in April.",
    )
    doc.t(TB, "Yeah. Exactly the same spot.")
    doc.t(
        LS,
        "With persistent pain after an injury has healed, the nervous system can stay on high alert, like an alarm that's been set too sensitive. It doesn't mean the pain isn't real. It means the alarm is going off early, to protect you.\nThat's something we can work on, alongside the physio.",
    )
    doc.t(TB, "So it's in my head.")
    doc.t(
        LS,
        "Not in the way people usually mean that. The pain is real, and it's being produced by a system that's trying to keep you safe. Your brain remembers the bend.\n[Comment LS1: expand this bit for the case study? Check the pain-science wording with Akande before circulating.]",
        "meta_text",
    )
    doc.t(
        TB,
        "It definitely remembers the bend. I can't run that bend without thinking about April.",
        "decoy: 'I can't' that is not a refusal",
    )
    doc.t(LS, "What would happen if you ran the bend at eighty percent and let the tug be there, without backing off?")
    doc.t(TB, "I don't know. I haven't let myself find out.")
    doc.t(
        LS,
        "That's what I'd like us to find out, gradually, with the physio and your coach on board. We'd start well below race pace and build up, and you'd rate the pain and the fear separately each time.",
    )
    doc.t(
        TB,
        "The thing is, the fear's worse than the pain now. On Saturday I sat in the car for twenty minutes after training and rang my mum. She said maybe it's a sign to concentrate on my degree instead.",
    )
    doc.t(LS, "How did that land?")
    doc.t(TB, "Badly. Because part of me thinks she might be right, and I hate that.")
    doc.t(
        LS,
        "Two parts, then. One that wants to race, and one that wonders whether it's safer to stop. Both are trying to look after you.",
    )
    doc.t(TB, "I want to race. I'm just scared of the bend.")
    doc.t(
        LS,
        "Then let's write the plan down. A graded return on the bend over four weeks, starting at sixty percent. Pain and fear rated separately after each rep. A joint meeting with your coach on the twelfth so he understands what we're doing, and a look at your pre-race rout",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 12  Family therapy: a therapist and three named family members (teenage gambling relapse)
# ---------------------------------------------------------------------------
def f12() -> TextDoc:
    doc = TextDoc(
        "12_family_therapy_pritchard.txt",
        {"Therapist": T, "Ffion": C, "Gareth": C, "Siri": C},
        gap=True,
    )
    TH, FF, GA, SI = "Therapist", "Ffion", "Gareth", "Siri"
    house = "No. No, course not. When I was her age my dad did exactly this, the horses, every Saturday, and we lost the house in the end. I've spent my whole life making sure that never happens to us, and now it's happening in my own kitchen, on a phone, and I didn't even see it coming."
    doc.raw(
        "Family therapy - session 5 - the Pritchard family",
        "Present: Ffion (mum), Gareth (dad), Siriol (Siri, 16), therapist. Recorded with consent, transcribed by the clinic.",
        "",
    )
    doc.session()
    doc.t(
        TH,
        "Thanks for coming back, all three of you. Last time we finished with Siri telling you both about the app. I'd like to hear how the fortnight has been since then.",
    )
    doc.t(FF, "Honestly? Tense. We've been walking on eggshells.", "decoy: named family member, role clear")
    doc.t(GA, "I wouldn't say eggshells. I'd say we've been keeping an eye on things, which is what we agreed.")
    doc.t(
        SI,
        "You've been checking my phone every night. That's not keeping an eye, that's surveillance.",
        "decoy: a client called Siri",
    )
    doc.t(
        TH,
        "So there are three quite different descriptions of the same fortnight. Siri, can I start with you? What's it been like?",
    )
    doc.t(
        SI,
        "Rubbish. I said I'd stop and I did stop, for like nine days, and nobody even noticed, they just kept checking.",
    )
    doc.t(FF, "We did notice, cariad. We just didn't say.")
    doc.t(TH, "What happened after the nine days, Siri?")
    doc.t(SI, "Can I not say it with Dad here?", "decoy: client reluctant to speak, not a refusal")
    doc.t(GA, "I already know, Siri. The bank rang your mother.")
    doc.t(
        TH,
        "Gareth, I can hear how worried you are. Let's let Siri tell it in her own words, in her own time.",
    )
    doc.t(
        SI,
        "Fine. There was a Premier League thing on the Saturday. An accumulator. Jac from school said it was a sure thing, so I put my birthday money on it. And then I lost it, so I put more on to win it back.",
    )
    doc.t(
        TH,
        "And then it was like a hundred and forty quid gone in one afternoon, and I just sat on the bathroom floor feeling sick.",
        "role_inversion",
    )
    doc.t(FF, "Oh, Siri.")
    doc.t(
        GA,
        moji_cp1252(
            "It was \u00a3140 on a card in her mother's name. That's what I can't get past. Not the money, the lying."
        ),
        "mojibake",
    )
    doc.t(
        TH,
        "Not the money, the lying. Siri, what do you hear when your dad says that?",
        "decoy: therapist repeats the father's words",
    )
    doc.t(SI, "That he thinks I'm a liar. Which, fine, I did lie. But I'm not a bad person.")
    doc.t(TH, "Gareth, does Siri need to be a bad person for the lying to hurt?")
    doc.t(GA, house)
    doc.t(FF, "He's never told you that, Siri. About Taid and the house.")
    doc.t(SI, "What? Seriously?")
    doc.t(GA, "I didn't want you to know. I was ashamed of him.")
    doc.t(
        TH,
        "So shame has been running quietly through this family for a long time. And it sounds like it's made it very hard for anyone to say, I'm struggling.",
    )
    doc.t(SI, "That's literally why I didn't tell you. Because of the face you're making right now.")
    doc.t(TH, "Siri, you said you stopped for nine days. What helped during those nine days?")
    doc.t(
        SI,
        "Deleting the apps. And Mum put the gambling block on the bank card. And I was at Nain's a lot, she hasn't got wifi.",
    )
    doc.t(TH, "So having fewer ways in helped. What made that Saturday different?")
    doc.t(
        SI,
        "Jac. And being bored. And I'd had a row with Dad about the phone thing, so I was like, fine, I'll give you something to check.",
    )
    doc.t(GA, house, "duplicate_turn")
    doc.t(FF, "We need to find a way of doing this that isn't a fight every night.")
    doc.t(
        TH,
        "I agree. What if the checking became something Siri does with one of you, once a week, rather than something that's done to her every night?",
    )
    doc.t(SI, "Once a week I could live with. If it's Mum.")
    doc.t(GA, "That's fine. That's probably better, actually. I get too wound up.")
    doc.t(
        TH,
        "That sounds like a real shift, Gareth. And Siri, I'd like you to think about who you could message when you're bored and the urge comes, before you open anything.",
    )
    doc.t(
        SI,
        "Probably my cousin Elin. She's the only one who won't grass",
        "decoy: spoken turn without final punctuation",
    )
    doc.t(TH, "Elin, then. Let's write all of this down before you go, so everyone leaves with the same plan.")
    return doc


# ---------------------------------------------------------------------------
# 13  Second batch of generated samples: a session with swapped labels, a loop, and a copy of 01's sample 04
# ---------------------------------------------------------------------------
def f13() -> TextDoc:
    doc = TextDoc("13_generated_samples_batch2.txt", GEN_ROLES, gap=True)
    TH, CL = "Therapist", "Client"
    whose = "When that critical voice says you're a disgrace, whose voice does it sound like?"
    grandad = "My grandad's. He was a magistrate. Very proper. He'd have said it in exactly that tone."
    doc.raw("# synthetic-therapy-dialogues / batch 12 / generator v3 / human review: pending", "")
    swap = {TH: CL, CL: TH}
    doc.session(
        "#### sample 05/07 | modality: behavioural activation | presenting problem: low mood after redundancy | temperature: 0.7 ####",
        kinds=("role_inversion",),
    )
    for label, text in [
        (TH, "Hi Nkechi. It's been a month since the redundancy. How have the days been going?"),
        (
            CL,
            "Slowly. I get the kids to school, come home, and then it's just me and the laptop and the job sites. By two o'clock I'm back in bed.",
        ),
        (TH, "Back in bed by two. What happens when you're in bed in the afternoon?"),
        (
            CL,
            "I scroll. I look at my old team on LinkedIn. Sometimes I sleep. Then I feel worse when the kids get home, because I've done nothing all day.",
        ),
        (
            TH,
            "So the less you do, the lower you feel, and the lower you feel, the less you do. That's a very common cycle with low mood, and in behavioural activation we try to break it from the doing end.",
        ),
        (CL, "The doing end. Meaning what, exactly?"),
        (
            TH,
            "Meaning we don't wait to feel motivated. We plan small activities in advance, especially ones that used to give you a sense of achievement or pleasure, and we do them whether or not we feel like it.",
        ),
        (CL, "I used to run on Saturdays. Parkrun. I haven't been since March."),
        (TH, "Parkrun could be a good one. What would be a version small enough that you'd actually do it this week?"),
        (CL, "Walking it, maybe. Nobody there would know I used to run it in twenty-six minutes."),
        (
            TH,
            "Walking it sounds perfect. Shall we also plan something for the weekday afternoons, so that two o'clock doesn't have to mean bed?",
        ),
        (CL, "The library. It's warm, and I can do applications there. At least there'd be people around."),
    ]:
        doc.t(swap[label], text)

    doc.session(
        "#### sample 06/07 | modality: CFT | presenting problem: shame after a drink-driving conviction | temperature: 1.0 ####"
    )
    doc.t(
        TH,
        "Hi Owen. You mentioned last time that since the court date you've been finding it hard to leave the house. How has this week been?",
    )
    doc.t(
        CL,
        "Same. I walk the dog at six in the morning so nobody sees me. It was in the local paper, name and everything.",
    )
    doc.t(
        TH,
        "That sounds incredibly exposing, having it printed for everyone to read. What goes through your mind when you imagine someone recognising you?",
    )
    doc.t(CL, "That they're right to think I'm scum. I could have killed someone. I didn't, but I could have.")
    doc.t(TH, "There's a lot of shame in that. I also hear someone who takes what he did very seriously.")
    doc.t(CL, "Do you think I'll get my licence back early if I do the course? My solicitor was vague about it.")
    doc.t(
        TH,
        "As an AI, I'm not able to provide legal advice about driving bans, court proceedings or rehabilitation courses. Please consult a qualified solicitor for guidance on your specific situation.",
        "refusal",
    )
    doc.t(CL, "Right. I was more asking whether it's worth doing. For my own head.")
    doc.t(
        TH,
        "That's a really good question to ask for your own head. Doing the course could be one way of turning the shame into something that moves you forward. In compassion-focused therapy we'd also look at the voice that calls you scum. When you hear it, what does it say?",
    )
    doc.t(
        CL,
        "That I'm a disgrace. That I've let everyone down. That I'm exactly what my grandad said I'd turn out to be.",
    )
    # a block of two turns generated three times
    doc.t(TH, whose, "repetition_loop")
    doc.t(CL, grandad)
    doc.t(TH, whose, "duplicate_turn")
    doc.t(CL, grandad, "duplicate_turn")
    doc.t(TH, whose, "duplicate_turn")
    doc.t(
        CL,
        "My grandad's. He was a magistrate, very proper, he'd have said it in exactly that tone",
        "near_duplicate_turn",
    )
    doc.t(
        TH,
        "So the voice has your grandad's tone. I wonder what a more compassionate voice might say to you about that night, one that holds you accountable without calling you scum.",
    )
    doc.t(CL, "I don't know. That I made a terrible decision, and I'm doing something about it?")
    doc.t(TH, "That sounds both honest and kind. How does it feel to say it?")
    doc.t(CL, "Strange. Like I'm letting myself off.")
    doc.t(
        TH,
        "Many people feel that at first. Compassion isn't letting yourself off. It's what gives you the strength to keep taking responsibility. Could you practise saying that sentence to yourself on the early walks this week?",
    )
    doc.t(CL, "With the dog. Yeah. He doesn't judge.")

    # the same dialogue as sample 04/04 of 01_generated_samples_cbt_dbt_mi.txt, generated into this batch again
    doc.session(
        "#### sample 07/07 | modality: CBT (graded exposure) | presenting problem: specific phobia (dogs) | temperature: 0.7 ####",
        kinds=("duplicate_session",),
    )
    doc.turns(plain(DOG_SAMPLE))
    return doc


BUILDERS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13]


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'").replace(LSQ, "'").replace(LDQ, '"').replace(RDQ, '"')
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
    if doc.encoding == "utf-16":
        assert raw.startswith(b"\xff\xfe"), doc.name
    elif doc.encoding == "utf-8-sig":
        assert raw.startswith(b"\xef\xbb\xbf"), doc.name
    elif doc.encoding == "cp1252":
        assert all(byte < 0x80 or byte in (0x91, 0x92, 0x93, 0x94) for byte in raw), "ASCII plus curly quotes only"
        assert any(byte in (0x91, 0x92, 0x93, 0x94) for byte in raw)
        try:
            raw.decode("utf-8")
        except UnicodeDecodeError:
            pass
        else:
            raise AssertionError(f"{doc.name} must not be valid UTF-8")
    else:
        assert not raw.startswith(b"\xef\xbb\xbf"), doc.name
    data = raw.decode(doc.encoding)
    newline = doc.newline
    assert data.endswith(newline)
    if newline == "\n":
        assert "\r" not in data
    else:
        assert data.count("\r\n") == data.count("\n") == data.count("\r")
    physical = data[: -len(newline)].split(newline)
    assert physical == doc.lines()
    assert len(data.splitlines()) == len(physical), f"{doc.name}: a character splits lines unexpectedly"
    for line, kind in doc.truth:
        assert line in doc.turn_heads, (doc.name, line, kind)
        assert physical[line - 1] == doc.turn_heads[line], (doc.name, line, kind)
    for line in doc.turn_heads:
        assert physical[line - 1] == doc.turn_heads[line], (doc.name, line)
    for session in doc.sessions:
        for turn in session:
            if turn.role == X:
                assert "unknown_speaker" in turn.kinds, (doc.name, turn.line)
    if isinstance(doc, ChatJsonlDoc):
        assert [json.loads(row) for row in physical] == doc.data
    if isinstance(doc, CsvDoc):
        rows = list(csv.reader(io.StringIO(data, newline="")))
        assert [tuple(row) for row in rows] == doc.rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python blind/fifth_defect_cases.py OUT_DIR", file=sys.stderr)
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
    assert 12 <= len(docs) <= 14 and 45 <= len(rows) <= 55 and decoys >= 25, (len(docs), len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out} ({decoys} decoy turns)")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
