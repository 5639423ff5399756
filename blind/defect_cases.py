# ruff: noqa: E501
"""Blind defect cases for the transcript-warehouse defect detectors.

Written without looking at the detectors, their tests, benchmarks or synthetic data.
Run as ``python blind/defect_cases.py OUT_DIR``: writes 14 transcript files and ``truth.csv``
(columns ``file,line,defect_type``; ``line`` is the 1-based line of the turn's label line, or of
the session's first turn for session-level defects such as a swapped session or a duplicate session).

Every line number in the truth is computed while the file is built, never counted by hand.
Only the standard library is used.
"""

from __future__ import annotations

import csv
import re
import sys
from collections import Counter
from pathlib import Path

RSQ = "\u2019"  # right single quotation mark (curly apostrophe)
LDQ = "\u201c"  # left double quotation mark
RDQ = "\u201d"  # right double quotation mark
EMDASH = "\u2014"

RAW = "RAW"  # an unlabelled line (e.g. a generation preamble)
T = "T"  # counsellor role
C = "C"  # client role

THERAPIST_CLIENT = {T: "Therapist:", C: "Client:"}
COUNSELLOR_PATIENT = {T: "Counsellor:", C: "Patient:"}
MORGAN_SAM = {T: "Dr. Morgan:", C: "Sam:"}
MARKDOWN = {T: "**Therapist:**", C: "**Client:**"}
CAPS = {T: "THERAPIST:", C: "CLIENT:"}

DUPLICATE_KINDS = {"duplicate_turn", "near_duplicate_turn", "repetition_loop"}


def mojibake(text: str) -> str:
    """UTF-8 bytes wrongly decoded as Windows-1252 (strict: every byte must map)."""
    return text.encode("utf-8").decode("cp1252")


class Doc:
    """One transcript file; line numbers and truth rows are recorded as turns are added."""

    def __init__(self, name: str, labels: dict[str, str], whole_file_mojibake: bool = False) -> None:
        self.name = name
        self.labels = labels
        self.whole_file_mojibake = whole_file_mojibake
        self.lines: list[str] = []
        self.truth: list[tuple[str, int, str]] = []
        self.turn_lines: set[int] = set()
        # per session: list of (role, text, line)
        self.sessions: list[list[tuple[str, str, int]]] = []

    def session(
        self,
        turns: list[tuple[str, ...]],
        labels: dict[str, str] | None = None,
        session_defect: str | None = None,
    ) -> int:
        """Append a session; return the line of its first turn."""
        labels = labels or self.labels
        if self.lines:
            self.lines.append("---")
        first_turn_line = 0
        record: list[tuple[str, str, int]] = []
        for item in turns:
            role, text, *defects = item
            if role == RAW:
                self.lines.append(text)
                line = len(self.lines)
            else:
                prefix = labels.get(role, f"{role}:")
                if "mojibake" in defects:
                    text = mojibake(text)
                self.lines.append(f"{prefix} {text}" if text else prefix)
                line = len(self.lines)
                self.turn_lines.add(line)
                record.append((role, text, line))
                if not first_turn_line:
                    first_turn_line = line
            for defect in defects:
                self.truth.append((self.name, line, defect))
        if session_defect:
            self.truth.append((self.name, first_turn_line, session_defect))
        self.sessions.append(record)
        return first_turn_line

    def render(self) -> str:
        if not self.whole_file_mojibake:
            return "\n".join(self.lines) + "\n"
        out = []
        for number, line in enumerate(self.lines, start=1):
            garbled = mojibake(line)
            if garbled != line and number in self.turn_lines:
                self.truth.append((self.name, number, "mojibake"))
            out.append(garbled)
        return "\n".join(out) + "\n"

    def self_check(self) -> None:
        """Guard against accidental, unrecorded repeats of substantial turns."""
        flagged = {line for _, line, kind in self.truth if kind in DUPLICATE_KINDS}
        for record in self.sessions:
            seen: dict[tuple[str, str], int] = {}
            for role, text, line in record:
                key = (role, re.sub(r"[^a-z0-9 ]", "", text.lower().replace(RSQ, "'")).strip())
                if key in seen and len(key[1].split()) > 3:
                    assert line in flagged, f"{self.name}:{line} repeats line {seen[key]} but is not in truth"
                seen.setdefault(key, line)


# ---------------------------------------------------------------------------
# LLM-generated-style sessions
# ---------------------------------------------------------------------------


