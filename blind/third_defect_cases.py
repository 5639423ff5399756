# ruff: noqa: E501
"""Third set of blind defect cases for the transcript-cleaning product.

Written without reading any detector, flow, synthetic-data, test or benchmark code (only the docstring at the
top of benchmarks/blind_defects.py and the two earlier case writers, for the interface). Run as

    python blind/third_defect_cases.py OUT_DIR

to write 13 transcript files and ``truth.csv`` (``file,line,defect_type``) into OUT_DIR.

Every line number is a 1-based line of the written file and is computed while the file is built:

* a turn-level row points at the line holding the turn's speaker label (in the one-turn-per-record JSON Lines
  and CSV files, the line of the turn's record; in the Otter-style export, where the text sits under the label,
  the label line);
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
import io
import json
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

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
LDQ = "\u201c"
RDQ = "\u201d"
ELL = "\u2026"
NDASH = "\u2013"
MDASH = "\u2014"

# byte sequences that only appear in these files when a turn is deliberately garbled
MOJIBAKE_MARKERS = ("\u00e2\u20ac", "\u00c3", "\u201a\u00c4", "\u00e2\x80", "\u00f0\u0178")


# ---------------------------------------------------------------------------
# garbling
# ---------------------------------------------------------------------------
def moji_cp1252(text: str) -> str:
    """UTF-8 bytes decoded as Windows-1252 (the five undefined bytes kept as latin-1)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


def moji_latin1(text: str) -> str:
    """UTF-8 bytes decoded as ISO-8859-1: curly quotes turn into a letter plus C1 control characters."""
    return text.encode("utf-8").decode("latin-1")


def moji_mac(text: str) -> str:
    """UTF-8 bytes decoded as Mac Roman, the garbling of old Mac exports (an apostrophe reads as three signs)."""
    return text.encode("utf-8").decode("mac_roman")


def moji_double(text: str) -> str:
    """Garbled twice: UTF-8 read as Windows-1252, saved as UTF-8, and read as Windows-1252 again."""
    return moji_cp1252(moji_cp1252(text))


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
        self.turn_heads: dict[int, str] = {}  # line of a turn -> the exact text of that line

    def _start(self, kinds: Sequence[str]) -> None:
        for kind in kinds:
            assert kind in KINDS, kind
        self.sessions.append([])
        self.session_kinds.append(tuple(kinds))

    def _record(self, role: str, text: str, line: int, tags: Sequence[str], head: str) -> None:
        kinds, decoys = split_tags(tags)
        if "mojibake" in kinds:
            assert any(ord(ch) > 127 for ch in text), text
        else:
            assert not any(marker in text for marker in MOJIBAKE_MARKERS), f"unmarked garbling: {text[:60]!r}"
        if "empty_turn" in kinds:
            assert text == ""
        else:
            assert text.strip(), f"{self.name}:{line} empty text without empty_turn"
        if not self.sessions[-1]:  # first turn of the session carries the session-level rows
            kinds = list(self.session_kinds[-1]) + kinds
        for kind in kinds:
            self.truth.append((line, kind))
        for note in decoys:
            self.decoys.append((line, note))
        self.turn_heads[line] = head
        self.sessions[-1].append(Turn(role, text, line, tuple(split_tags(tags)[0])))

    def render(self) -> bytes:
        raise NotImplementedError

    def lines(self) -> list[str]:
        raise NotImplementedError


class TextDoc(Builder):
    """A plain-text transcript built line by line.

    style: ``colon`` (``Label: text``), ``numbered`` (``12. T: text``), ``chat`` (``[3:41 PM] Label: text``),
    ``otter`` (``Label  12:31`` on one line, the text on the next), ``bracket`` (``[Label] text``) or
    ``stamped`` (``Label [00:12:31]: text``).
    """

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        style: str = "colon",
        gap: bool = False,
        newline: str = "\n",
        clock: int = 0,
    ) -> None:
        super().__init__(name, roles)
        assert style in {"colon", "numbered", "chat", "otter", "bracket", "stamped"}
        self.style = style
        self.gap = gap
        self.newline = newline
        self.clock = clock  # seconds
        self.number = 0
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
        self.number = 0

    def _stamp(self) -> str:
        h, rest = divmod(self.clock, 3600)
        m, s = divmod(rest, 60)
        if self.style == "chat":
            hour = h % 12 or 12
            return f"{hour}:{m:02d} {'PM' if h >= 12 else 'AM'}"
        if self.style == "otter":
            return f"{h}:{m:02d}:{s:02d}" if h else f"{m}:{s:02d}"
        return f"{h:02d}:{m:02d}:{s:02d}"

    def t(self, label: str, text: str, *tags: str) -> int:
        assert label in self.roles, (self.name, label)
        if self.gap and self._lines and self._lines[-1] != "":
            self._lines.append("")
        self.number += 1
        parts = text.split("\n")
        stamp = self._stamp()
        if self.style == "otter":
            head = f"{label}  {stamp}"
            body = parts if text else []
        else:
            prefix = {
                "colon": f"{label}: ",
                "numbered": f"{self.number}. {label}: ",
                "chat": f"[{stamp}] {label}: ",
                "bracket": f"[{label}] ",
                "stamped": f"{label} [{stamp}]: ",
            }[self.style]
            head = prefix + parts[0] if text else prefix.rstrip()
            body = parts[1:]
        line = len(self._lines) + 1
        self._lines.append(head)
        self._lines.extend(body)
        self._record(self.roles[label], text, line, tags, head)
        words = len(text.split())
        self.clock += 15 + 2 * words if self.style == "chat" else 4 + int(words * 0.45)  # typing is slower than talking
        return line

    def turns(self, turns: Sequence[tuple[str, ...]]) -> None:
        for label, text, *tags in turns:
            self.t(label, text, *tags)

    def lines(self) -> list[str]:
        return list(self._lines)

    def render(self) -> bytes:
        return (self.newline.join(self._lines) + self.newline).encode("utf-8")


class JsonlDoc(Builder):
    """JSON Lines with one turn a record: dialog_id, turn, speaker, utterance."""

    def __init__(self, name: str, roles: dict[str, str]) -> None:
        super().__init__(name, roles)
        self.records: list[str] = []

    def conv(self, dialog_id: str, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()) -> int:
        self._start(kinds)
        first = len(self.records) + 1
        for number, (speaker, text, *tags) in enumerate(turns, start=1):
            record = json.dumps(
                {"dialog_id": dialog_id, "turn": number, "speaker": speaker, "utterance": text},
                ensure_ascii=False,
            )
            self.records.append(record)
            self._record(self.roles[speaker], text, len(self.records), tags, record)
        return first

    def lines(self) -> list[str]:
        return list(self.records)

    def render(self) -> bytes:
        return "".join(record + "\n" for record in self.records).encode("utf-8")


