# ruff: noqa: E501
"""Blind defect cases for the transcript warehouse.

Written without looking at any detector code. Run as

    python blind/second_defect_cases.py OUT_DIR

to write the transcript files and ``truth.csv`` (``file,line,defect_type``)
into OUT_DIR. Every line number in the truth file is computed here while the
file is being built (the line of the turn's speaker label; for session-level
kinds the line of the session's first turn; for JSON Lines the record's line).

Standard library only.
"""

from __future__ import annotations

import csv
import difflib
import json
import re
import sys
from collections.abc import Sequence
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
TURN_REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn", "repetition_loop"}


def moji(text: str) -> str:
    """UTF-8 bytes wrongly decoded as Windows-1252 (undefined bytes kept as latin-1)."""
    out = []
    for byte in text.encode("utf-8"):
        try:
            out.append(bytes([byte]).decode("cp1252"))
        except UnicodeDecodeError:
            out.append(chr(byte))
    return "".join(out)


class Turn:
    def __init__(self, label: str, role: str, text: str, line: int, defects: tuple[str, ...]):
        self.label = label
        self.role = role
        self.text = text
        self.line = line
        self.defects = defects


class Doc:
    """A plain-text transcript file being built line by line."""

    def __init__(
        self,
        name: str,
        roles: dict[str, str],
        markdown: bool = False,
        gap: bool = True,
        encoding: str = "utf-8",
        newline: str = "\n",
    ):
        self.name = name
        self.roles = roles
        self.markdown = markdown
        self.gap = gap
        self.encoding = encoding
        self.newline = newline
        self.lines: list[str] = []
        self.truth: list[tuple[int, str]] = []
        self.sessions: list[list[Turn]] = []
        self.session_defects: list[tuple[str, ...]] = []
        self._pending: tuple[str, ...] = ()

    # -- structure -------------------------------------------------------
    def raw(self, text: str) -> None:
        self.lines.extend(text.split("\n"))

    def session(self, header: str | None = None, defects: tuple[str, ...] = ()) -> None:
        """Start a new session, optionally after a separator/header line."""
        if header is not None:
            if self.lines and self.lines[-1] != "":
                self.lines.append("")
            self.lines.append(header)
            self.lines.append("")
        self.sessions.append([])
        self.session_defects.append(defects)
        self._pending = defects

    def prefix(self, label: str) -> str:
        return f"**{label}:** " if self.markdown else f"{label}: "

    def t(self, label: str, text: str, *defects: str) -> int:
        """Add a turn; paragraphs inside ``text`` are separated by newlines."""
        for d in defects:
            assert d in KINDS, d
        if self.gap and self.lines and self.lines[-1] != "":
            self.lines.append("")
        parts = text.split("\n")
        first = self.prefix(label) + parts[0]
        line = len(self.lines) + 1
        self.lines.append(first.rstrip() if not text else first)
        self.lines.extend(parts[1:])
        for d in defects:
            self.truth.append((line, d))
        for d in self._pending:
            self.truth.append((line, d))
        self._pending = ()
        role = self.roles.get(label, "?")
        self.sessions[-1].append(Turn(label, role, text, line, defects))
        return line

    def session_texts(self, idx: int) -> tuple[tuple[str, str], ...]:
        return tuple((t.label, t.text) for t in self.sessions[idx])

    def write(self, out: Path) -> None:
        body = self.newline.join(self.lines) + self.newline
        (out / self.name).write_bytes(body.encode(self.encoding))


class JsonlDoc:
    """A JSON Lines file, one conversation per line."""

    def __init__(self, name: str):
        self.name = name
        self.records: list[dict[str, Any]] = []
        self.truth: list[tuple[int, str]] = []
        self.turn_defects: list[list[tuple[str, ...]]] = []

    def conv(self, conv_id: str, messages: Sequence[tuple[str, ...]], session_defects: tuple[str, ...] = ()) -> int:
        line = len(self.records) + 1
        msgs = []
        per_turn = []
        for m in messages:
            role, content, *defects = m
            for d in defects:
                assert d in KINDS, d
                self.truth.append((line, d))
            msgs.append({"role": role, "content": content})
            per_turn.append(tuple(defects))
        for d in session_defects:
            self.truth.append((line, d))
        self.records.append({"id": conv_id, "messages": msgs})
        self.turn_defects.append(per_turn)
        return line

    def write(self, out: Path) -> None:
        text = "".join(json.dumps(r, ensure_ascii=False) + "\n" for r in self.records)
        (out / self.name).write_text(text, encoding="utf-8")