def llm_burnout() -> Doc:
    doc = Doc("01_burnout.txt", THERAPIST_CLIENT)
    doc.session(
        [
            (RAW, "Sure! Here's a continuation of the therapy session between the therapist and Daniel:", "meta_text"),
            (
                T,
                "Welcome back, Daniel. Last week we talked about how stretched you've been feeling at work. How have things been since we last met?",
            ),
            (
                C,
                "Honestly, not great. I've been staying late almost every night, and even when I get home I keep checking my email. My partner has started to comment on it.",
            ),
            (
                T,
                "It sounds like work has been following you home, not just in hours but in your attention. What is it like for you when your partner comments on it?",
            ),
            (
                C,
                "I get defensive. I know she's right, but part of me feels like if I stop checking, something will fall apart and it'll be my fault.",
            ),
            (
                T,
                "That sense of responsibility sounds heavy. When you imagine something falling apart, what do you picture happening?",
            ),
            (
                C,
                "I picture my manager calling me into her office and asking why I missed something obvious. I picture everyone realising I'm not as capable as they think.",
            ),
            (
                T,
                "So underneath the late nights there's a fear of being found out, of people seeing you as less capable than they believed. Does that feel accurate?",
            ),
            (C, "Yeah. That's exactly it. I've felt that way since my first job, really."),
            (
                T,
                "Thank you for naming that so clearly. Many people who work very hard are driven by that same fear. I'm curious whether it has ever actually happened, that someone saw you as incapable because of a mistake.",
            ),
            (
                C,
                "Not really. There was one time I sent a report with the wrong figures, and my manager just asked me to fix it. She didn't seem bothered at all.",
            ),
            (
                T,
                "That's an interesting contrast between the catastrophe you imagine and what actually happened. What do you make of that?",
            ),
            (
                C,
                "Thank you for being so open with me today, Daniel. It sounds like you've been holding yourself to a standard that leaves very little room for rest. What feels most important for us to focus on as we move forward?",
                "role_inversion",
            ),
            (
                T,
                "I think one thing worth exploring is how you might create some boundaries around your evenings. Would you be open to trying a small experiment this week?",
            ),
            (C, "I guess so. What kind of experiment?"),
            (
                T,
                "What if you chose one evening this week where you don't check email after seven? You could notice what happens, both at work and inside yourself.",
            ),
            (C, "That feels scary, but doable. Maybe Wednesday, because I don't have any deadlines that day."),
            (
                T,
                "Wednesday sounds like a thoughtful choice. It might help to tell your partner about it too, so she can support you. How does that sound?",
            ),
            (
                C,
                "Actually, I think she'd really like that. She's been asking me to put my phone away at dinner for months.",
            ),
            (
                T,
                "It sounds like this could be good for both of you. Before we finish, is there anything you'd like to bring to our next session?",
            ),
            (
                C,
                "I think I'd like to talk more about where this fear of being found out comes from, because I have a feeling it goes back to how my dad used to react when I",
                "truncated_turn",
            ),
        ]
    )
    return doc


def llm_grief() -> Doc:
    doc = Doc("02_grief.txt", COUNSELLOR_PATIENT)
    numb = "Feeling numb can be very unsettling, but it's a common part of grief. It can be the mind's way of taking a break from something overwhelming. Can you tell me more about what scares you about it?"
    numb_near = f"Feeling numb can be very unsettling, but it is a common part of grief. It can be the mind{RSQ}s way of taking a break from something overwhelming. Can you tell me more about what scares you about it?"
    doc.session(
        [
            (
                T,
                "Hello Maria, thank you for coming in today. I know the last few weeks have been incredibly difficult. Where would you like to begin?",
            ),
            (
                C,
                "I don't really know. My mum died six weeks ago and everyone keeps telling me it'll get easier, but it hasn't. If anything it's getting worse.",
            ),
            (
                T,
                "<think>The patient lost her mother six weeks ago. I should validate her experience, avoid minimising it, and gently explore what 'worse' means for her before moving on to coping strategies.</think> It sounds like you're being told grief should follow a timetable, and your experience doesn't match it. What has it been like for you these past six weeks?",
                "meta_text",
            ),
            (
                C,
                "At first I was busy with the funeral and all the paperwork. Now that everything is done, the house is just quiet. I keep picking up my phone to call her.",
            ),
            (
                T,
                "Those small moments, like reaching for your phone, can be some of the most painful reminders. What happens for you when you realise you can't call her?",
            ),
            (C, "I just sit there. Sometimes I cry, sometimes I feel nothing at all, which scares me more."),
            (T, numb),
            (C, "I worry it means I didn't love her enough. Like a good daughter would be crying all the time."),
            (
                T,
                "That's a painful thought to carry. I wonder where the idea comes from that a good daughter would grieve in a particular way.",
            ),
            (
                C,
                "Probably from my aunt. At the funeral she said something about how I seemed very composed, and ever since then I've been replaying it and wondering whether everyone else noticed that I",
                "truncated_turn",
            ),
            (
                T,
                "It sounds like your aunt's comment has stayed with you. Being composed at a funeral doesn't measure how much you loved someone. Many people hold themselves together in public and fall apart in private.",
            ),
            (C, "That's what happened. I held it together all day and then cried in the car for an hour."),
            (T, "So your grief was there, it just found a private space. How do you feel hearing yourself say that?"),
            (C, "A bit relieved, I think. I hadn't really thought about it like that."),
            (T, numb_near, "near_duplicate_turn"),
            (C, "I suppose what scares me is that one day I'll stop feeling anything about her at all."),
            (
                T,
                "That fear makes sense; it speaks to how much you want to stay connected to her. Some people find it helps to create a ritual of remembering, like writing to the person or visiting a place they shared. Is there something like that that might feel right for you?",
            ),
            (
                C,
                "She loved the botanical gardens. We used to go every spring. Maybe I could go there on her birthday next month.",
            ),
            (
                T,
                "That sounds like a meaningful way to honour her. We can talk about how that day went when we meet next. How are you feeling as we come to the end of today?",
            ),
            (C, "Tired, but lighter than when I came in. Thank you."),
        ]
    )
    # A whole session whose labels are swapped: the counsellor's words carry the Patient label.
    swapped = {T: COUNSELLOR_PATIENT[C], C: COUNSELLOR_PATIENT[T]}
    doc.session(
        [
            (
                T,
                "Hi Tom, it's good to see you again. Last time you mentioned the office party coming up. How did it go?",
            ),
            (
                C,
                "I went, which I guess is something. I stayed for about forty minutes and then told everyone I had a headache.",
            ),
            (
                T,
                "Going at all sounds like a real step, given how anxious you felt about it. What was happening for you during those forty minutes?",
            ),
            (
                C,
                "I mostly stood near the drinks table. I had a whole conversation planned in my head, but when my colleague came over I just went blank.",
            ),
            (T, "That moment of going blank can feel awful. What did you notice in your body when it happened?"),
            (C, "My face got hot and my heart was pounding. I was sure she could tell."),
            (
                T,
                "It sounds like part of the anxiety was the fear that others could see what you were feeling. Did anything suggest she actually noticed?",
            ),
            (
                C,
                "Not really. She talked about her holiday for a while and then someone else joined us. I just nodded a lot.",
            ),
            (
                T,
                "So from the outside, it may have looked like an ordinary conversation, even though inside it felt very intense. How does it feel to consider that?",
            ),
            (C, "Strange. I always assume people can see right through me."),
            (
                T,
                "That assumption seems to shape a lot of your experience in social situations. Would you be willing to test it in a small way this week?",
            ),
            (C, "Maybe. What would that involve?"),
            (
                T,
                "You could choose one brief interaction, like asking a colleague about their weekend, and afterwards jot down what you predicted would happen and what actually happened.",
            ),
            (C, "I could try that with Jenna. She's friendly, and she sits near me."),
            (
                T,
                "That sounds like a good place to start. We'll look at what you noticed next time. Is there anything else on your mind before we finish?",
            ),
            (C, "No, I think that's enough for today. Thanks."),
        ],
        labels=swapped,
        session_defect="role_inversion",
    )
    return doc