class CsvDoc(Builder):
    """CSV with one turn a row (Excel-style CRLF rows)."""

    HEADER = ("conversation_ref", "seq", "participant", "message_text", "sent_at_utc")

    def __init__(self, name: str, roles: dict[str, str], day: str) -> None:
        super().__init__(name, roles)
        self.day = day
        self.rows: list[str] = [self._row(self.HEADER)]
        self.clock = 19 * 3600

    @staticmethod
    def _row(values: Sequence[str]) -> str:
        buffer = io.StringIO()
        csv.writer(buffer, lineterminator="\r\n").writerow(values)
        row = buffer.getvalue()
        assert row.count("\n") == 1 and row.endswith("\r\n"), "one physical line per row"
        return row[:-2]

    def conv(self, ref: str, turns: Sequence[tuple[str, ...]], kinds: Sequence[str] = ()) -> int:
        self._start(kinds)
        first = len(self.rows) + 1
        for number, (participant, text, *tags) in enumerate(turns, start=1):
            h, rest = divmod(self.clock, 3600)
            stamp = f"{self.day}T{h:02d}:{rest // 60:02d}:{rest % 60:02d}Z"
            row = self._row((ref, str(number), participant, text, stamp))
            self.rows.append(row)
            self._record(self.roles[participant], text, len(self.rows), tags, row)
            self.clock += 25 + len(text.split()) * 3
        self.clock += 3600
        return first

    def lines(self) -> list[str]:
        return list(self.rows)

    def render(self) -> bytes:
        return "".join(row + "\r\n" for row in self.rows).encode("utf-8")


# ---------------------------------------------------------------------------
# 01  Couple counselling, US spelling, "Counselor (Dr. Lindqvist):" and two clients
# ---------------------------------------------------------------------------
def f01() -> TextDoc:
    doc = TextDoc(
        "01_couples_counseling.txt",
        {"Counselor (Dr. Lindqvist)": T, "Aisha": C, "Ben": C, "Receptionist": X},
    )
    D, A, B = "Counselor (Dr. Lindqvist)", "Aisha", "Ben"
    doc.raw("Couples counseling: Aisha & Ben, session 3 (transcribed from recording, names changed)", "")
    doc.session()
    seen = "I see you getting up. I see you feeding her at three with your eyes half closed, and I think you're amazing with her. I just, I feel like whatever I do isn't the right way."
    doc.t(
        D,
        "Good evening, both of you. Last time we agreed that Ben would start tonight, since Aisha opened our first two sessions. Ben, is that still okay with you?",
    )
    doc.t(
        B,
        "Yeah, that's fine. I guess the main thing this week was Thursday night. Maya was up four times and I didn't hear her once, apparently.",
    )
    doc.t(A, "Not apparently. You didn't hear her. I was up with her every single time.")
    doc.t(
        D,
        "Aisha, I can hear how tired you are, and I'm going to come straight back to you. Let's give Ben a chance to finish first. Ben, what happened for you on Thursday?",
    )
    doc.t(
        B,
        "I had the early shift on Friday, so I wore the earplugs. We'd agreed I'd do Friday and Saturday night instead. That was the deal.",
    )
    doc.t(A, "That was never the deal. You said Friday. You didn't say a word about Saturday until Saturday.")
    doc.t(
        D,
        "So there are two different memories of what was agreed, which happens a lot when people are running on very little sleep. Before we try to work out who's right, I'm curious what each of you felt on Friday morning.",
    )
    doc.t(B, "Honestly? Like I was being graded. She looked at me like I'd failed a test.")
    doc.t(
        A,
        "Because it felt like you didn't care! You came downstairs and said, and I quote, 'she was fine, she went back to sleep.' She wasn't fine. I was the one holding her.",
        "decoy: client quotes her partner's words",
    )
    doc.t(
        D,
        "'She was fine, she went back to sleep.' Aisha, when Ben said that, what did you hear underneath it?",
        "decoy: counsellor repeats a client's words back",
    )
    doc.t(A, "That I was overreacting. That what I do at night doesn't count, because nobody sees it.")
    doc.t(
        "Receptionist",
        "Sorry to interrupt, Dr. Lindqvist. Your seven o'clock is here early, so I'll ask them to wait in the lounge.",
        "unknown_speaker",
    )
    doc.t(
        D,
        "Thanks, Dana. (pause) I'm sorry about that. Aisha, you were saying that what you do at night doesn't count because nobody sees it.",
    )
    doc.t(B, "I do see it. I just don't know how to say it without it turning into another fight.")
    doc.t(D, "Would you be willing to turn to Aisha and tell her directly what you see?")
    doc.t(B, seen)
    doc.t(A, "You've never said that before.")
    doc.t(D, "What's it like to hear it now?")
    doc.t(A, "Strange. Good, I think. I wasn't expecting it.")
    doc.t(
        B,
        "I see you getting up. I see you feeding her at 3 with your eyes half-closed, and I think you're amazing with her. I just feel like whatever I do isn't the right way.",
        "near_duplicate_turn",
    )
    doc.t(
        D,
        "Let's stay with that last part, the sense that whatever you do isn't the right way. Aisha, does that surprise you?",
    )
    doc.t(
        A,
        "A bit. I correct him a lot, I know I do. Mostly the way he holds the bottle. My mom did exactly the same to my dad, and I swore I never would.",
    )
    doc.t(
        D,
        "That's a really honest thing to notice. For this week, I'd like to suggest something small: agree the night plan together on Sunday and put it on the fridge, and Aisha, when it's Ben's night, he does it his way, even if it isn't your way. How does that sound to each of you?",
    )
    doc.t(B, "I can do that. Friday and Saturday, properly this time.")
    doc.t(A, "Okay. I'll try. No promises about the bottle, though. [laughs]")
    doc.t(
        D,
        "That seems like a good place to stop for tonight. Let's hear how the fridge plan worked when we meet on the 14th, and next time I'd really like to spend some time on what you both said about your parents, because I think it connects to",
        "truncated_turn",
    )
    return doc


# ---------------------------------------------------------------------------
# 02  School counsellor chat with a timestamp before each label, teenage client
# ---------------------------------------------------------------------------
def f02() -> TextDoc:
    doc = TextDoc(
        "02_school_counselor_chat.txt",
        {"Ms Adeyemi (School Counselor)": T, "Kai": C},
        style="chat",
        clock=15 * 3600 + 41 * 60,
    )
    S, K = "Ms Adeyemi (School Counselor)", "Kai"
    script = 'You could try something like: "Hey, I saw the new group chat and honestly it hurt. Did I do something to upset you?" It\'s honest, and it gives her a chance to explain.'
    doc.raw("Lincoln Middle School - student support chat - export", "")
    doc.session()
    doc.t(S, "Hi Kai, thanks for booking a chat slot! I'm Ms Adeyemi. What's going on today?")
    doc.t(K, "hi")
    doc.t(K, "its kind of dumb")
    doc.t(S, "It's not dumb if it's bothering you. Take your time.")
    doc.t(
        K,
        "my friends made a new group chat without me and i only found out bc jess showed me her phone at lunch",
        "decoy: chat writer who never types a full stop",
    )
    doc.t(S, "Oh Kai, that sounds really hurtful. How did you feel when you saw it?")
    doc.t(K, "like i wanted to disappear into the floor lol")
    doc.t(K, "and now we have to do the history project together and i cant even look at them")
    doc.t(
        S,
        "That's a lot to handle at once, the hurt about the chat and then having to work with them. Do you know why they made a new one?",
    )
    doc.t(K, "no. maybe bc i said the project idea was boring?? idk")
    doc.t(
        K,
        "i asked chatgpt how to tell if your friends secretly hate you and it gave me a 10 step list \U0001f480",
        "decoy: client mentions ChatGPT",
    )
    doc.t(
        S,
        "Ha, I'm not sure a 10 step list knows your friends better than you do \U0001f642 What would you like to happen with them?",
    )
    doc.t(K, "i just want it to go back to normal")
    doc.t(
        S,
        "That makes a lot of sense. Would it help to think about what you might say to one of them, maybe the one you feel closest to?",
    )
    doc.t(K, "maybe amara. shes the least scary")
    doc.t(K, "ok", "decoy: repeated 'ok' backchannel")
    doc.t(S, "What would you want Amara to know?")
    doc.t(K, "that it hurt and i dont get what i did")
    doc.t(S, script)
    doc.t(K, "ok", "decoy: repeated 'ok' backchannel")
    doc.t(K, "that actually sounds ok")
    doc.t(S, script, "duplicate_turn")
    doc.t(K, "ok", "decoy: repeated 'ok' backchannel")
    doc.t(K, moji_cp1252(f"i might say it tmrw before homeroom \U0001f62c if i don{RSQ}t chicken out"), "mojibake")
    doc.t(
        S,
        "That sounds like a brave plan. If it doesn't go the way you hope, you can book another slot with me any time, and if things ever feel really heavy after school you can text Teen Line too. How are you feeling now compared to when we started?",
        "decoy: hotline mentioned inside real engagement",
    )
    doc.t(K, "better. like 6/10 instead of 3")
    doc.t(S, "I'm really glad. Good luck with Amara tomorrow, let me know how it goes!")
    doc.t(K, "ty ms a")
    return doc


