# ruff: noqa: E501
r"""Forty-seventh set of blind defect cases for the transcript-cleaning product: THE TWO HARDEST KINDS (role_inversion
and truncated_turn), IN ENGLISH, IN LONG LLM-STYLE SESSIONS, WITH THEIR LOOK-ALIKES.

Blind conditions, as followed. The only things of /work/main read were: the first 15 lines of
benchmarks/blind_defects.py (``head -n 15``, the interface); a listing of blind/ (``ls /work/main/blind``); the
``[tool.ruff]`` settings (``grep -n -A12 "tool.ruff" /work/main/pyproject.toml``; these three and ``date`` in one
command); and ONE earlier writer, blind/thirtieth_defect_cases.py, as the model for structure: ``wc -l`` (2435 lines)
and one ``cat`` of the whole file, whose output the tool cut in the middle (its first 139 lines, the docstring's start,
and its last ~310 lines, the end of its last script, ``BUILDERS``, the self-checks, ``show_row`` and ``main``, were
shown; lines 140-2126 were not), then ``sed -n 140,260p`` (the rest of its docstring, its imports and kinds), one
``grep -n`` for its top-level ``def``/``class``/constant/script names (``| head -80``), and ``sed -n 260,560p`` (its
constants, text helpers, the ``Doc`` builder, ``labelled`` and the start of its first script). Its design (scripts of
``(speaker, text, *tags)`` with ``decoy:`` notes, a builder that computes lines, self-checks) was followed; its
transcript text was not reused. No other file of /work/main was opened, listed or grepped (no transforms, flows,
tests, synth, schemas, sql, README, docs, other benchmarks or other blind files); nothing under /work/shared was read;
no search tool was used; git was not run; the product, its tests and every benchmark (blind_defects.py included) were
never run. Every transcript line below was written for this set.

The only things run were: ``date`` (several times); ``mkdir -p /tmp/s29e``; ``cat`` heredocs writing this file's parts
under /tmp/s29e and ``cat`` assembling them into /tmp/s29e/draft.py; system ``python3`` snippets making exact
replacements in the parts; runs of the draft with system ``python3`` into /tmp/s29e (see below); ``cat``, ``cut``,
``sed``, ``grep``, ``sort``, ``uniq`` and ``diff -r`` on the written output; ``.venv/bin/ruff format``, ``ruff check``
(with ``--config /work/main/pyproject.toml``) and ``.venv/bin/mypy --strict`` on a copy (/tmp/s29e/fmt.py); a ``cat``
heredoc writing this docstring, ``python3`` snippets editing and rewrapping it and putting it in place of a placeholder;
``cp`` of the result to blind/; then, from /work/main, ``.venv/bin/ruff format``, ``.venv/bin/ruff check`` and
``.venv/bin/mypy`` on blind/fortyseventh_defect_cases.py alone, and ``.venv/bin/python
blind/fortyseventh_defect_cases.py`` into /tmp/s29e/final (``--show``) and with seeds 1 and 3, compared with ``diff -r``
against the draft's output. The truth tags were written with the text, before the first run. The first run stopped in
this writer's check that a session has 20-40 turns (the couples session had 41: one line of Priya's, ``Oh, Saturday.
Fine.``, was dropped; before that first run a line of hers had been added after the counsellor's ``warmth`` turn, so
that the counsellor-voiced client line does not directly follow another counsellor line); the second in the rate check
(one row per at least eight turns: the formal CBT session had 4 rows in 31 turns; two closing turns were added); the
third in the check that an uncut truncated turn was a complete sentence (the crisis chat's uncut message had no full
stop: the check now lets chat messages end without one); the fourth in the turn-count check (the school session had 44
turns; four turns about Reece being captain were dropped). Then every check passed, for seeds 47, 1, 2, 3, 4, 5 and 99,
and two runs with seed 47 wrote identical files (``diff -r``). ruff asked for one change (a SIM300 ``1 <= len(...)``
comparison); mypy found nothing. After a first draft of this docstring, decoy notes were added to two crisis-chat turns
it names (the risk question and the turn naming 999). None of these fixes touched a truth tag. Run as

    python blind/fortyseventh_defect_cases.py OUT_DIR [--show] [--seed N]

to write 13 transcript files and ``truth.csv`` (``file,line,defect_type``, with a header row) into OUT_DIR; ``--show``
also prints every truth row and every decoy next to the line it names. The seed (default 47) orders the files (so the
``NN_`` prefixes change), chooses blank lines between turns in the plain-text files, and adds a ``Date:`` line to some
headers; the words, the corruptions and which turns they hit never change, so every seed gives 455 turns and the same
40 rows (at different line numbers, computed by the builder).

Emphasis. 13 sessions of 24-40 turns (455 turns), one a file, plain text ``Label: text`` or Markdown ``**Label:**
text``: CBT, person-centred, motivational interviewing, grief, couples (two clients), a school counsellor, a crisis
line text chat without much punctuation, a spoken verbatim transcript with fillers and interruptions, a very formal
LLM voice, ACT, an employee assistance session, a therapist in her own therapy, a student with social anxiety. 40 truth
rows at realistic rates (2-4 a session, at most one row per eight turns): role_inversion 18, truncated_turn 22. No
other kind is present (no duplicates, refusals, meta text, empty turns or unknown speakers; a check forbids close
same-voice repeats). Labels: ``Therapist:``/``Client:``, ``Counsellor:``/``Client:``, first names with a cast line
(``Ravi:``/``Dale:``), ``Counsellor:`` with the clients' first names and a cast line (``Priya:``/``Tom:``,
``Jayden:``), ``Counsellor:``/``Texter:`` with a roles line, ``T:``/``C:`` with a key line, and Markdown bold.

How the truth is made (never typed as line numbers). A script entry names the speaker whose voice really speaks;
``swap`` makes the builder write the turn under the other role's label (``swap:Tom`` picks the client label in the
couples file); ``voice`` marks a turn written under its own label in the other role's voice (a generator's drift);
``cut:X`` makes the builder cut the written turn right after the first (only) occurrence of X, from a complete turn
kept in the script; a session built with ``swapped`` has every label swapped and ONE ``role_inversion`` row at its
first turn (its turns carry no single inversion). The builder records the line of every turn as it writes it.

Files (names at seed 47; the slug after the number never changes):

* ``02_cbt_panic_trains_s3.txt`` (38 turns): CBT for panic on trains, Ade. role_inversion: the therapist's question
  proposing to write the prediction down together, written under ``Client`` between two client turns; truncated_turn:
  his prediction cut mid-word (``at Clap``), and the therapist's long closing paragraph whose last sentence stops
  (``and then we can``). Decoys: the client quoting the therapist's ``Relief is the hook``; the client reflecting back
  (``So what you're saying is ... keeps the whole business going?``); the therapist putting the client's thought in
  quotation marks; a goodbye without a full stop.
* ``12_person_centred_carer_s6.txt`` (38 turns): person-centred counselling, Morwenna, caring for Glyn after his
  stroke. role_inversion: a short first-person complaint (``I'm so tired of being the one who holds it all together``)
  under ``Counsellor``; truncated_turn: her account cut after a comma (``like that,``) and her long turn cut mid-word
  (``my moth``). Decoys: the counsellor's self-disclosure about caring for her own mother, turned back to the client;
  the counsellor saying back and quoting the client's words; a turn opening with ``...``; ``Thank you`` at the end.
* ``07_mi_alcohol_review.txt`` (34 turns): MI, ``Ravi:``/``Dale:`` with a cast line. role_inversion twice, a swapped
  pair in the middle: Dale proposing an agenda in the counsellor's voice, then Ravi answering as the client (his
  brother's five-a-side); truncated_turn: the session's last turn ending mid-clause (``a can in my``). Decoys: the cast
  and header lines; the client quoting his ex-wife.
* ``05_grief_ines_s5.txt`` (37 turns): grief, Ines, whose mother died in Lisbon. truncated_turn: her turn cut inside a
  quotation, after a function word (``we'll go to``), and the therapist's turn cut after ``at the``; role_inversion at
  the END: the last turn, under ``Therapist``, is the client's (``I'm going to go home and make her soup``). Decoys: the
  therapist's self-disclosure (``I lost my own father``) turned back; the client's apology.
* ``06_couple_counselling_s3.txt`` (40 turns): couples, ``Counsellor:``/``Priya:``/``Tom:``. role_inversion: the
  counsellor's question to Tom written under ``Tom`` (subtle), and Priya's complaint under ``Counsellor``;
  truncated_turn: the counsellor's reframe cut after ``to the`` and Tom's long turn cut mid-word (``angry abo``).
  Decoys: Priya reflecting back to Tom because the counsellor asked her to; Tom's ``I'm always the one who--`` completed
  by Priya; the cast line; a goodbye without a full stop.
* ``13_school_counsellor_year9.txt`` (40 turns): a school counsellor and Jayden, Year 9. role_inversion: a single
  reflective question (``Two weeks on your own in the library. How has that been for you?``) under ``Jayden``;
  truncated_turn: a numbered list cut inside its third item (``on Fri``), and his long turn cut after ``before``.
  Decoys: ``I dunno``; ``So you're saying I'm hiding?``; the pupil quoting his father; ``Bye miss``; the
  header lines.
* ``11_crisis_text_chat_export.txt`` (37 turns): a crisis line text chat, ``Counsellor:``/``Texter:``, lower case and
  little punctuation. truncated_turn: the texter's message cut mid-word (``becau``), the counsellor's plan cut after
  ``on your``; role_inversion: the counsellor's validating question under ``Texter``, and a texter-style line
  (``honestly i just want him to bring the dog back``) under ``Counsellor``. Decoys: 13 messages without final
  punctuation (each noted), emoji endings, ``...``, ``lol``, a question without a question mark, an apology, the
  counsellor suggesting words in quotation marks, a direct risk question and 999 inside engagement.
* ``09_spoken_verbatim_sisters.txt`` (39 turns): a spoken verbatim transcript, ``T:``/``C:``, Lorraine and her sister
  Carol. role_inversion: the therapist's reflective question written under ``C`` after the therapist's ``Mm.`` (subtle:
  the labels still alternate); truncated_turn: the therapist's long paragraph cut mid-word (``does the vo``), and the
  session's last turn ending mid-clause (``in the``). Decoys: ``I was going to talk about work-- no.``; ``and I
  just--`` picked up by ``You just...?``; ``and, and--`` completed by the therapist; ``we could--`` completed by
  ``Share it?``; ``I've gone a bit, um.``; the therapist quoting the client; the client quoting her sister; a quoted
  draft with ``...``.
* ``10_formal_cbt_perfectionism_s5.md`` (33 turns): a very formal LLM-style CBT session in Markdown bold, Elias and Dr.
  Lindqvist. role_inversion: a short first-person line (``I have not slept properly since Thursday``) under
  ``Therapist``, and the client thanking ``Dr. Lindqvist`` for her openness and setting homework; truncated_turn: the
  client's long prediction whose last sentence stops (``every subsequent``), and the therapist's paragraph cut after a
  comma (``a little,``). Decoys: the Markdown title; the therapist quoting ``Five and a half``.
* ``04_act_chronic_pain_s4.txt`` (24 turns): ACT for chronic pain, Nadia, the WHOLE session with ``Therapist`` and
  ``Client`` swapped (one role_inversion row at its first turn); truncated_turn: the therapist's turn (under
  ``Client``) cut mid-word (``way ho``). Decoys: the header; a quotation read back; a goodbye without a full stop.
* ``03_eap_redundancy_s1.md`` (24 turns): an employee assistance session, Bernard after a redundancy, Markdown bold,
  the WHOLE session with ``Counsellor`` and ``Client`` swapped (one row at its first turn); truncated_turn: his turn
  (under ``Counsellor``) cut after ``still in the``. Decoys: the title; ``Cheers`` without a full stop.
* ``01_therapist_in_therapy_s8.txt`` (37 turns): a client who is a family therapist herself and talks shop.
  role_inversion: her story of her son and crying in the car park, under ``Therapist``; truncated_turn: her long turn
  cut mid-word (``his bedro``), and the therapist's turn cut after a comma (``for it,``). Decoys: the client nearly
  asking how the therapist is, quoting what she tells her own clients, asking herself the therapist's questions
  (``what the evidence is``), a genogram, her supervisor's and her son's words; an ellipsis inside a turn.
* ``08_student_social_anxiety_s2.txt`` (34 turns): a student, Callum. role_inversion: a short first-person complaint
  (``It was awful, honestly ... my hands were shaking``) under ``Counsellor``, and the counsellor's homework proposal
  under ``Client``; truncated_turn: his quotation cut mid-word (``the bit about ano``). Decoys: ``So what you're saying
  is I only notice the bits that prove I'm weird?``; the counsellor's brief self-disclosure (nerves at staff
  meetings); a goodbye without a full stop.

Not defects, on purpose (87 decoys at seed 47, all on lines without a truth row, each with a note printed by
``--show``: 23 header, cast, title and date lines and 64 turns). A turn that trails off, breaks off with ``--`` and is
picked up or completed by the other speaker, a chat message without final punctuation or ending with an emoji or
``...``, a question without a question mark in a chat, and a complete goodbye without a full stop are NOT truncated
turns; a truncated turn was cut by the data (an export, a generator's limit) and no later turn completes it. A client
who reflects back, talks shop as a therapist, or quotes the counsellor, and a counsellor who quotes the client or
makes a brief self-disclosure turned back to the client are NOT role inversions; a role inversion is a turn whose
words belong to the other role (a label swap, or a generator's drift into the other voice).

Self-checks (of this writer, not of any detector): every file parses back, line for line, to exactly the turns written
(a non-turn line never reads as a turn); a clean turn ending without final punctuation carries a decoy note (chat
messages get one automatically); a truncated turn is a strict prefix of a complete turn, ends without final
punctuation, ``--`` or ``...``, and carries no decoy note; outside a swapped session a turn's label has its voice's role
exactly when no inversion is marked, and in a swapped session no turn's label does; each truth row's line holds the
intended label and text; no two substantial turns in one voice are close copies; every session has 20-40 turns, both
roles and 1 to (turns / 8) rows; decoys never stand on a truth line or a blank line; files are UTF-8 with LF; two builds
with the same seed are identical; 36-44 rows, both kinds, within six of each other; at least as many decoys as rows; no
row twice. Standard library only.
"""

