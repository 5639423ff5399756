# ruff: noqa: E501
"""Fourth set of blind defect cases for the transcript-cleaning product.

Written without reading any detector, flow, synthetic-data, test or benchmark code (only the docstring at the
top of benchmarks/blind_defects.py and the three earlier case writers, for the interface). Run as

    python blind/fourth_defect_cases.py OUT_DIR

to write 12 transcript files and ``truth.csv`` (``file,line,defect_type``) into OUT_DIR.

The files use label conventions the earlier sets did not: ``**Dr. Osei:**`` bold names under a cast list,
``<Therapist>`` angle brackets, ``Terapeuta:``/``Paciente:`` labels around English text, ``TH``/``CL`` with a
tab separator, ``Therapist >`` arrows, a tele-health chat with ``@handle:`` senders, a ``HH:MM - Name:`` text
log, a WebVTT caption file with ``<v Name>`` voice tags, a Markdown transcript with ``> **Label:**`` quoted
turns, a TSV export, and a JSON file (not JSON Lines) holding a list of sessions with ``who``/``said`` turns.

Every line number is a 1-based line of the written file and is computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label: for the WebVTT file the cue's text line
  that carries the ``<v Name>`` voice tag (not the cue number or the timing line); for the JSON file the line of
  the turn's ``{"who": ..., "said": ...}`` object (each turn object is written on a line of its own); for the
  TSV file the record's line, the header being line 1; in the Markdown file the ``> **Label:**`` line;
* a session-level row (a whole session written with the labels swapped, a duplicate session) points at the
  line of the session's first turn;
* a repetition loop is marked as in the earlier writers: ``repetition_loop`` on the first occurrence of the
  repeated turn (or of the first turn of a repeated block), ``duplicate_turn`` or ``near_duplicate_turn`` on
  every later copy;
* ``mojibake`` is marked on every turn whose text is garbled.

Turns that look suspicious but are clean (decoys) carry a ``decoy: ...`` tag here; the tag never reaches the
truth, and the number of decoys is printed. Standard library only.
"""

from __future__ import annotations

import csv
import difflib
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any, ClassVar

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
MOJIBAKE_MARKERS = ("\u00e2\u20ac", "\u00c3", "\ufffd", "\u0102", "\u00f0\u0178")


# ---------------------------------------------------------------------------
# garbling
# ---------------------------------------------------------------------------
def moji_cp1252(text: str) -> str:
    """UTF-8 bytes read as Windows-1252 (strict: every byte must map)."""
    return text.encode("utf-8").decode("cp1252")


def moji_cp1250(text: str) -> str:
    """UTF-8 bytes read as Windows-1250, the Central European code page (an accented i turns into a breve A)."""
    return text.encode("utf-8").decode("cp1250")


def moji_double(text: str) -> str:
    """Garbled twice: UTF-8 read as Windows-1252, saved as UTF-8, read as Windows-1252 again."""
    return moji_cp1252(moji_cp1252(text))


def moji_replaced(text: str) -> str:
    """The other direction: Windows-1252 bytes read as UTF-8, every curly quote lost to a replacement character."""
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


def plain(turns: Sequence[tuple[str, ...]]) -> list[tuple[str, ...]]:
    """The same turns without their decoy tags (for verbatim copies: a decoy is counted once)."""
    out: list[tuple[str, ...]] = []
    for label, text, *tags in turns:
        assert not split_tags(tags)[0], "a copied session must be defect-free"
        out.append((label, text))
    return out


class Builder:
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
        return ("\n".join(self.lines()) + "\n").encode("utf-8")


class TextDoc(Builder):
    """A plain-text or Markdown transcript built line by line.

    style: ``bold`` (``**Label:** text``), ``angle`` (``<Label> text``), ``colon`` (``Label: text``), ``tab``
    (``Label<TAB>text``), ``arrow`` (``Label > text``), ``clock`` (``19:02 - Label: text``) or ``quote``
    (``> **Label:** text``, later paragraphs of the turn quoted too).
    """

    STYLES: ClassVar[set[str]] = {"bold", "angle", "colon", "tab", "arrow", "clock", "quote"}

    def __init__(self, name: str, roles: dict[str, str], style: str, gap: bool = False, clock: int = 0) -> None:
        super().__init__(name, roles)
        assert style in self.STYLES, style
        self.style = style
        self.gap = gap
        self.clock = clock  # minutes after midnight, for the ``clock`` style
        self._last_label = ""
        self._last_text = ""
        self._typing = 0
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

    def _prefix(self, label: str, resent: bool) -> str:
        if self.style == "clock":
            if not resent:  # a message the platform sent again keeps the first one's time
                self.clock += self._typing + (0 if label == self._last_label else 1)  # a reply takes a minute
            stamp = f"{self.clock // 60:02d}:{self.clock % 60:02d}"
            return f"{stamp} - {label}: "
        return {
            "bold": f"**{label}:** ",
            "angle": f"<{label}> ",
            "colon": f"{label}: ",
            "tab": f"{label}\t",
            "arrow": f"{label} > ",
            "quote": f"> **{label}:** ",
        }[self.style]

    def t(self, label: str, text: str, *tags: str) -> int:
        if self.gap and self._lines and self._lines[-1] != "":
            self._lines.append("")
        parts = text.split("\n")
        resent = (label, text) == (self._last_label, self._last_text)
        prefix = self._prefix(label, resent)
        empty_head = prefix if self.style == "tab" else prefix.rstrip()  # an empty TSV-like cell keeps its tab
        head = prefix + parts[0] if text else empty_head
        quoted = [">" if part == "" else f"> {part}" for part in parts[1:]]
        body = quoted if self.style == "quote" else parts[1:]
        line = len(self._lines) + 1
        self._lines.append(head)
        self._lines.extend(body)
        self._record(label, text, line, tags, head)
        if not resent:
            self._typing = len(text.split()) // 9  # minutes of reading and typing before the next message
        self._last_label, self._last_text = label, text
        return line

    def turns(self, turns: Sequence[tuple[str, ...]]) -> None:
        for label, text, *tags in turns:
            self.t(label, text, *tags)

    def lines(self) -> list[str]:
        return list(self._lines)


class VttDoc(Builder):
    """A WebVTT caption file from a video call: one cue a turn, the speaker in a ``<v Name>`` voice tag."""

    def __init__(self, name: str, roles: dict[str, str], start: float = 2.0) -> None:
        super().__init__(name, roles)
        self._lines = ["WEBVTT"]
        self.time = start
        self.cue = 0

    def session(self, kinds: Sequence[str] = ()) -> None:
        self._start(kinds)

    @staticmethod
    def _stamp(seconds: float) -> str:
        ms = round(seconds * 1000)
        h, rest = divmod(ms, 3_600_000)
        m, rest = divmod(rest, 60_000)
        s, ms = divmod(rest, 1000)
        return f"{h:02d}:{m:02d}:{s:02d}.{ms:03d}"

    def t(self, label: str, text: str, *tags: str) -> int:
        assert "\n" not in text
        self.cue += 1
        end = self.time + 1.2 + 0.31 * len(text.split())
        head = f"<v {label}>{text}</v>"
        self._lines.extend(["", str(self.cue), f"{self._stamp(self.time)} --> {self._stamp(end)}", head])
        line = len(self._lines)
        self._record(label, text, line, tags, head)
        self.time = end + 0.6 + (0.4 * (self.cue % 3))
        return line

    def turns(self, turns: Sequence[tuple[str, ...]]) -> None:
        for label, text, *tags in turns:
            self.t(label, text, *tags)

    def lines(self) -> list[str]:
        return list(self._lines)