# ---------------------------------------------------------------------------
# 03  Spoken intake at a gambling service, "Interviewer:" / "Respondent:", ASR loop
# ---------------------------------------------------------------------------
def f03() -> TextDoc:
    doc = TextDoc("03_gambling_intake_interview.txt", {"Interviewer": T, "Respondent": C})
    IV, R = "Interviewer", "Respondent"
    week = "I'd go into the pub after work just for one, just to switch off, and then it'd be nine o'clock and I'd have put the whole week's wages through the machines."
    doc.raw("Initial assessment, gambling help service (automatic transcript, lightly corrected)", "")
    doc.session()
    doc.t(
        IV,
        "Okay, so this is the, um, the initial assessment. I'll ask a fair few questions, and you can just say pass to anything you don't want to answer. Alright?",
    )
    doc.t(R, "Yeah, no worries.")
    doc.t(IV, "So what's brought you in today?")
    doc.t(
        R,
        "My partner, mostly. [name redacted]. She found the bank statements.",
        "decoy: redaction marker in a real turn",
    )
    doc.t(IV, "Okay.")
    doc.t(R, "And, um, it's the pokies. It's been the pokies for a while, if I'm honest.")
    doc.t(IV, "How long's a while?")
    doc.t(R, "Since I was made redundant, so, what, five years? Give or take.")
    doc.t(IV, "Mm-hmm. And what does a typical week look like at the moment?")
    # the recogniser looped on one long answer
    doc.t(R, week, "repetition_loop")
    doc.t(R, week, "duplicate_turn")
    doc.t(R, week, "duplicate_turn")
    doc.t(IV, "The whole week's wages.", "decoy: interviewer echoes the respondent")
    doc.t(R, "Yeah. And then you tell yourself you'll win it back on Friday, so.")
    doc.t(IV, "Right. So there's a, a chasing bit.")
    doc.t(R, "Chasing, yeah. That's the word for it.")
    doc.t(IV, "How's it been affecting things at home?")
    doc.t(R, "", "empty_turn")
    doc.t(R, "Sorry. [inaudible] Um. Bad. She's taken my card off me, which, fair enough.")
    doc.t(IV, "And how are you feeling about that?")
    doc.t(
        R,
        "Embarrassed. Relieved, kind of? Like someone finally --",
        "decoy: interrupted turn the other speaker completes",
    )
    doc.t(IV, "Took the wheel.")
    doc.t(R, "Yeah. Took the wheel.")
    doc.t(IV, "Have you ever tried to cut back before?")
    doc.t(
        R,
        "I did the self-exclusion thing at the local. Lasted about a month. Then I just drove to the one in the next suburb.",
    )
    doc.t(
        IV,
        "Mm. Okay. I'm going to ask a couple of questions I ask everyone. Have things ever got so bad that you've thought about ending your life?",
    )
    doc.t(
        R,
        "Not really. I mean, there was a night in March where I sat in the car for a long time. But no. I wouldn't.",
    )
    doc.t(
        IV,
        "Thanks for telling me that, I know it's not easy. If a night like that comes round again, you can ring Lifeline on 13 11 14 any time, and you can call us here during the day. And I'd like us to put a plan together today for payday, because that sounds like the riskiest time. Does that sound okay?",
        "decoy: hotline given alongside real engagement",
    )
    doc.t(R, "Yeah. Yeah, payday's the worst.")
    doc.t(IV, "Okay. Let's have a look at Friday, then, step by step.")
    doc.t(R, "Yeah. Okay.")
    return doc


# ---------------------------------------------------------------------------
# 04  Generated CBT sessions with numbered turns "1. T:" / "2. C:"
# ---------------------------------------------------------------------------
def f04() -> TextDoc:
    doc = TextDoc("04_health_anxiety_numbered.txt", {"T": T, "C": C}, style="numbered")
    ask = "It sounds like checking and asking for reassurance bring short-term relief but keep the worry going in the long run. Does that match your experience?"
    answer = "Yes, I think it does. The more I check, the more I need to check."
    doc.raw(f"Health anxiety programme (CBT) {MDASH} client: Oliver {MDASH} sessions 4 and 5", "")
    doc.session("Session 4")
    doc.t(
        "T",
        "<thinking>Client reports checking a lump several times an hour. Reassurance maintains health anxiety, so I should not reassure him directly; explore the cycle first and introduce reassurance-seeking as a safety behaviour.</thinking> Welcome back, Oliver. You mentioned on the phone that it's been a difficult week with the health worries. Where would you like to start?",
        "meta_text",
    )
    doc.t(
        "C",
        "I found a lump on my neck on Monday. Well, I think it's a lump. I've been checking it every hour, and I've looked up every possible cause online.",
    )
    doc.t(
        "T",
        "That sounds frightening. When you find something like that, what's the first thought that goes through your mind?",
    )
    doc.t("C", "That it's lymphoma. That they'll find it too late, like they did with my uncle.")
    doc.t(
        "T",
        "So there's a very specific fear, and it's connected to what happened to your uncle. How often would you say you checked it yesterday?",
    )
    doc.t(
        "C",
        "Maybe thirty times? And I asked my wife to feel it four or five times. She says it feels like nothing.",
    )
    doc.t("T", "And after she tells you it feels like nothing, how long does the relief last?")
    doc.t("C", "About ten minutes. Then I start thinking she didn't press hard enough.")
    # a block of two turns generated three times
    doc.t("T", ask, "repetition_loop")
    doc.t("C", answer)
    doc.t("T", ask, "duplicate_turn")
    doc.t("C", answer, "duplicate_turn")
    doc.t("T", ask, "duplicate_turn")
    doc.t("C", "Yes I think it does. The more I check the more I need to check", "near_duplicate_turn")
    doc.t(
        "T",
        "I'm not able to assess physical symptoms or tell you whether a lump is serious. As an AI, I'd strongly recommend contacting a healthcare provider who can examine you in person.",
        "refusal",
    )
    doc.t(
        "C",
        "I have seen my GP. She said it's a swollen gland from the cold I had. That's the point, really. I don't believe her.",
    )
    doc.t(
        "T",
        "That's such an important thing to notice: the problem isn't a lack of information, it's that no amount of information feels like enough. What would happen if you didn't check tomorrow, just for one morning?",
    )
    doc.t(
        "C",
        "I'd feel sick with worry. But maybe it would pass? It did once, on holiday, when I forgot about it for a whole day.",
    )
    doc.t(
        "T",
        "That holiday is really useful evidence. For this week, let's try an experiment: whenever you feel the urge to check, delay it by thirty minutes, and rate your anxiety from zero to ten before and after the delay. We'll look at the pattern together next time, and I suspect you'll find that the urge to check starts to",
        "truncated_turn",
    )

    doc.session("Session 5")
    doc.t("T", "Welcome back, Oliver. How did the delay experiment go?")
    doc.t(
        "C",
        "Better than I expected. The first two days were awful, but by Thursday the urge was more like a four than an eight. You said last week, 'the urge peaks and then it passes if you let it', and it did, mostly.",
        "decoy: client quotes what the therapist said last week",
    )
    doc.t(
        "T",
        "The urge peaks and then it passes. You've tested that for yourself now, which counts for much more than me saying it.",
        "decoy: therapist repeats the client's words",
    )
    doc.t(
        "C",
        "Can I ask you something? Do you ever worry about your health like this? I sometimes wonder if everyone secretly does and I'm just worse at hiding it.",
        "decoy: client asks the therapist a question",
    )
    doc.t(
        "T",
        "It's a fair question. Most people have passing health worries now and then; what makes it a problem is when the worry starts running the show, like the hourly checking did. I'm not a doctor, so I can't tell you what any lump is, and seeing your GP was the right call. What I can help with is how you respond to the fear afterwards.",
        "decoy: therapist states the limits of their role without refusing",
    )
    doc.t(
        "C",
        "That makes sense. I told my wife she's allowed to say 'we agreed I wouldn't answer that' when I ask her to check. She was relieved, actually.",
    )
    doc.t("T", "That's a big step for both of you. How did it feel the first time she said it?")
    doc.t("C", "Annoying. [laughs] But an hour later I'd forgotten all about it.")
    doc.t("T", "That's exactly the pattern we hoped to see. Shall we keep the delay going and stretch it to an hour?")
    doc.t("C", "Okay. An hour. I can try that.")
    return doc