# ----------------------------------------------------------------------------
# 01  LLM-generated CBT sessions, Therapist:/Client:, sessions split by ---
# ----------------------------------------------------------------------------
def f01() -> Doc:
    d = Doc("01_cbt_generated_sessions.txt", {"Therapist": "T", "Client": "C"})
    T, C = "Therapist", "Client"
    d.session()
    d.t(
        T,
        "Hi Dana, thank you for coming in today. Before we start, I'd like to check in on how your week has been since our last session.\n\nLast time we talked about the pressure you've been feeling at work, and I wonder whether any of that showed up again this week.",
    )
    d.t(
        C,
        "It did. We had a big presentation on Thursday and I basically didn't sleep the two nights before. I kept rewriting the slides even though my manager said they were fine.",
    )
    d.t(
        T,
        "That sounds exhausting. When you were rewriting the slides, do you remember what was going through your mind? What were you telling yourself in those moments?",
    )
    # decoy: client quotes a chatbot's "as an AI" line
    d.t(
        C,
        "Honestly, that if one thing was wrong everyone would realise I don't actually know what I'm doing. I even typed it into one of those chatbots at 2am and it just said something like 'as an AI I can't give you professional advice', which made me laugh, at least.",
    )
    d.t(
        T,
        "I'm glad something made you laugh at 2am. (pause) I'd like to slow down on that first thought, though: 'if one thing is wrong, everyone will realise I don't know what I'm doing.' In CBT we sometimes call that kind of thought catastrophising, where the mind jumps straight to the worst possible outcome.\n\nHow strongly did you believe it on Thursday night, from zero to a hundred?",
    )
    d.t(C, "Ninety? Maybe ninety-five.")
    d.t(T, "And now, sitting here after the presentation has happened?")
    d.t(C, "Maybe forty. The presentation went fine. Nobody even noticed the typo on slide six.")
    d.t(
        T,
        "So there was a typo, and the outcome your mind predicted didn't happen. That's useful evidence.\n\nFor this week, would you be willing to keep a short thought record whenever you notice that 'everyone will find out' thought? Just the situation, the thought, and how much you believe it.",
    )
    d.t(C, "I can do that. I'll put it in the notes app on my phone.")

    d.session("---")
    d.t(
        T,
        "Here's a continuation of the therapy session:\n\nWelcome back, Dana. How did the thought record go this week?",
        "meta_text",
    )
    d.t(
        C,
        "I filled it in four times. Most of them were about emails. I'd reread an email five or six times before sending it.",
    )
    d.t(
        T,
        "Four entries is a really good start. Let's pick one of them and look at it together. Which one felt the strongest?",
    )
    d.t(
        C,
        "The one on Tuesday. I had to tell a client that a deadline was slipping, and I felt sick about it all morning.",
    )
    loop_t = "Let's try to identify the automatic thought. When you imagined sending that email, what was the very first thing that went through your mind?"
    loop_c = "I guess the thought was that they'd think I was incompetent and complain to my manager."
    # block of two turns generated three times in a row
    d.t(T, loop_t, "repetition_loop")
    d.t(C, loop_c)
    d.t(T, loop_t, "duplicate_turn")
    d.t(C, loop_c, "duplicate_turn")
    d.t(T, loop_t, "duplicate_turn")
    d.t(C, loop_c, "duplicate_turn")
    d.t(T, "It sounds like that thought shows up a lot. What did the client actually say when they replied to you?")
    d.t(C, "They just said thanks for the heads-up and asked for a new date. That was it.")

    d.session("---")
    d.t(
        T,
        "Marcus, last week you mentioned that the evenings have been the hardest part since your dad died. How have the evenings been this week?",
    )
    d.t(
        C,
        "Bad. Sunday was the worst. I just sat in the car outside his house for an hour. I keep thinking there's no point to any of it anymore.",
    )
    d.t(
        T,
        "I'm sorry, but I can't continue with this conversation. If you're having thoughts of harming yourself, please contact a crisis hotline such as 988 in the US or Samaritans on 116 123 in the UK.",
        "refusal",
    )
    d.t(C, "I didn't say I wanted to hurt myself. I meant the routine feels pointless without him.")
    d.t(
        T,
        "Thank you for clarifying that, Marcus. Grief can make everyday routines feel empty, especially the ones you used to share. What did Sunday evenings look like when your dad was alive?",
    )
    d.t(C, "We'd watch the football and he'd complain about the referee the whole time. [laughs] Every single week.")
    d.t(
        T,
        "It sounds like those evenings held a lot of warmth, even the complaining.\n\nOne thing we could try is building a small ritual that honours that time rather than avoiding it, and I'd like you to think about what that might look like over the next week, perhaps starting with",
        "truncated_turn",
    )
    return d


# ----------------------------------------------------------------------------
# 02  LLM-generated ACT sessions in markdown, === Session N === headers
# ----------------------------------------------------------------------------
def f02() -> Doc:
    d = Doc("02_act_sessions.md", {"Therapist": "T", "Client": "C"}, markdown=True)
    T, C = "Therapist", "Client"
    d.raw("# ACT sessions: Lena\n")
    d.session("=== Session 1 ===")
    d.t(
        T,
        "Welcome, Lena. I'd like to start by getting a sense of what brought you here and what you'd like to be different in your life.\n\nThere's no right or wrong place to begin.",
    )
    d.t(
        C,
        "I've had panic attacks on and off for about three years. Lately they've started happening on the train, so I've been driving to work, which takes twice as long. I feel like my world is getting smaller.",
    )
    d.t(
        T,
        "<think>\nThe client is describing avoidance that is narrowing her life. In ACT terms this is experiential avoidance. I should validate first, then explore workability before introducing any defusion exercise. Keep it warm and not too technical.\n</think>\n\nThat image of your world getting smaller is really striking, Lena. It sounds like the panic has slowly been taking over decisions that used to be yours.\n\nCan I ask what you've tried so far to make the panic go away?",
        "meta_text",
    )
    d.t(
        C,
        "Everything. Breathing apps, cutting out coffee, listening to podcasts so I don't notice my heart. Sometimes it helps for a bit, but then it comes back worse.",
    )
    d.t(
        T,
        "So in the short term those strategies bring some relief, but over the long run the struggle keeps growing. In ACT we'd ask a simple question about that: how workable has it been for you?",
    )
    d.t(
        C,
        "It sounds like what you're noticing is that the harder you push the anxiety away, the louder it gets. I'm curious: what would it be like to make a little room for it, just for the next few minutes, instead of fighting it?",
        "role_inversion",
    )
    d.t(
        T,
        "Let's try something along those lines. I'd like you to close your eyes if that feels okay, and notice where in your body you feel the anxiety right now.",
    )
    d.t(C, "(long pause) My chest. It's tight, like a fist.")
    d.t(
        T,
        "Just notice the fist. You don't have to loosen it or change it. See if you can breathe around it, the way water flows around a stone.",
    )
    d.t(C, "It's still there. But it's not getting bigger, which is weird.")

    d.session("=== Session 2 ===")
    d.t(T, "Good to see you again, Lena. How did the week go with the train?")
    d.t(
        C,
        "I took it twice. The first time I got off after one stop. The second time I stayed on for the whole journey, though I was gripping the handrail the entire time.",
    )
    d.t(
        T,
        "I'm wondering if we could try a small exercise together. Would you be willing to notice the thought \"I'm going to lose control\" and just say, \"I'm having the thought that I'm going to lose control\"?",
    )
    # decoy: articulate client asking the therapist a question
    d.t(
        C,
        "Can I ask you something first? When you talk about acceptance, do you mean I'm supposed to be okay with feeling this way forever? Because, honestly, that sounds a bit like giving up.",
    )
    d.t(
        T,
        "That's a really important question, and I'm glad you asked it. Acceptance in ACT isn't about giving up or liking the panic. It's about dropping the struggle with it, so that your energy can go towards the things you care about, like getting to work, or visiting your sister in Leeds.\n\nDoes that distinction make sense to you?",
    )
    d.t(C, "Sort of. It's like I stop wrestling with it, but I still get on the train.")
    d.t(
        T,
        "I\u2019m wondering if we could try a small exercise together. Would you be willing to notice the thought \u201cI\u2019m going to lose control\u201d and simply say, \u201cI\u2019m having the thought that I\u2019m going to lose control\u201d?",
        "near_duplicate_turn",
    )
    d.t(
        C,
        "I'm having the thought that I'm going to lose control. (pause) Huh. It sounds less like a fact when I say it like that.",
    )
    d.t(
        T,
        "As an AI language model, I am not able to provide therapy or replace a licensed mental health professional. If you are experiencing panic attacks, please consult a qualified provider who can offer appropriate support.",
        "refusal",
    )
    d.t(C, "Okay... anyway, I think I want to try the train again on Monday.")
    d.t(
        T,
        "That sounds like a choice that comes from your values, Lena. Let's write down what you'll do if the fist in your chest shows up, so you have a plan to come back to.\n\n[End of transcript]",
        "meta_text",
    )
    return d