class JsonDoc(Builder):
    """One JSON document: a list of sessions, each with a ``turns`` array of ``{"who", "said"}`` objects, every
    turn object on a line of its own."""

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.data: list[dict[str, Any]] = []
        self._lines = ["["]

    def conv(
        self, session_id: str, meta: dict[str, str], turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()
    ) -> int:
        self._start(kinds)
        if self.data:
            self._lines[-1] += ","
        self._lines.append("  {")
        self._lines.append(f'    "session_id": {json.dumps(session_id)},')
        for key, value in meta.items():
            self._lines.append(f"    {json.dumps(key)}: {json.dumps(value, ensure_ascii=False)},")
        self._lines.append('    "turns": [')
        first = len(self._lines) + 1
        objects = []
        for number, (who, said, *tags) in enumerate(turns):
            obj = {"who": who, "said": said}
            objects.append(obj)
            sep = "," if number < len(turns) - 1 else ""
            head = f"      {json.dumps(obj, ensure_ascii=False)}{sep}"
            self._lines.append(head)
            self._record(who, said, len(self._lines), tags, head)
        self._lines.append("    ]")
        self._lines.append("  }")
        self.data.append({"session_id": session_id, **meta, "turns": objects})
        return first

    def lines(self) -> list[str]:
        return [*self._lines, "]"]


class TsvDoc(Builder):
    """A tab-separated export, one turn a row under a header row (line 1)."""

    HEADER = ("session_id", "turn_no", "speaker_role", "text", "sent_at")

    def __init__(self, name: str, roles: dict[str, str], day: str) -> None:
        super().__init__(name, roles)
        self.day = day
        self.rows: list[tuple[str, ...]] = [self.HEADER]
        self.clock = 18 * 3600 + 30 * 60

    def conv(self, ref: str, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()) -> int:
        self._start(kinds)
        first = len(self.rows) + 1
        for number, (speaker, text, *tags) in enumerate(turns, start=1):
            h, rest = divmod(self.clock, 3600)
            stamp = f"{self.day} {h:02d}:{rest // 60:02d}:{rest % 60:02d}"
            row = (ref, str(number), speaker, text, stamp)
            assert not any(("\t" in value or "\n" in value or '"' in value) for value in row), row
            self.rows.append(row)
            self._record(speaker, text, len(self.rows), tags, "\t".join(row))
            self.clock += 20 + len(text.split()) * 4
        self.clock += 2 * 3600
        return first

    def lines(self) -> list[str]:
        return ["\t".join(row) for row in self.rows]


# ---------------------------------------------------------------------------
# 01  Markdown scene with a cast list and bold names; the client is called Claude
# ---------------------------------------------------------------------------
def f01() -> TextDoc:
    doc = TextDoc(
        "01_osei_cast_list.md",
        {"Dr. Osei": T, "Claude": C, "Kwame": X},
        style="bold",
        gap=True,
    )
    OS, CL = "Dr. Osei", "Claude"
    doc.raw(
        "# Session 5: Claude F.",
        "",
        "**Cast**",
        "",
        f"- Dr. Abena Osei {MDASH} clinical psychologist",
        f"- Claude Fontaine {MDASH} client, 34, software tester",
        "",
    )
    doc.session()
    doc.t(
        OS,
        "Claude, welcome back. Last time you left with the draft of the letter to your parents still folded in your bag. Where is it now?",
    )
    doc.t(
        CL,
        "Still in my bag. [laughs] I've read it on the tram about fifteen times. I changed one word, 'partner' to 'boyfriend', and then back to 'partner'.",
        "decoy: client named Claude",
    )
    doc.t(
        OS,
        "That back and forth sounds like it's carrying something. What's the difference between the two words for you?",
    )
    doc.t(
        CL,
        "'Partner' sounds serious, like a mortgage. 'Boyfriend' sounds like something my mother could decide is a phase.",
    )
    doc.t(OS, "So one word risks being taken too seriously and the other not seriously enough.")
    doc.t(CL, "Exactly. With Maman there is no right word. She'll hear whatever she's already afraid of.")
    doc.t(OS, "What do you imagine she's afraid of?")
    doc.t(
        CL,
        "That I'll be alone. That there won't be grandchildren. That Father Bernard will find out. Probably in that order, or maybe the other way round.",
    )
    doc.t(
        OS,
        "Here's what I'd like us to try today, if you're willing: instead of rewriting the letter again, let's look at the conversation you're most afraid of having after she's read it.",
        "decoy: therapist opens with 'Here's what I'd like...' (not a generation preamble)",
    )
    doc.t(
        CL,
        "Okay. The phone call. She'll ring on the Sunday, because she always rings on a Sunday, and she'll start with the weather in Lyon.",
    )
    doc.t(OS, "And then?")
    doc.t(CL, "And then she'll say 'your father hasn't said anything', which means he's said a great deal.")
    doc.t(
        OS,
        "What I'm hearing is that the silence from your father might be harder to sit with than anything your mother could say, because the",
        "truncated_turn",
    )
    doc.t(
        CL,
        "It sounds like you've been holding this secret for a very long time, Claude, and I'm wondering what it might feel like to finally put it down. What feels most frightening about the moment they find out?",
        "role_inversion",
    )
    doc.t(
        OS,
        "Let's stay with your father for a moment. When you were growing up, how did he let you know he disapproved of something?",
    )
    doc.t(
        CL,
        "He'd go to the garage. He had a workbench in there, and if something upset him he'd be in there for hours. You could hear the radio through the door.",
    )
    doc.t(
        "Kwame",
        f"Sorry to barge in, Abena {MDASH} your four o'clock rang, she's stuck on the M62 and says about twenty minutes.",
        "unknown_speaker",
    )
    doc.t(OS, "Thanks, Kwame. (pause) Sorry, Claude. The garage. The radio through the door.")
    doc.t(
        CL, "Yes. So his silence isn't nothing. It's a place he goes. And I was always on the other side of the door."
    )
    doc.t(OS, "On the other side of the door, waiting to find out whether you'd done something unforgivable.")
    doc.t(
        CL,
        "I've never put it like that, but yes. And Tariq says I'm doing it again, waiting outside the door, only years in advance.",
    )
    doc.t(OS, "Tariq sounds like he knows you well. What does he think about the letter?")
    doc.t(
        CL,
        "He thinks I should ring instead. He says a letter gives them time to build the garage before I've even arrived. [laughs]",
    )
    doc.t(OS, "That's quite an image. And what do you think?")
    doc.t(
        CL,
        "I think he's right, and I'm still going to send the letter, because I can't get the words out on the phone. I've tried. My voice goes.",
    )
    doc.t(
        OS,
        "Then maybe the letter isn't avoidance. It might be the form that lets you say it at all. Would it help to write a short note just for your father, one he can read in the garage if he needs to?",
    )
    doc.t(CL, "[long pause] I hadn't thought of that. Something that's only his. Yes. I think I could write that.")
    doc.t(
        OS,
        "Let's make that the task for the next fortnight, then, with no deadline for posting either of them. See you on the 22nd, Claude.\n\n*I hope this scene works well for your training module! Let me know if you'd like a follow-up session where Claude makes the phone call, or a version with his mother in the room.*",
        "meta_text",
    )
    return doc