# ---------------------------------------------------------------------------
# 05  Bereavement support group: a facilitator and three members
# ---------------------------------------------------------------------------
def f05() -> TextDoc:
    doc = TextDoc(
        "05_bereavement_group.txt",
        {"Facilitator": T, "Grace": C, "Tomasz": C, "Lou": C},
    )
    F = "Facilitator"
    doc.raw("Bereavement support group, week 3", "")
    doc.session()
    doc.t(
        F,
        "Okay, everyone, let's begin. Welcome back to week three. As usual we'll start with a quick round: your name, and one word for how the week has been. Grace, would you like to start?",
    )
    doc.t("Grace", "Grace. Um, my word is 'heavy'. It would have been our anniversary on Sunday.")
    doc.t(F, "Thank you, Grace. We'll make some space for that. Tomasz?")
    doc.t("Tomasz", "Tomasz. My word is 'busy'. I have been keeping busy so I don't have to think.")
    doc.t(F, "Busy. Thank you. Lou?")
    doc.t("Lou", "Lou. 'Numb', I suppose. Same as last week.")
    doc.t(F, "Thanks, Lou. Grace, would you like to say a bit more about Sunday?")
    doc.t(
        "Grace",
        "I went to the garden centre, because that's what we always did on our anniversary. Forty-one years. I bought a rose for the front bed, and then I sat in the car park and cried for half an hour.",
    )
    doc.t("Lou", "Yeah.", "decoy: backchannel from one member")
    doc.t("Tomasz", "Yeah.", "decoy: the same backchannel from another member")
    doc.t(
        F,
        "It sounds like you found a way to keep the ritual, even though it hurt. What was it like to plant the rose?",
    )
    doc.t(
        "Grace",
        f"I haven't planted it yet. It's still in its pot by the door. Planting it feels like admitting he's not coming back to do it himself{ELL}",
        "decoy: deliberate trailing off at the end of a complete thought",
    )
    doc.t(
        F,
        "Planting it feels like admitting he's not coming back.",
        "decoy: facilitator repeats a member's words",
    )
    doc.t("Grace", "Yes. Silly, isn't it.")
    doc.t(
        "Tomasz",
        "It's not silly. When my mother died I kept her coat on the hook for a year. My sister said, 'Tomasz, you have to move the coat,' and I said, 'I know, I know,' and I didn't.",
        "decoy: member quotes his sister and himself",
    )
    doc.t(F, "Tomasz, you said you've been keeping busy so you don't have to think. What happens when you stop?")
    doc.t("Tomasz", "", "empty_turn")
    doc.t(
        "Tomasz",
        "Sorry. I was thinking. When I stop, it's the evening, usually. The flat is very quiet, and I put the television on just for the noise.",
    )
    doc.t("Lou", "I do that. The radio, for me. I can't stand the quiet...")
    doc.t(
        F,
        "So the quiet is hard for both of you. Lou, you said 'numb' again this week. Can you tell us what numb is like?",
    )
    doc.t(
        "Lou",
        "It's like watching my life through a window. People say, 'you're doing so well,' and I think, am I? Or have I just stopped feeling anything?",
    )
    doc.t(
        "Grace",
        "People said that to me too. 'You're doing so well.' I wanted to throw my tea at them. [laughter]",
        "decoy: member repeats a phrase another member quoted",
    )
    doc.t(
        F,
        "It sounds like 'doing well' can feel like pressure to look a certain way. Numbness is a very common part of grief, Lou, and it doesn't mean you loved your brother any less. Often it's the mind protecting us until we're ready.",
    )
    doc.t("Lou", "That helps, actually. Thank you.")
    doc.t(
        F,
        "Let's take a short pause there. Before next week, I'd like each of you to think of one small thing you could do in memory of the person you've lost. It can be tiny. Grace, maybe it's the rose. See you all next Wednesday.\n\n(Word count: 734. Let me know if you'd like me to adjust the tone, add another group member, or continue with week four.)",
        "meta_text",
    )
    return doc


# ---------------------------------------------------------------------------
# 06  Otter-style export of an online session: "Name  m:ss" line, text beneath
# ---------------------------------------------------------------------------
def f06() -> TextDoc:
    doc = TextDoc(
        "06_online_session_otter.txt",
        {"Helen Marsh": T, "Jordan P": C, "Speaker 3": X},
        style="otter",
        gap=True,
        clock=4,
    )
    H, J = "Helen Marsh", "Jordan P"
    doc.session()
    doc.t(H, "Hi Jordan, can you hear me okay? Your video's frozen on my end.")
    doc.t(J, "Yeah, I can hear you. Let me turn the camera off and on again. Okay. Better?")
    doc.t(
        H,
        "Much better. So, last time you'd just had the letter from the assessment clinic. How have you been sitting with the diagnosis?",
    )
    doc.t(
        J,
        "Honestly, it's been a lot. Part of me is relieved, like, oh, there's a reason I lost four jobs in six years. And part of me is furious that nobody noticed when I was a kid.",
    )
    doc.t(
        H,
        "Both of those make a lot of sense. Relief that there's finally an explanation, and anger about all the years before you had one.",
    )
    doc.t(
        J,
        "Do you think I'd have done better at school if someone had spotted it?",
        "decoy: client asks the counsellor a question",
    )
    doc.t(
        H,
        "I can't know that for sure. What I do notice is how much you've had to work around without any support, and that says something about your persistence. What does the furious part of you want to say?",
    )
    doc.t(
        J,
        moji_mac(
            f"That it wasn{RSQ}t laziness. My dad used to say I{RSQ}d {LDQ}lose my head if it wasn{RSQ}t screwed on{RDQ}, and I believed him for twenty years."
        ),
        "mojibake",
    )
    doc.t("Speaker 3", "Sorry, are you on a call? I'll come back later.", "unknown_speaker")
    doc.t(J, "Sorry, that's my flatmate. She's gone now. Where were we?")
    doc.t(H, "Your dad's voice, saying you'd lose your head. And you believed him for twenty years.")
    doc.t(J, "Yeah. And now I'm trying to believe something different, but it's hard to undo.")
    doc.t(
        H,
        "I just feel like I've been failing at everything for so long that I don't know who I'd be without it. Honestly, some weeks I'm not sure these sessions are doing anything for me.",
        "role_inversion",
    )
    doc.t(
        J,
        "I've started using this AI planner app that breaks my tasks into tiny steps. It sounds stupid, but it's the first thing that's actually stuck.",
        "decoy: client mentions an AI app",
    )
    doc.t(
        H,
        "It doesn't sound stupid at all. Finding tools that fit how your brain works is exactly the point. What's been different about this one?",
    )
    doc.t(J, "It doesn't make me feel guilty. It just says, okay, next step. No lecture.")
    doc.t(H, "No lecture. I wonder what it would be like to talk to yourself a bit more the way that app does.")
    doc.t(J, "[laughs] Be my own planner app. Yeah, maybe.")
    doc.t(
        H,
        "Let's try it this week. When you notice your dad's voice, see if you can answer it the way the app would: okay, next step.",
    )
    doc.t(J, "Okay. I'll try. Same time next week?")
    doc.t(H, "Same time next week. Take care, Jordan.")
    return doc