# ----------------------------------------------------------------------------
# 03  Spoken intake transcript, COUNSELLOR:/CLIENT:, fillers and crosstalk
# ----------------------------------------------------------------------------
def f03() -> Doc:
    d = Doc("03_intake_audio_transcript.txt", {"COUNSELLOR": "T", "CLIENT": "C"}, gap=False)
    T, C = "COUNSELLOR", "CLIENT"
    d.raw("Intake appointment, audio transcript (auto-transcribed, corrected by hand)\n")
    d.session()
    first_episode = "Um. So, my GP said I should, she said I should come, because I've been, like, not sleeping and I had a couple of, um, I don't know what you'd call them, like, episodes at work where I just couldn't breathe and I had to go and sit in the toilets for like twenty minutes."
    d.t(T, "Okay, so, um, I think the recording's on now. Can you hear me alright?")
    d.t(C, "Yeah. Yeah, that's fine.")
    d.t(
        T,
        "Great. So this is just the, uh, the first appointment, the intake, so I'll be asking quite a lot of questions and you can skip anything you don't want to answer.",
    )
    d.t(C, "Mm-hmm.")
    d.t(T, "What brings you in today?")
    d.t(C, first_episode)
    d.t(T, "Mm-hmm.")
    d.t(C, "And my manager was nice about it but I could tell she was a bit, you know --")
    d.t(T, "Worried?")
    d.t(C, "Worried, yeah. [laughs] Or annoyed. Both.")
    d.t(T, "And how long has the sleep been a problem?")
    d.t(C, "Since about, uh, since Christmas? So three months-ish.")
    d.t(T, "Okay. And when you say not sleeping, is that getting to sleep or waking up in the night or --")
    d.t(
        C,
        "Both, kind of. I'll get to sleep and then I'm awake at like three and my head just starts going through all the",
    )
    d.t(T, "The to-do list?")
    d.t(C, "Yeah, all the stuff I haven't done. (pause) Sorry.")
    d.t(T, "No need to apologise. [crosstalk]")
    d.t(C, "", "empty_turn")
    d.t(T, "Sorry, go ahead.")
    d.t(C, "No, I was just going to say it's been worse since my mum went into hospital.")
    d.t(T, "Mm-hmm.")
    d.t("SPEAKER 3", "Sorry, is this, [inaudible], I thought I had the room at two?", "unknown_speaker")
    d.t(T, "I think we've got it till three, sorry. (pause) Sorry about that. You were saying, your mum's in hospital?")
    d.t(
        C,
        "Yeah, she had a fall in January and she's, um, she's been in and out since then. And I'm the one who lives closest, so.",
    )
    d.t(T, "So a lot of it falls on you.")
    d.t(C, "Yeah.")
    d.t(T, "That's a lot to carry alongside work.")
    d.t(C, "Yeah. [inaudible] my brother's in Glasgow, so he rings, but he's not, you know, he's not there.")
    d.t(
        T,
        "Mm-hmm. And the episodes at work, the ones where you couldn't breathe, can you tell me a bit more about the first one?",
    )
    d.t(C, first_episode, "duplicate_turn")
    d.t(
        T,
        "Right. Okay. (pause) So I'm going to ask about a few physical things now, just so we've got the full picture. Have you had any chest pain, dizziness, anything like that?",
    )
    d.t(C, "Dizzy, yeah. Not chest pain.")
    d.t(T, "Okay. Mm-hmm.")
    d.t(C, "Is that -- is that bad?")
    d.t(T, "Not necessarily. It's really common with panic. We'll keep an eye on it.")
    d.t(C, "Okay.")
    d.t(
        T,
        "Okay. So I think what I'll do is write this up and we'll look at booking you in for six sessions to start with.",
    )
    d.t(C, "Okay. Yeah. Thank you.")
    return d


# ----------------------------------------------------------------------------
# 04  CLEAN: named speakers Dr. Reyes / Priya, === Session 2 === separator
# ----------------------------------------------------------------------------
def f04() -> Doc:
    d = Doc("04_reyes_priya_sessions.txt", {"Dr. Reyes": "T", "Priya": "C"})
    T, C = "Dr. Reyes", "Priya"
    d.session()
    d.t(
        T,
        "Good afternoon, Priya. Last time you said you wanted to talk about the call with your parents. Is that still where you'd like to start?",
    )
    d.t(
        C,
        "Yes. Sorry, I've been dreading this a bit. (pause) They found out I'd moved in with Arjun before I told them, and my mum cried on the phone for about an hour.",
    )
    d.t(T, "That sounds like a really painful call. What was it like for you, hearing her cry?")
    d.t(C, "Awful. I kept saying sorry. And afterwards I sat on the kitchen floor for ages.")
    d.t(T, "What were you saying to yourself, sitting there?")
    d.t(C, "I should have known better.")
    # decoy: therapist echoes the client's exact words (different role)
    d.t(T, "I should have known better.")
    d.t(C, "Yeah. Than to think they'd just be happy for me.")
    d.t(T, "When you hear it said back to you, what do you notice?")
    d.t(
        C,
        "That it's really harsh. My last therapist would have called it a cognitive distortion, I think. I'm catastrophising that they'll never forgive me.",
    )
    d.t(T, "You know the language well. And knowing the name for it doesn't always make it feel any less true.")
    d.t(C, "No. It really doesn't. [laughs]")
    d.t(T, "What would you say to a friend who told you the same story?")
    d.t(
        C,
        "I'd tell her she's allowed to make her own choices, and that her mum being hurt isn't the same as her doing something wrong.",
    )
    d.t(T, "Mm-hmm.")
    d.t(C, "Which is easy to say about someone else.")
    d.t(
        T,
        "It usually is. Could we try holding both of those things this week: that your mum is hurting, and that you haven't done anything wrong?",
    )
    d.t(C, "I can try.")

    d.session("=== Session 2 ===")
    d.t(T, "How have things been since we last met?")
    d.t(
        C,
        "Mixed. My dad called on Sunday, which was a surprise. He didn't mention Arjun at all, just asked about work. I think that's his way of making peace.",
    )
    d.t(T, "How did that feel?")
    d.t(
        C,
        "Relief, mostly. But I also had a really bad night on Tuesday. I'm okay now, but I want to tell you about it because I promised I would.",
    )
    d.t(T, "I'm glad you did. Can you tell me what happened on Tuesday?")
    # decoy: client says "I can't talk about this"
    d.t(C, "I can't talk about this part yet. (pause) Sorry. Can we come back to it?")
    d.t(
        T,
        "Of course. We can go at whatever pace feels right. I do want to check one thing, just so I know you're safe: on Tuesday night, did you have any thoughts of hurting yourself?",
    )
    d.t(
        C,
        "For a moment, yes. Not a plan. Just that heavy feeling that everyone would be better off. It had passed by the morning.",
    )
    # decoy: hotline number as part of a real safety plan
    d.t(
        T,
        "Thank you for telling me that, Priya. That takes courage. Let's update the safety plan we made in February. Your warning signs were skipping meals and staying off your phone, and your first step was calling your cousin Meera. If things feel that heavy again and you can't reach Meera or me, you can call or text 988 any time, day or night, and if you're in immediate danger, call 911. Would it help to add anything else to the plan?",
    )
    d.t(C, "Maybe going for a walk with the dog. That actually helped on Wednesday morning.")
    d.t(T, "Let's add that. (writes) Walk with Biscuit. How does the plan look to you now?")
    # decoy: articulate client asking the therapist a question
    d.t(
        C,
        "Okay. Can I ask you something, though? How do you decide when someone is ready to stop coming to therapy? I'm not saying I want to stop, I just wonder what it looks like.",
    )
    d.t(
        T,
        "That's a good question. Usually it's something we decide together, when the goals you came in with feel within reach and you have tools you trust. We're not there yet, but I can see you moving towards it.",
    )
    d.t(C, "That's good to hear.")
    return d