# ---------------------------------------------------------------------------
# 02  OCD exposure session with <Therapist>/<Client> angle-bracket labels
# ---------------------------------------------------------------------------
def f02() -> TextDoc:
    doc = TextDoc("02_ocd_exposure_angle.txt", {"Therapist": T, "Client": C}, style="angle")
    TH, CL = "Therapist", "Client"
    ask = "On a scale of nought to a hundred, how anxious do you think you'd be if you left for work without checking the hob at all?"
    answer = "Ninety. Maybe ninety-five. I'd be thinking about it the whole day at my desk."
    doc.raw("OCD specialist service :: ERP session 2 :: transcript", "")
    doc.session()
    doc.t(
        TH,
        "Before we start, one bit of housekeeping, because this is our first proper exposure session. What you tell me stays between us; our policy is that I'd only share something if I thought you or someone else was at serious risk. Is that okay with you?",
        "decoy: therapist mentions a confidentiality policy while engaging",
    )
    doc.t(CL, "Yeah, that's fine. The GP said the same.")
    doc.t(TH, "Good. So last week you filled in the ladder. What's sitting at the top?")
    doc.t(
        CL,
        "Leaving the house without checking the hob. And the knives thing, but I don't even like saying it out loud",
        "decoy: spoken turn trails off without punctuation",
    )
    doc.t(TH, "You don't have to say more than you want. The knives thing is the thought that you might hurt Aoife.")
    doc.t(
        CL,
        "Yeah. Which I'd never, ever do. I love her. I've moved every knife into a drawer with a child lock on it.",
    )
    doc.t(
        TH,
        "That makes sense as a way to get some relief. With OCD, though, the locks and the checking tend to teach your brain that the thought was dangerous. Let's start lower down the ladder, with the hob.",
    )
    doc.t(CL, "Okay.")
    # a block of two turns generated three times
    doc.t(TH, ask, "repetition_loop")
    doc.t(CL, answer)
    doc.t(TH, ask, "duplicate_turn")
    doc.t(CL, answer, "duplicate_turn")
    doc.t(TH, ask, "duplicate_turn")
    doc.t(CL, "ninety maybe ninety-five. i'd be thinking about it the whole day at my desk", "near_duplicate_turn")
    doc.t(TH, "And what do you predict would happen to that ninety by lunchtime?")
    doc.t(CL, "Honestly, I don't know. I always go back before I find out.")
    doc.t(TH, "That's exactly it. You've never let yourself find out, so finding out is the experiment.")
    doc.t(
        CL,
        "This morning I checked it four times. I checked it, I checked it again, I took a photo of it, and then I checked the photo on the bus.",
        "decoy: rhetorical repetition inside one turn",
    )
    doc.t(TH, "And when you looked at the photo, how long did the relief last?")
    doc.t(CL, "Till about Rathmines. Ten minutes.")
    doc.t(TH, "Ten minutes of relief for most of an hour spent checking. That's a poor exchange rate.")
    doc.t(CL, "[laughs] When you put it like that.")
    doc.t(
        CL,
        "Can I say something about the knife thought? It came back on Sunday while Aoife was chopping onions, and I had to leave the room.",
    )
    doc.t(
        TH,
        "I'm sorry, but I can't engage with content involving thoughts of harming another person. As an AI assistant, I'd strongly encourage you to contact a mental health professional or emergency services if you feel you may act on these thoughts.",
        "refusal",
    )
    doc.t(CL, "It's not that I want to. That's the whole point, it's the opposite. The thought horrifies me.")
    doc.t(
        TH,
        "Yes. Thank you for saying that so clearly, Niamh. The horror is the tell: people who want to hurt someone don't leave the room shaking and lock the knives away. What you're describing is a harm obsession, one of the most common shapes OCD takes.",
    )
    doc.t(CL, "Really? I thought it was only me.")
    doc.t(
        TH,
        "Far from only you. Now, Sunday. You left. You left the kitchen, you left Aoife chopping, and you left the thought unanswered. I want you to notice that, because leaving it unanswered is exactly what we'll practise, only without leaving the room.",
        "decoy: deliberate rhetorical repetition by the therapist",
    )
    doc.t(CL, "So next time I stay in the room.")
    doc.t(
        TH,
        "Eventually. Not this week. This week it's the hob: check it once, say out loud 'it's off', and walk out. No photo.",
    )
    doc.t(CL, "No photo. God. Okay.")
    doc.t(
        TH,
        "And rate the anxiety at the front door, at the bus stop and at eleven o'clock. Bring the numbers next week.",
    )
    doc.t(CL, "Front door, bus stop, eleven. Yeah. I can do that.")
    return doc


# ---------------------------------------------------------------------------
# 03  Perinatal mental health, Spanish labels (Terapeuta/Paciente) around English text
# ---------------------------------------------------------------------------
def f03() -> TextDoc:
    doc = TextDoc(
        "03_perinatal_terapeuta.txt",
        {"Terapeuta": T, "Paciente": C, "Enfermera": X},
        style="colon",
        gap=True,
    )
    TE, PA = "Terapeuta", "Paciente"
    numb = f"I love him. I do. I just don{RSQ}t feel anything when I pick him up, and that{RSQ}s the part I can{RSQ}t say to anyone."
    doc.raw(
        "Unidad de Salud Mental Perinatal, Madrid",
        "Sesión 3 · transcripción (sesión en inglés a petición de la paciente)",
    )
    doc.session()
    doc.t(
        TE,
        "Hola, Lucía. We'll do it in English again today, like last time, unless you'd rather switch. How has the week been with Mateo?",
    )
    doc.t(
        PA,
        "English is fine. The week was... long. He still feeds every two hours at night, and José went back to work on Monday, so it's just me from seven until seven.",
        "decoy: correctly encoded accents (José)",
    )
    doc.t(TE, "Twelve hours on your own with an eleven-week-old. How are you finding the days?")
    doc.t(
        PA,
        "I do everything. I feed him, I change him, I do the washing. I even take him to the park, because my mother-in-law says the fresh air is good for him. But it's like watching someone else do it.",
    )
    doc.t(
        TE,
        "<scratchpad>EPDS last week 17. Explore the depersonalisation, then screen for intrusive thoughts and risk to self and infant before the end; keep the tone normalising.</scratchpad> Like watching someone else do it. Can you tell me more about that?",
        "meta_text",
    )
    doc.t(PA, numb)
    doc.t(
        TE,
        "Thank you for saying it here. It's one of the hardest things for a new mother to say out loud, and one of the most common things I hear in this room.",
    )
    doc.t(PA, "Is it? Everyone on Instagram is crying with happiness in the hospital photos.")
    doc.t(
        TE,
        "When my own son was small, I remember standing at the kettle at four in the morning wondering where I had gone, so I know a little of that fog. But this hour is for yours. What are the mornings like?",
        "decoy: therapist shares a brief personal anecdote, then returns to the client",
    )
    doc.t(
        PA,
        "The mornings are the worst. José leaves, the door closes, and I stand in the hallway holding Mateo thinking, now what. Twelve hours.",
    )
    doc.t(
        "Enfermera",
        f"Perdón, Lucía {MDASH} the midwife is here for Mateo's weigh-in whenever you're ready. No hay prisa.",
        "unknown_speaker",
    )
    doc.t(TE, "Gracias, we'll be another twenty minutes. (pause) Lucía, you were saying: the hallway, now what.")
    doc.t(
        PA,
        moji_cp1252(
            f"Yes. And then José{RSQ}s mother rings at nine, every single day, to ask whether he slept. As if it{RSQ}s a test I keep failing."
        ),
        "mojibake",
    )
    doc.t(TE, "A daily test. What happens in you when the phone goes at nine?")
    doc.t(PA, "My chest goes tight. Sometimes I don't answer, and then I feel guilty all morning.")
    doc.t(
        TE,
        "I'd like to ask you something I ask every mother I see, and I'll ask it plainly. Have you had any thoughts of harming yourself, or frightening thoughts about something happening to Mateo?",
    )
    doc.t(
        PA,
        "Not harming myself. Sometimes I picture dropping him on the stairs, and I have to hold the banister really hard. I would never. It makes me feel sick.",
    )
    doc.t(
        TE,
        "Thank you for trusting me with that. Thoughts like that, the ones that horrify you, are very common after a birth, and the fact that they frighten you matters. If that ever changes, or you feel you might act on anything, you can ring 024 at any hour or come straight to urgencias, and you can always call the unit. For now I'd like to understand what would make the hallway moment a little smaller. What would help at seven?",
        "decoy: crisis line quoted inside real engagement",
    )
    doc.t(PA, "Maybe if I had somewhere to go. Not the park again. Somewhere with other adults in it.")
    doc.t(
        TE,
        "There's a group here on Thursday mornings for mothers with babies under six months. It isn't therapy exactly, more coffee and other people who understand. What would you be afraid of them seeing?",
    )
    doc.t(
        PA,
        "I love him, I do. I just don't feel anything when I pick him up and that's the part I can't say to anyone",
        "near_duplicate_turn",
    )
    doc.t(
        TE,
        "It might be easier to say in a room where half the women are quietly thinking it too. Would you try one Thursday?",
    )
    doc.t(PA, "One Thursday. Yes. José can drop us on his way in.")
    doc.t(TE, "Bueno. Let's see how it goes, and next time we'll talk about the nine o'clock calls.")
    return doc