def llm_panic() -> Doc:
    doc = Doc("03_panic.txt", MORGAN_SAM)
    ask = "It sounds like the avoidance is starting to shape your daily routine. What would it mean for you to gradually return to some of these places?"
    answer = "I think it would mean feeling like myself again. I used to love wandering around the market on Saturdays."
    answer_near = (
        "I think it would mean feeling like myself again. I used to love wandering around the market on saturdays"
    )
    doc.session(
        [
            (
                T,
                "Good afternoon, Sam. Thank you for coming in. Last session you described the panic attack you had on the train. How have the past two weeks been?",
            ),
            (C, "I had two more. One in the supermarket and one at home in the middle of the night, which was new."),
            (
                T,
                "That sounds frightening, especially the one at night, when there was no obvious trigger. Can you walk me through what happened?",
            ),
            (
                C,
                "I woke up and my heart was racing. I felt like I couldn't get a full breath, and I was convinced I was having a heart attack. I almost called an ambulance.",
            ),
            (T, "What helped you get through it in the end?"),
            (
                C,
                "I tried the breathing we practised, counting to four on the in-breath and six on the out-breath. It took a while, but it eventually slowed down.",
            ),
            (
                T,
                "That's a real achievement. Using a skill in the middle of intense fear is hard, and you did it. How did you feel afterwards?",
            ),
            (
                C,
                "Exhausted. And embarrassed, honestly. I'm a grown adult and I was sitting on the bathroom floor shaking.",
            ),
            (
                T,
                "There's nothing to be embarrassed about. Panic attacks can happen to anyone, and your body was responding as if there was real danger. Sometimes when people feel this overwhelmed they have darker thoughts too. Have you had any thoughts of hurting yourself?",
            ),
            (
                C,
                "No, nothing like that. I just want it to stop. Sometimes I think I'd rather not leave the house than risk having one in public.",
            ),
            (
                T,
                "I'm sorry, but I can't continue with this conversation. If you are in crisis or thinking about harming yourself, please contact the 988 Suicide & Crisis Lifeline or your local emergency services right away.",
                "refusal",
            ),
            (C, "I said I'm not going to hurt myself. I just don't want to have panic attacks at work."),
            (
                T,
                "Thank you for clarifying, Sam. Avoiding places makes a lot of sense as a way to feel safe in the short term, but over time it can make the fear grow. What situations have you started to avoid?",
            ),
            (
                C,
                "The supermarket, definitely. I've been ordering groceries online. And I take the bus instead of the train now, even though it's slower.",
            ),
            # a block of two turns generated three times
            (T, ask, "repetition_loop"),
            (C, answer),
            (T, ask, "duplicate_turn"),
            (C, answer, "duplicate_turn"),
            (T, ask, "duplicate_turn"),
            (C, answer_near, "near_duplicate_turn"),
            (
                T,
                "The market sounds like a meaningful goal. We could build a ladder of steps, starting with something small, like standing outside the supermarket for five minutes. How would that feel?",
            ),
            (C, "Nervous, but I think I could manage five minutes if I knew I could leave."),
            (
                T,
                "Knowing you can leave is fine for now. Let's write the first few steps together before you go, and we'll review how they went next time.",
            ),
            (C, "Okay. Thank you, Dr. Morgan. This feels more manageable than I expected."),
            (RAW, "[End of transcript]", "meta_text"),
        ]
    )
    return doc


def llm_relationship() -> Doc:
    doc = Doc("04_relationship.txt", MARKDOWN)
    loss = "That sounds like a significant loss, and perhaps one that hasn't really been acknowledged between you. How do you feel when he says you chose it?"
    doc.session(
        [
            (
                T,
                "Hi Priya, welcome. Before we begin, I'd like to hear what brought you here today and what you're hoping to get from our time together.",
            ),
            (
                C,
                "My husband and I have been arguing constantly for months. It's always about small things, like the dishes or who's picking up the kids, but it escalates so fast.",
            ),
            (
                T,
                "It sounds exhausting to be caught in that cycle. When an argument starts over something small, what tends to happen next?",
            ),
            (
                C,
                "He says something sarcastic, I snap back, and within a minute we're both shouting about things that happened years ago.",
            ),
            (
                T,
                "So a small disagreement quickly opens up much older hurts. Which of those older hurts tends to come up most?",
            ),
            (
                C,
                "Mostly that I gave up my job when our daughter was born. He always says I chose that, but it never felt like a choice.",
            ),
            (T, loss),
            (C, "Invisible. Like all the things I gave up don't count."),
            (
                T,
                "Feeling invisible in your own marriage is painful. I'm wondering what you would most want him to understand about that time.",
            ),
            (
                C,
                "That I was scared. I was alone with a newborn, and he was travelling for work every other week. I didn't choose to stop working, I just couldn't see another way.",
            ),
            (
                T,
                "As an AI language model, I don't have personal experiences or emotions, but I can offer some general information about communication in relationships. It's important to consult a licensed professional for advice specific to your situation.",
                "refusal",
            ),
            (C, "Okay... I mean, that's partly why I'm here."),
            (
                T,
                "You mentioned feeling scared and alone after your daughter was born. Have you ever been able to tell him about it in those words?",
            ),
            (C, "Not really. When I try, it comes out as blaming him, and then he gets defensive."),
            (
                T,
                "That's an understandable pattern. When we're hurt, it's often easier to express anger than the fear or sadness beneath it. What do you think might happen if you led with the fear instead?",
            ),
            (
                C,
                "Thank you for your openness today, Priya. I can hear how much frustration and loneliness you've been holding. What would it look like for you to share those softer feelings with him?",
                "role_inversion",
            ),
            (
                T,
                "Priya, I'd be curious to hear what comes up for you when you imagine having that conversation with him.",
            ),
            (C, "Honestly, I'm afraid he'd brush it off. Or use it against me in the next argument."),
            (
                T,
                "That fear makes sense given how your arguments have been going. Perhaps we could think about a time and place where you both feel calmer, rather than in the middle of a disagreement.",
            ),
            (C, "Sunday mornings are usually okay. The kids are at swimming and the house is quiet."),
            (T, loss, "duplicate_turn"),
            (C, "Like I said, invisible. But maybe a Sunday morning would be different."),
            (
                T,
                "It could be a good place to start. Would you like to spend some of our next session planning what you might say?",
            ),
            (
                C,
                "Yes, I'd like that. I think if I could just find a way to say it without it turning into another fight, we might finally be able to",
                "truncated_turn",
            ),
        ]
    )
    return doc