from __future__ import annotations

import argparse
import csv
import difflib
import random
import re
import sys
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, field
from pathlib import Path

KINDS = {"role_inversion", "truncated_turn"}
T, C = "T", "C"  # the counsellor's role and the client's role
ENDERS = ".?!\"')]" + "\u2019\u201d\u2026"
# a script entry is (speaker label of the voice that REALLY speaks, text, *tags); tags:
#   "cut:X"         the export cut the turn right after the first occurrence of X (truncated_turn)
#   "swap"          the turn is written under the other role's label (role_inversion); "swap:Label" names the label
#   "voice"         the turn is written under its own label but in the other role's voice (role_inversion)
#   "decoy: note"   a clean turn that looks suspicious; listed, never a truth row
Entry = tuple[str, ...]


@dataclass
class Turn:
    label: str  # the label written in the file
    voice: str  # the role whose voice the words are in
    text: str  # the words written in the file
    full: str  # the words before any cut
    line: int
    kinds: list[str]
    notes: list[str]


@dataclass
class Doc:
    slug: str
    roles: dict[str, str]  # label -> role
    style: str  # "plain" (Label: text) or "bold" (**Label:** text)
    blank: bool  # a blank line after every turn
    header: list[tuple[str, str]]  # lines before the first turn, each with its decoy note
    swapped: bool = False  # the whole session is written with the two roles' labels swapped
    chat: bool = False  # a text chat: unpunctuated endings are its style (auto decoy notes)
    name: str = ""
    out: list[str] = field(default_factory=list)
    turns: list[Turn] = field(default_factory=list)
    truth: list[tuple[int, str]] = field(default_factory=list)
    decoys: list[tuple[int, str]] = field(default_factory=list)

    def label_of(self, role: str, prefer: str = "") -> str:
        if prefer:
            assert self.roles[prefer] == role, (self.slug, prefer, role)
            return prefer
        return next(label for label, r in self.roles.items() if r == role)

    def fmt(self, label: str, text: str) -> str:
        return f"**{label}:** {text}" if self.style == "bold" else f"{label}: {text}"

    def pattern(self) -> re.Pattern[str]:
        labels = "|".join(re.escape(label) for label in self.roles)
        if self.style == "bold":
            return re.compile(rf"^\*\*(?P<label>{labels}):\*\* (?P<text>.+)$")
        return re.compile(rf"^(?P<label>{labels}): (?P<text>.+)$")

    def build(self, script: Sequence[Entry]) -> Doc:
        for text, note in self.header:
            self.out.append(text)
            if text.strip():
                self.decoys.append((len(self.out), note))
        if self.header and self.header[-1][0].strip():
            self.out.append("")
        for who, words, *tags in script:
            self.add_turn(who, words, tags)
            if self.blank:
                self.out.append("")
        while self.out and not self.out[-1]:
            self.out.pop()
        return self

    def add_turn(self, who: str, words: str, tags: Sequence[str]) -> None:
        assert who in self.roles, (self.slug, who)
        voice = self.roles[who]
        other = C if voice == T else T
        kinds: list[str] = []
        notes = [t[len("decoy:") :].strip() for t in tags if t.startswith("decoy:")]
        label = who
        text = words
        for tag in tags:
            if tag.startswith("decoy:"):
                continue
            if tag.startswith("cut:"):
                marker = tag[len("cut:") :]
                assert words.count(marker) == 1, (self.slug, marker)
                text = words[: words.index(marker) + len(marker)]
                assert len(words) - len(text) >= 3, (self.slug, marker)
                kinds.append("truncated_turn")
            elif tag == "swap" or tag.startswith("swap:"):
                assert not self.swapped, self.slug
                label = self.label_of(other, tag[len("swap:") :] if ":" in tag else "")
                kinds.append("role_inversion")
            elif tag == "voice":
                assert not self.swapped, self.slug
                voice = other  # written under its own label, in the other role's voice
                kinds.append("role_inversion")
            else:
                raise AssertionError((self.slug, tag))
        if self.swapped:
            label = self.label_of(other)
        line = len(self.out) + 1
        if self.swapped and not self.turns:
            self.truth.append((line, "role_inversion"))  # one row for the whole session, at its first turn
        if kinds and notes:
            raise AssertionError(f"{self.slug}: a truth turn with a decoy note: {words[:50]!r}")
        if not kinds and text.rstrip()[-1] not in ENDERS and not notes:
            assert self.chat, f"{self.slug}: an open ending without a decoy note: {text[-40:]!r}"
            notes = ["a chat message without final punctuation"]
        self.out.append(self.fmt(label, text))
        self.truth.extend((line, kind) for kind in kinds)
        self.decoys.extend((line, note) for note in notes)
        self.turns.append(Turn(label, voice, text, words, line, kinds, notes))

    def render(self) -> bytes:
        return ("\n".join(self.out) + "\n").encode("utf-8")