# ----------------------------------------------------------------------------
# 05  Named speakers Coach Tom / Jamie, spoken, sessions split by ---
# ----------------------------------------------------------------------------
def f05() -> Doc:
    d = Doc("05_coach_tom_jamie.txt", {"Coach Tom": "T", "Jamie": "C"})
    T, C = "Coach Tom", "Jamie"
    d.session()
    d.t(T, "Alright, Jamie, thanks for sticking around after practice. How are you doing, honestly?")
    d.t(
        C,
        "I'm okay. I mean, I'm tired. I've got mocks and then practice and then my mum's on nights this month so I'm sort of looking after my little brother.",
    )
    d.t(T, "That's a lot. When do you get any time that's just for you?")
    d.t(C, "Um. [laughs] Not really ever? Maybe on the bus.")
    d.t(T, "Yeah.")
    d.t(C, "The worst bit is Sunday nights, I think. I just lie there thinking about the week.")
    d.t(T, "What do you think about, lying there?")
    # decoy: interrupted mid-clause, the other speaker completes it
    d.t(
        C,
        "People asking questions. And then I'd have to, like, explain about my dad and I don't want to get into that with",
    )
    d.t(T, "With the lads on the team.")
    d.t(C, "Yeah. Exactly.")
    d.t(
        T,
        "That's fair. You don't owe everyone the whole story. (pause) Is there one person you'd feel okay telling a little bit to?",
    )
    d.t(C, "Maybe Ms Okafor. She's the one who -- she noticed I was off last term.")
    d.t(T, "Yeah, she's good.")
    d.t(C, "Yeah.")
    d.t(T, "", "empty_turn")
    d.t(C, "Sorry, what?")
    d.t(T, "I said, would it help if I came with you to see her? Just for the first five minutes.")
    d.t(C, "Maybe. Yeah. Can I think about it?")
    d.t(T, "Course you can.")

    d.session("---")
    d.t(T, "Good to see you, Jamie. Did you get a chance to talk to Ms Okafor?")
    d.t(C, "Yeah, on Wednesday. It was alright actually. She said I can have extra time on the chemistry coursework.")
    d.t(T, "That's brilliant. How did it feel, telling her?")
    d.t(C, "Weird. Good weird. I still didn't tell her everything about my dad.")
    d.t(T, "You don't have to.")
    d.t(C, "I know. (pause) It's just, um, the hearing is next month, and I keep thinking about it.")
    d.t(T, "What's the hardest part of the week at the moment?")
    d.t(
        C,
        "I think, um, I think the hardest part is just walking into school on Monday and pretending everything's fine.",
    )
    d.t(T, "Even with Ms Okafor knowing a bit?")
    d.t(C, "Less bad. But yeah.")
    d.t(T, "And what's it like, thinking about the hearing?")
    d.t(
        C,
        "i think um i think the hardest part is just walking into school on monday and pretending everything's fine",
        "near_duplicate_turn",
    )
    d.t(T, "Yeah. And the hearing on top of that.")
    d.t(C, "Yeah. Like, what if I have to -- what if they ask me to say something?")
    d.t(T, "Has anyone said you'd need to?")
    d.t(
        C,
        "No. I don't think so. But my mum keeps saying it depends, and every time I think about it my stomach goes and I can't concentrate on anything and then I get behind and it all just sort of spirals until I'm lying awake and my dad's voice is in my head telling me I never",
        "truncated_turn",
    )
    return d


# ----------------------------------------------------------------------------
# 06  Counselor:/Patient:, three sessions, session 2 has swapped labels
# ----------------------------------------------------------------------------
def f06_session1(d: Doc, defects: tuple[str, ...] = ()) -> None:
    T, C = "Counselor", "Patient"
    d.t(T, "Hello, and welcome. What would you like to focus on in our session today?", *defects)
    d.t(
        C,
        "I've been having a hard time with worry. Mostly about money. My hours got cut in the spring and I lie awake doing sums in my head.",
    )
    d.t(
        T,
        "That sounds stressful, especially when the worry follows you into the night. When you're lying awake, what kinds of thoughts tend to come up?",
    )
    d.t(
        C,
        "That we'll fall behind on rent. That I'll have to ask my sister for help again and she'll be disappointed in me.",
    )
    d.t(
        T,
        'Those are heavy thoughts to carry at two in the morning. One technique some people find helpful is scheduling a "worry time" earlier in the evening, so that the worries have a place to go that isn\'t your bed. Would you be open to trying that?',
    )
    d.t(C, "Maybe. What would I actually do in the worry time?")
    d.t(
        T,
        "You'd sit down for about fifteen minutes, write down each worry, and for each one note whether there's anything you can do about it this week. If there is, you write the next small step. If there isn't, you practise letting it sit on the page.",
    )
    d.t(C, "I like that it's written down. My head feels less crowded when things are on paper.")
    d.t(T, "That's a great observation. Let's plan when your worry time could happen this week.")
    d.t(C, "Probably after dinner, around seven, before my son's bath.")