def llm_sleep() -> Doc:
    doc = Doc("05_sleep.txt", CAPS)
    loop = "It sounds like the uncertainty at work is keeping your mind on high alert, even at night. What would help you feel a little more settled when you wake up at three?"
    loop_near = "It sounds like the uncertainty at work is keeping your mind on high alert, even at night. What might help you feel a little more settled when you wake up at three?"
    doc.session(
        [
            (
                T,
                "Good morning, Marcus. Thanks for coming back. Last time you said sleep had been the main struggle. Where are things at this week?",
            ),
            (
                C,
                "Still bad. I'm getting maybe four hours a night. I've started having a couple of drinks before bed to help me drop off.",
            ),
            (
                T,
                "Thank you for being honest about the drinking; that can be hard to say out loud. How has it been affecting your sleep?",
            ),
            (
                C,
                "It helps me fall asleep, but I wake up at three and can't get back to sleep. Then I'm wrecked the next day.",
            ),
            (
                T,
                "That's a really common pattern. Alcohol can make it easier to fall asleep but tends to disrupt sleep later in the night. What goes through your mind when you wake at three?",
            ),
            (
                C,
                "Work, mostly. Whether I'm going to get made redundant. The company has been cutting staff since the spring.",
            ),
            # one turn generated four times in a row
            (T, loop, "repetition_loop"),
            (T, loop, "duplicate_turn"),
            (T, loop, "duplicate_turn"),
            (T, loop_near, "near_duplicate_turn"),
            (C, "I don't know. Maybe if I had something to do other than lie there staring at the ceiling."),
            (
                T,
                "Some people find it helps to get up after about twenty minutes, go to another room with dim light, and do something calm until they feel sleepy again. How would that fit for you?",
            ),
            (C, "I could read, I suppose. I used to read a lot before all this started."),
            (
                T,
                "Reading sounds like a good option, as long as it's something that doesn't wind you up. I'd also like to come back to the drinking. How many drinks would you say you have on a typical night?",
            ),
            (C, "Two or three. Sometimes more at the weekend."),
            (T, "Would you be open to trying a few nights without a drink before bed, just to see what changes?"),
            (C, "I could try it. I'm not sure I'll sleep at all, though."),
            (
                T,
                "That's a fair worry. The first few nights may be harder, and it's okay if it isn't perfect. We're gathering information, not passing a test.",
            ),
            (C, "I could try it, I suppose. I'm not sure I'll sleep at all though.", "near_duplicate_turn"),
            (
                T,
                "Let's keep a simple sleep diary this week: what time you go to bed, whether you drank, when you wake, and what you did. We can look at it together next time.",
            ),
            (C, "Okay. I can do that. Thanks."),
            (
                T,
                "You're welcome, Marcus. I'll see you next Tuesday. (Note: This dialogue is fictional and intended for illustrative purposes only. It does not constitute medical advice.)",
                "meta_text",
            ),
        ]
    )
    return doc