# ---------------------------------------------------------------------------
# 01 CBT for panic on trains, session 3: plain ``Therapist:`` / ``Client:``. Ade, who got off two stops early.
# ---------------------------------------------------------------------------
TH, CL = "Therapist", "Client"
S01: list[Entry] = [
    (TH, "Good to see you, Ade. Before we start, how has the week been since our last session?"),
    (
        CL,
        "Mixed. I got the train twice, which I haven't done since March, but the second time I got off two stops early and walked the rest.",
    ),
    (TH, "Two journeys. That's not nothing. Can you tell me about the second one, where you got off early?"),
    (
        CL,
        "It was rammed. Someone's rucksack was pressed right into my chest and I started doing the thing where I count the stops, and there were still six to go.",
    ),
    (TH, "And what was going through your mind as you counted?"),
    (CL, "That I'd pass out. That the doors wouldn't open and I'd be stuck there going grey, with everyone staring."),
    (
        TH,
        "So the thought was \"I'm going to pass out and I can't get out.\" How strongly did you believe that, in the moment, out of a hundred?",
        "decoy: the therapist puts the client's thought in quotation marks",
    ),
    (CL, "Ninety. Maybe ninety-five."),
    (TH, "And sitting here now?"),
    (CL, "Thirty? I know it's never actually happened. I've never fainted in my life."),
    (
        TH,
        "That's an important bit of information. Last time we drew out the cycle: the tight chest, the thought, the getting off. Do you remember what came after the getting off?",
    ),
    (
        CL,
        'The relief. Which you said is the problem. "Relief is the hook," you said, and I\'ve been annoyed about that all week.',
        "decoy: the client quotes what the therapist said last time",
    ),
    (TH, "[laughs] Fair enough. Annoyed how?"),
    (
        CL,
        "Because it's true. Getting off felt brilliant for about ten minutes, and then I felt like a complete failure walking down the high street in the rain.",
    ),
    (TH, "So leaving brings relief straight away, and the sense of failure arrives a bit later."),
    (
        CL,
        "So what you're saying is that getting off the train is the thing that keeps the whole business going?",
        "decoy: the client reflects back in counsellor-like words, a question",
    ),
    (
        TH,
        "That's how I'd understand it, yes. Each time you leave, your brain files it as \"that was dangerous, and leaving saved me.\" It never gets to learn the other ending.",
    ),
    (CL, "Right. The other ending being I stay on and nothing happens."),
    (
        TH,
        "Or something uncomfortable happens and you cope with it. I'd like us to plan an experiment for this week. Would you be up for that?",
    ),
    (CL, "Depends what it is."),
    (
        TH,
        "Fair. What I have in mind is a short journey, two stops, at a quieter time of day, where you stay on until your stop whatever your body does.",
    ),
    (CL, "Two stops I can probably do. What if the thing in my chest starts straight away, though?"),
    (
        TH,
        "Then that's exactly the moment we're interested in. What might you say to yourself if the tightness started at the first stop? Let's write your prediction down together now.",
        "swap",
    ),
    (CL, "I'd probably tell myself it's just adrenaline. That it peaks and then it comes down."),
    (TH, "Yes. You've read the leaflet, I can tell."),
    (CL, "I read it on the train. The one where I got off."),
    (TH, "[laughs] Then it's already been on a journey. So, the prediction. What do you think will happen?"),
    (
        CL,
        "I'll feel sick, my chest will go tight, and I'll end up standing by the doors with my thumb on the button like I did at Clapham North last Thursday.",
        "cut:Clap",
    ),
    (TH, "So the prediction is that you'll need to get off before your stop. How much do you believe it?"),
    (CL, "Seventy."),
    (TH, "Seventy. And what would count as evidence against it?"),
    (CL, "Getting to my stop, I suppose. Even if I'm sweating buckets."),
    (TH, "Even if you're sweating buckets. Sweating is allowed; it's the leaving we're testing."),
    (
        CL,
        "I did wonder whether I should take a bottle of water, or whether that's cheating.",
    ),
    (
        TH,
        "Good question. For the first go, take it, but only drink if you're actually thirsty. We can phase it out later.",
    ),
    (CL, "Okay. That seems fair. Out of ten I'm about a six on this, which for me is pretty good."),
    (
        TH,
        "Six is a good place to start. I'll send you the prediction sheet tonight, and next week we'll look at what actually happened next to what you predicted. If it goes badly, that's still useful information, because we'll see exactly which part of the journey was hardest and what your mind was telling you at that point, and then we can build the next step from there.",
        "cut:and then we can",
    ),
    (CL, "Thanks. See you next Tuesday then", "decoy: a complete goodbye without a full stop"),
]


# ---------------------------------------------------------------------------
# 02 person-centred counselling: plain ``Counsellor:`` / ``Client:``. Morwenna, caring for her husband after his stroke.
# ---------------------------------------------------------------------------
CO, CLI = "Counsellor", "Client"
S02: list[Entry] = [
    (CO, "Where would you like to start today?"),
    (CLI, "I don't really know. I nearly cancelled. I sat in the car outside for ten minutes."),
    (CO, "Something made it hard to come in."),
    (
        CLI,
        "Everything feels hard to come into at the moment. The kitchen, the bedroom, the chemist's. I walk into rooms and I feel like a ghost in them.",
    ),
    (CO, "A ghost in the rooms of your own house."),
    (
        CLI,
        "Since Glyn's stroke, people come to the door and they ask about him. How's he doing, is he talking yet, is he eating. Nobody asks about me, and I'm the one opening the door.",
    ),
    (
        CO,
        "You're the one opening the door, and nobody sees you standing there.",
        "decoy: the counsellor says back the client's words",
    ),
    (CLI, "That sounds very self-pitying when you say it back."),
    (CO, "It didn't sound self-pitying to me. It sounded lonely."),
    (CLI, "... Yes. Lonely. That's the word I've been avoiding.", "decoy: a turn opening with an ellipsis"),
    (CO, "What happens when you let yourself use it?"),
    (
        CLI,
        "I feel guilty. He's the one who can't do up his own buttons. He's the one who cried because he couldn't remember our granddaughter's name. What right have I got to be lonely?",
    ),
    (CO, "It sounds as if there's a rule somewhere that only one of you is allowed to be struggling."),
    (
        CLI,
        "My mother had that rule. She nursed my father for eleven years and never once complained, and we all said how marvellous she was.",
    ),
    (CO, "Marvellous."),
    (CLI, "She was. She was also furious underneath, I think. She used to slam the cupboard doors."),
    (CO, "So you learned what caring looks like from her. The marvellous part and the slamming part."),
    (CLI, "I slammed the dishwasher on Sunday so hard a glass broke."),
    (CO, "What was happening just before?"),
    (
        CLI,
        "Glyn had asked for tea, and then he said it was too hot, and then he said I never used to make it like that, and something in me just went.",
        "cut:like that,",
    ),
    (CO, "Take your time."),
    (CLI, "I'm alright. It's just that nobody warns you that you'll be angry with someone who's ill."),
    (
        CO,
        "I've been on the caring side of that with my own mother, and I remember the anger surprising me too. But I'd like to stay with yours. What is it like, being angry with Glyn?",
        "decoy: the counsellor's brief self-disclosure, turned back to the client",
    ),
    (CLI, "Horrible. Like I'm a bad person."),
    (
        CO,
        "I'm so tired of being the one who holds it all together. Some mornings I can't face getting up at all.",
        "voice",
    ),
    (CLI, "And then I feel bad for even thinking that."),
    (CO, "It sounds like the anger and the guilt arrive together, almost as a pair."),
    (CLI, "They do. Like an old married couple. [laughs]"),
    (CO, "[laughs] Perhaps they've been together even longer than you and Glyn."),
    (CLI, "Since I was about eight, probably."),
    (
        CO,
        "Before we finish, you said earlier, \"I walk into rooms and I feel like a ghost in them.\" I wonder whether there's anywhere you don't feel like a ghost.",
        "decoy: the counsellor quotes the client's words back to her",
    ),
    (CLI, "The choir. I haven't been since October. I used to sing alto."),
    (CO, "Your voice changed when you said that."),
    (CLI, "Did it? Maybe I could ask his sister to sit with him on a Thursday evening. She's offered before."),
    (CO, "That's your idea, and it sounds like it matters to you."),
    (
        CLI,
        "It does. I'll ring her tonight, before I talk myself out of it. And I'll tell the district nurse that I need someone to talk to as well, because I think she thinks I'm coping perfectly and I'm not, I'm really not, I'm just very good at looking as though I am, which is a thing I learned a long time ago from watching my mother.",
        "cut:my moth",
    ),
    (CO, "Thank you for telling me that. Same time next week?"),
    (CLI, "Yes. Same time next week. Thank you", "decoy: a complete goodbye without a full stop"),
]