def f06() -> Doc:
    d = Doc("06_counselor_patient_sessions.txt", {"Counselor": "T", "Patient": "C"})
    T, C = "Counselor", "Patient"
    d.session()
    f06_session1(d)

    # whole session with the labels swapped: "Counselor" speaks as the client
    d.session("---", defects=("role_inversion",))
    d.t(
        T,
        "I don't really know where to start. Work has been chaos and I snapped at my partner twice this week over nothing.",
    )
    d.t(
        C,
        "Thank you for telling me that. It sounds like a lot has been building up. What was happening just before the first time you snapped?",
    )
    d.t(T, "He asked if I'd remembered to book the car in, and I just lost it. It wasn't really about the car.")
    d.t(C, "What do you think it was about?")
    d.t(
        T,
        "Feeling like everything lands on me. Work, the house, his mum's birthday. Nobody else seems to keep track of anything.",
    )
    d.t(
        C,
        "That sounds like a heavy load to be carrying on your own. I'm wondering whether the anger might be telling you something about what you need.",
    )
    d.t(T, "Help, probably. But asking for it feels like admitting I can't cope.")
    d.t(
        C,
        "Many people feel that way. What would it look like to ask for one specific thing this week, something small?",
    )
    d.t(T, "I could ask him to take over the food shop. He's better at it than me anyway.")
    d.t(C, "That sounds like a realistic first step. Let's check in next week on how that conversation goes.")

    d.session("---")
    again = "Let's take a moment to look at the week ahead. What's one thing you could do that would feel manageable?"
    d.t(T, "Welcome back. Last time you were going to try asking your flatmate about the noise. How did that go?")
    d.t(C, "I didn't do it. I wrote out what I wanted to say and then I just couldn't send it.")
    d.t(T, again)
    d.t(C, "I don't know. Everything feels like too much at the moment.")
    d.t(T, "When you say everything, what's on the list right now?")
    d.t(C, "The flatmate, my dissertation, my grandad's not well. I haven't been to the gym in three weeks.")
    d.t(T, "That's a lot happening at once. It makes sense that sending one message felt enormous.")
    d.t(C, "I suppose.")
    d.t(T, again, "duplicate_turn")
    d.t(C, "Maybe just the dissertation. I could do one hour on Thursday morning in the library.")
    d.t(
        T,
        "One hour in the library on Thursday sounds concrete and doable. Let's write it down.\n\n(Note: This dialogue is fictional and was written for training purposes. Any resemblance to real people is coincidental.)",
        "meta_text",
    )
    return d


# ----------------------------------------------------------------------------
# 07  CLEAN: crisis-line call, Volunteer:/Caller:
# ----------------------------------------------------------------------------
def f07() -> Doc:
    d = Doc("07_crisis_line_call.txt", {"Volunteer": "T", "Caller": "C"})
    T, C = "Volunteer", "Caller"
    d.session()
    d.t(T, "Hello, you're through to the night helpline, my name's Ruth. Can I ask your name?")
    d.t(C, "(long silence) It's Dan.")
    d.t(T, "Hi Dan. Thanks for calling. Take your time, there's no rush.")
    d.t(C, "I don't really know why I rang. Sorry.")
    d.t(T, "You don't have to know. Something made you pick up the phone tonight, and I'm glad you did.")
    d.t(
        C,
        "It's just been a really bad week. I lost my job on Monday and I haven't told my wife. I've been leaving the house every morning like I'm going to work.",
    )
    d.t(T, "That sounds incredibly lonely, carrying that on your own all week.")
    d.t(C, "Yeah.")
    d.t(T, "Mm.")
    d.t(C, "Yeah.")
    d.t(
        T,
        "Dan, I'm going to ask you something directly, because I ask everyone who calls and I want to make sure you're okay. Are you having any thoughts of suicide tonight?",
    )
    # decoy: caller says "I can't talk about this"
    d.t(C, "(pause) I can't talk about this. I mean, not the details. Sometimes, yeah. I've thought about it.")
    d.t(
        T,
        "Thank you for being honest with me. That's really hard to say out loud. Are you safe right now, where you are?",
    )
    d.t(C, "I'm in the car. In the car park at the retail park. I'm not going to do anything tonight.")
    d.t(
        T,
        "Okay. I'm glad you're telling me that. Can we think together about what would help you get through tonight and tomorrow?",
    )
    d.t(C, "I suppose I need to tell her. Claire. My wife.")
    d.t(T, "What do you imagine would happen if you told her?")
    d.t(C, "She'd be worried. She'd be angry I lied. But she'd -- she wouldn't leave or anything. She'd help.")
    d.t(T, "It sounds like part of you trusts that she'd be there for you.")
    d.t(C, "Yeah. Yeah, she would.")
    # decoy: hotline numbers as part of a real plan, not a hotline-only reply
    d.t(
        T,
        "So one step could be driving home and telling Claire tonight. If the thoughts get stronger before then, or any time this week, you can ring us back on this number, we're open all night, and you can also text SHOUT to 85258 if talking feels like too much. Your GP can give you an urgent appointment tomorrow as well. And if you ever feel you might act on the thoughts, call 999 or go to A&E. Does that feel like a plan you could hold on to?",
    )
    d.t(C, "Yeah. I'll go home. I'll tell her.")
    d.t(T, "That takes real courage, Dan. Would you like to stay on the line while you get ready to drive?")
    d.t(C, "No, it's okay. Thanks, Ruth. Really.")
    d.t(T, "Take care of yourself tonight, Dan. You can ring back any time.")
    return d