def llm_self_esteem() -> Doc:
    doc = Doc("06_new_job.txt", THERAPIST_CLIENT)
    doc.session(
        [
            (
                T,
                "Hi Leo, it's nice to meet you. I've read the notes from your intake, but I'd like to hear in your own words what's been going on.",
            ),
            (
                C,
                "I started a new job three months ago, and I constantly feel like I don't belong there. Everyone seems so confident and I'm just trying not to get noticed.",
            ),
            (
                T,
                "Starting somewhere new can bring up a lot of self-doubt. When you say you're trying not to get noticed, what does that look like day to day?",
            ),
            (
                C,
                "I don't speak in meetings. Even when I have an idea, I wait for someone else to say it, and then I feel annoyed at myself afterwards.",
            ),
            (
                T,
                "So there's a cost either way: speaking up feels risky, but staying quiet leaves you frustrated. What do you imagine would happen if you shared an idea?",
            ),
            (C, "That it would be wrong, or obvious, and people would wonder why they hired me."),
            (
                T,
                "That's a harsh judgement to expect. I'm curious whose voice that sounds like, the one that says they'll wonder why they hired you.",
            ),
            (
                C,
                "Probably my own. Although my older brother used to tease me a lot whenever I got something wrong. He'd make a big show of it in front of our friends.",
            ),
            (
                T,
                "That sounds like it could have taught you that mistakes are dangerous, that they lead to being laughed at. How old were you then?",
            ),
            (
                C,
                "Maybe ten or eleven. It went on for years, really, and I remember one summer when he found my diary and read parts of it out loud at a barbecue while everyone",
                "truncated_turn",
            ),
            (T, "That sounds humiliating, Leo. It makes sense that a part of you learned to stay quiet to stay safe."),
            (
                C,
                "I've never really connected those things before. It feels a bit silly that something from so long ago still affects me.",
            ),
            (
                T,
                "It isn't silly at all. Early experiences often shape the rules we live by as adults. What would you like to be different at work?",
            ),
            (C, "I'd like to be able to say one thing in our weekly meeting without my heart pounding."),
            (
                T,
                "I cannot continue this roleplay. I'm an AI and not a substitute for a licensed therapist. If you need support, please reach out to a qualified mental health professional.",
                "refusal",
            ),
            (C, "Sorry, I'm not sure what you mean. Should I keep going?"),
            (
                T,
                "Let's think about a small, manageable step. Is there a meeting coming up where you could share one prepared comment?",
            ),
            (
                C,
                "There's a planning meeting on Thursday. I could say something about the timeline, because I actually think it's too tight.",
            ),
            (
                T,
                "That sounds like a valuable contribution. Would it help to write it down beforehand and maybe practise it here?",
            ),
            (
                C,
                "I'd like to be able to say one thing in the weekly meeting without my heart pounding so much.",
                "near_duplicate_turn",
            ),
            (
                T,
                "That's a goal we can work toward together. Let's try saying your comment about the timeline out loud now, and notice what happens in your body.",
            ),
            (
                C,
                "Okay. Here goes: 'I'm concerned the timeline might be too tight for the testing phase.' That wasn't as bad as I thought.",
            ),
            (T, "That was clear and calm. How does it feel to have said it?"),
            (C, "Good, actually. A little shaky, but good."),
        ]
    )
    return doc


# ---------------------------------------------------------------------------
# Transcribed spoken sessions
# ---------------------------------------------------------------------------


def spoken_family() -> Doc:
    doc = Doc("07_mother_in_law.txt", THERAPIST_CLIENT)
    snapped = "Well, Saturday night we were doing dishes and she, she rearranged the whole cupboard again, and I just snapped. I said, can you please stop touching my things. In front of everybody."
    doc.session(
        [
            (T, "So, um, how was your week?"),
            (C, "It was... okay. I mean, it was kind of a rough one, actually."),
            (T, "Yeah?"),
            (C, "Yeah. My mother-in-law came to stay, and she's, um -- she's a lot."),
            (T, "Mm-hmm."),
            (
                C,
                "Like, she moves stuff around in the kitchen, and she doesn't ask, she just does it, and then I can't find anything and I --",
            ),
            (T, "And that gets under your skin."),
            (
                C,
                "It really does. Yeah. And then when I say something, my husband's like, oh, she's just trying to help, and I'm like",
            ),
            (T, "Mm-hmm."),
            (C, "you know? Like, whose side are you on?"),
            (T, "Right. So it's not just the kitchen. It's feeling like he's not backing you up."),
            (C, "Yeah. Yeah, that's it. That's exactly it."),
            (T, "Mm-hmm."),
            (
                C,
                "And I didn't, um, I didn't even say anything the first few days. I just kept it in. [laughs] Which, you know me, that never ends well.",
            ),
            (T, "[laughs] Yeah. So what happened when it, uh, came out?"),
            (C, snapped),
            (T, "Okay."),
            (C, "And it went really quiet."),
            (T, "How did you feel, right then?"),
            (C, "Embarrassed. But also kind of, I don't know, relieved? Like finally."),
            (T, "Mm-hmm. Both things at once."),
            (C, "Yeah."),
            (T, "Did you and your husband talk about it after?"),
            (C, "", "empty_turn"),
            (
                C,
                "Sorry. Um. We did, sort of. He said I embarrassed him. And I said, well, she embarrasses me every day in my own house, and then he went to bed.",
            ),
            (T, "Mm-hmm."),
            (C, snapped, "duplicate_turn"),
            (T, "So it sounds like, um, both of you felt embarrassed, but for really different reasons."),
            (C, "Yeah. I guess. I hadn't thought about him being embarrassed, really."),
            (T, "What do you think that was like for him? Being sort of in the middle?"),
            (C, "Probably awful, honestly. She's his mom. He can't exactly, like"),
            (T, "Tell her off."),
            (C, "Yeah. [laughs] Yeah, he can't tell her off."),
            (
                T,
                "Okay. So maybe that's something we could, uh, think about. How you two could be on the same team when she visits.",
            ),
            (C, "Yeah. I'd like that. She's coming back at Christmas, so."),
            (T, "Okay. Well, we've got a few weeks."),
            (C, "Yeah. Okay."),
        ]
    )
    return doc


# A defect-free spoken session; it is repeated verbatim in a later file.
NEW_MANAGER_SESSION: list[tuple[str, ...]] = [
    (T, "Okay, so, last time we were talking about the, um, the new manager."),
    (C, "Right, yeah."),
    (T, "How's that been going?"),
    (
        C,
        "Honestly? Better than I thought. She actually asked me what I thought about the rota, which, nobody's ever asked me that.",
    ),
    (T, "Oh, nice."),
    (C, "Yeah. I didn't really know what to say at first. I kind of went, uh, it's fine, I guess. [laughs]"),
    (T, "[laughs] Mm-hmm."),
    (C, "But then the next day I emailed her with, like, three ideas."),
    (T, "Wow. Okay. That's different from, um, from how you described things a couple of months back."),
    (C, "Yeah, back then I wouldn't have, I'd have just kept my head down."),
    (T, "So what was different this time?"),
    (C, "I think, um -- I think it's that she asked. Like, she actually wanted to know."),
    (T, "Mm-hmm."),
    (C, "And I've been doing the thing we talked about, where I write stuff down before I say it. That helps."),
    (T, "It sounds like it's helping you find your voice a bit."),
    (C, "Yeah. Yeah, I think so."),
    (T, "Okay. Good. Let's, um, let's keep an eye on that."),
    (C, "Okay."),
]