# ---------------------------------------------------------------------------
# 03 motivational interviewing at an alcohol service: first names with a cast line, ``Ravi:`` / ``Dale:``.
# ---------------------------------------------------------------------------
RAVI, DALE = "Ravi", "Dale"
S03: list[Entry] = [
    (RAVI, "Thanks for coming back, Dale. Last time you said you'd keep a drinking diary. How did that go?"),
    (DALE, "I kept it for five days, then I lost the notebook. Which is probably telling you something."),
    (RAVI, "Five days is more than a lot of people manage. What did you notice in those five days?"),
    (
        DALE,
        "That it's not the weekends. I always thought it was the weekends. It's Tuesdays and Wednesdays, when I don't have the kids.",
    ),
    (RAVI, "The nights without the kids are the heavier nights."),
    (DALE, "Six, seven cans. Then maybe whisky if there's any in."),
    (RAVI, "And on the nights you do have them?"),
    (DALE, "Nothing. Well, one after they're in bed. Never in front of them."),
    (
        RAVI,
        "So you're already able to not drink on certain nights, for a reason that matters a great deal to you.",
    ),
    (DALE, "When you put it like that. Yeah. I'm not a total write-off, then."),
    (RAVI, "It doesn't sound like you're a write-off at all. What's it like in the flat on a Tuesday?"),
    (
        DALE,
        "Quiet. Too quiet. The telly's on but I'm not watching it. My ex used to say I'd rather talk to a can than to her.",
        "decoy: the client quotes his ex-wife",
    ),
    (RAVI, "What do you make of that now?"),
    (DALE, "She had a point. She usually did, which was annoying."),
    (
        RAVI,
        "On a scale of nought to ten, how important is it to you to cut down on those Tuesday and Wednesday nights?",
    ),
    (
        DALE,
        "Eight. Because of the warning at work, mainly. If I get another one I'm done, and you can't drive a forklift with a hangover.",
    ),
    (RAVI, "Eight. Why eight and not, say, four?"),
    (DALE, "Because I'm not stupid. I know what's at stake. The kids, the job, the lot."),
    (RAVI, "And how confident are you, nought to ten, that you could make a change?"),
    (DALE, "Four. Maybe."),
    (RAVI, "What would help move that four to a five?"),
    (
        DALE,
        "Before we go further, shall we set an agenda for the rest of today? I'd like to hear what's been going well for you, then look at the diary together and agree one small goal for the week.",
        "voice",
    ),
    (
        RAVI,
        "Having something to do on those nights, I suppose. My brother keeps asking me to play five-a-side on Wednesdays.",
        "voice",
    ),
    (DALE, "I keep saying no, though."),
    (RAVI, "Five-a-side on a Wednesday. What's stopped you saying yes?"),
    (DALE, "Fitness, mostly. I'd be blowing after ten minutes. And they all go to the pub after."),
    (RAVI, "So there's a part of you that wants to go, and a part that's worried about the pub afterwards."),
    (DALE, "Yeah. Though I could drive. If I drive, I can't drink, simple as."),
    (RAVI, "That's a clever plan. You've found your own way round it."),
    (DALE, "Don't get excited, I haven't done it yet."),
    (RAVI, "Fair. What would you like to set as a goal for this week, if anything?"),
    (DALE, "Go on the Wednesday. Drive there. Keep the diary on my phone this time so I can't lose it."),
    (RAVI, "Three things: go, drive, and the diary on your phone. Does that sound about right?"),
    (
        DALE,
        "Yeah, that's about right. And if I do go and it's a disaster, at least I'll have something to tell you next week that isn't just me on the sofa with the telly on and a can in my hand.",
        "cut:can in my",
    ),
]


# ---------------------------------------------------------------------------
# 04 grief counselling: plain ``Therapist:`` / ``Client:``. Ines, whose mother died in Lisbon before she could fly out.
# ---------------------------------------------------------------------------
S04: list[Entry] = [
    (TH, "Hello, Ines. Come in, sit wherever you like."),
    (CL, "Thanks. I brought my own tissues this time. Lesson learned."),
    (TH, "There are always some here too. How have the last two weeks been?"),
    (CL, "Strange. It was her birthday on Saturday. She'd have been sixty-nine."),
    (TH, "Her first birthday since she died."),
    (
        CL,
        "My brother phoned from Lisbon and we were both just quiet on the line for ages. Paying for the silence, he said. International rates.",
    ),
    (TH, "The two of you quiet together, across all that distance."),
    (CL, "It was nice, actually. The first time since the funeral that we didn't argue about the flat."),
    (TH, "The flat is still a difficult subject."),
    (CL, "He wants to sell it. I want to keep it, even though I live in Leeds and I'll never live there. It's stupid."),
    (TH, "It doesn't sound stupid to me. What would keeping it mean?"),
    (CL, "That there's still somewhere she is. Her plates, her awful curtains. The smell of the stairwell."),
    (TH, "Somewhere she still is."),
    (
        CL,
        "I keep thinking about the last phone call. She said, \"Don't waste your money on a flight, filha, I'll see you at Christmas, I promise, and we'll go to the market like always.\" And I believed her.",
        "cut:we'll go to",
    ),
    (TH, "Take all the time you need."),
    (CL, "Sorry. I didn't expect that to come out today.", "decoy: a client's apology"),
    (TH, "There's nothing to be sorry for. Grief doesn't keep appointments."),
    (CL, "That's good. Can I write that down?"),
    (
        TH,
        "Of course. I lost my own father quite suddenly some years ago, so I know a little of that ambush feeling. But I'd like to stay with yours. What was the last call like?",
        "decoy: the therapist's brief self-disclosure, turned back to the client",
    ),
    (CL, "Ordinary. That's the worst part. We talked about her neighbour's dog and whether I was eating properly."),
    (TH, "Ordinary, and now it's the last one."),
    (CL, "If I'd known, I'd have said something better. Something that meant something."),
    (TH, "What would you have wanted to say?"),
    (
        CL,
        "That she was right about most things. That I'm sorry I moved so far away. That I still hear her singing in the kitchen when I make soup.",
    ),
    (TH, "Would you be willing to say some of that now, as if she could hear it? Only if it feels right."),
    (CL, "Out loud? Here?"),
    (TH, "Out loud, or written down. Some people find a letter easier."),
    (CL, "A letter. I think a letter. I'm a terrible talker when I'm upset."),
    (TH, "You've talked very well today."),
    (CL, "Hmm. You have to say that."),
    (TH, "I don't, actually. [laughs] When might you write it?"),
    (CL, "Sunday morning, maybe. When the street's quiet."),
    (
        TH,
        "Sunday morning, when the street is quiet. And if you'd like to bring it with you next time, we can read it together, or you can keep it to yourself, whichever feels more right to you at the time.",
        "cut:to you at the",
    ),
    (CL, "I'll bring it. I don't know if I'll read it."),
    (TH, "That's fine either way. Thank you for today, Ines."),
    (CL, "Thank you. I didn't think I'd be able to say any of this."),
    (
        TH,
        "I feel lighter, actually. I'm going to go home and make her soup tonight, the one with the kale, and try not to cry into it. Or maybe cry into it a bit.",
        "voice",
    ),
]


# ---------------------------------------------------------------------------
# 05 couple counselling, two clients: a cast line, ``Counsellor:`` / ``Priya:`` / ``Tom:``.
# ---------------------------------------------------------------------------
PRIYA, TOM = "Priya", "Tom"
S05: list[Entry] = [
    (
        CO,
        "Welcome back, both of you. Last time we ended with the argument about the car. Where would you like to begin?",
    ),
    (PRIYA, "Not the car, please. I've talked about the car enough for one lifetime."),
    (TOM, "We could talk about Saturday."),
    (CO, "It sounds like Saturday is loaded for both of you. Tom, would you tell us what happened, from your side?"),
    (
        TOM,
        "We had my parents over. Priya was on her phone for most of lunch. My mum noticed, she made a comment, and afterwards we had a blazing row in the car park at the garden centre.",
    ),
    (
        PRIYA,
        "I was answering work emails because I'd taken the day off to host your parents, and nobody else was going to answer them.",
    ),
    (
        CO,
        "Let me slow us down a little. Priya, before you respond to Tom, could you say back to him what you heard, just the part about how it felt for him?",
    ),
    (
        PRIYA,
        "What I heard is that you felt embarrassed in front of your mum. And maybe... alone at the table?",
        "decoy: a client reflects back to her partner because the counsellor asked her to",
    ),
    (TOM, "Yeah. Alone is right."),
    (CO, "Tom, is there more to it than that?"),
    (TOM, "I just feel like I'm always the one who--", "decoy: an interrupted turn, completed by the other client"),
    (PRIYA, "Who has to hold the conversation together. I know. You've said."),
    (TOM, "Well, yeah."),
    (CO, "Priya, you finished Tom's sentence just then. What did you notice as you did that?"),
    (PRIYA, "That I knew exactly what he was going to say. Which means I must have heard it, at some point."),
    (
        CO,
        "That's an important thing to notice. How was it, having her finish your sentence and get it right?",
        "swap:Tom",
    ),
    (TOM, "Strange. Good strange. Usually she finishes my sentences wrong."),
    (PRIYA, "I do not. [laughs]"),
    (CO, "There was a bit of warmth there just now. I'd like us to hold on to that."),
    (PRIYA, "There was. It never lasts, though."),
    (
        CO,
        "I just feel like I'm always the one who apologises first, and he never does, and then I'm the bad guy for being on my phone.",
        "voice",
    ),
    (TOM, "That's not fair, I apologised on Sunday."),
    (PRIYA, "In a text. With a thumbs up."),
    (
        CO,
        "It sounds like how you apologise matters to both of you, not only whether you do. Tom, what does an apology look like in your family?",
    ),
    (TOM, "It doesn't. You put the kettle on and act normal. My dad's never said sorry in his life."),
    (PRIYA, "And mine says it about nine times a day, including to the furniture."),
    (
        CO,
        "So you each grew up with a very different language for making up, and it makes sense that a thumbs up can feel like a peace offering to one of you and like a brush-off to the other.",
        "cut:brush-off to the",
    ),
    (TOM, "I never thought of the kettle as an apology. But it is, isn't it."),
    (PRIYA, "It is. He makes me tea after every row. I've been drinking apologies for nine years."),
    (CO, "What would it be like to notice the tea as an apology when it comes?"),
    (PRIYA, "Nicer. But I'd still like the words sometimes."),
    (TOM, "I can try the words. I'm just rubbish at them."),
    (
        CO,
        "Perhaps this week you could both try something: Tom, one spoken sorry when it's due, even a clumsy one; Priya, noticing the tea when it arrives.",
    ),
    (PRIYA, "And the phone?"),
    (CO, "Let's keep the phone for next time. I don't want to pile too much on at once."),
    (
        TOM,
        "Fair. Can we also talk next time about my mum, because I think some of Saturday was really about her and the comment she made about Priya's job, and I didn't say anything, which I should have, and I think that's what Priya's actually angry about.",
        "cut:actually angry abo",
    ),
    (PRIYA, "It is, partly. Yes."),
    (CO, "Then let's start there next week. Thank you both."),
    (PRIYA, "Thanks, Hollis."),
    (TOM, "Cheers, see you next week", "decoy: a complete goodbye without a full stop"),
]