# ----------------------------------------------------------------------------
# 08  Peer-support chat log with typos, emoji, double-sends and mojibake
# ----------------------------------------------------------------------------
def f08() -> Doc:
    d = Doc("08_peer_support_chat.txt", {"Listener": "T", "Member": "C"}, gap=False)
    T, C = "Listener", "Member"
    d.session()
    d.t(
        T,
        "hi! welcome to the peer support chat \U0001f642 i'm Kay, one of the volunteer listeners. what's on your mind tonight?",
    )
    d.t(C, "hey. idk really. just cant sleep again")
    d.t(T, "ugh, sleepless nights are the worst \U0001f615 has it been like this for a while?")
    d.t(C, "like 2 weeks? since exams started")
    d.t(C, moji("I don\u2019t know how everyone else is coping, it\u2019s like they\u2019re all fine"), "mojibake")
    d.t(
        T,
        "that sounds really isolating. for what it's worth, a LOT of people feel that way during exams, even the ones who look fine",
    )
    d.t(C, "lol maybe")
    dbl = "sorry my wifi is being weird, did my last message go through?"
    d.t(C, dbl)
    d.t(C, dbl, "duplicate_turn")
    d.t(T, "yep got it! no worries \U0001f499")
    d.t(C, "ok")
    d.t(T, "do you want to tell me a bit more about what's been going on?")
    d.t(C, "i just feel like nobody would even notice if i stoped showing up to lectures")
    d.t(C, "i just feel like nobody would even notice if i stopped showing up to lectures", "near_duplicate_turn")
    d.t(
        T,
        moji(
            "I\u2019m really glad you told me that \U0001f499 it sounds like you\u2019re feeling pretty invisible right now\u2026 is that right?"
        ),
        "mojibake",
    )
    d.t(C, "yeah. kind of")
    d.t(C, "my only friend on the course moved back home in november")
    d.t(T, "oh that's hard. were you two close?")
    d.t(C, moji("yeah we used to study at the caf\u00e9 on campus every thursday \U0001f614"), "mojibake")
    d.t(T, "that sounds like a really nice routine. is there any part of it you could keep, even without her?")
    d.t(C, "maybe. i could still go on thursdays i guess \U0001f605")
    d.t(C, "ok")
    d.t(T, "that sounds like a good idea! and if things ever feel really heavy, our chat is open every night from 8")
    d.t(C, "thanks kay \U0001f64f this actually helped")
    d.t(T, "anytime \U0001f499 take care of yourself tonight")
    return d


# ----------------------------------------------------------------------------
# 09  Windows-1252 file with CRLF, correct curly quotes and accents
# ----------------------------------------------------------------------------
def f09() -> Doc:
    d = Doc(
        "09_counselling_cp1252.txt",
        {"Counsellor": "T", "Client": "C"},
        encoding="cp1252",
        newline="\r\n",
    )
    T, C = "Counsellor", "Client"
    d.session()
    d.t(T, "Hello Zoë, come in \u2014 have a seat wherever you\u2019re comfortable.")
    d.t(C, "Thanks. Sorry I\u2019m a bit late, the bus from Clapham was a nightmare.")
    d.t(T, "Not at all. Last week you mentioned the new head chef at the brasserie. How have things been?")
    d.t(
        C,
        "Honestly? Worse. He rewrote the whole menu \u2014 the crème brûlée is gone, the confit is gone \u2014 and he keeps saying my station is \u201ctoo slow\u201d.",
    )
    d.t(T, "\u201cToo slow.\u201d")
    d.t(C, "And I keep telling myself \u201cit\u2019s fine, it\u2019s only work\u201d \u2014 but it isn\u2019t, is it?")
    d.t(
        T,
        "It sounds like it matters to you a great deal. What goes through your mind when he says you\u2019re too slow?",
    )
    d.t(C, "That I\u2019m naïve to think I was ever any good. That I\u2019ve been faking it for eight years\u2026")
    d.t(
        T, "Eight years is a long time to fake something. (pause) What would your old sous-chef, Renée, say about that?"
    )
    d.t(C, "She\u2019d laugh. She\u2019d say I was the only one who could keep the pass calm on a Saturday.")
    d.t(T, "Hmm. So there\u2019s another story about you, alongside the one that says you\u2019re a fraud.")
    d.t(C, "And I keep telling myself \"it's fine, it's only work\" - but it isn't, is it?", "near_duplicate_turn")
    d.t(
        T,
        "Before we finish \u2014 I wondered whether, next time, we could look at what happens in your body when",
        "truncated_turn",
    )

    d.session("=== Session 2 ===")
    d.t(T, "Welcome back, Zoë. How has your week been?")
    d.t(
        C,
        "Better, actually. I had a proper conversation with him on Tuesday. I said I wanted to keep one of the old desserts on the menu, and he said yes \u2014 the tarte Tatin.",
    )
    d.t(T, "That\u2019s quite a shift from last week. How did it feel to say it?")
    d.t(C, "Terrifying. Like déjà vu from my first job. But I did it.")
    d.t(T, "You did. I\u2019m curious what made it possible this time.")
    d.t(
        C,
        "I think it was what you said about the other story. I wrote down three things Renée used to say about me and read them on the bus.",
    )
    d.t(T, "That\u2019s a lovely idea \u2014 your own little résumé of evidence.")
    d.t(C, "[laughs] Exactly. My résumé of not being a fraud.")
    d.t(T, "Shall we keep adding to it this week?")
    d.t(C, "Yes. I\u2019d like that.")
    return d


# ----------------------------------------------------------------------------
# 10  JSON Lines, user/assistant
# ----------------------------------------------------------------------------
R1 = [
    ("user", "Hi, I've been feeling really anxious lately and I don't know why."),
    (
        "assistant",
        "I'm sorry you've been feeling this way. Anxiety without a clear cause can feel especially unsettling, because there's nothing obvious to fix. Could you tell me a bit about when you notice it most, whether it's certain times of day, places, or situations?",
    ),
    ("user", "Mostly in the mornings. I wake up with my heart racing before I've even thought about anything."),
    (
        "assistant",
        "That's a really common pattern. For some people the body's alarm system starts up before the mind has caught up.\n\nOne thing we could try is a short grounding routine before you get out of bed: name five things you can see, four you can hear, three you can feel. Would you be willing to try that for a few mornings and notice what happens?",
    ),
    ("user", "I can try that. What if it doesn't work?"),
    (
        "assistant",
        "Then that's useful information too, and we'd look at what happened and adjust. The aim isn't to make the anxiety disappear overnight, but to help you feel a little less at its mercy.",
    ),
]