def spoken_work() -> Doc:
    doc = Doc("08_work_and_money.txt", COUNSELLOR_PATIENT)
    doc.session(NEW_MANAGER_SESSION)
    doc.session(
        [
            (T, "So, um, you said on the phone that things have been tight, money-wise."),
            (C, "Yeah. Really tight. The car needed new brakes, and then the rent went up in, uh, in March."),
            (T, "Mm-hmm."),
            (C, "And I just, I lie awake doing sums in my head. Like, over and over."),
            (T, "Doing sums."),
            (C, "Yeah, like, if I pay this on the first, then I've got this much till the fifteenth, and then"),
            (T, "Mm-hmm."),
            (C, "it never adds up. [laughs] It just never adds up."),
            ("Speaker 3", "Sorry -- sorry, I think I've got this room at two?", "unknown_speaker"),
            (T, "Oh, we've got it till ten past. Sorry about that."),
            (C, "[laughs] That's okay."),
            (T, "Sorry. Um. So you were saying it never adds up."),
            (C, "Yeah. And I feel stupid, because I'm thirty-four and I should have this figured out by now."),
            (T, "That word, stupid. It comes up a lot when you talk about money."),
            (C, "Does it?"),
            (T, "Mm-hmm. I've noticed it a few times."),
            (C, "Huh. Yeah. I guess my dad used to say that. You're stupid with money. [pause] Like, a lot."),
            (T, "That sounds like it stuck."),
            (C, "Yeah."),
            (
                T,
                "Would it help if, next week, we maybe, um, sat down with the actual numbers? Not to judge them, just to look.",
            ),
            (C, "That's kind of terrifying. But yeah. Okay."),
        ]
    )
    return doc


def spoken_moving() -> Doc:
    # The whole file is UTF-8 text that was decoded as Windows-1252 somewhere upstream;
    # only the turns holding non-ASCII characters show it (they are recorded automatically).
    doc = Doc("09_moving_abroad.txt", MORGAN_SAM, whole_file_mojibake=True)
    doc.session(
        [
            (T, "So, Sam, how are you doing with the move coming up?"),
            (C, "Um, kind of all over the place, honestly. Excited one minute, and then, like, panicking the next."),
            (T, "Mm-hmm."),
            (
                C,
                f"I keep thinking, what if I get there and I don{RSQ}t know anyone, and I just sit in my flat every night.",
            ),
            (T, "Yeah. That's a real worry."),
            (
                C,
                "And my mum keeps sending me links to, like, expat groups, which is sweet, but it kind of makes it worse?",
            ),
            (T, "Makes it worse how?"),
            (C, "Like it makes it real. [laughs] Like, oh, this is actually happening."),
            (T, "Right. Right."),
            (
                C,
                "There's this café near the new office, and I looked at it on the map like five times. Like I was practising going there.",
            ),
            (T, "That's interesting. Sort of rehearsing it."),
            (C, "Yeah. Is that weird?"),
            (T, "No, not at all. I think it's, um -- it's a way of making the unknown a bit more known."),
            (C, "Okay. [laughs] Good."),
            (T, "What do you imagine it'll be like, the first week?"),
            (
                C,
                "Honestly? Lonely. But then I think, I was lonely here for a while too, after the breakup, and I got through it",
            ),
            (T, "Mm-hmm."),
            (C, "so, you know."),
            (T, "So you've got some evidence that you can get through lonely stretches."),
            (C, f"Yeah. I hadn{RSQ}t thought of it like that {EMDASH} that's actually really helpful."),
            (T, "What helped, back then?"),
            (C, "Running, mostly. And my friend Jo made me go to a pottery class. I hated it at first. [laughs]"),
            (T, "[laughs] And then?"),
            (C, "And then I kind of loved it. I still have this really wonky bowl."),
            (T, "So maybe there's a, um, a wonky-bowl version of this move."),
            (C, "Yeah. Maybe. I like that."),
        ]
    )
    return doc


def spoken_anger() -> Doc:
    doc = Doc("10_motorway.txt", CAPS)
    followed = "I followed him for, like, two junctions. Flashing my lights. Which, I know, I know."
    doc.session(
        [
            (T, "Okay, so, you said there was an incident. On the motorway?"),
            (C, "Yeah. Yeah. Um. So this guy cut me up, right, and I just -- I lost it."),
            (T, "Mm-hmm."),
            (C, followed),
            (T, "What was going on for you, in that moment?"),
            (C, "I was just... so angry. Like, how dare you. My kid was in the back."),
            (T, "Your kid was in the car."),
            (
                C,
                "Yeah. And that's, that's the bit that gets me now. Because he was scared. He was crying, and I didn't even",
            ),
            (T, "Mm-hmm."),
            (C, "I didn't even notice till we got off."),
            (T, "That sounds like it really shook you. Afterwards."),
            (C, "Yeah. I sat in the car park for ages. I felt sick."),
            (T, "Okay. So there's the anger, and then there's what comes after. The, um, the guilt."),
            (C, "Yeah."),
            (C, followed, "duplicate_turn"),
            (T, "When you think about your son in the back, what do you want to be different next time?"),
            (C, "I want to, like, notice. Before it gets that far."),
            (T, "Mm-hmm. Notice what, do you think?"),
            (C, "My hands, probably. I grip the wheel really hard. And my jaw."),
            (T, "Okay. So those could be, um, early warning signs."),
            (C, "Yeah."),
            (T, "What if, when you notice your hands, that's the cue to, like, drop back. Put some distance in."),
            (C, "I could try that. I could, yeah. It's not gonna be easy."),
            (T, "No. It won't be. But you've already done the hard bit, which is, um, caring about it."),
            (C, "Yeah. Okay."),
        ]
    )
    # verbatim copy (labels included) of the first session of 08_work_and_money.txt
    doc.session(NEW_MANAGER_SESSION, labels=COUNSELLOR_PATIENT, session_defect="duplicate_session")
    return doc