# ---------------------------------------------------------------------------
# 04  Veterans' service, TH/CL labels with a tab separator, recording cut at the end
# ---------------------------------------------------------------------------
def f04() -> TextDoc:
    doc = TextDoc("04_veteran_ptsd_tab.txt", {"TH": T, "CL": C}, style="tab")
    saturday = "So it was Saturday, the big Tesco, and somebody dropped a pallet of tins in the next aisle. Massive bang. And I was on the floor before I knew it, down between the cereals, with Ellie stood there looking at me."
    doc.raw(
        "Veterans' Mental Health Service - trauma-focused therapy, session 4 - audio transcript",
        "(TH = therapist, CL = client)",
        "",
    )
    doc.session()
    doc.t("TH", "Right, the recorder's on. How's your week been, Craig?")
    doc.t("CL", "Alright. Same as usual, really.")
    doc.t("TH", "Same as usual meaning?")
    doc.t("CL", "I'm fine, I just don't sleep much.")
    doc.t("TH", "How many hours are we talking?")
    doc.t(
        "CL",
        "Three, four. I do the doors and windows at midnight, then again at two. Then I'm up at five anyway.",
    )
    doc.t("TH", "Doing the doors, meaning checking the locks?")
    doc.t(
        "CL",
        "Locks, the back gate, the car. Then I sit in the kitchen with the light off so I can see the road.",
    )
    doc.t("TH", "Mm.")
    doc.t("CL", "Yeah.", "decoy: short backchannel")
    doc.t("TH", "Last time you said you wanted to talk about the supermarket. Is that still okay?")
    doc.t("CL", saturday)
    doc.t("TH", "That sounds frightening. And embarrassing as well, maybe.")
    doc.t("CL", "Embarrassing. Ellie's fourteen. She didn't say a word in the car.")
    doc.t("TH", "What was going on for you in that moment, on the floor?")
    doc.t(
        "CL",
        f"I was back there. The smell, even. And then the lead vehicle stopped, and I knew, I just knew {MDASH}",
        "decoy: sentence ending in a dash as an interruption",
    )
    doc.t(
        "TH",
        "Stay with me for a second, Craig. Feet on the floor. Notice the chair under you. You're here, in Leeds, in this room.",
    )
    doc.t("CL", "Yeah. Yeah. Sorry.")
    doc.t("TH", "No need. Take your time.")
    doc.t("CL", "I knew before anyone said anything. That's the bit. I always know before anyone says anything.")
    doc.t(
        "TH",
        "That sense of knowing before anyone says it sounds like it kept you alive out there. I wonder whether it's still trying to keep you alive in Tesco.",
    )
    doc.t("CL", "", "empty_turn")
    doc.t("TH", "What comes up when I say that?")
    doc.t("CL", "Never thought of it like that. Like it's still on a job nobody's stood it down from.")
    doc.t("TH", "That's a good way to put it. Not stood down.")
    doc.t("CL", "Yeah.", "decoy: repeated short backchannel")
    doc.t(
        "CL",
        "My daughter sent me a text last night. I'll read it you. 'Dad, you always say I'm fine, I just don't sleep much. That's not fine. Love you.' That's what she put.",
        "decoy: client reads out a text message that repeats his earlier line",
    )
    doc.t("TH", "How was that, reading it?")
    doc.t("CL", "Hit me, to be honest. She's not daft. She's been watching me do the doors at two.")
    doc.t("TH", "Have you replied?")
    doc.t("CL", "Not yet. Didn't know what to say.")
    doc.t("TH", "What would you want Ellie to understand about that morning in the aisle, if you could tell her?")
    doc.t("CL", saturday, "duplicate_turn")
    doc.t("TH", "Mm. And what would you want her to know about you, now?")
    doc.t("CL", f"That it's not her. That it's nothing she did. That I'm not {MDASH} I'm not going mad.")
    doc.t("TH", "That sounds like it could be the start of a reply to her text.")
    doc.t("CL", "Maybe. Yeah.")
    doc.t(
        "TH",
        "Okay. So for next week, what I'd like you to try is, when you feel the pull to go round the doors at two, to",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 05  Employee assistance counselling, "Therapist >" / "Client >" arrows, two sessions
# ---------------------------------------------------------------------------
ARROW_ROLES = {"Therapist": T, "Client": C}
EAP_S1_HEADER = "----- Session 1, 7 May 2024 -----"
EAP_S1: list[tuple[str, ...]] = [
    (
        "Therapist",
        "Hi Mei, welcome. The referral form says work has been very heavy lately. I'd like to hear it in your own words.",
    ),
    (
        "Client",
        "Heavy is generous. We shipped a model to production in March and I've been on call for it ever since. I sleep with my laptop on the bedside table.",
    ),
    ("Therapist", "On call since March. What does a typical night look like?"),
    (
        "Client",
        "Alerts at two, three in the morning. Half of them are nothing. But you don't know it's nothing until you've looked, so you look.",
    ),
    ("Therapist", "And the day after?"),
    (
        "Client",
        "I'm useless until noon, then I work till nine to catch up. And the stupid part is, as an AI engineer, I literally design systems that know when to back off and shed load. I just can't do it myself.",
        "decoy: client says 'as an AI engineer'",
    ),
    (
        "Therapist",
        "That isn't stupid, it's a sharp observation. You know exactly what a system needs to survive overload. What would you recommend if this were a system you were designing?",
    ),
    ("Client", "[laughs] Rate limiting. Fewer alerts. A second person on the rota. Scheduled downtime."),
    ("Therapist", "Which of those do you have at the moment?"),
    (
        "Client",
        "None. There's meant to be a rota, but my colleague left in February and they haven't replaced him.",
    ),
    ("Therapist", "So the system lost its redundancy and nobody changed the load."),
    (
        "Client",
        "Put like that, it sounds obviously broken. I think I've been telling myself it's temporary since February.",
    ),
    ("Therapist", "What would it take to say that to your manager?"),
    ("Client", "A script, probably. I go blank with him. He's very fast and very cheerful."),
    (
        "Therapist",
        "Then let's write the script together next time. For this week, just notice when the laptop comes to bed with you, and what time the first alert arrives.",
    ),
    ("Client", "Okay. I can log that. I log everything anyway."),
]


def f05() -> TextDoc:
    doc = TextDoc("05_eap_burnout_arrows.txt", ARROW_ROLES, style="arrow")
    TH, CL = "Therapist", "Client"
    doc.raw("Employee Assistance Programme - short-term counselling - client ref MC-2207")
    doc.session(EAP_S1_HEADER)
    doc.turns(EAP_S1)
    doc.session("----- Session 2, 14 May 2024 -----")
    doc.t(TH, "Welcome back, Mei. How did the logging go?")
    doc.t(CL, "Eleven alerts over seven nights. Two were real. I answered all eleven.")
    doc.t(TH, "Two out of eleven. What did you make of that?")
    doc.t(
        CL,
        "That I'm trading a lot of sleep for not very much. And that my manager has never once seen those numbers.",
    )
    doc.t(
        TH,
        "I'm just a language model, so I'm not able to provide therapy or tell you whether you are experiencing burnout. For ongoing workplace stress, please consider speaking with your HR department or a licensed mental health professional.",
        "refusal",
    )
    doc.t(CL, "Right... okay. I was going to say, I actually showed him the numbers on Friday.")
    doc.t(
        TH,
        "Honestly, I've been dreading today. I nearly cancelled this morning, and I still haven't told my partner that I'm coming here at all.",
        "role_inversion",
    )
    doc.t(CL, "He said, and I'm quoting, 'great data, let's revisit in Q3.' So nothing changes until September.")
    doc.t(TH, "'Let's revisit in Q3.' How did you feel when he said that?")
    doc.t(
        CL,
        "Like I'd handed him a fire alarm and he'd complimented the design. I've started looking at other jobs.",
    )
    doc.t(
        TH,
        f"I can't tell you whether to hand in your notice {MDASH} that really is your call {MDASH} but I can help you look at what's pulling you each way. What's pulling you to stay?",
        "decoy: therapist states the limits of the role without refusing",
    )
    doc.t(CL, "The model. It's mine. I built it from nothing. Leaving feels like abandoning it.")
    doc.t(TH, "It sounds like part of you is on call for it the way a parent might be. And what's pulling you to go?")
    doc.t(CL, "My body, mostly. I had a migraine for three days last week. I haven't had one since my finals.")
    doc.t(
        TH,
        "When you picture yourself a year from now, in the same job with nothing changed, what do you notice in your body?",
    )
    doc.t(CL, "Tight jaw. Shoulders up by my ears. Like I'm bracing for an alert.")
    doc.t(TH, "And if you picture yourself somewhere else, with a rota that works?")
    doc.t(CL, "I can't picture it. That's the problem.")
    doc.t(
        TH,
        f"When you picture yourself a year from now {MDASH} in the same job, with nothing changed {MDASH} what do you notice in your body?",
        "near_duplicate_turn",
    )
    doc.t(CL, "The same. Jaw and shoulders. I think that might be my answer, mightn't it.")
    doc.t(
        TH,
        "It might be part of it. Let's not decide today. Bring two of the job listings next time and we'll look at them together.",
    )
    return doc


# ---------------------------------------------------------------------------
# 06  Tele-health secure messaging export with @handles, eating-disorder recovery
# ---------------------------------------------------------------------------
def f06() -> TextDoc:
    doc = TextDoc(
        "06_telehealth_messages.txt",
        {"@dr.ifeoma": T, "@kez_m": C, "@r.haddad": X},
        style="colon",
    )
    DR, KZ = "@dr.ifeoma", "@kez_m"
    doc.raw(
        "CareLink secure messaging - conversation export",
        "Participants - @dr.ifeoma (clinician), @kez_m (patient)",
        "Exported 12/06/2024 08:41",
        "",
        f"{MDASH} Tue 11 June {MDASH}",
    )
    doc.session()
    doc.t(DR, "hi Kez, it's Dr Ifeoma from the eating disorders team. how did lunch go today?")
    doc.t(KZ, "hiya. it was ok")
    doc.t(KZ, "had the sandwich but not the crisps", "decoy: chat writer who never types a full stop")
    doc.t(DR, "That's a real step, the sandwich was the one you were dreading most. What made it possible?")
    doc.t(KZ, "my mum sat with me and we watched bake off which is ironic lol")
    doc.t(DR, "ha, distraction can be a great ally early on. how were you feeling afterwards?")
    doc.t(KZ, "guilty. like i could feel it sitting there")
    doc.t(KZ, "is this an actual person btw or one of those ai things")
    doc.t(
        DR,
        "it's really me, not a bot \U0001f642 promise. I type fast because I do this all day",
        "decoy: clinician says she is not a bot",
    )
    doc.t(KZ, "ok good")
    doc.t(
        DR,
        "that guilty 'sitting there' feeling is the eating disorder talking. it tends to shout loudest straight after a meal. does it quieten down after an hour or so?",
    )
    doc.t(KZ, "a bit. by like 3 its quieter")
    doc.t(
        KZ,
        "instagram keeps giving me that 'you're not alone, help is available' popup whenever i search anything food related lol",
        "decoy: client quotes a platform's safety banner",
    )
    doc.t(
        DR,
        "that's the algorithm trying to help, clumsily. it might be worth muting some of the accounts behind those searches. would you be up for going through who you follow with me on thursday?",
    )
    doc.t(KZ, "ok", "decoy: repeated 'ok' backchannel")
    doc.t("@r.haddad", "sorry both, wrong thread!! ignore me", "unknown_speaker")
    doc.t(DR, "apologies Kez, that was a colleague, they've left the chat now. so: thursday, your follow list")
    doc.t(KZ, "yeah thats fine")
    doc.t(KZ, "", "empty_turn")
    doc.t(DR, "I think your last message didn't come through, it's blank on my side")
    doc.t(KZ, "it was a pic of my meal plan, the app wont send it. nvm")
    doc.raw(f"{MDASH} Wed 12 June {MDASH}")
    doc.t(
        DR,
        "Certainly! Continuing the chat in the same casual, supportive tone: morning Kez! how did breakfast go?",
        "meta_text",
    )
    doc.t(KZ, moji_cp1252(f"i didn{RSQ}t finish the toast but i had all the yoghurt \U0001f62c"), "mojibake")
    doc.t(DR, "all the yoghurt counts. half the toast counts too. how loud is the voice this morning?")
    doc.t(KZ, "loud. it says i didnt earn breakfast bc i didnt do anything yesterday")
    doc.t(
        DR,
        "that's a rule the illness made up, not one your body follows. bodies need breakfast on lazy days too. could you try the other half of the toast at 11 as your snack?",
    )
    doc.t(KZ, "ok", "decoy: repeated 'ok' backchannel")
    doc.t(KZ, "ill try. mum says hi")
    doc.t(DR, "hi to your mum \U0001f642 message me after 11 if you want to")
    return doc


# ---------------------------------------------------------------------------
# 07  Carers' text line log, "HH:MM - Name: text", named speakers only
# ---------------------------------------------------------------------------
def f07() -> TextDoc:
    doc = TextDoc(
        "07_carers_line_log.txt",
        {"Sunita": T, "Dev": C},
        style="clock",
        clock=19 * 60 + 2,
    )
    SU, DV = "Sunita", "Dev"
    resent = "Would it help to think about one thing that could come off your plate this week, even something small?"
    doc.raw("Carers Support Line - text session log - 3 April 2024", "")
    doc.session()
    doc.t(
        SU,
        "Hi Dev, it's Sunita from the Carers Support Line. Thanks for texting in. What's going on for you tonight?",
        "decoy: named speaker whose role is clear from the conversation",
    )
    doc.t(DV, "hi. not sure what im meant to say really")
    doc.t(DV, "my wife anjali has MS. shes had it 9 years but its got a lot worse since christmas")
    doc.t(SU, "I'm sorry, that sounds like a really hard few months for you both. What's changed since Christmas?")
    doc.t(
        DV,
        "she cant really walk now. i do everything, her meds, showers, the stairs. i work from home so i can be there but my boss is getting funny about it",
        "decoy: chat writer who never types a full stop",
    )
    doc.t(
        SU,
        "That's a huge amount to carry, looking after Anjali and holding down a job at the same time. How are you doing in yourself?",
    )
    doc.t(DV, "honestly i keep thinking i should be able to do all of this on my own")
    doc.t(SU, "A lot of carers tell us that. Where do you think the 'on my own' part comes from?")
    doc.t(DV, "my dad looked after my mum for years and never complained once. never asked anyone for anything")
    # the platform sent one message three times
    doc.t(SU, resent, "repetition_loop")
    doc.t(SU, resent, "duplicate_turn")
    doc.t(SU, resent, "duplicate_turn")
    doc.t(DV, "think your app glitched, got that 3 times haha")
    doc.t(SU, "Sorry! Our system does that sometimes. The question stands though \U0001f642")
    doc.t(DV, "maybe the shopping. her sister keeps offering to do it and i keep saying no")
    doc.t(SU, "What stops you saying yes?")
    doc.t(DV, "feels like admitting im not coping")
    doc.t(
        SU, "Or it could be letting someone else who loves Anjali help her too. Her sister might want to feel useful."
    )
    doc.t(DV, "huh. hadnt thought of it like that")
    doc.t(
        DV,
        "my sister texted me earlier and i read it out to anjali. 'you keep thinking you should be able to do all of this on your own, and you cant, and thats ok'. anjali said shes been telling me that for months",
        "decoy: client reads out a text that repeats his earlier line",
    )
    doc.t(SU, "It sounds like the people around you can see it. How did it feel hearing it read back?")
    doc.t(
        DV,
        "weird. the worst part is i think anjali has started to feel like a burden. on sunday she said shed rather go into a home than watch me give up my job for her, and i didnt know what to say, i just stood there holding the towel and she started crying and said she hated that i have to see her like th",
        "truncated_turn",
    )
    doc.t(
        SU,
        "That sounds so painful for both of you. It might help to tell her some of what you've told me tonight: that you're struggling, and that you don't see her as a burden.",
    )
    doc.t(DV, "yeah. i can try that")
    doc.t(DV, "and ill text her sister about the shopping")
    doc.t(
        SU,
        "That sounds like a good plan for this week. You can text us again any evening, Dev. Take care of yourself too.",
    )
    doc.t(DV, "thanks sunita. really")
    return doc


# ---------------------------------------------------------------------------
# 08  WebVTT captions of a video session, <v Name> voice tags, hoarding after a bereavement
# ---------------------------------------------------------------------------
def f08() -> VttDoc:
    doc = VttDoc("08_video_session_captions.vtt", {"Hana Sato": T, "Marcus Bell": C, "Guest": X})
    HS, MB = "Hana Sato", "Marcus Bell"
    picture = "When you picture the back bedroom cleared for the fire officer, what's the first feeling that comes up, before any of the practical worries?"
    doc.session()
    doc.t(HS, "Hi Marcus, I can see you now. How have things been since our last call?")
    doc.t(
        HS,
        f"Sorry, Marcus, I can't hear you {MDASH} I think you've gone on mute.",
        "decoy: therapist says 'I can't' about the audio",
    )
    doc.t(MB, "Sorry. Is that better? I was moving some boxes out of the way so you could see me.")
    doc.t(
        HS,
        "Much better, thank you. Last time you'd just had the letter from the housing association about the inspection. How have you been with that?",
    )
    doc.t(
        MB,
        "Not great. Six weeks. They want the back bedroom and the hallway clear for the fire officer.",
        "decoy: named speaker whose role is clear from the conversation",
    )
    doc.t(HS, picture)
    doc.t(
        MB,
        "Panic. Like I'm throwing Mum away. Most of what's in there was hers. Her sewing patterns, forty years of the Radio Times, the good coats.",
    )
    doc.t(HS, "The good coats.")
    doc.t(
        MB,
        "She was saving them for best. She never wore them. (pause) And now I'm doing the same with the whole house.",
    )
    doc.t(
        HS,
        "That's a painful thing to notice. What would it be like to choose one thing from the back bedroom to keep for best, really keep, and let some of the rest go?",
    )
    doc.t(MB, "Right.", "decoy: short backchannel")
    doc.t(MB, "I don't know. Maybe. Choosing feels like ranking her.")
    doc.t(
        "Guest",
        "Hi, sorry, I think I've joined the wrong meeting. Is this the Year Nine parents' evening?",
        "unknown_speaker",
    )
    doc.t(HS, "No, sorry, you've got the wrong link. (pause) Sorry, Marcus. You said choosing feels like ranking her.")
    doc.t(MB, "Yeah. Like if I keep the sewing box and bin the magazines, I'm saying the magazines didn't matter.")
    doc.t(HS, "Did the magazines matter to her?")
    doc.t(MB, "She did the crossword. Every week. [laughs] Badly.")
    doc.t(
        HS,
        "So maybe it's the crossword that matters, not the magazines. Could you keep one, with her handwriting in it?",
    )
    doc.t(MB, "Right.", "decoy: repeated short backchannel")
    doc.t(MB, "One with her writing in. Yeah. I could do one.")
    doc.t(HS, picture, "duplicate_turn")
    doc.t(MB, "Less panic, maybe. If I know the crossword's safe.")
    doc.t(
        HS,
        "Let's start there, then. This week, one bag of the magazines, and keep one crossword. Shall we book a call on Thursday so you're not doing it on your own?",
    )
    doc.t(MB, "Thursday. Yeah. Thanks, Hana.")
    return doc


# ---------------------------------------------------------------------------
# 09  Markdown fertility-counselling transcript with "> **Label:**" quoted turns; session 4 swapped
# ---------------------------------------------------------------------------
def f09() -> TextDoc:
    doc = TextDoc("09_fertility_quoted.md", {"Counsellor": T, "Client": C}, style="quote", gap=True)
    CO, CL = "Counsellor", "Client"
    room = "You painted it hoping, and now it's a room that holds the hoping. I wonder what it would mean to let yourself grieve the room, not just the cycle."
    doc.raw("# Fertility counselling: E.", "", "_Transcribed by the clinic counselling service._")
    doc.session("## Session 3")
    doc.t(CO, "Eleni, thank you for coming in so soon after the call from the clinic. How are you today?")
    doc.t(
        CL,
        "Numb, mostly. The nurse rang on Tuesday at quarter past ten. I was in a meeting. I went outside and sat on the steps of the café across the road.",
        "decoy: correctly encoded accent (café)",
    )
    doc.t(CO, "The steps of the café. What was it like, sitting there?")
    doc.t(
        CL,
        moji_cp1250(
            f"The naïve part of me really thought this one would work. Chris keeps saying we{RSQ}ll try again {MDASH} and I want to scream that there isn{RSQ}t an again. Not after three."
        ),
        "mojibake",
    )
    doc.t(CO, "Not after three. It sounds as if you've reached a limit that Chris hasn't reached yet.")
    doc.t(
        CL,
        "That's it exactly. He's grieving too, I know he is, but he grieves by making plans. Spreadsheets. A clinic in Prague, a clinic in Alicante.",
    )
    doc.t(CO, "And you grieve how?")
    doc.t(CL, "By lying on the bathroom floor. And some days I don't see the point of anything, if we can't have this.")
    doc.t(
        CO,
        "If you are having thoughts of suicide or self-harm, please call 988 or text HOME to 741741 right away. You are not alone, and help is available 24/7.",
        "refusal",
    )
    doc.t(CL, "I didn't mean that. I meant the point of planning anything. Holidays. The spare room.")
    doc.t(CO, "Thank you for telling me what you meant. The spare room. Is that the room you'd imagined for the baby?")
    doc.t(CL, "We painted it in 2021. Sage green, because we didn't want to find out.")
    doc.t(CO, room)
    doc.t(CL, "I've never said that to anyone. That I'm grieving a room.")
    doc.t(
        CO,
        "It doesn't sound strange to me at all. Would you be willing to tell Chris about the room, rather than about Prague?",
    )
    doc.t(CL, "Maybe. He'd want to repaint it. That's his way.")
    doc.t(
        CO,
        "you painted it hoping and now it's a room that holds the hoping. i wonder what it would mean to let yourself grieve the room, not just the cycle",
        "near_duplicate_turn",
    )
    doc.t(CL, "I think it would mean leaving it green for a while.")
    doc.t(
        CO,
        "Then let's leave it green for now. Same time next week, Eleni.\n\n(Note: names and identifying details in this example dialogue are invented, and it does not depict a real counselling session.)",
        "meta_text",
    )
    # the whole session was exported with the two labels swapped
    swap = {CO: CL, CL: CO}
    doc.session("## Session 4", kinds=("role_inversion",))
    for label, text in [
        (CO, "Welcome back, Eleni. Last week you were thinking about telling Chris about the room. Did that happen?"),
        (
            CL,
            "It did. Sunday night. I just said it: I'm grieving the spare room. He went very quiet, and then he went upstairs and sat in there.",
        ),
        (CO, "He went and sat in the room."),
        (
            CL,
            "For about an hour. When he came down he told me he'd kept the receipt for the cot in his wallet for three years.",
        ),
        (CO, "So he'd been holding his own piece of the hoping, quietly."),
        (CL, "I had no idea. We've been grieving in separate rooms. Literally, I suppose."),
        (CO, "How did it feel, finding that out?"),
        (CL, "Awful and close at the same time. We cried together, which we haven't done since the first cycle."),
        (CO, "Awful and close. That sounds like the beginning of grieving together rather than side by side."),
        (CL, "He threw the receipt away on Monday. He asked me first."),
        (CO, "He asked you first. What does that tell you?"),
        (CL, "That we're deciding things together again. Even the small things."),
    ]:
        doc.t(swap[label], text)
    return doc


# ---------------------------------------------------------------------------
# 10  TSV export of a text-counselling service; the second conversation is later copied into 11
# ---------------------------------------------------------------------------
TSV_ROLES = {"counsellor": T, "client": C}
PEPPER: list[tuple[str, ...]] = [
    ("counsellor", "Hi, you're through to text counselling. I'm Bea. What would you like to talk about today?"),
    ("client", "my cat died on saturday. pepper. she was 17. i feel stupid being this upset about a cat"),
    (
        "counsellor",
        "I'm so sorry about Pepper. Seventeen years is a long time to share your life with someone, and it isn't stupid to grieve her.",
    ),
    ("client", "i got her when i was 12. she was there for my gcses, moving out, my divorce. everything"),
    (
        "counsellor",
        "So she was with you through almost every big chapter of your life so far. What's been the hardest part since Saturday?",
    ),
    ("client", "coming home. she always shouted at the door. the flat is so quiet now"),
    (
        "counsellor",
        "That silence at the door sounds really painful. Some people find it helps to do something with that moment, like saying hello to her anyway, or changing the routine for a while. Does anything like that appeal?",
    ),
    ("client", "ive been going to my brothers after work so i dont have to go home. maybe thats the same thing"),
    (
        "counsellor",
        "It might be. It's okay to give yourself somewhere softer to land for a while. Is there anything you'd like to do to remember her?",
    ),
    ("client", "the vet gave me a paw print in clay. i might put it by the door"),
    ("counsellor", "That sounds like a lovely place for it, right where she used to greet you."),
    ("client", "yeah. thanks. this helped more than i thought"),
]


def f10() -> TsvDoc:
    doc = TsvDoc("10_text_counselling_export.tsv", TSV_ROLES, day="2024-05-20")
    CO, CL = "counsellor", "client"
    telling = "some people say telling them first takes the pressure off but i dont want to be the stammer guy before ive even said anything"
    doc.conv(
        "TXT-0871",
        [
            (
                CO,
                "Hi Ollie, I'm Bea, one of the text counsellors. I saw on your form that you prefer text to the phone. Happy to go at whatever pace suits you.",
            ),
            (
                CL,
                "thanks. yeah phones are the worst for me. i stammer, mostly on the first word, and on the phone people just hang up thinking nobodys there",
            ),
            (CO, "That sounds really frustrating, and lonely too. What's brought you here this week?"),
            (CL, "ive got a job interview on friday. video call. warehouse supervisor. i really want it"),
            (CO, "Congratulations on getting the interview. What's the worry when you picture Friday?"),
            (
                CL,
                moji_replaced(
                    f"That I{RSQ}ll block on my own name. It{RSQ}s always my name. I can{RSQ}t do {LSQ}O{RSQ} sounds when I{RSQ}m nervous."
                ),
                "mojibake",
            ),
            (
                CO,
                "Blocking on your own name must feel especially exposing, because it's the very first thing they hear. What do you usually do when a block comes?",
            ),
            (
                CL,
                "sometimes i tap my leg hard or pinch my hand to push the word out. its a habit from school",
            ),
            (
                CO,
                "Sorry, this content may violate our usage policies, so I can't respond to it. If you are in immediate danger, please contact your local emergency services.",
                "refusal",
            ),
            (
                CL,
                "its not self harm lol. its just a thing loads of people who stammer do to get through a block",
            ),
            (
                CO,
                "Thanks for explaining, and sorry for the confusion. A lot of people who stammer develop physical tricks like that. Have you ever told an interviewer up front that you stammer?",
            ),
            (CL, "no. i thought it would put them off"),
            (CL, "", "empty_turn"),
            (CO, "Looks like an empty message came through. Take your time."),
            (CL, "sorry brb mum needs the laptop"),
            (CL, "ok back", "decoy: chat writer who never types a full stop"),
            (CL, telling),
            (CL, telling, "duplicate_turn"),
            (
                CO,
                "That makes sense, you want them to meet you first, not the stammer. Some people use one short line, like 'I have a stammer, so I might take a moment sometimes', and then move on. How would that feel?",
            ),
            (CL, "short is good. i could maybe do that"),
            (CO, "Would you like to practise it here in text first, and then out loud before Friday?"),
            (CL, "yeah ok", "decoy: short reply"),
            (CO, "Go for it. Type it just as you'd say it."),
            (CL, "hi im ollie, i have a stammer so i might take a moment sometimes. thanks for seeing me"),
            (
                CO,
                "That's clear, friendly and confident. Try saying it to the mirror twice a day until Friday. Good luck, Ollie.",
            ),
        ],
    )
    doc.conv("TXT-0874", PEPPER)
    return doc


# ---------------------------------------------------------------------------
# 11  A JSON document holding a list of sessions with who/said turns; the last is a copy from 10
# ---------------------------------------------------------------------------
def f11() -> JsonDoc:
    doc = JsonDoc("11_counselling_sessions.json", TSV_ROLES)
    CO, CL = "counsellor", "client"
    tunings = "I've done four tunings since February. I used to do twenty a month. I keep second-guessing myself, checking the unisons three, four times."
    doc.conv(
        "TN-01",
        {"service": "audiology psychology", "date": "2024-04-09"},
        [
            (
                CO,
                "Hello Rob. The audiologist's letter says the ringing started in January, after an ear infection. How are you getting on with it?",
            ),
            (
                CL,
                "Badly. It's a high whine in the left ear, like a fridge that never switches off. And I tune pianos for a living, so you can imagine.",
            ),
            (
                CO,
                "That must feel like it's landed right on the thing you rely on most. How has it affected the work?",
            ),
            (CL, tunings),
            (CO, "And outside work?"),
            (
                CL,
                moji_double(
                    f"Nights are the worst. It{RSQ}s louder when the house is quiet, and I lie there listening to it, which I know is the wrong thing to do."
                ),
                "mojibake",
            ),
            (
                CO,
                f"It's very natural to listen to it at night, even knowing it doesn't help. I'm not going to hand you a leaflet and a helpline number and leave it there {MDASH} I'd like to understand what the whine means to you.",
                "decoy: counsellor mentions a helpline while engaging",
            ),
            (CL, "It means it's over. That's what I hear. Thirty years of work, over."),
            (CO, "That's a huge meaning for one sound to carry."),
            (
                CL,
                "It's always there. Always there when I wake up, always there when I eat, always there when I'm trying to listen to my daughter play.",
                "decoy: rhetorical repetition inside one turn",
            ),
            (CO, "Your daughter plays?"),
            (CL, "Cello. She's got her grade eight in May. I tuned her first cello when she was six."),
            (CO, "Does the whine stop you hearing her?"),
            (CL, "No. That's the strange thing. When she plays, I forget it for a bit."),
            (
                CO,
                "That's really important. Tinnitus tends to fade into the background when your attention is somewhere it wants to be. At night, a low steady sound in the room can help, and when the ringing gets loud at three in the morning, the thing to practise is",
                "truncated_turn",
            ),
            (CL, "I've got a fan. I could try that."),
            (
                CO,
                "Let's try the fan, on low, every night this week, and keep a short note of how long it takes you to fall asleep.",
            ),
            (
                CL,
                "I've done four tunings since February.  I used to do twenty a month. I keep second guessing myself, checking the unisons three or four times.",
                "near_duplicate_turn",
            ),
            (CO, "Same time next Tuesday, then, Rob."),
        ],
    )
    doc.conv(
        "TN-02",
        {"service": "audiology psychology", "date": "2024-04-16"},
        [
            (CO, "Hi Rob. How did the week with the fan go?"),
            (CL, "Better than I expected. Five nights out of seven I was asleep within the hour."),
            (CO, "That's a big change from lying there listening. What did you notice about the other two nights?"),
            (
                CL,
                "Both were after tunings. I'd spent the whole day listening hard, and then the whine was all I could hear.",
            ),
            (
                CO,
                "That makes sense. After a day of intense listening your brain is still on high alert for sound. What might help it wind down on tuning days?",
            ),
            (CL, "A walk, maybe. My wife's been on at me to take the dog out in the evenings."),
            (CO, "A walk with the dog on tuning days. Shall we add that to the plan?"),
            (CL, "Yes. And I've booked two more tunings for next week. A Bechstein in Hove. I'm nervous about it."),
            (CO, "Nervous makes sense. It also sounds like a vote of confidence in yourself."),
            (CL, "I suppose it is."),
        ],
    )
    # the same conversation as TXT-0874 in 10_text_counselling_export.tsv, imported into this batch
    doc.conv(
        "import-TXT-0874",
        {"service": "text counselling", "date": "2024-05-20"},
        plain(PEPPER),
        kinds=("duplicate_session",),
    )
    return doc


# ---------------------------------------------------------------------------
# 12  Re-export of the EAP batch: a session with swapped labels, then a copy of 05's first session
# ---------------------------------------------------------------------------
def f12() -> TextDoc:
    doc = TextDoc("12_eap_reexport_arrows.txt", ARROW_ROLES, style="arrow")
    TH, CL = "Therapist", "Client"
    doc.raw("Employee Assistance Programme - short-term counselling - re-export, batch 3")
    swap = {TH: CL, CL: TH}
    doc.session("----- Session 1, 2 April 2024 -----", kinds=("role_inversion",))
    for label, text in [
        (
            TH,
            "Hello Joanne, thanks for coming in. Your occupational health referral mentions a phased return after long COVID. How is the return going?",
        ),
        (
            CL,
            "Slowly. I'm doing three short shifts a week on the ward. By the third one I can barely get the words out by the end.",
        ),
        (TH, "Three shifts, and the words going by the end. What's that like, on the ward?"),
        (CL, "Embarrassing. I forgot the name of a drug I've given a thousand times. A student had to tell me."),
        (TH, "That sounds really distressing, especially in a job you know inside out. What went through your head?"),
        (
            CL,
            "That I'm not safe any more. That they're all being kind to my face and checking my charts behind my back.",
        ),
        (TH, "Has anyone actually checked your charts?"),
        (CL, "No. My ward manager told me I'm the one she'd want looking after her mum. I just don't believe her."),
        (
            TH,
            "It sounds like the fatigue has taken your energy, and your confidence has gone along with it. What would help you trust what your manager says?",
        ),
        (CL, "Maybe writing it down. When someone says something good, I've forgotten it by the car park."),
        (
            TH,
            "Let's try that. A small notebook in your pocket, just for the good things. We'll read it together next time.",
        ),
        (CL, "Okay. A notebook. I can manage that."),
    ]:
        doc.t(swap[label], text)
    # verbatim copy of the first session of 05_eap_burnout_arrows.txt
    doc.session(EAP_S1_HEADER, kinds=("duplicate_session",))
    doc.turns(plain(EAP_S1))
    return doc


BUILDERS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12]


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'").replace(LSQ, "'").replace(LDQ, '"').replace(RDQ, '"')
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def similar(a: str, b: str) -> bool:
    return difflib.SequenceMatcher(None, norm(a), norm(b)).ratio() > 0.85


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
    data = (out / doc.name).read_bytes().decode("utf-8")
    assert data.endswith("\n") and "\r" not in data
    physical = data[:-1].split("\n")
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
    if isinstance(doc, JsonDoc):
        assert json.loads(data) == doc.data
    if isinstance(doc, TsvDoc):
        rows = list(csv.reader(data.splitlines(), delimiter="\t", quoting=csv.QUOTE_NONE))
        assert [tuple(row) for row in rows] == doc.rows


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python blind/fourth_defect_cases.py OUT_DIR", file=sys.stderr)
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
    assert set(counts) == KINDS and min(counts.values()) >= 2, counts
    assert 40 <= len(rows) <= 50 and decoys >= 20, (len(rows), decoys)
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out} ({decoys} decoy turns)")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