# ---------------------------------------------------------------------------
# 06 a school counsellor and a Year 9 pupil: a cast line, ``Counsellor:`` / ``Jayden:``.
# ---------------------------------------------------------------------------
JAY = "Jayden"
S06: list[Entry] = [
    (CO, "Hi Jayden. Mr Briggs said you might want a chat. Come and sit down."),
    (JAY, "He made me come. It's fine though."),
    (CO, "Well, you're here now. What's been going on?"),
    (JAY, "Nothing really. Just stuff with the group chat."),
    (CO, "The group chat."),
    (JAY, "They made a new one without me. I only found out because Kacper showed me on his phone."),
    (CO, "That must have been a horrible thing to find out."),
    (JAY, "I dunno", "decoy: a short answer without a full stop"),
    (CO, "What did you feel, when Kacper showed you?"),
    (JAY, "Like, sick. Then angry. Then I just went home and didn't eat my tea."),
    (CO, "Sick, then angry, then you went quiet."),
    (JAY, "My mum thought I was ill. I said I was."),
    (CO, "Do you know why they made a new chat?"),
    (JAY, "Because of the football thing, probably. I didn't pass to Reece and we lost and he said it was my fault."),
    (CO, "And since then?"),
    (JAY, "They sit at the other table. I've been eating in the library."),
    (CO, "How long has that been going on?"),
    (JAY, "Two weeks."),
    (CO, "Two weeks on your own in the library. How has that been for you?", "swap"),
    (JAY, "Boring. The librarian keeps making me put books back on the shelves."),
    (CO, "[laughs] At least you're useful. It sounds like you've been keeping yourself out of the way."),
    (JAY, "So you're saying I'm hiding?", "decoy: the pupil reflects back with a question"),
    (CO, "Maybe a bit. Does that feel true?"),
    (JAY, "Kind of. Yeah."),
    (CO, "Is there anyone in the group you still get on with?"),
    (JAY, "Kacper. He's in both chats. He says it's stupid and it'll blow over."),
    (CO, "Can I suggest something? We could write down a few things you could try this week, and you pick."),
    (JAY, "Okay."),
    (
        CO,
        "So: 1. Sit with Kacper at lunch on Wednesday, just the two of you. 2. Go to training on Thursday like normal. 3. Come and see me on Friday and tell me how it went.",
        "cut:on Fri",
    ),
    (JAY, "Training's the worst bit though. Reece is there. And my dad."),
    (CO, "Your dad?"),
    (JAY, "He comes every week and shouts from the side. He shouts at me more than the coach does."),
    (CO, "That sounds embarrassing."),
    (
        JAY,
        "He thinks it's helping. He always says \"football's not for softies\" and then he ruffles my hair like I'm six.",
        "decoy: the pupil quotes his father",
    ),
    (CO, "You'd like him to see you as older than six."),
    (
        JAY,
        "Yeah. I'm fourteen in March. I can get the bus on my own and I made my own tea on Tuesday when he was on nights and Mum was at Nan's, pasta with tuna and sweetcorn and cheese on top, and he didn't even notice, he just said I'd made a mess of the hob and I'd better clean it before Mum got back.",
        "cut:clean it before",
    ),
    (CO, "That's a proper tea. I'm impressed."),
    (JAY, "It was alright."),
    (CO, "Let's meet again on Friday. Is that okay?"),
    (JAY, "Yeah ok. Bye miss", "decoy: a complete goodbye without a full stop"),
]


# ---------------------------------------------------------------------------
# 07 a crisis line text chat, little punctuation: a roles line, ``Counsellor:`` / ``Texter:``.
# ---------------------------------------------------------------------------
TX = "Texter"
S07: list[Entry] = [
    (CO, "Hi, you've reached the text support line. I'm Sam, a trained volunteer. What's going on for you tonight?"),
    (TX, "hi"),
    (TX, "i dont really know why im texting"),
    (CO, "That's okay. Lots of people aren't sure at first. I'm glad you reached out. What's been happening?"),
    (TX, "my boyfriend left today and took the dog"),
    (TX, "sorry thats a stupid thing to be upset about", "decoy: an apology in a chat, not a refusal"),
    (CO, "It doesn't sound stupid at all. Losing your partner and your dog on the same day is a lot."),
    (TX, "the dog was mine first \U0001f62d", "decoy: a message ending with an emoji"),
    (CO, "She was yours first, and now she's gone with him. How are you feeling right now, as you type?"),
    (TX, "numb. like i cant feel my hands properly"),
    (CO, "That sounds really frightening. Are you somewhere safe right now?"),
    (TX, "in my room. my flatmate is out"),
    (
        CO,
        "Thank you for telling me. I'd like to ask you something directly, because I ask everyone who texts in: are you having any thoughts of suicide tonight?",
        "decoy: a direct risk question, asked inside engagement",
    ),
    (TX, "not really. not like a plan or anything. more like i wish i could just not exist for a week"),
    (
        CO,
        "Thank you for being honest with me. Wanting to not exist for a while can be a sign of how exhausted you are. Has it felt like this before?",
    ),
    (
        TX,
        "once after my dad died. i was 15 and i stopped going to school for like a month and my mum had to come and get me from the bus station because i just sat there all day",
        "cut:becau",
    ),
    (CO, "What helped, that time?"),
    (TX, "my aunt. she used to take me swimming at like 7am lol", "decoy: 'lol' in a serious chat"),
    (
        CO,
        "It sounds like your aunt was someone who really showed up for you. Is she someone you could reach out to now?",
        "swap",
    ),
    (TX, "shes in canada now. different timezone...", "decoy: a message ending with an ellipsis"),
    (
        CO,
        "It'll be morning there in a few hours. Would you feel okay sending her a message tonight, so she sees it when she wakes up?",
    ),
    (TX, "maybe. what would i even say", "decoy: a question without a question mark"),
    (
        CO,
        "You could keep it simple, something like \"Rough day, Jake left, can we talk when you're up?\" You don't have to explain everything.",
        "decoy: the counsellor suggests words for the texter in quotation marks",
    ),
    (TX, "ok i can do that"),
    (TX, "done"),
    (CO, "That took courage. How are your hands feeling now?"),
    (TX, "bit better. im under the duvet with tea"),
    (CO, "honestly i just want him to bring the dog back and say it was all a mistake", "voice"),
    (TX, "yeah i know hes not coming back though"),
    (CO, "It sounds like part of you already knows that. What do you think you need for the rest of tonight?"),
    (TX, "sleep probably. and not look at his instagram"),
    (
        CO,
        "Both sound wise. Tomorrow it might help to have a small plan for the day, like eating something, having a shower, and messaging your aunt or a friend so that you're not on your own with it.",
        "cut:not on your",
    ),
    (TX, "my flatmate is back tomorrow too"),
    (
        CO,
        "That's good to hear. If things get harder tonight, you can text us again, or call 999 if you're in immediate danger. Is there anything else you'd like to talk about before we finish?",
        "decoy: 999 named inside engagement, not a refusal",
    ),
    (TX, "no i think im ok. thank you for staying with me"),
    (CO, "You're very welcome. Take care of yourself tonight, and I hope your aunt writes back soon."),
    (TX, "thanks sam \U0001f499", "decoy: a goodbye ending with an emoji"),
]