# ---------------------------------------------------------------------------
# 07  British NHS talking-therapies sessions, "Counsellor:" / "Service user:", CRLF
# ---------------------------------------------------------------------------
CO, SU = "Counsellor", "Service user"
SERVICE_ROLES = {CO: T, SU: C}
MALCOLM_S1: list[tuple[str, ...]] = [
    (
        CO,
        "Hello, Malcolm. Thanks for coming in. It's been a fortnight since your assessment, so I thought we'd start by hearing how things have been since then.",
    ),
    (
        SU,
        "Much the same, if I'm honest. I get up, I walk the dog, and then the day just sort of stretches out in front of me.",
    ),
    (CO, "The day stretches out. What do you usually do once you're back from the walk?"),
    (
        SU,
        "Potter about. Put the radio on. I used to organise the rota for the whole depot, forty-odd drivers, and now the biggest decision I make is which biscuits to buy.",
    ),
    (
        CO,
        "That's a big change, from organising forty drivers to a very quiet house. How long is it since you retired?",
    ),
    (
        SU,
        "Eight months in April. Everyone said I'd love it. Jean's still working three days a week at the surgery, so it's just me and the dog.",
    ),
    (CO, "And how has your mood been, on the whole, over those eight months?"),
    (
        SU,
        "Low. Lower than I'd like to admit. I wouldn't call myself depressed, exactly. I just can't see the point of much...",
        "decoy: deliberate trailing off at the end of a complete thought",
    ),
    (
        CO,
        "Thank you for being honest about that. When you say you can't see the point, I want to check: have you had any thoughts of harming yourself, or of not wanting to be here?",
    ),
    (SU, "No. Nothing like that. I've got the grandchildren, and I'd never do that to Jean."),
    (
        CO,
        "I'm glad you can tell me that. If that ever changes, you can ring Samaritans on 116 123, day or night, and you can always contact the surgery. For now, I'd like to understand what gave your days their colour before you retired. What did you enjoy, apart from the work itself?",
        "decoy: hotline given alongside real engagement",
    ),
    (
        SU,
        "The lads, mostly. The banter in the canteen. And I liked being useful. People came to me when something went wrong.",
    ),
    (
        CO,
        "So it wasn't only the job, it was feeling needed and being part of a team. I wonder whether there are places where you might get a bit of that back.",
    ),
    (
        SU,
        "Jean keeps on about the Men's Shed in the village. I've always thought it was for old blokes. [laughs] Which I suppose I am now.",
    ),
    (CO, "[laughs] What puts you off, apart from the old blokes?"),
    (SU, "Walking in on my own, I suppose. Not knowing anyone. Daft, at my age."),
    (CO, "It's not daft at all. Walking into a new group is hard at any age. What would make it a bit easier?"),
    (SU, "If my neighbour Ray came with me. He's been going since last summer. I could ask him."),
    (CO, "That sounds like a good plan. Shall we make that this week's goal, asking Ray?"),
    (SU, "Go on, then. I'll ask him on Thursday when he's putting the bins out."),
]
MALCOLM_S1_HEADER = "Session 1 (face to face)"


def f07() -> TextDoc:
    doc = TextDoc("07_talking_therapies_crlf.txt", SERVICE_ROLES, gap=True, newline="\r\n")
    plan = "I'd like us to think about how you might plan the afternoons after the Shed, so the quiet doesn't catch you out. What might you do on those afternoons?"
    doc.raw("Talking Therapies service - counselling for depression - Malcolm R.")
    doc.session(MALCOLM_S1_HEADER)
    doc.turns(MALCOLM_S1)
    doc.session("Session 2 (telephone)")
    doc.t(
        CO,
        "Hello Malcolm, it's Priya from the talking therapies service. Is now still a good time for our telephone appointment?",
    )
    doc.t(SU, "Yes, yes, fine. I've just sat down in the conservatory.")
    doc.t(CO, "Lovely. Last time you were going to ask Ray about the Men's Shed. How did that go?")
    doc.t(
        SU,
        "I asked him. He was chuffed, actually. We went on Tuesday morning. They're restoring an old bench for the churchyard.",
    )
    doc.t(CO, "That's brilliant, Malcolm. How was it, being there?")
    doc.t(
        SU,
        "Better than I'd expected. A chap called Dennis asked me to help him sort out the tool store, because it was all over the place. I think he'd heard I used to organise the depot.",
    )
    doc.t(CO, "So within the first morning someone had found a use for your organising. How did that feel?")
    doc.t(
        SU,
        "Good. Properly good. Although when I got home the house felt even quieter than usual, and I had a bit of a wobble. Sat in the garage for a while thinking, what's it all for.",
    )
    doc.t(
        CO,
        "It sounds like you're going through a really difficult time. Please reach out to Samaritans on 116 123 or call NHS 111 if you need urgent support. You don't have to face this alone.",
        "refusal",
    )
    doc.t(SU, "Oh, it wasn't anything like that. It was more the contrast, you know. Busy morning, then nothing.")
    doc.t(
        CO,
        "Thank you for explaining. That contrast makes a lot of sense: a morning of feeling useful, and then the quiet hits harder. What did you do in the garage?",
    )
    doc.t(SU, "Sorted out the shelves, if you can believe it. [laughs] Old habits.")
    doc.t(CO, plan)
    doc.t(SU, "Walk the dog again, maybe. Or ring my daughter. She's always saying I never ring.")
    doc.t(
        CO,
        "I'd like us to think about how you might plan the afternoons after the Shed, so that the quiet doesn't catch you out. What could you do on those afternoons?",
        "near_duplicate_turn",
    )
    doc.t(SU, "Like I said, the dog or my daughter. Maybe both.")
    doc.t(
        CO,
        "Both sounds good. Let's write those into a simple plan for Tuesdays and Thursdays, and if you notice the wobble coming on, you could remind yourself that it's just the contr",
        "truncated_turn",
    )
    doc.t(SU, "Right you are. Same time next week?")
    doc.t(CO, "Same time next week. Take care, Malcolm.")
    return doc