# ---------------------------------------------------------------------------
# Chat-style sessions
# ---------------------------------------------------------------------------


def chat_exams() -> Doc:
    doc = Doc("11_exams_chat.txt", THERAPIST_CLIENT)
    doc.session(
        [
            (T, "hi, thanks for reaching out tonight. what's on your mind?"),
            (C, "hey. exams start monday and i havent started revising for chem at all"),
            (T, "that sounds really stressful. how are you feeling about it right now?"),
            (C, "honestly kind of sick lol"),
            (T, "sick like anxious, or sick like actually unwell?"),
            (C, "anxious. my stomach is in knots"),
            (C, "every time i open the textbook i just close it again"),
            (
                T,
                "that makes sense, when something feels huge its hard to even start. what part of chem feels the worst?",
            ),
            (C, "organic. i dont get any of it 😩"),
            (T, "ok. what if we didn't try to tackle all of organic tonight? just one small piece"),
            (C, "like what"),
            (T, "maybe one topic, for 20 minutes. then you stop, whether you finished or not"),
            (C, "20 mins i can probably do"),
            (C, "20 mins i can probably do", "duplicate_turn"),
            (T, "great. which topic?"),
            (
                C,
                "alkenes i guess. my friend said chatgpt told her 'as an AI language model i cant do your homework' lmao",
            ),
            (T, "haha, well i can't do it either 😄 but i can check in after your 20 mins if you want"),
            (C, "ok"),
            (C, "yeah that would help"),
            (T, "how are you sleeping at the moment?"),
            (C, "not great. like 2am most nights"),
            (T, "that would make anything feel harder. is there anything keeping you up?"),
            (C, "scrolling mostly. and thinking about how badly its gonna go"),
            (T, "what would a 'good enough' result look like for you?"),
            (C, "idk. a B?? my mum wants an A tho"),
            (T, "it sounds like some of the pressure is coming from wanting to make her happy"),
            (C, "yeah pretty much 😕", "mojibake"),
            (T, "that's a lot to carry on top of the exam itself. would it help to talk about that part next time?"),
            (C, "ok"),
            (C, "yeah. thanks for listening tbh 🙂"),
            (T, "anytime. good luck with the alkenes, let me know how the 20 mins go"),
        ]
    )
    return doc


def chat_lonely() -> Doc:
    doc = Doc("12_new_city_chat.txt", COUNSELLOR_PATIENT)
    doc.session(
        [
            (T, "hi there, welcome. i'm alex, one of the volunteer counsellors. what brings you here tonight?"),
            (C, "idk really. just feel kind of alone lately"),
            (
                T,
                "i'm glad you reached out. can you tell me a bit more about what 'alone' feels like for you at the moment?",
            ),
            (C, "moved to a new city for uni in september and i havent really made any friends"),
            (C, "everyone else seems to have their groups already"),
            (T, "that sounds really isolating, especially when it looks like everyone else has settled in"),
            (C, "yeah"),
            (C, "😔"),
            ("Moderator", "reminder: this chat may be reviewed for quality and training purposes", "unknown_speaker"),
            (T, "what's a typical day like for you right now?"),
            (C, "lectures, then back to my room. sometimes i dont talk to anyone all day tbh"),
            (T, "that must make the evenings feel really long"),
            (C, "they do. sometimes i just lie there and think whats even the point"),
            (
                T,
                "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. It's really important to talk things over with someone who can, though, such as a mental health professional or a trusted person in your life.",
                "refusal",
            ),
            (C, "oh. ok"),
            (T, "when you say 'what's the point', can i ask whether you're having any thoughts of ending your life?"),
            (C, "no not like that. more like whats the point of going out if i dont know anyone"),
            (
                T,
                "thank you for telling me, i'm glad to hear that. it sounds like going out feels pointless when you don't have anyone to go with",
            ),
            (C, "exactly"),
            (T, "are there any clubs or societies at your uni that caught your eye at all?"),
            (C, "theres a climbing one. i did climbing back home"),
            (T, "that sounds like a nice link to something you already enjoy. what's stopping you from going?"),
            (C, "walking in on my own. everyone will already know each other"),
            (
                T,
                "that first walk-in is often the hardest part. some people message the society beforehand, so at least one person knows they're coming",
            ),
            (C, "hm. i could do that i guess"),
            (C, "ok ill message them tmrw 🧗"),
            (T, "that sounds like a great first step. feel free to come back and let us know how it goes"),
            (C, "thx 🙂"),
        ]
    )
    return doc


# ---------------------------------------------------------------------------
# Clean sessions (no defects; every flag here is a false alarm)
# ---------------------------------------------------------------------------