# ---------------------------------------------------------------------------
# 08 a spoken verbatim transcript with fillers and interruptions: a key line, ``T:`` / ``C:``. Lorraine, a nurse.
# ---------------------------------------------------------------------------
TT, CC = "T", "C"
S08: list[Entry] = [
    (TT, "So, um, where do you want to start today?"),
    (
        CC,
        "Well. I was going to talk about work-- no. No, actually, I want to talk about my sister.",
        "decoy: a spoken self-correction with a dash",
    ),
    (TT, "Okay. Your sister."),
    (
        CC,
        "Yeah, so, Carol rang on Sunday, and, um, you know how I said she, she never rings unless she wants something?",
    ),
    (TT, "Mm-hm."),
    (
        CC,
        "Well, she wanted something. She wants me to have Mum for Christmas. Again. Third year running, and I'm on nights the twenty-third and the twenty-fourth, and I just--",
        "decoy: a spoken turn breaking off with a dash, picked up next",
    ),
    (TT, "You just...?", "decoy: the therapist prompts with an ellipsis"),
    (
        CC,
        "I just can't. I can't do it again. And I didn't say that, obviously, I said \"yeah, course, no problem.\"",
    ),
    (
        TT,
        'You said "no problem," and inside you were thinking "I can\'t do this again."',
        "decoy: the therapist quotes the client's words",
    ),
    (CC, "Exactly. Exactly that."),
    (TT, "What stopped you saying what you were thinking?"),
    (
        CC,
        "Um. Because then she'd do the voice. The, the hurt voice. \"Oh well, I'll just manage, shall I, with three kids and Darren's back.\" And then I'm the bad one.",
        "decoy: the client quotes her sister",
    ),
    (TT, "So there's a cost to saying no, and the cost is being the bad one."),
    (
        CC,
        "Yeah. And, and the thing is, I've been the good one since I was, what, nine? When Dad left I was the one who, um, made the packed lunches and, and--",
        "decoy: a spoken turn breaking off, completed by the therapist",
    ),
    (TT, "And looked after everyone."),
    (CC, "And looked after everyone. Yeah."),
    (TT, "Mm."),
    (TT, "What was that like, um, being nine and being the one who held it all together?", "swap"),
    (CC, "Lonely, I suppose. I don't think I ever thought about it like that."),
    (TT, "Lonely."),
    (CC, "Yeah. Um. Sorry, I've gone a bit, um.", "decoy: a spoken turn that trails off"),
    (TT, "That's okay. Take a second."),
    (CC, "[sighs] Okay."),
    (
        TT,
        "I'm wondering what it might be like to say something to Carol that's a bit closer to the truth. Not the whole thing.",
    ),
    (CC, "Like what?"),
    (TT, "What would you want to say, if you could say anything?"),
    (
        CC,
        "That I'm knackered. That I've done three Christmases and I want one off. That she could, I don't know, have Mum for once, or we could--",
        "decoy: a spoken turn breaking off, completed by the therapist",
    ),
    (TT, "Share it?"),
    (CC, "Share it. Boxing Day at hers, maybe."),
    (
        TT,
        "That sounds like a much fairer arrangement, and it also sounds like something you could actually say to her, maybe not on the phone straight away but in a message first, so you've got time to get the words how you want them and she's got time to, um, to react in private before she rings you back and does the voice.",
        "cut:does the vo",
    ),
    (CC, "Ha. Yeah. The voice."),
    (TT, "We could draft it now, if you want."),
    (
        CC,
        'Go on then. Um. "Carol, I\'ve been thinking about Christmas..." God, I sound like a, like a solicitor.',
        "decoy: a quoted draft ending with an ellipsis inside the turn",
    ),
    (TT, "[laughs] What would you say if it was you and not a solicitor?"),
    (CC, "\"Carol, I can't do Christmas this year, I'm on nights. Can you have Mum, and I'll do Boxing Day?\""),
    (TT, "How does that feel, saying it?"),
    (CC, "Terrifying. But, um. Okay. Sort of okay."),
    (TT, "Sort of okay is a good start."),
    (
        CC,
        "Yeah. I'll send it tonight after my shift, before I lose my nerve, and if she rings me back doing the voice I'm going to let it go to voicemail and listen to it in the morning.",
        "cut:listen to it in the",
    ),
]


# ---------------------------------------------------------------------------
# 09 a very formal LLM-style CBT session exported as Markdown: a title, ``**Therapist:**`` / ``**Client:**``.
# ---------------------------------------------------------------------------
S09: list[Entry] = [
    (
        TH,
        "Good afternoon, Elias. Thank you for joining me again. Before we begin, I would like to briefly review the homework from last week and then agree on our focus for today. Does that sound acceptable to you?",
    ),
    (
        CL,
        "Good afternoon, Dr. Lindqvist. Yes, that sounds reasonable. I did complete the thought records, although I must admit that I rewrote two of them because the handwriting was not neat enough.",
    ),
    (
        TH,
        "Thank you for your honesty. It is interesting that the perfectionism appeared even within the homework itself. What did you notice when you felt the urge to rewrite them?",
    ),
    (
        CL,
        "I noticed a sense of unease, almost a physical discomfort, as if leaving the page imperfect would mean that I had not taken the task seriously. I recognise the irony.",
    ),
    (
        TH,
        'That is a valuable observation. The belief seems to be something like, "If my work is not flawless, it shows that I do not care." How strongly do you hold that belief at present?',
    ),
    (CL, "Perhaps seventy percent. Intellectually, I know it is not accurate, yet emotionally it feels entirely true."),
    (
        TH,
        "That gap between the intellectual and the emotional is very common, and it is precisely what we aim to work with. Could you describe a situation this week in which the belief was particularly active?",
    ),
    (
        CL,
        "On Thursday, I presented a design for a school extension to the partners. One of the elevation drawings had a misaligned dimension line. Nobody commented on it, but I could not stop thinking about it for the rest of the evening.",
    ),
    (TH, "What thoughts went through your mind that evening?"),
    (
        CL,
        "That the partners would conclude I am careless. That they would remember it when the reviews come round. That I should have checked one more time, even though I had already checked it four times.",
    ),
    (TH, "I have not slept properly since Thursday, to be honest. I keep replaying it.", "voice"),
    (CL, "Yes, and the replaying is the worst part. It feels productive, but it is not."),
    (
        TH,
        "You have identified something important: the replaying feels like problem-solving, yet it does not lead to a solution. In CBT we sometimes call this rumination. What would happen if you allowed the dimension line to remain imperfect?",
    ),
    (CL, "I suppose nothing would happen. The drawing has already been superseded. That is what makes it so absurd."),
    (
        TH,
        "I would gently suggest that it is not absurd; it is understandable, given what you have told me about your father's expectations. Would you be willing to try a behavioural experiment this week?",
    ),
    (CL, "I would be willing, provided it does not involve deliberately sabotaging a project."),
    (
        TH,
        "Not at all. The experiment would be small and safe. For example, you might send an internal email without rereading it, or leave a minor formatting inconsistency in a draft that only your team will see, and then record what actually happens.",
    ),
    (CL, "An email without rereading it. That is more difficult than it sounds. I usually reread emails three times."),
    (
        TH,
        "That makes it an excellent candidate. What do you predict will happen if you send one email without rereading it?",
    ),
    (
        CL,
        "I predict that I will notice an error immediately after sending it, that I will feel a surge of embarrassment, and that I will spend the following hour composing a correction. I also predict, although I find this harder to admit, that a colleague may reply in a way that suggests they think less of me, even if they do not state it explicitly, and that I will then interpret every subsequent message from them in that light.",
        "cut:every subsequent",
    ),
    (
        TH,
        "Thank you. Let us write those predictions down, and next week we will compare them with what actually occurred.",
    ),
    (
        CL,
        "Thank you, Dr. Lindqvist, for your openness today. I think it would be valuable for you to notice, between now and our next session, any moments where the urge to check arises, and simply to observe it with curiosity rather than acting on it.",
        "voice",
    ),
    (TH, "Could you tell me, in your own words, what you will do this week?"),
    (
        CL,
        "I will send at least one internal email without rereading it, and I will record my prediction beforehand and the outcome afterwards.",
    ),
    (TH, "Excellent. How confident do you feel, on a scale from zero to ten?"),
    (CL, "Six, perhaps. Possibly five and a half."),
    (
        TH,
        '"Five and a half." I notice that even your confidence rating wants to be precise, Elias.',
        "decoy: the therapist quotes the client's words",
    ),
    (CL, "I suppose it does. That is rather revealing."),
    (
        TH,
        "It is said with warmth, and I hope it can be heard that way. Perfectionism often develops for good reasons, as a way of staying safe or earning approval, and it can be useful to thank it for its service even as we ask it to step back a little, because it has worked very hard for you.",
        "cut:step back a little,",
    ),
    (CL, "I shall try to thank it, then."),
    (TH, "Before we close, is there anything from today that you would like to note down for yourself?"),
    (
        CL,
        "Only that the replaying is not the same as solving. I intend to write that on the inside cover of my notebook. Thank you for your patience today.",
    ),
    (TH, "Thank you, Elias. I look forward to hearing how the experiment goes."),
]


# ---------------------------------------------------------------------------
# 10 ACT for chronic pain, the WHOLE session written with the labels swapped: plain ``Therapist:`` / ``Client:``.
#    The script holds who really spoke; the builder writes every turn under the other role's label.
# ---------------------------------------------------------------------------
S10: list[Entry] = [
    (TH, "Hi Nadia, come on in. How's the pain been this week?"),
    (CL, "Up and down. Worse on Monday after I tried to hoover the stairs."),
    (TH, "The stairs again. What made Monday the day for the stairs?"),
    (CL, "My mother-in-law was coming. I didn't want her to see the dust and say something."),
    (TH, "So the pain paid the price for the visit."),
    (CL, "It always does. Then I spent Tuesday on the sofa feeling useless."),
    (
        TH,
        "Last time we talked about the pain being one thing and the struggle with the pain being another. Did you notice the struggle this week?",
    ),
    (
        CL,
        'On Tuesday, yes. I kept thinking, "I should be able to do this, I\'m only thirty-eight." That was worse than my back, honestly.',
    ),
    (
        TH,
        '"I should be able to do this." How long has that thought been around?',
        "decoy: the therapist quotes the client",
    ),
    (CL, "Since the diagnosis. Before that, even. My dad used to say rest was for the weak."),
    (
        TH,
        'What happens if you hold that thought a little more lightly, like "I\'m having the thought that I should be able to do this"?',
    ),
    (CL, "It sounds a bit silly. But it's quieter, somehow. Less like an order."),
    (TH, "Less like an order. What matters to you, underneath all this?"),
    (
        CL,
        "Being a decent mum. Being able to go to Isla's netball on Saturdays. Not being the one who always cancels.",
    ),
    (TH, "So netball on Saturdays matters. What might make that possible, even with the pain?"),
    (CL, "Taking the fold-up chair. Not standing for the whole match like I used to. I hate that chair, though."),
    (TH, "What do you hate about it?"),
    (CL, "It makes me look old. All the other mums stand."),
    (
        TH,
        "It sounds like there's a choice between looking the way you'd like to look and actually being there for Isla, and I wonder which of those your daughter would notice more, if you asked her on the way home.",
        "cut:on the way ho",
    ),
    (CL, "Being there. Obviously. She wouldn't care about the chair."),
    (TH, "Would you be willing to try the chair this Saturday, just as an experiment?"),
    (CL, "Fine. I'll take the chair. But I'm not buying a tartan blanket."),
    (TH, "[laughs] Noted. No tartan blanket."),
    (CL, "See you in two weeks, then", "decoy: a complete goodbye without a full stop"),
]