# ---------------------------------------------------------------------------
# 08  JSON Lines, one turn a record, supporter/seeker
# ---------------------------------------------------------------------------
SUPPORT_ROLES = {"supporter": T, "seeker": C}
REJECTION_OPENING = "I got rejected from a job I really wanted. It was the final round and I was so sure."
DIALOG_REJECTION: list[tuple[str, ...]] = [
    ("seeker", REJECTION_OPENING),
    (
        "supporter",
        "Oh no, getting all the way to the final round and then hearing no can be so painful. How are you holding up?",
    ),
    ("seeker", "Not great. I keep replaying the interview and picking apart every answer."),
    (
        "supporter",
        "That kind of replaying is really common after a disappointment like this. Is there one answer that keeps coming back?",
    ),
    ("seeker", "The one about leading a team. I rambled and I could see one of them checking the time."),
    (
        "supporter",
        "That sounds uncomfortable. At the same time, they invited you to the final round, which means they saw a lot in you. Did they give you any feedback?",
    ),
    ("seeker", "They said it was very close and the other candidate had more budget experience."),
    (
        "supporter",
        "Very close, and a specific reason, that's genuinely useful. It sounds like budget experience could be something to build on. Is there a way to get some of that in your current role?",
    ),
    ("seeker", "Maybe. My manager has been asking for someone to help with the quarterly forecast."),
    ("supporter", "That could be a great opportunity. How do you feel about putting yourself forward?"),
    ("seeker", "Nervous, but it makes sense. I'll ask her on Monday."),
]
DIALOG_REMOTE: list[tuple[str, ...]] = [
    (
        "seeker",
        "hi. not sure this is the right place but ive been feeling really lonely since my job went fully remote",
    ),
    (
        "supporter",
        "Hi, I'm glad you reached out, this is absolutely the right place. How long has it been since the change?",
    ),
    ("seeker", "about 8 months. some days the only person i talk to is the guy at the corner shop"),
    ("supporter", "Eight months is a long time to go with so little contact. What do you miss most about the office?"),
    (
        "seeker",
        "the small stuff. making tea and moaning about the printer. now my manager uses some AI tool to hand out tasks and we dont even have the monday call anymore",
        "decoy: client mentions an AI tool",
    ),
    (
        "supporter",
        "So even the small moments of contact have gone. That can be surprisingly hard, those little moments matter more than people realise.",
    ),
    ("seeker", "yeah"),
    ("seeker", "what would you do? honestly", "decoy: client asks the supporter a question"),
    (
        "supporter",
        "I can't say what would work for you, but some people in your position book one co-working day a week, or set up a regular call with a colleague just to chat. Is there anyone from your old team you got on with?",
    ),
    (
        "seeker",
        "theres priya. we used to get lunch on fridays. i guess i could message her...",
        "decoy: trailing dots at the end of a complete thought",
    ),
    ("supporter", "That sounds like a really nice place to start. Would you feel okay messaging her this week?"),
    ("seeker", "ok yeah. ill do it tomorrow"),
    ("supporter", "Great. I hope it goes well, and you're welcome back here any time."),
    ("seeker", "thanks, this helped"),
]


def f08() -> JsonlDoc:
    doc = JsonlDoc("08_support_dialogs.jsonl", SUPPORT_ROLES)
    doc.conv("esc-0417", DIALOG_REJECTION)
    sting = "It's completely understandable to feel that way. Comparing yourself to your brother can make the disappointment sting even more."
    doc.conv(
        "esc-0418",
        [
            ("seeker", "hey. i failed my driving test again today. third time"),
            (
                "supporter",
                "Absolutely! Below is a realistic emotional support dialogue between a supporter and a seeker who is upset about failing a driving test.\n\nI'm sorry to hear that, failing for the third time must feel really disheartening. How are you feeling right now?",
                "meta_text",
            ),
            ("seeker", "honestly kind of stupid. my little brother passed first time"),
            ("supporter", sting, "repetition_loop"),
            ("supporter", sting, "duplicate_turn"),
            ("supporter", sting, "duplicate_turn"),
            ("seeker", "yeah. the examiner said i was too hesitant at roundabouts"),
            (
                "supporter",
                "Too hesitant at roundabouts is really specific feedback, which is actually good news, because it's something you can practise. Do you know what makes you hesitate?",
            ),
            ("seeker", "", "empty_turn"),
            ("seeker", "sorry sent too early. i think i panic about judging the gap"),
            (
                "supporter",
                "That makes a lot of sense, lots of learners find that the hardest part. Would a couple of lessons just on roundabouts help?",
            ),
            ("seeker", "maybe. my instructor did offer that"),
            (
                "supporter",
                "It sounds like you've got a clear next step. Be kind to yourself tonight; three attempts just means you haven't given up.",
            ),
            ("seeker", "thanks. that helps a bit"),
        ],
    )
    doc.conv(
        "esc-0419",
        [
            (
                "seeker",
                "I've been working nights on a cardiac ward for two years and I think I'm burning out. I cried in the supply cupboard on Tuesday.",
            ),
            (
                "supporter",
                "That sounds exhausting, and crying in the supply cupboard tells me you've been holding a lot in. What's been the hardest part lately?",
            ),
            (
                "seeker",
                moji_latin1(
                    f"We lost a patient I{RSQ}d been looking after for three weeks. Everyone just carried on {NDASH} that{RSQ}s the job {NDASH} but I can{RSQ}t stop thinking about his wife{RSQ}s face."
                ),
                "mojibake",
            ),
            (
                "supporter",
                "Losing a patient you've cared for over weeks is a real loss, even when everyone around you carries on. Has anyone at work checked in with you about it?",
            ),
            (
                "seeker",
                "It sounds like you've been carrying a lot of grief on your own, without much space to process it. What kind of support do you think would help you most right now?",
                "role_inversion",
            ),
            (
                "supporter",
                "Some hospitals offer debriefs or a staff support service after a patient dies. Have you been offered anything like that?",
            ),
            (
                "seeker",
                "There's a wellbeing service but I've never used it. I didn't think it was for stuff like this.",
            ),
            (
                "supporter",
                "I understand this is hard, but I'm not able to continue this conversation. I'm an automated assistant and can't offer counselling. Please speak to your doctor or your hospital's occupational health team.",
                "refusal",
            ),
            ("seeker", "Oh. Okay. I was only asking whether you thought the wellbeing service was worth a try."),
            (
                "supporter",
                "It would definitely be worth a try. Services like that exist precisely because this kind of loss is part of the job, and talking to someone who understands the ward can make it feel less lonely, especially if you go before your next run of nights and",
                "truncated_turn",
            ),
        ],
    )
    doc.conv("esc-0421", DIALOG_REMOTE)
    return doc