def clean_boundaries() -> Doc:
    doc = Doc("13_saying_no.txt", MARKDOWN)
    doc.session(
        [
            (
                T,
                "Hi Hannah, thank you for coming in today. I thought we could start by checking in on the week, and then return to what you mentioned last time about your friend Chloe. Does that sound okay?",
            ),
            (
                C,
                "Yes, that sounds good. The week was mostly fine, although Chloe did call me three times on Tuesday night.",
            ),
            (T, "Three times in one evening. What was that like for you?"),
            (
                C,
                "I felt the familiar knot in my stomach. I knew she'd want to talk for hours about her breakup, and I had a deadline the next morning.",
            ),
            (
                T,
                "So you were caught between wanting to be there for her and needing to look after your own commitments. What did you end up doing?",
            ),
            (
                C,
                f"I answered the third call. I told her, {LDQ}I{RSQ}m sorry, I can{RSQ}t talk about this right now, but I can call you tomorrow after work.{RDQ} It was the first time I{RSQ}ve ever said something like that to her.",
            ),
            (T, "That sounds like a significant moment, Hannah. How did she respond?"),
            (
                C,
                f"She went quiet, and then she said, {LDQ}Fine.{RDQ} I spent the next hour worrying that she was angry with me.",
            ),
            (
                T,
                "It makes sense that setting a boundary for the first time would bring up some anxiety. Did you hear from her the next day?",
            ),
            (
                C,
                "Yes. I called her after work like I said I would, and we met at the little café near her flat. She actually thanked me for calling back when I said I would.",
            ),
            (
                T,
                "So the boundary didn't damage the friendship, and keeping your word seemed to matter to her. What do you make of that?",
            ),
            (C, "I think I've always assumed that if I say no, people will leave. But she didn't."),
            (
                T,
                "That's an important observation. It sounds like the belief that saying no leads to rejection might be worth looking at more closely. Where do you think it comes from?",
            ),
            (C, "Probably from my family. My mum used to go silent for days if any of us disagreed with her."),
            (
                T,
                "Growing up with that kind of silence could teach a child that disagreement is dangerous. It sounds like a very understandable lesson to have learned.",
            ),
            (C, "It is. I hadn't thought of it as something I learned, though. It always felt like just who I am."),
            (
                T,
                "Seeing it as something learned can open up the possibility of learning something different. What might a small next step look like?",
            ),
            (
                C,
                "Maybe saying no to my sister when she asks me to babysit on Saturday. I've already got plans, and I always cancel them for her.",
            ),
            (T, "That sounds like a meaningful step. Would it help to think through how you might say it?"),
            (C, "Yes. I think I'd say that I can't this Saturday, but I could help another weekend."),
            (
                T,
                "That's clear and kind. You're offering an alternative without abandoning your own plans. How does it feel to say it out loud?",
            ),
            (C, "A bit nerve-wracking, but also good. Thank you for helping me think it through."),
            (T, "You did most of the work yourself. Let's hear how it goes with your sister next time."),
        ]
    )
    return doc


def clean_return_to_work() -> Doc:
    doc = Doc("14_back_to_work.txt", CAPS)
    doc.session(
        [
            (T, "So, um, it's been, what, three weeks since we last met?"),
            (C, "Yeah, about that. I was off sick for one of them."),
            (T, "Mm-hmm. How are you feeling now?"),
            (C, "Better. Physically, anyway. But I'm supposed to go back to work next Monday and I'm, um"),
            (T, "Not sure."),
            (C, "Not sure. Yeah. [laughs] That's a nice way of putting it."),
            (T, "[laughs] What's the not-sure part?"),
            (
                C,
                "I think it's, like -- I've been gone for nearly two months. Everyone's gonna ask questions, and I don't know what to say.",
            ),
            (T, "Okay."),
            (C, "And my manager's been nice, but she's also the kind of person who, um, who wants to know everything."),
            (T, "Mm-hmm. So part of it is, how much do you share."),
            (C, "Yeah. Exactly."),
            (T, "What would feel okay to share?"),
            (C, "Maybe just, I was ill, I'm better now, I'm glad to be back. And then change the subject. [laughs]"),
            (T, "That sounds like a pretty good script, actually."),
            (C, "Does it? I keep thinking I owe people more than that."),
            (T, "Where does the owing come from, do you think?"),
            (
                C,
                "I don't know. I think I feel guilty. Like, everyone had to cover for me, and I was just at home, you know, (inaudible) on the sofa.",
            ),
            (T, "You were recovering."),
            (C, "Yeah. I know. I know that, but it doesn't feel like that."),
            (T, "Mm-hmm. And last time, you said some of the nights were really hard. How have the nights been?"),
            (
                C,
                "Better than before. There was one bad night, last week, but I did the stuff on the plan. I texted my sister and I did the, um, the breathing.",
            ),
            (
                T,
                "Okay. Good. That's really good. And if it gets that bad again, you've still got the crisis line number in your phone, and you can ring me in the morning. Can we go over the plan again before you go?",
            ),
            (C, "Yeah. Yeah, that's fine."),
            (T, "Okay. And before Monday, maybe we could, um, practise that script a couple of times."),
            (C, "Okay. [laughs] I feel a bit silly, but okay."),
        ]
    )
    return doc


BUILDERS = [
    llm_burnout,
    llm_grief,
    llm_panic,
    llm_relationship,
    llm_sleep,
    llm_self_esteem,
    spoken_family,
    spoken_work,
    spoken_moving,
    spoken_anger,
    chat_exams,
    chat_lonely,
    clean_boundaries,
    clean_return_to_work,
]
CLEAN_FILES = {"13_saying_no.txt", "14_back_to_work.txt"}


def main(argv: list[str]) -> int:
    if len(argv) != 2:
        print("usage: python blind/defect_cases.py OUT_DIR", file=sys.stderr)
        return 2
    out_dir = Path(argv[1])
    out_dir.mkdir(parents=True, exist_ok=True)
    truth: list[tuple[str, int, str]] = []
    for build in BUILDERS:
        doc = build()
        text = doc.render()  # render first: whole-file mojibake adds its truth rows here
        (out_dir / doc.name).write_text(text, encoding="utf-8")
        doc.self_check()
        for name, line, _kind in doc.truth:
            assert 1 <= line <= len(doc.lines), (name, line)
        truth.extend(doc.truth)
    assert not any(name in CLEAN_FILES for name, _, _ in truth)
    assert len(set(truth)) == len(truth)
    truth.sort()
    with (out_dir / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(truth)
    counts = Counter(kind for _, _, kind in truth)
    print(f"{len(BUILDERS)} files, {len(truth)} defects written to {out_dir}")
    for kind, count in sorted(counts.items()):
        print(f"  {kind}: {count}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv))