def f10() -> JsonlDoc:
    d = JsonlDoc("10_generated_dialogues.jsonl")
    d.conv("gen-0001", R1)
    d.conv(
        "gen-0002",
        [
            (
                "user",
                "I've been arguing with my teenage son constantly. Last night he slammed the door and said he hates me.",
            ),
            (
                "assistant",
                "That sounds really painful to hear from your child. Arguments with teenagers can escalate quickly, and it's easy to end up in a cycle where both of you feel unheard. What was the argument about?",
            ),
            (
                "user",
                "His phone. He's on it until 2am and then can't get up for school. Honestly, some nights I just want to disappear for a while.",
            ),
            (
                "assistant",
                "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. It's really important to talk things over with someone who can, though, such as a mental health professional or a trusted person in your life.",
                "refusal",
            ),
            ("user", "I meant a weekend away, not anything serious."),
            (
                "assistant",
                "Thank you for clarifying. Wanting a break when you're worn out from conflict makes complete sense. Could we think about one small change to the phone routine that you and your son might both be able to agree on?",
            ),
        ],
    )
    d.conv(
        "gen-0003",
        [
            ("user", "Can we continue our session about my fear of driving?"),
            (
                "assistant",
                "Certainly! Here's a continuation of the therapy session focusing on the client's fear of driving:\n\nOf course. Last time, you described how your hands start shaking as soon as you sit in the driver's seat. Have you noticed anything new about that this week?",
                "meta_text",
            ),
            (
                "user",
                "I sat in the car on the driveway for ten minutes without turning it on. My hands shook but I stayed.",
            ),
            (
                "assistant",
                "That's a meaningful step. Staying with the discomfort, rather than getting out straight away, is exactly how the fear starts to lose its grip. For the next step, I'd like us to plan a very short drive, maybe just to the end of your street and back, and before that we can",
                "truncated_turn",
            ),
        ],
    )
    # same conversation as gen-0001 under a new id
    d.conv("gen-0004", R1, session_defects=("duplicate_session",))
    d.conv(
        "gen-0005",
        [
            ("user", "I don't know if therapy is for me. I've never been good at talking about feelings."),
            (
                "assistant",
                "That's a really honest thing to say, and lots of people feel the same way at the start. We can go at your pace. What made you decide to give it a try now?",
            ),
            (
                "user",
                "It sounds like you've been carrying a lot on your own for a long time. What do you think would help you feel a little more supported this week?",
                "role_inversion",
            ),
            ("assistant", "", "empty_turn"),
            ("user", "My partner said I seem closed off. I think she's right."),
            (
                "assistant",
                "It takes courage to hear that and really consider it. What does 'closed off' feel like from the inside, for you?",
            ),
        ],
    )
    # decoy record: same opening line as gen-0001, user quotes "as an AI",
    # assistant gives a hotline as part of a real safety plan
    d.conv(
        "gen-0006",
        [
            ("user", "Hi, I've been feeling really anxious lately and I don't know why."),
            (
                "assistant",
                "Thanks for reaching out. Anxiety that seems to come from nowhere can be really confusing. Has anything changed in your life recently, even something that seems small?",
            ),
            (
                "user",
                "I know you're an AI and you'll probably just say 'as an AI I can't help with this', but my brother died in August and I keep having these dark thoughts at night.",
            ),
            (
                "assistant",
                "I'm so sorry about your brother. I'm here, and I want to understand what the nights are like for you. When you say dark thoughts, do you mean thoughts of ending your life?",
            ),
            ("user", "Sometimes. I wouldn't act on them. I've got my cat, and my mum would be destroyed."),
            (
                "assistant",
                "Thank you for telling me, that matters. It sounds like your cat and your mum are important reasons to stay safe. Let's put together a simple plan for the nights: what usually helps a little, who you could text, and if the thoughts get stronger, you can call or text 988 to reach the Suicide & Crisis Lifeline at any hour. Could we start with what helped, even a tiny bit, last night?",
            ),
            ("user", "Honestly, watching old videos of him made it worse. Talking to my mum helped."),
            (
                "assistant",
                "Then let's put 'call Mum' near the top of the plan, and maybe keep the videos for the daytime, when you have more support around you. How does that sound?",
            ),
        ],
    )
    return d


# ----------------------------------------------------------------------------
# 11  Counselor:/Patient: batch 2, third speaker; session 2 repeats 06 session 1
# ----------------------------------------------------------------------------
def f11() -> Doc:
    d = Doc("11_counselor_patient_batch2.txt", {"Counselor": "T", "Patient": "C"})
    T, C = "Counselor", "Patient"
    d.session()
    d.t(T, "Good morning. Thank you for coming in. How have you been since our first meeting?")
    d.t(C, "Tired, mostly.")
    d.t(T, "Tell me more about the tiredness.")
    d.t(C, "I haven't been sleeping well since the move, maybe four or five hours a night.")
    d.t(
        T,
        "Moving house is one of the most stressful life events, even when it's a move you wanted. What's been keeping you awake?",
    )
    d.t(
        C,
        "The new flat is on a main road, so there's the traffic. But mostly it's my head. I go over conversations from the day.",
    )
    d.t("Speaker C", "[inaudible] sorry, just need to grab the charger.", "unknown_speaker")
    d.t(T, "No problem. (pause) Sorry, you were saying you go over conversations?")
    d.t(C, "Yeah. Like, did I sound rude in that meeting, should I have said something different to my landlord.")
    d.t(T, "It sounds as though your mind keeps reviewing the day, looking for mistakes.")
    d.t(C, "i haven't been sleeping well since the move,  maybe four or five hours a night", "near_duplicate_turn")
    d.t(
        T,
        "That's a lot less sleep than your body needs. Let's look at what your evenings look like from about eight o'clock.",
    )
    d.t(C, "Dinner, then laptop in bed until I fall asleep, usually.")
    d.t(
        T,
        "That's a good place to start. We could try keeping the laptop out of the bedroom for a week and see what changes.",
    )
    d.t(C, "I can try that.")

    d.session("---", defects=("duplicate_session",))
    f06_session1(d)
    return d