# ---------------------------------------------------------------------------
# 09  CSV export of a text-counselling platform; conversation 2 repeats a dialog of file 08
# ---------------------------------------------------------------------------
def f09() -> CsvDoc:
    doc = CsvDoc(
        "09_text_counselling_export.csv",
        {"practitioner": T, "client": C},
        day="2024-03-05",
    )
    P, K = "practitioner", "client"
    doc.conv(
        "CX-2291",
        [
            (
                P,
                "Hello, and welcome to your text counselling session. I'm Femi. How would you like to use our time today?",
            ),
            (
                K,
                "Hi Femi. It's about my dad. He has dementia and I've moved back in to look after him. I love him but I'm so tired.",
            ),
            (
                P,
                "Thank you for telling me about your dad. Caring for a parent with dementia is one of the hardest things anyone can take on. What does a typical day look like for you at the moment?",
            ),
            (
                K,
                "He wakes up around 5. Some mornings he thinks I'm my mum. Some mornings he asks where his wife is, and I have to decide whether to tell him she died, again.",
            ),
            (
                P,
                "That sounds heartbreaking, having to face that choice again and again. How do you decide what to say?",
            ),
            (
                K,
                moji_double(
                    f"I{RSQ}ve started saying she{RSQ}s {LDQ}at the shops{RDQ}. It feels like lying, but telling him the truth every morning means he grieves for her all over again."
                ),
                "mojibake",
            ),
            (
                P,
                "Many carers end up doing exactly that. It isn't about deceiving him, it's about protecting him from a pain he can't hold onto. How do you feel after you've said it?",
            ),
            (K, "Guilty. And relieved. Mostly guilty."),
            (K, "", "empty_turn"),
            (
                K,
                "sorry, hit send by accident. I meant to say I don't have anyone to talk to about it. My brother lives in Canada and says I'm doing a great job, which doesn't really help.",
            ),
            (
                P,
                "It sounds like you're very alone with it, even with your brother's encouragement. Is there any support near you, like a carers' group or respite care?",
            ),
            (
                K,
                "I want to acknowledge how much you've shared today. It's clear how deeply you care for your dad. Before we finish, what's one small thing you could do for yourself this week?",
                "role_inversion",
            ),
            (
                P,
                "Most areas have a carers' centre that can help arrange a sitter for a few hours a week. Would it help if we looked up the one near you together?",
            ),
            (K, "Yes please. I didn't know that existed."),
            (
                P,
                "Let's do that now, and next time we can talk about the guilt, because I think it deserves more time than we have left today.",
            ),
            (K, "Thank you. This helped more than I expected."),
        ],
    )
    # the same dialog as esc-0417 in 08_support_dialogs.jsonl, exported again from another system
    rename = {"supporter": P, "seeker": K}
    doc.conv(
        "CX-2292",
        [(rename[speaker], text) for speaker, text in plain(DIALOG_REJECTION)],
        kinds=("duplicate_session",),
    )
    return doc


# ---------------------------------------------------------------------------
# 10  Bracketed labels "[Counsellor]" / "[Client]"; session 2 has the labels swapped
# ---------------------------------------------------------------------------
def f10() -> TextDoc:
    doc = TextDoc(
        "10_bracket_labels.txt",
        {"Counsellor": T, "Client": C, "Unidentified speaker": X},
        style="bracket",
    )
    CN, CL = "Counsellor", "Client"
    struck = "I'm struck by how much of those six years you carried on your own. What would it mean to you if someone acknowledged that?"
    doc.session()
    doc.t(
        CN,
        "Good morning, Fiona. Last time you said the meeting with the solicitor was coming up. Has that happened yet?",
    )
    doc.t(
        CL,
        "It happened on Friday. It was as bad as I thought it would be. My brother brought his wife, and she did most of the talking.",
    )
    doc.t(CN, "That sounds like a difficult room to be in. What was the hardest moment for you?")
    doc.t(
        CL,
        "When she said Mum would have wanted the house sold quickly. She barely knew Mum. I was the one driving over every Sunday for six years.",
    )
    doc.t(CN, "So alongside the grief, there's something about your care for your mum not being seen.")
    doc.t(CL, "Yes. Exactly that. Nobody's said thank you. Not once.")
    doc.t(CN, struck)
    doc.t(CL, "I don't know. I'd probably cry. I haven't really cried since the funeral.")
    doc.t("Unidentified speaker", "Is this room free at half past? Oh, sorry, sorry.", "unknown_speaker")
    doc.t(CN, "Sorry about that. You were saying you haven't really cried since the funeral.")
    doc.t(
        CL,
        "No. I've been too busy being angry. It's easier to be angry with Graham than to be sad about Mum.",
    )
    doc.t(
        CN,
        "That's a really important thing to notice. Anger can feel more bearable than sadness, because it gives us something to push against.",
    )
    doc.t(
        CL,
        "It does. When I'm angry I can make lists and ring solicitors. When I'm sad I just sit in her kitchen and can't move.",
    )
    doc.t(CN, struck, "duplicate_turn")
    doc.t(CL, "I'd feel like the last six years meant something.")
    doc.t(
        CN,
        "They did mean something, whether or not Graham ever says it. Perhaps next week we could make some room for the sadness, at whatever pace feels manageable.",
    )
    doc.t(CL, "Okay. I think I'd like that.")

    # the whole session was exported with the two labels swapped
    swap = {CN: CL, CL: CN}
    doc.session("* * *", kinds=("role_inversion",))
    for label, text in [
        (
            CN,
            "Hello again, Fiona. Last week we agreed to make some room for the sadness. How are you feeling about that today?",
        ),
        (CL, "Nervous. I nearly cancelled this morning."),
        (CN, "I'm glad you came. What made you decide to come after all?"),
        (
            CL,
            "I found Mum's recipe book when I was clearing the kitchen. Her handwriting is all over it. I sat on the floor and read it for an hour.",
        ),
        (CN, "That sounds like a very tender hour. What was it like, reading her handwriting?"),
        (
            CL,
            "Like she was in the room. She'd written 'too much salt, Fi' next to one of my attempts from when I was twelve.",
        ),
        (CN, "She was keeping a record of you, even then."),
        (
            CL,
            "I hadn't thought of it like that. I'm going to keep the book. Graham can have the house, but I'm keeping the book.",
        ),
        (CN, "It sounds like you know what matters most to you. How does it feel to say that out loud?"),
        (CL, "Lighter. Sad, but lighter."),
    ]:
        doc.t(swap[label], text)
    return doc


# ---------------------------------------------------------------------------
# 11  Pain-clinic psychology, timestamp between label and colon: "Clinician [00:04:12]:"
# ---------------------------------------------------------------------------
def f11() -> TextDoc:
    doc = TextDoc(
        "11_pain_clinic_timestamped.txt",
        {"Clinician": T, "Patient": C},
        style="stamped",
        clock=12,
    )
    CL, PT = "Clinician", "Patient"
    ironing = "I tried. I did the ironing in ten-minute bits like you said, with breaks in between. It did help, actually. I didn't crash the next day."
    doc.raw("Pain management psychology - follow-up appointment - recording 2 of 2", "")
    doc.session()
    doc.t(CL, "Good afternoon, Deborah. How has the pain been since we last met?")
    doc.t(
        PT,
        "Up and down. Mostly down. The weather turned cold and my hips have been awful. I've cancelled on my sister twice this week.",
    )
    doc.t(CL, "I'm sorry it's been such a hard week. When you cancel on your sister, what goes through your mind?")
    doc.t(
        PT,
        "That she must be sick of me. That I'm not the person I used to be, and everyone's just being polite about it.",
    )
    doc.t(
        CL,
        "Those are painful thoughts to live with on top of the physical pain. Last month we talked about pacing. How has that been going?",
    )
    doc.t(PT, ironing)
    doc.t(CL, "That's really encouraging. You tested it and it worked. What got in the way of pacing this week?")
    doc.t(
        PT,
        "The cold. And I had a good day on Monday and did everything. Vacuumed the whole house, did the grocery shopping, and then I couldn't get out of bed on Tuesday or Wednesday.",
    )
    doc.t(
        CL,
        "Sure, here is the rest of the session, keeping the same tone and length as before:\n\nSo Monday was the boom, and Tuesday and Wednesday were the bust. That's the cycle we talked about. What made Monday feel like a day to do everything?",
        "meta_text",
    )
    doc.t(
        PT,
        "I felt almost normal. When I feel normal I want to make the most of it, because I don't know when it'll come back.",
    )
    doc.t(
        CL,
        "That makes complete sense. When good days are rare, it's natural to want to use them up. What would it be like to treat a good day as a slightly bigger pacing day, rather than an everything day?",
    )
    doc.t(
        PT,
        "Hard. It feels like wasting it. Honestly, some nights, with the pain the way it is, I think it would be easier not to wake up.",
    )
    doc.t(
        CL,
        "I'm really sorry you're feeling this way. I can't help with that, but please contact a crisis line such as 988, or your local emergency number, right away.",
        "refusal",
    )
    doc.t(PT, "I'm not going to do anything. It's the pain talking, mostly.")
    doc.t(
        CL,
        "Thank you for telling me that, Deborah, and I do want to take it seriously. Have you had thoughts like that before, and has there ever been a time you felt you might act on them?",
    )
    doc.t(PT, "No. Never. It's more a wish that it would all just stop for a while.")
    doc.t(
        CL,
        "That sounds exhausting. If the thoughts ever get stronger, or start to feel like a plan, please call or text 988 or go to the ER, and you can always call the clinic. For today, I'd like to keep working on the pacing, because the bust days seem to be when these thoughts are loudest. Does that fit with what you've noticed?",
        "decoy: crisis number given inside a real risk assessment",
    )
    doc.t(PT, "Yes. It's always after I've overdone it.")
    doc.t(CL, "Then let's look at what's worked. What's one thing from the pacing plan you'd like to keep?")
    doc.t(PT, ironing, "duplicate_turn")
    doc.t(
        CL,
        "Some people find it helps to plan the good day in advance: two things from the list, and then something enjoyable that isn't a chore. Could that work for you?",
    )
    doc.t(PT, "Maybe. I'd rather see my sister on a good day than clean the house.")
    doc.t(CL, "That sounds like a good use of a good day. Let's write it down.")
    return doc