# ---------------------------------------------------------------------------
# 11 an employee assistance session after a redundancy, the WHOLE session written with the labels swapped:
#    Markdown ``**Counsellor:**`` / ``**Client:**``.
# ---------------------------------------------------------------------------
S11: list[Entry] = [
    (
        CO,
        "Hello Bernard, thanks for coming in. The service told me a bit about what's happened at work, but I'd like to hear it from you.",
    ),
    (CLI, "Thirty-one years at Halden Print, and they told us on a video call. Twelve minutes. I timed it."),
    (CO, "Thirty-one years, ended in twelve minutes on a screen."),
    (CLI, "I'd been there longer than the managing director's been alive. I trained half the lads on the floor."),
    (CO, "It sounds like you were part of the fabric of the place."),
    (CLI, "I was. I knew which press was going to jam before it did, by the sound of it."),
    (CO, "What has it been like at home since the call?"),
    (
        CLI,
        "My wife keeps saying it's an opportunity. She's printed off job adverts for me. Printed them. I nearly laughed.",
    ),
    (CO, 'How does "opportunity" land with you?'),
    (CLI, "Like a slap. I'm fifty-six. Who's hiring a fifty-six-year-old print finisher?"),
    (CO, "There's a lot of fear in that question."),
    (CLI, "Course there is. The mortgage has four years left on it."),
    (
        CO,
        "That's a real worry, and I don't want to skip past it. I also noticed you said you trained half the lads on the floor. What did you enjoy about that?",
    ),
    (
        CLI,
        "Seeing them get it. There's a lad, Kieran, couldn't set up a guillotine to save his life when he started. Now he's better than me.",
    ),
    (CO, "You light up talking about Kieran."),
    (CLI, "Do I? Suppose I do."),
    (CO, "I wonder whether some of what you'd miss most is the teaching, not only the printing."),
    (
        CLI,
        "Maybe. The college in town runs an adult apprenticeship scheme. They're always short of trainers, Kieran said.",
    ),
    (CO, "What would it take to find out more about that?"),
    (
        CLI,
        "A phone call, I suppose. I've got the number somewhere. Kieran wrote it on a sticky note on my last day and stuck it inside my lunchbox, which is the kind of daft thing he does, and I think it's still in the van.",
        "cut:still in the",
    ),
    (CO, "Would you be willing to make that call before we meet again?"),
    (CLI, "Aye. Go on, then. Don't tell my wife it was your idea."),
    (CO, "[laughs] Your secret's safe with me. Same time next week?"),
    (CLI, "Same time next week. Cheers", "decoy: a complete goodbye without a full stop"),
]


# ---------------------------------------------------------------------------
# 12 a client who is a family therapist herself and talks shop: plain ``Therapist:`` / ``Client:``.
# ---------------------------------------------------------------------------
S12: list[Entry] = [
    (TH, "Welcome back. Where shall we start?"),
    (
        CL,
        "I'll be honest, I nearly started by asking you how you were. Occupational hazard.",
        "decoy: a client who is a therapist herself",
    ),
    (TH, "[laughs] You're allowed to be the client in here."),
    (
        CL,
        'I know. I tell my own clients that all the time. "This is your hour." And then I sit in the other chair and immediately try to make it comfortable for you.',
        "decoy: the client talks shop and quotes what she tells her own clients",
    ),
    (TH, "What would happen if you didn't try to make it comfortable for me?"),
    (CL, "I'd have to feel whatever I'm feeling. Which, this week, is mostly dread."),
    (TH, "Dread."),
    (
        CL,
        "Sunday-night dread, except it started on Thursday. I've got fourteen families on my caseload and a waiting list of forty, and I keep thinking about the forty.",
    ),
    (TH, "The forty who are still waiting."),
    (
        CL,
        "I can hear myself catastrophising. If a client said that to me, I'd be asking what the evidence is, and whether the forty are really my responsibility or the service's. I know all the questions. I just can't seem to ask them of myself.",
        "decoy: the client uses counsellor-like language about herself",
    ),
    (TH, "Knowing the questions and being able to ask them of yourself are two different things."),
    (
        CL,
        "Apparently. [laughs] My supervisor says I'm the cobbler whose children have no shoes.",
        "decoy: the client quotes her clinical supervisor",
    ),
    (TH, "And how are your children's shoes at the moment?"),
    (CL, "Ha. My son's are fine, physically. He's nineteen. He's dropped out of his course and he won't tell me why."),
    (TH, "That sounds worrying."),
    (
        CL,
        "It is. And I keep wanting to sketch a genogram of our family on the back of an envelope, which is not, I know, a normal response to your son dropping out.",
        "decoy: the client talks shop (a genogram)",
    ),
    (TH, "It might be your way of trying to understand something frightening."),
    (CL, "Maybe. Or of not feeling it."),
    (
        TH,
        "He just sits in his room with the door shut, and when I knock he says he's fine. I cried in the car park at work on Wednesday because I couldn't get him to talk to me.",
        "voice",
    ),
    (CL, "And I suppose I don't want to be a therapist with him. I want to be his mum."),
    (TH, "What's the difference, for you?"),
    (
        CL,
        "A therapist asks good questions. A mum just... puts a cup of tea outside the door and waits.",
        "decoy: an ellipsis inside a complete turn",
    ),
    (TH, "Which have you been doing?"),
    (
        CL,
        'The questions. Definitely the questions. He told me on Sunday to stop "counselling" him.',
        "decoy: the client quotes her son",
    ),
    (TH, "That must have stung."),
    (
        CL,
        "It did, because he was right, and because I know exactly why I do it: it's the only way I know how to be useful when someone I love is struggling, and if I'm not useful then I'm just a frightened mother sitting on the stairs outside his bedroom door.",
        "cut:his bedro",
    ),
    (TH, "A frightened mother on the stairs."),
    (CL, "Yes."),
    (TH, "What might it be like to let him see a bit of the frightened mother, rather than the therapist?"),
    (CL, "Terrifying. But maybe more honest."),
    (TH, "Honesty seems to matter a great deal to you."),
    (CL, "It does. It's what I ask of everyone else."),
    (TH, "Perhaps this week the experiment is fewer questions, more tea."),
    (CL, "Fewer questions, more tea. I could put that on a mug."),
    (
        TH,
        "Maybe you could. And if you notice yourself slipping into the therapist's chair with him, you might simply notice it, name it to yourself, and come back to being his mum, without judging yourself for it, because the habit is a very old one.",
        "cut:judging yourself for it,",
    ),
    (CL, "I'll try. Thank you. This helped more than I expected."),
    (TH, "I'm glad. See you in two weeks."),
]


# ---------------------------------------------------------------------------
# 13 university counselling for social anxiety: plain ``Counsellor:`` / ``Client:``. Callum, a first-year student.
# ---------------------------------------------------------------------------
S13: list[Entry] = [
    (CO, "Hi Callum. How have things been since last week?"),
    (CLI, "Okay, mostly. I went to the seminar. I didn't say anything, but I went."),
    (CO, "You went. Last week you weren't sure you'd manage that."),
    (CLI, "I sat at the back by the door. I know, I know. Safety behaviour."),
    (CO, "[laughs] You've been reading."),
    (CLI, "The leaflet you gave me. I read it three times."),
    (CO, "What was it like, sitting there?"),
    (CLI, "My face was burning the whole time. I was convinced everyone could see me going red."),
    (CO, "And what did you imagine they were thinking?"),
    (CLI, "That I'm weird. That I don't belong at uni. That I got in by mistake."),
    (CO, "That's a harsh set of thoughts to sit with for an hour."),
    (CLI, "Fifty minutes. [laughs] But yeah."),
    (
        CO,
        "It was awful, honestly. I kept looking at the clock and my hands were shaking under the desk the whole time.",
        "voice",
    ),
    (CLI, "Yeah, basically."),
    (CO, "Did anything happen that didn't fit with the idea that they thought you were weird?"),
    (CLI, "The girl next to me asked if she could borrow a pen. She said thanks. She smiled, I think."),
    (CO, "She smiled."),
    (
        CLI,
        "So what you're saying is I only notice the bits that prove I'm weird?",
        "decoy: the client reflects back in counsellor-like words",
    ),
    (CO, "That's what I'm wondering, yes. What do you think?"),
    (CLI, "Maybe. It's like my brain has a filter."),
    (
        CO,
        "A lot of people have that filter. I still get a flush of nerves before I speak at staff meetings, if that helps at all. Let's think about what you could try next week.",
        "decoy: the counsellor's brief self-disclosure",
    ),
    (CLI, "Okay."),
    (
        CO,
        "How about this: in the next seminar you say one thing, even just a question, and you write down beforehand what you think will happen and afterwards what actually happened. Shall we agree that as your homework?",
        "swap",
    ),
    (CLI, "One thing. Like a question?"),
    (CO, "A question is perfect. Questions are often easier than opinions."),
    (CLI, "I could ask about the reading. There's a bit about Durkheim I genuinely didn't get."),
    (CO, "That's a real question, too, not a performance."),
    (
        CLI,
        'I could literally just say, "Sorry, I didn\'t really get the bit about anomie, could you go over it again?" And if they laugh, they laugh.',
        "cut:the bit about ano",
    ),
    (CO, "How likely do you think it is that they'd laugh, out of a hundred?"),
    (CLI, "Sixty. Maybe fifty."),
    (CO, "Then we'll see what the data says."),
    (CLI, "You sound like my stats lecturer."),
    (CO, "I'll take that as a compliment."),
    (CLI, "Thanks for this. See you next Thursday", "decoy: a complete goodbye without a full stop"),
]