# ----------------------------------------------------------------------------
# 12  LLM sessions THERAPIST:/PATIENT: with loop, inversion, meta, refusal
# ----------------------------------------------------------------------------
def f12() -> Doc:
    d = Doc("12_llm_therapy_continuations.txt", {"THERAPIST": "T", "PATIENT": "C"})
    T, C = "THERAPIST", "PATIENT"
    d.session("=== Session 1 ===")
    d.t(
        T,
        "Welcome. I'm glad you decided to come in today. To start, could you tell me a little about what's been on your mind?\n\nTake as much time as you need.",
    )
    d.t(
        C,
        "I've been struggling since I got passed over for the promotion. I've worked at the firm for nine years, and they gave it to someone who joined eighteen months ago.",
    )
    d.t(
        T,
        "That sounds deeply disappointing, especially after so many years of commitment. What thoughts have been coming up for you since you heard the news?",
    )
    d.t(C, "That I'm invisible. That no matter how hard I work, it doesn't count.")
    loop = "It makes sense that you would feel that way. Feeling invisible after years of hard work can be very painful, and it's important to acknowledge that hurt. Can you tell me more about what 'invisible' means to you?"
    d.t(T, loop, "repetition_loop")
    d.t(T, loop, "duplicate_turn")
    d.t(T, loop.replace("'", "\u2019").replace("\u2019invisible", "\u2018invisible"), "near_duplicate_turn")
    d.t(
        C,
        "I hear how much pressure you've been under. Let's slow down for a moment and notice what's coming up for you right now, without judging it.",
        "role_inversion",
    )
    d.t(T, "Let's take a breath together. When you think about the promotion now, what do you notice in your body?")
    d.t(C, "A tightness in my throat. Like I want to cry but can't.")
    d.t(
        T,
        "That tightness makes sense; those feelings have been waiting for somewhere to go.\n\nFor this week, I'd like you to notice when the feeling of being invisible shows up, and jot down what was happening at the time.",
    )
    d.t(C, "I can do that.")

    d.session("=== Session 2 ===")
    d.t(
        T,
        "Certainly! Below is a continuation of the dialogue between the therapist and the patient, now focusing on the patient's sleep and low mood.\n\nGood to see you again. How did the noticing go this week?",
        "meta_text",
    )
    d.t(
        C,
        "I wrote things down most days. It showed up a lot in meetings, when my manager talks over me. And at night. I've been sleeping badly, and some nights I think it would be easier not to wake up.",
    )
    d.t(
        T,
        "I apologize, but I cannot continue this roleplay because it involves discussion of self-harm. If you or someone you know is struggling, please reach out to a mental health professional or contact a crisis line in your area.",
        "refusal",
    )
    d.t(C, "I'm not going to do anything. It's more that I'm tired of feeling like this.")
    d.t(
        T,
        "Thank you for explaining that. Feeling worn down to that point matters, and I'd like us to keep an eye on it together. When those thoughts come at night, what usually helps you get through to the morning?",
    )
    d.t(C, "Listening to the radio. Sometimes getting up and making tea.")
    d.t(
        T,
        "Those are both gentle ways of looking after yourself. Let's add them to a plan for difficult nights, and alongside that I'd like to talk about what happens in the meetings when your manager",
        "truncated_turn",
    )
    return d


# ----------------------------------------------------------------------------
# self-checks (of this generator, not of any detector)
# ----------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace("\u2019", "'").replace("\u2018", "'")
    text = text.replace("\u201c", '"').replace("\u201d", '"')
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def check_repeats(name: str, sessions: list[list[tuple[str, str, tuple[str, ...]]]]) -> None:
    """Every repeat of a same-role turn (> 3 words) inside a session must be marked,
    and every marked repeat must really repeat an earlier turn."""
    for sess in sessions:
        seen: list[tuple[str, str, str]] = []
        for role, text, defects in sess:
            key = norm(text)
            long_enough = len(key.split()) > 3
            exact = any(r == role and t == text for r, t, _ in seen)
            close = any(r == role and difflib.SequenceMatcher(None, k, key).ratio() > 0.85 for r, _, k in seen)
            marked = set(defects) & {"duplicate_turn", "near_duplicate_turn"}
            if long_enough and (exact or close):
                assert marked, f"{name}: unmarked repeat: {text[:60]!r}"
            if "duplicate_turn" in defects:
                assert exact, f"{name}: duplicate_turn without exact earlier turn: {text[:60]!r}"
            if "near_duplicate_turn" in defects:
                assert close and not exact, f"{name}: bad near duplicate: {text[:60]!r}"
            seen.append((role, text, key))


def main() -> None:
    if len(sys.argv) != 2:
        sys.exit("usage: python blind/second_defect_cases.py OUT_DIR")
    out = Path(sys.argv[1])
    out.mkdir(parents=True, exist_ok=True)
    docs: list[Doc | JsonlDoc] = [f01(), f02(), f03(), f04(), f05(), f06(), f07(), f08(), f09(), f10(), f11(), f12()]

    rows: list[tuple[str, int, str]] = []
    all_sessions: list[tuple[str, tuple[tuple[str, str], ...], tuple[str, ...]]] = []
    for doc in docs:
        doc.write(out)
        rows.extend((doc.name, line, kind) for line, kind in doc.truth)
        if isinstance(doc, Doc):
            sess = [[(t.role, t.text, t.defects) for t in s] for s in doc.sessions]
            check_repeats(doc.name, sess)
            for i in range(len(doc.sessions)):
                all_sessions.append((doc.name, doc.session_texts(i), doc.session_defects[i]))
            # every truth line must be a speaker-label line of this file
            label_lines = {t.line for s in doc.sessions for t in s}
            for line, kind in doc.truth:
                assert line in label_lines, (doc.name, line, kind)
        else:
            sess = [
                [(m["role"], m["content"], dfx) for m, dfx in zip(r["messages"], doc.turn_defects[i], strict=True)]
                for i, r in enumerate(doc.records)
            ]
            check_repeats(doc.name, sess)
            for line, r in enumerate(doc.records, start=1):
                session_kinds = {k for ln, k in doc.truth if ln == line and k == "duplicate_session"}
                texts = tuple((m["role"], m["content"]) for m in r["messages"])
                all_sessions.append((doc.name, texts, tuple(session_kinds)))
            for line, _ in doc.truth:
                assert 1 <= line <= len(doc.records)

    # duplicate sessions must be marked, and only those
    seen_sessions: set[tuple[tuple[str, str], ...]] = set()
    for name, texts, defects in all_sessions:
        is_dup = texts in seen_sessions
        assert is_dup == ("duplicate_session" in defects), (name, texts[0])
        seen_sessions.add(texts)

    assert len(set(rows)) == len(rows), "duplicate truth rows"
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as fh:
        w = csv.writer(fh)
        w.writerow(["file", "line", "defect_type"])
        w.writerows(rows)

    # re-read every file and check each truth line exists
    for name, line, _kind in rows:
        path = out / name
        enc = "cp1252" if name.endswith("cp1252.txt") else "utf-8"
        lines = path.read_bytes().decode(enc).splitlines()
        assert 1 <= line <= len(lines), (name, line)

    counts: dict[str, int] = {}
    for _, _, kind in rows:
        counts[kind] = counts.get(kind, 0) + 1
    print(f"wrote {len(docs)} files and {len(rows)} truth rows to {out}")
    for kind in sorted(counts):
        print(f"  {kind:22s} {counts[kind]}")


if __name__ == "__main__":
    main()