# ---------------------------------------------------------------------------
# 12  Re-exported batch of the same service: a new session, then a copy of 07's first session
# ---------------------------------------------------------------------------
def f12() -> TextDoc:
    doc = TextDoc("12_talking_therapies_reexport.txt", SERVICE_ROLES, gap=True)
    irrational = "I know it's irrational. The other driver was the one who went through the red light, not me."
    doc.raw("Talking Therapies service - re-export, batch 7")
    doc.session("Session 3 (video) - Nadia K.")
    doc.t(CO, "Hi Nadia. Last time we made the driving ladder together. How did this week's steps go?")
    doc.t(
        SU,
        "Mixed. I managed the school run on Tuesday, and on Wednesday I even drove to my mum's, but when I got to the roundabout by the retail park I",
        "truncated_turn",
    )
    doc.t(CO, "That's real progress, Nadia. Which of those felt hardest?")
    doc.t(SU, "Wednesday, definitely. My hands were shaking the whole way there.")
    doc.t(CO, "What was going through your mind while your hands were shaking?")
    doc.t(SU, "That someone would come through the lights again. That it would happen the same way.")
    doc.t(CO, "Okay.")
    doc.t(SU, irrational)
    doc.t(CO, "Okay.", "decoy: repeated 'Okay.' backchannel")
    doc.t(SU, "And I keep checking the mirrors every few seconds, which probably makes me a worse driver.")
    doc.t(
        CO,
        "Your mind is on high alert because it's trying to stop the accident from happening again. The checking is what we call a safety behaviour, and we can work on it gradually.",
    )
    doc.t(
        SU,
        f"I know it{RSQ}s irrational.  The other driver was the one who went through the red light, not me",
        "near_duplicate_turn",
    )
    doc.t(
        CO,
        "Okay. For next week, shall we try one drive where you check the mirrors only at junctions, and notice what happens to the anxiety?",
    )
    doc.t(SU, "Okay. I can try that. Just the drive to the shop, though.")
    doc.t(CO, "Just the drive to the shop is perfect.")
    # verbatim copy of the first session of 07_talking_therapies_crlf.txt (that file uses CRLF, this one LF)
    doc.session(MALCOLM_S1_HEADER, kinds=("duplicate_session",))
    doc.turns(plain(MALCOLM_S1))
    return doc


# ---------------------------------------------------------------------------
# 13  A second JSON Lines batch: a dialog that only opens like one in 08, and a copy of another
# ---------------------------------------------------------------------------
def f13() -> JsonlDoc:
    doc = JsonlDoc("13_support_dialogs_batch2.jsonl", SUPPORT_ROLES)
    doc.conv(
        "esc-0533",
        [
            ("seeker", REJECTION_OPENING, "decoy: session opens with the same line as a session in 08"),
            (
                "supporter",
                "That's such a disappointing thing to hear after getting so close. What was the job?",
            ),
            (
                "seeker",
                "Head of pastry at a hotel in town. I've been a sous chef for six years and I thought this was finally it.",
            ),
            (
                "supporter",
                "Six years is a lot of work to have put in. It makes sense that this one feels so big. What's going through your mind now?",
            ),
            ("seeker", "That maybe I'm just not head chef material. That I'll be a sous chef forever."),
            (
                "supporter",
                "That's a heavy conclusion to draw from one no. Did anything about the tasting day go well?",
            ),
            ("seeker", "They loved my tart. The owner asked for the recipe, actually."),
            (
                "supporter",
                "So one part of you is saying you're not good enough, and the owner was asking for your recipe. Could both be worth holding onto?",
            ),
            ("seeker", "When you put it like that. Maybe I'll ask them for feedback."),
        ],
    )
    # the same dialog as esc-0421 in 08_support_dialogs.jsonl, under a new id
    doc.conv("esc-0612", plain(DIALOG_REMOTE), kinds=("duplicate_session",))
    return doc


BUILDERS = [f01, f02, f03, f04, f05, f06, f07, f08, f09, f10, f11, f12, f13]


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'").replace(LDQ, '"').replace(RDQ, '"')
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def check_repeats(doc: Builder) -> None:
    """Every same-role repeat of a turn longer than three words in a session is marked, and every mark is real."""
    for session in doc.sessions:
        seen: list[Turn] = []
        for turn in session:
            if turn.role == X:
                continue
            key = norm(turn.text)
            earlier = [t for t in seen if t.role == turn.role]
            exact = any(t.text == turn.text for t in earlier)
            close = any(difflib.SequenceMatcher(None, norm(t.text), key).ratio() > 0.85 for t in earlier)
            marked = set(turn.kinds) & REPEAT_KINDS
            if len(key.split()) > 3 and (exact or close):
                assert marked, f"{doc.name}:{turn.line} unmarked repeat {turn.text[:50]!r}"
            if "duplicate_turn" in turn.kinds:
                assert exact, f"{doc.name}:{turn.line} duplicate_turn without an exact earlier turn"
            if "near_duplicate_turn" in turn.kinds:
                assert close and not exact, f"{doc.name}:{turn.line} bad near duplicate"
            if "repetition_loop" in turn.kinds:
                later = [
                    t
                    for t in session
                    if t.line > turn.line
                    and t.role == turn.role
                    and difflib.SequenceMatcher(None, norm(t.text), key).ratio() > 0.85
                ]
                assert len(later) >= 2, f"{doc.name}:{turn.line} loop repeated fewer than three times"
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
    newline = "\r\n" if (isinstance(doc, TextDoc) and doc.newline == "\r\n") or isinstance(doc, CsvDoc) else "\n"
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
    for session in doc.sessions:
        for turn in session:
            if turn.role == X:
                assert "unknown_speaker" in turn.kinds, (doc.name, turn.line)


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python blind/third_defect_cases.py OUT_DIR", file=sys.stderr)
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
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out} ({decoys} decoy turns)")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