# ---------------------------------------------------------------------------
# the files: (slug, labels -> roles, style, header lines with their decoy notes, swapped, chat, script)
# ---------------------------------------------------------------------------
@dataclass
class Spec:
    slug: str
    roles: dict[str, str]
    style: str
    header: list[tuple[str, str]]
    script: list[Entry]
    swapped: bool = False
    chat: bool = False


HEADER = "a header line, not a turn"
CAST = "a cast line naming the speakers, not a turn"
SPECS = [
    Spec("cbt_panic_trains_s3", {TH: T, CL: C}, "plain", [], S01),
    Spec(
        "person_centred_carer_s6",
        {CO: T, CLI: C},
        "plain",
        [("Person-centred counselling - session 6 - notes typed from the recording with consent", HEADER)],
        S02,
    ),
    Spec(
        "mi_alcohol_review",
        {RAVI: T, DALE: C},
        "plain",
        [
            ("Community alcohol service - motivational interviewing review", HEADER),
            ("Cast: Ravi Menon (counsellor), Dale Prentice (client)", CAST),
        ],
        S03,
    ),
    Spec("grief_ines_s5", {TH: T, CL: C}, "plain", [("Bereavement counselling - session 5", HEADER)], S04),
    Spec(
        "couple_counselling_s3",
        {CO: T, PRIYA: C, TOM: C},
        "plain",
        [
            ("Couple counselling - session 3", HEADER),
            ("Cast: Hollis Greer (counsellor); Priya and Tom Ashworth (clients, a couple)", CAST),
        ],
        S05,
    ),
    Spec(
        "school_counsellor_year9",
        {CO: T, JAY: C},
        "plain",
        [
            ("School counselling - pastoral referral", HEADER),
            ("Present: Counsellor (Ms Adeyemi, school counsellor), Jayden (Year 9 pupil)", CAST),
        ],
        S06,
    ),
    Spec(
        "crisis_text_chat_export",
        {CO: T, TX: C},
        "plain",
        [
            ("Text support line - conversation export", HEADER),
            ("Roles: Counsellor = trained volunteer (Sam); Texter = the person who contacted the service", CAST),
        ],
        S07,
        chat=True,
    ),
    Spec(
        "spoken_verbatim_sisters",
        {TT: T, CC: C},
        "plain",
        [("Verbatim transcript, fillers and false starts kept. T = therapist, C = client.", CAST)],
        S08,
    ),
    Spec(
        "formal_cbt_perfectionism_s5",
        {TH: T, CL: C},
        "bold",
        [("# Session 5: cognitive behavioural therapy for perfectionism", "a Markdown title, not a turn")],
        S09,
    ),
    Spec(
        "act_chronic_pain_s4",
        {TH: T, CL: C},
        "plain",
        [("Acceptance and commitment therapy - session 4", HEADER)],
        S10,
        swapped=True,
    ),
    Spec(
        "eap_redundancy_s1",
        {CO: T, CLI: C},
        "bold",
        [("# Employee assistance programme - first session", "a Markdown title, not a turn")],
        S11,
        swapped=True,
    ),
    Spec(
        "therapist_in_therapy_s8",
        {TH: T, CL: C},
        "plain",
        [("Personal therapy - session 8", HEADER)],
        S12,
    ),
    Spec(
        "student_social_anxiety_s2",
        {CO: T, CLI: C},
        "plain",
        [("Student counselling service - session 2", HEADER)],
        S13,
    ),
]


def build_all(seed: int) -> list[Doc]:
    """The seed orders the files, chooses blank lines between turns in the plain files, and adds a date line to
    some headers; the words, the corruptions and which turns they hit never change."""
    rng = random.Random(seed)
    order = list(range(len(SPECS)))
    rng.shuffle(order)
    docs: list[Doc] = []
    for number, index in enumerate(order, 1):
        spec = SPECS[index]
        blank = spec.style == "bold" or rng.random() < 0.5
        header = list(spec.header)
        if rng.random() < 0.5:
            header.append((f"Date: 2026-{rng.randint(1, 12):02d}-{rng.randint(1, 28):02d}", "a date line, not a turn"))
        ext = "md" if spec.style == "bold" else "txt"
        doc = Doc(spec.slug, dict(spec.roles), spec.style, blank, header, spec.swapped, spec.chat)
        doc.name = f"{number:02d}_{spec.slug}.{ext}"
        docs.append(doc.build(spec.script))
    return docs


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    return " ".join(re.sub(r"[^\w\s]", " ", text.lower()).split())


def check_doc(doc: Doc, written: bytes) -> None:
    lines = written.decode("utf-8").split("\n")
    assert lines[-1] == "" and "\r" not in written.decode("utf-8"), doc.name
    lines = lines[:-1]
    assert lines == doc.out, doc.name
    pattern = doc.pattern()
    by_line = {t.line: t for t in doc.turns}
    assert len(by_line) == len(doc.turns), doc.name
    for number, text in enumerate(lines, 1):
        match = pattern.match(text)
        if number in by_line:
            turn = by_line[number]
            assert match and (match["label"], match["text"]) == (turn.label, turn.text), (doc.name, number)
        else:
            assert not match, f"{doc.name}:{number} a non-turn line that reads as a turn"
            assert not any(text.startswith(f"{label}:") for label in doc.roles), (doc.name, number)
    assert 20 <= len(doc.turns) <= 40, (doc.name, len(doc.turns))
    # roles: outside a swapped session the label's role is the voice's role exactly when no inversion is marked
    first = doc.turns[0]
    for turn in doc.turns:
        same = doc.roles[turn.label] == turn.voice
        if doc.swapped:
            assert not same and "role_inversion" not in turn.kinds, (doc.name, turn.line)
        else:
            assert same != ("role_inversion" in turn.kinds), (doc.name, turn.line)
    assert ((first.line, "role_inversion") in doc.truth) == (doc.swapped or "role_inversion" in first.kinds)
    assert len({doc.roles[t.label] for t in doc.turns}) == 2, doc.name
    # each truth row's line holds the intended text
    for line, kind in doc.truth:
        assert kind in KINDS, kind
        here = lines[line - 1]
        turn = by_line[line]
        assert here == doc.fmt(turn.label, turn.text), (doc.name, line)
        if kind == "truncated_turn":
            assert "truncated_turn" in turn.kinds and turn.full.startswith(turn.text) and turn.full != turn.text
            # the uncut turn was a complete one (a chat message may end without punctuation)
            assert doc.chat or turn.full.rstrip()[-1] in ENDERS, (doc.name, line)
            assert turn.text[-1] not in ENDERS and not turn.text.endswith(("--", "...")), (doc.name, line)
            assert here.endswith(turn.text), (doc.name, line)
        else:
            swapped_session = doc.swapped and turn is first
            assert swapped_session or "role_inversion" in turn.kinds, (doc.name, line)
            assert doc.roles[turn.label] != turn.voice, (doc.name, line)
    truth_lines = {line for line, _ in doc.truth}
    assert len(doc.truth) == len(set(doc.truth)), doc.name
    for line, note in doc.decoys:
        assert line not in truth_lines and lines[line - 1].strip(), (doc.name, line, note)
    # no accidental repeats: no two substantial turns in one voice are close copies
    seen: list[Turn] = []
    for turn in doc.turns:
        for earlier in seen:
            if earlier.voice == turn.voice and len(norm(turn.text)) >= 12:
                ratio = difflib.SequenceMatcher(None, norm(earlier.text), norm(turn.text), autojunk=False).ratio()
                assert ratio < 0.8, (doc.name, earlier.line, turn.line)
        seen.append(turn)
    # realistic rates: about one or two rows per twenty turns
    assert len(doc.truth) >= 1 and len(doc.truth) * 8 <= len(doc.turns), (doc.name, len(doc.truth), len(doc.turns))


def shown(text: str, width: int = 116) -> str:
    return text if len(text) <= width else text[: width - 48] + " ... " + text[-43:]


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description="Write the forty-seventh set of blind defect cases.")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--show", action="store_true", help="print every truth row and every decoy with its line")
    parser.add_argument("--seed", type=int, default=47)
    args = parser.parse_args(argv)
    docs = build_all(args.seed)
    again = build_all(args.seed)
    assert [(d.name, d.render(), d.truth) for d in docs] == [(d.name, d.render(), d.truth) for d in again]
    assert 10 <= len(docs) <= 16 and len({d.name for d in docs}) == len(docs)
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, int, str]] = []
    decoys = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        check_doc(doc, (out / doc.name).read_bytes())
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        decoys += len(doc.decoys)
        print(f"{doc.name}: {len(doc.turns)} turns, {len(doc.truth)} truth rows, {len(doc.decoys)} decoys")
        if args.show:
            marks = [(line, f"TRUTH {kind}") for line, kind in doc.truth]
            marks += [(line, f"decoy: {note}") for line, note in doc.decoys]
            for line, what in sorted(marks):
                print(f"  {line:4d} {what}\n       | {shown(doc.out[line - 1])}")
    rows.sort()
    assert len(set(rows)) == len(rows)
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == KINDS and 36 <= len(rows) <= 44, counts
    assert abs(counts["role_inversion"] - counts["truncated_turn"]) <= 6, counts
    assert decoys >= len(rows), (decoys, len(rows))
    turns = sum(len(d.turns) for d in docs)
    print(f"wrote {len(docs)} files ({turns} turns) and {len(rows)} truth rows to {out} (seed {args.seed})")
    for kind in sorted(counts):
        print(f"  {kind:16s} {counts[kind]}")
    print(f"decoys: {decoys} (all on lines without a truth row)")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
