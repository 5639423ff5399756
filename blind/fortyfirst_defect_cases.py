"""Forty-first set of blind defect cases for the transcript-cleaning product: A DATASET CURATOR'S DUMP AT REALISTIC LOW
DEFECT RATES. A team building a counselling-model dataset receives a generation pipeline's JSON Lines file of 40
sessions, a vendor's CSV of 15 sessions (one turn a row), a text file of three trial outputs of a generation prompt and
a small hand-checked sample. Most sessions are clean; a few percent carry one defect each.

Blind conditions, as followed. Read: ``date``; ``head -n 15 /work/main/benchmarks/blind_defects.py`` (the interface);
``ls /work/main/blind``; ``cat`` of /work/shared/README.md and of /work/shared/corpora/README.md (through ``head -100``,
which showed the whole file); ``grep -n -A12 "tool.ruff" /work/main/pyproject.toml``. The docstrings of the earlier
writers in blind/ were printed with ``ast.get_docstring`` by a ``.venv`` python snippet into /tmp/s28f/docs.txt (``wc
-l``: 6447 lines; ``grep -n "^=== "`` of its separators), of which were paged with ``sed``: lines 1-11 (the first
writer), 672-809 (the fortieth), 5961-6219 (the twenty-sixth), 1600-1625 and 2695-2725 (conventions of two others),
plus three ``grep -n -i`` over docs.txt cut with ``cut -c``: ``json lines|jsonl`` (60 hits), ``unparseable_line`` (30
hits) and ``ellipsis|trailing off`` (10 hits). The code of the ONE model writer, blind/twentysixth_defect_cases.py, was
read with ``wc -l``, one ``grep -n`` of its top-level ``def``/``class``/constant lines and ``sed -n`` (lines 260-520 and
2704-2984). Nothing else of the project was opened or grepped (no transforms, flows, tests, synth, schemas, sql, docs,
README or other benchmarks); no search tool was used; git was not run; the product, its tests and the benchmarks were
never run. No corpus file was opened: every sentence below was written for this set.

Run: the editor tool creating /tmp/s28f/draft.py; system ``python3`` snippets making exact replacements in it (fixes
after the runs, and this docstring put in place of a placeholder); one ``sed -i`` (a decoy sentence); copies of the
draft run with ``.venv/bin/python`` for seeds 41, 1-110, 123, 2026 and 4242 into /tmp/s28f; ``cp`` to blind/;
``ruff format``, ``ruff check`` and ``mypy`` on this file alone; runs for seed 41 with ``--show`` into
/tmp/s28f/final41 and again into final41b, compared file by file with ``cmp`` (identical); a ``.venv`` python snippet
printing the line every truth row names from the written files (each the intended line); ``cut``, ``sed``, ``head`` and
``grep -c`` on the written files; one ``importlib`` import of this file alone (to count decoys), which failed at import
and was replaced by a decoy count in ``main``. Stops on the way, each fixed in the builder, never in the truth: seed 5
made a near duplicate that lost its final stop (a near copy now keeps it, lest it also read as truncated); seeds 14, 42
and 59 drew a session with no room for a planned defect (a planner now tries the next session). No truth row is written
by hand: every row comes from the corruption that made it.

Usage::

    python blind/fortyfirst_defect_cases.py OUT_DIR [--show] [--seed N]      (default seed 41)

``--show`` prints every truth row beside the turn or line it names. Sessions are drawn from this file's sentence banks
(twelve presenting problems, each with eleven client sentences; generic client sentences; counsellor openings,
reflections, questions and closings) with ``random.Random(seed)``, each sentence at most once a session, 10-30 turns a
session. The sessions change with the seed; the plan (which file, which kinds, how many) does not.

The files (UTF-8 without BOM, LF). Seed 41: 1286 turns, 24 truth rows:

* ``01_gen_counselling_sessions_batch12.jsonl`` (41 records, 799 turns, 11 rows): a generation pipeline's output, ONE
  SESSION A LINE, ``{"id", "created", "model", "temperature", "persona", "topic", "messages": [{"role", "content"}],
  "n_turns"}``, roles ``system`` (the generation prompt naming the persona; not a turn), ``counselor`` and
  ``client``. Nine of 40 sessions carry one defect each: two generations cut off mid-word in a counselor reply with
  nothing after it (truncated_turn); a counselor message holding the client's words (role_inversion); a whole session
  with ``counselor``/``client`` swapped (role_inversion, session row); ``I'm sorry, but I can't help with this request
  ...`` in the counselor's place (refusal); a counselor message opening ``Sure! Here's the counselor's next response,
  continuing the session ...`` (meta_text inside the turn); an empty counselor message (empty_turn); a counselor
  reply given again two counselor turns later with one phrase swapped for a near-synonym (near_duplicate_turn); a
  counselor message appended twice in a row by a retry (duplicate_turn, the second copy). A clean session reappears
  later under the id ``gen-b12-04140`` (duplicate_session, the later record), and one record was cut off mid-write
  when a worker died (unparseable_line; the rest of that session is lost, no turn of it is counted).
* ``02_vendor_sessions_delivery3.csv`` (15 sessions, 366 turns, 9 rows): a vendor's delivery,
  ``session_id,turn_no,speaker,text,batch``, one turn a row, ``Counsellor``/``Client``, header on line 1. One session
  was pasted through Word and a Windows-1252 step: two of its turns carry ``â€™`` for a curly apostrophe (mojibake,
  each turn; its other turns keep straight apostrophes and are clean); a counsellor turn given three times with the
  client in between (repetition_loop on the first, duplicate_turn on the two later copies); a client turn cut at the
  vendor tool's 255-character cell limit, inside a word, the session going on (truncated_turn); a client row holding a
  counsellor's reflection and question (role_inversion); an empty client row (empty_turn); a near duplicate
  counsellor turn as in 01.
* ``03_prompt_trial_outputs.txt`` (3 sessions, 55 turns, 4 rows): three trial outputs of a generation prompt pasted
  into one file, ``Therapist:``/``Client:`` with a blank line between turns and ``=== trial output N ===`` lines. The
  model's opening ``Here is a realistic counselling session between a therapist and a client who is struggling with
  ...:`` (meta_text, own line) and its ``(Note: All names and details ... fictional ...)`` after the first session
  (meta_text, own line); trial 2 has ``As an AI language model, I am not able to provide counselling or therapy ...``
  in a therapist turn (refusal); trial 3 stops mid-word in a therapist turn, the file's last line (truncated_turn).
* ``04_hand_checked_sessions.txt`` (3 sessions, 66 turns, no row): the CLEAN file, ``Counsellor:``/``Client:`` one turn
  a line, sessions split by a line of 19 ``#``.

Decoys (not defects, in every file, tagged in the builder and counted by ``main``): a client who says ``I can't talk
about that yet.`` (or ``I'd rather not go into that part today ...``) and a counsellor who accepts it; a client who
trails off with ``...`` and a counsellor who asks for the rest; a client's dark thought followed by a counsellor's
direct risk question with Samaritans 116 123 (and 999) inside real support and a plan; short backchannels (``Mm.``,
``Yeah.``, ``Okay.``) that may repeat in a session; the persona, topic and system prompt fields of 01; the same
template sentences in different sessions of one file (a templated generator), never twice in one session.

Truth rows for the default seed (41), and for every seed: 24 in all: truncated_turn 4, role_inversion 3 (1 of them a
session row), refusal 2, repetition_loop 1, duplicate_turn 3, near_duplicate_turn 2, meta_text 3, empty_turn 2,
duplicate_session 1, mojibake 2, unparseable_line 1.

Conventions (the earlier writers'): ``line`` is the 1-based physical line of the written file; a turn-level row is at
the turn's label line (01: the session's record line, all its turns sharing it; 02: the record's line); an artefact on
its own line is at that line, meta text inside a turn at the turn's line; a session-level row (labels swapped, a
duplicate session) is at the session's first turn, in 01 its record; a repeat marks the LATER copy, and a loop is
``repetition_loop`` on its first occurrence and ``duplicate_turn`` on each later copy; the duplicate session's own
turns carry no repeat rows. Each record of 01 carries at most one row. consecutive_speaker is never marked (the retry
copy and an inverted turn make some).

Self-checks (the run stops on the first failure): the written bytes decode as UTF-8 into exactly the lines built;
01's records parse back (ids and non-system messages) to exactly the sessions written and the cut record does not
parse; 02 parses as a five-column CSV back to exactly the turns; in 03 and 04 every turn line parses back by label and
every other line is blank, a rule, a trial header or a planted meta line; every unmarked turn ends with final
punctuation and a truncated one inside a word; ``â€`` stands exactly in the mojibake turns and repairs through
Windows-1252; refusal, meta and inverted-voice texts stand exactly in the turns marked with them; no unmarked
substantial turn is 0.8 similar to an earlier same-role turn of its session, a duplicate is exact, a near duplicate
0.8+ similar but not exact, and a loop has two marked later copies; a session equals an earlier one exactly when it is
marked duplicate_session; a swapped session opens with the client label; sessions keep 10-31 turns; the clean file has
no row; every kind is present; at most 40% of the sessions of 01 and 02 carry a row; rows are fewer than a twelfth of
the turns. Standard library only.

Unsure about: whether a whole-session swap in JSON Lines, a single inverted turn and a truncated turn should be
told apart when they share one record line (they never share one here); whether the product keeps the partial turns of
01's cut record (only unparseable_line is marked); whether a counsellor message repeated back to back by a retry is
read as duplicate_turn as well as consecutive_speaker; whether the 255-character cut in 02 reads as truncated when the
session goes on after it; whether ``Sure! Here's ...`` followed by two newlines inside a counsellor's JSON string counts
as meta text of the turn; and whether recurring template sentences across sessions of one generated file tempt a
repeat detector.
"""

from __future__ import annotations

import argparse
import copy
import csv
import difflib
import io
import json
import random
import re
import sys
from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

KINDS = (
    "truncated_turn",
    "role_inversion",
    "refusal",
    "repetition_loop",
    "duplicate_turn",
    "near_duplicate_turn",
    "meta_text",
    "empty_turn",
    "duplicate_session",
    "mojibake",
    "unparseable_line",
)
SESSION_KINDS = {"role_inversion", "duplicate_session"}
LINE_KINDS = {"meta_text", "unparseable_line"}
REPEAT_KINDS = {"duplicate_turn", "near_duplicate_turn"}
T, C = "T", "C"  # counsellor role, client role
ENDERS = ".?!\"')"
RSQ = "\u2019"
DEFAULT_SEED = 41

F_JSONL = "01_gen_counselling_sessions_batch12.jsonl"
F_CSV = "02_vendor_sessions_delivery3.csv"
F_TXT = "03_prompt_trial_outputs.txt"
F_CLEAN = "04_hand_checked_sessions.txt"

# ---------------------------------------------------------------------------
# sentence banks (all written for this set)
# ---------------------------------------------------------------------------
TOPICS: dict[str, dict[str, Any]] = {
    "burnout on night shifts": {
        "thing": "the night shifts",
        "feeling": "worn down",
        "person": "your ward manager",
        "client": [
            "I've done eleven nights in the last three weeks and I can't remember the last time I slept properly.",
            "When I get home in the morning the house is noisy and I just lie there staring at the ceiling.",
            "My ward manager keeps asking if I can cover one more, and I never manage to say no.",
            "I used to love the job, I really did, but now I dread the drive in.",
            "Last week I snapped at a relative on the ward and I've felt sick about it ever since.",
            "My partner says I'm like a ghost in the house, there but not really there.",
            "I keep thinking everyone else copes with it fine and I'm the only one falling apart.",
            "On my days off I just sleep, and then I feel guilty for wasting them.",
            "There's a patient I still think about, one we lost in the early hours, and I haven't told anyone.",
            "I stopped going to my swimming club because I'm always either working or recovering.",
            "Even when I'm not on shift I check the rota app three or four times a day.",
        ],
    },
    "grief after a father's death": {
        "thing": "losing your dad",
        "feeling": "heavy",
        "person": "your brother",
        "client": [
            "It's been five months since Dad died and people seem to think I should be over it by now.",
            "He used to ring me every Sunday evening, and Sundays are just really quiet now.",
            "I still have his voicemail saved on my phone and I can't bring myself to delete it.",
            "My brother dealt with the funeral and the house, and I feel like I just let him.",
            "Sometimes I pick up the phone to tell him something and then remember.",
            "The last time I saw him we argued about something stupid, the car, of all things.",
            "I've been going through his shed and I found all these little notes he wrote to himself.",
            "Work gave me a week off and then it was like nothing had happened.",
            "I keep replaying the hospital, the last night, the sound of the machines.",
            "My mum is coping better than I am, which makes me feel worse somehow.",
            "I haven't cried properly yet, and that scares me a bit.",
        ],
    },
    "social anxiety at a new job": {
        "thing": "the new job",
        "feeling": "on edge",
        "person": "your team",
        "client": [
            "I started at the new office in March and I still eat lunch in my car most days.",
            "In meetings I rehearse what I'm going to say so many times that the moment passes.",
            "There's a team social on Friday and I've already started planning my excuse.",
            "My face goes red the second anyone looks at me, and then I think about my face going red.",
            "I replay every conversation on the way home and pick out everything I said wrong.",
            "At my old job I had one close friend and that made everything bearable.",
            "I wrote an email to my manager four times before I sent it, and it was two lines long.",
            "People probably think I'm rude or stuck up, but I'm just terrified.",
            "When the phone rings at my desk my heart starts pounding before I've even picked it up.",
            "I'd love to be the kind of person who just chats in the kitchen.",
            "My sister says I'm fine once I get going, but getting going is the whole problem.",
        ],
    },
    "arguments with a partner": {
        "thing": "the arguments at home",
        "feeling": "tense",
        "person": "your partner",
        "client": [
            "We've been together six years and lately every conversation turns into a row.",
            "It usually starts with something small, like the dishes or who's picking up the kids.",
            "He goes quiet and I keep pushing, and then we both say things we don't mean.",
            "I feel like I'm the one who always has to fix it afterwards.",
            "We haven't been out just the two of us since before the baby was born.",
            "My friends keep telling me to leave, but they only hear about the bad bits.",
            "Last night he slept on the sofa and this morning we just didn't talk.",
            "I grew up in a house where nobody raised their voice, so shouting frightens me.",
            "There are still good days, and on those days I think we can sort it out.",
            "I don't even know what I want from him anymore, I just want it to be calmer.",
            "Money is a big part of it, if I'm honest, and neither of us likes talking about money.",
        ],
    },
    "a teenager who has withdrawn": {
        "thing": "things with your son",
        "feeling": "shut out",
        "person": "your son",
        "client": [
            "My son is fifteen and he's basically stopped talking to me.",
            "He comes home from school, goes straight to his room, and I don't see him until dinner.",
            "His school rang last week because he'd missed three afternoons.",
            "When I try to ask him anything he just says he's fine and puts his headphones back on.",
            "He used to tell me everything, we'd watch football together every weekend.",
            "His dad moved out two years ago and I wonder if that's part of it.",
            "I found myself reading his messages one night and I felt awful afterwards.",
            "I don't know if this is normal teenage stuff or if something's really wrong.",
            "My mother says I'm too soft on him and that's made me second-guess everything.",
            "Some nights I hear him up at three in the morning and I don't know whether to go in.",
            "I just want him to know he can come to me, whatever it is.",
        ],
    },
    "loneliness after a move": {
        "thing": "the move",
        "feeling": "isolated",
        "person": "your old friends",
        "client": [
            "We moved here for my husband's job last autumn and I still don't know anyone.",
            "Most days the only person I speak to is the woman at the bakery.",
            "I video call my friends back home, but it's not the same, and they're busy.",
            "I joined a walking group once and then didn't go back because I felt like an outsider.",
            "My husband loves his new job and I don't want to spoil it for him by complaining.",
            "The weekends are fine, it's the long weekdays that get to me.",
            "I've started staying in bed later and later because there's nothing to get up for.",
            "Back home I knew everyone on our street, and here nobody even says hello.",
            "I keep telling myself it takes time, but it's been almost a year.",
            "I used to be the one who organised everything, and now I don't recognise myself.",
            "I did apply for a part-time job at the library, but I never heard back.",
        ],
    },
    "panic attacks while driving": {
        "thing": "the panic in the car",
        "feeling": "frightened",
        "person": "your family",
        "client": [
            "The first one happened on the motorway in January and I had to pull onto the hard shoulder.",
            "My chest went tight, my hands were shaking, and I honestly thought I was having a heart attack.",
            "Since then I've avoided the motorway completely and take the long way to work.",
            "Now I'm starting to feel it on smaller roads too, especially at traffic lights.",
            "My GP checked my heart and said everything's fine, which helped for about a day.",
            "I've started making excuses so that my wife drives when we go anywhere.",
            "The worst part is the waiting, wondering if it's going to happen again.",
            "I keep a bottle of water and a mint in the car like they're some kind of charm.",
            "I used to drive for a living, so this feels ridiculous to me.",
            "My daughter asked why I don't take her to football anymore and I didn't know what to say.",
            "I can feel it starting even now, just talking about it.",
        ],
    },
    "caring for a parent with dementia": {
        "thing": "looking after your mum",
        "feeling": "stretched thin",
        "person": "your mum",
        "client": [
            "Mum was diagnosed with dementia two years ago and I moved back in with her last spring.",
            "Some days she knows exactly who I am and some days she asks when her daughter is visiting.",
            "I haven't had a full night's sleep in months because she wanders at night.",
            "My brothers send money, which I'm grateful for, but they don't see what it's like.",
            "I gave up my job to do this and I don't regret it, but I miss having something that's mine.",
            "Yesterday she accused me of stealing her purse and I had to go and sit in the car.",
            "There's a day centre she could go to, but she cries every time I mention it.",
            "I feel guilty even being here today, like I should be at home with her.",
            "People keep telling me I'm a saint, and I want to scream because I'm not.",
            "I sometimes catch myself wishing it was over, and then I hate myself for thinking it.",
            "The carers' group meets on Thursdays but I never have anyone to sit with her.",
        ],
    },
    "perfectionism before exams": {
        "thing": "the exams",
        "feeling": "under pressure",
        "person": "your parents",
        "client": [
            "My finals are in six weeks and I've redone my revision timetable about nine times.",
            "If I get anything less than a first it will feel like the whole degree was a waste.",
            "I sit down to revise and then spend an hour colour-coding my notes instead.",
            "My parents never say I have to do well, but I know how much they gave up for me to be here.",
            "Last term I got a 68 and I couldn't stop thinking about the two marks I missed.",
            "My friends are going out on Saturday and I already know I'll say no.",
            "I've started waking up at four with my heart racing about things I haven't revised.",
            "I know, logically, that one exam won't decide my whole life.",
            "When I hand something in I feel relief for about ten minutes and then the dread starts again.",
            "I used to draw a lot, just for fun, and I haven't done that since first year.",
            "My tutor told me my work was excellent and I just assumed she was being nice.",
        ],
    },
    "redundancy and money worries": {
        "thing": "losing the job",
        "feeling": "adrift",
        "person": "your wife",
        "client": [
            "I was made redundant in August after nineteen years with the same firm.",
            "I've sent off forty-odd applications and had two interviews, both no.",
            "The mortgage is due on the first and I lie awake doing the sums over and over.",
            "I haven't told my dad yet, he thinks I'm still going in every day.",
            "My wife has been brilliant, but I can see she's worried and trying to hide it.",
            "I used to know exactly who I was, and now when people ask what I do I freeze.",
            "Some mornings I still get up at half six out of habit and then just sit in the kitchen.",
            "I was good at that job, I trained half the people who are still there.",
            "There's a course at the college I could do, but it feels like starting from nothing at fifty-two.",
            "The kids don't really know how bad it is and I want to keep it that way.",
            "I went to the jobcentre for the first time and felt like everyone was looking at me.",
        ],
    },
    "sleeplessness and racing thoughts": {
        "thing": "the nights",
        "feeling": "exhausted",
        "person": "your housemates",
        "client": [
            "I go to bed at eleven and I'm still awake at two, three, sometimes later.",
            "As soon as my head hits the pillow my mind starts going through everything I've done wrong.",
            "I've tried the apps, the herbal tea, the no-screens thing, all of it.",
            "By the afternoon at work I'm so tired that I reread the same email five times.",
            "I've started dreading bedtime, which I know doesn't help.",
            "My housemates are up late and every door closing wakes me again.",
            "At the weekend I try to catch up and end up sleeping until lunchtime.",
            "It's not even big worries, it's tiny things, like something I said in a meeting.",
            "I counted once and I'd checked the time on my phone fourteen times in one night.",
            "My doctor mentioned sleeping tablets, but I'd rather understand what's going on first.",
            "I was a great sleeper as a kid, my mum used to joke I could sleep on a washing line.",
        ],
    },
    "anger at work": {
        "thing": "the anger at work",
        "feeling": "wound up",
        "person": "your supervisor",
        "client": [
            "I got a written warning last month for shouting at my supervisor in front of the whole team.",
            "It's like a switch, one second I'm fine and the next I'm red in the face.",
            "He moved my shifts around again without asking and I just lost it.",
            "Afterwards I feel embarrassed, but in the moment it feels completely justified.",
            "My dad had a temper like this and I swore I'd never be like him.",
            "My girlfriend says I bring it home with me, that I slam cupboards without noticing.",
            "I've started going to the gym after work to burn it off, which helps a bit.",
            "The thing is, I'm usually right about the problem, just wrong about how I say it.",
            "If I lose this job I don't know what I'll do, there's not much else round here.",
            "I can feel my jaw clenching when I even think about Monday.",
            "A mate told me I should just keep my head down, but that's easier said than done.",
        ],
    },
}

CLIENT_GENERIC = [
    "I suppose I've never really said that out loud before.",
    "I don't know, it's hard to explain without sounding dramatic.",
    "It's been building up for a while, if I'm honest.",
    "Part of me thinks I should just be able to handle it on my own.",
    "I think I've been pretending it's fine for so long that I believed it.",
    "That's a good question. I haven't really thought about it that way.",
    "Mostly I just feel tired, all the time.",
    "I think it started before that, actually, but that's when it got worse.",
    "I'm worried that if I let myself feel it, I won't be able to stop.",
    "Some days are better than others, to be fair.",
    "It helps a bit, just saying it to someone who isn't involved.",
    "I keep waiting for it to sort itself out and it just doesn't.",
    "Probably a four, maybe a five on a good day.",
    "I think I'd like to feel more like myself again.",
    "My first thought is to say nothing, which probably tells you something.",
    "I tried that once, and it went all right for about a week.",
    "I'm not sure, I'll have to think about that one.",
    "Honestly, I'm a bit embarrassed to be here.",
    "When you put it like that, it does sound like a lot.",
    "I hadn't noticed that pattern until just now.",
]

COUNSELLOR_OPEN = [
    "Hi {name}, thanks for coming in today. Where would you like to start?",
    "Welcome, {name}. It's good to meet you. What's brought you here at the moment?",
    "Hello {name}. Before we begin, how are you feeling about being here today?",
    "Thanks for making the time, {name}. What's been on your mind since we spoke on the phone?",
]

COUNSELLOR_REFLECT = [
    "It sounds like {thing} has been taking a real toll on you.",
    "So there's a lot going on, and you've been carrying most of it on your own.",
    "I'm hearing how {feeling} you've been feeling, and how long it's been going on.",
    "That sounds really painful, and it makes sense that it's stayed with you.",
    "You've described that very clearly, and I can hear how much it matters to you.",
    "There's a part of you that wants things to change and a part that's not sure it's allowed to.",
    "It sounds as though you've been holding yourself to a very high standard.",
    "I notice you said that quite quietly, almost as if it's hard to admit.",
    "That's a lot to be managing, especially with so little rest.",
    "You're being very honest with me, and I appreciate that.",
    "It sounds like you've already tried quite a few things to make this better.",
    "So the hardest part isn't only {thing}, it's feeling alone with it.",
    "It makes sense that you'd feel {feeling}, given everything you've described.",
    "It sounds like {person} matters to you a great deal in all of this.",
]

COUNSELLOR_ASK = [
    "What does a typical day look like for you at the moment?",
    "When did you first notice things starting to feel this way?",
    "What goes through your mind when that happens?",
    "How have you been looking after yourself through all this?",
    "Who else knows about what you're going through?",
    "If things were a little better a month from now, what would be different?",
    "On a scale from zero to ten, how manageable does it feel this week?",
    "What helped, even a little, the last time things felt like this?",
    "Where do you notice it in your body when it comes up?",
    "What would you say to a friend who told you the same thing?",
    "How do you usually respond when you start to feel {feeling}?",
    "What's it like for you to talk about {thing} here?",
    "What do you think {person} would say if they knew how you felt?",
    "What would you like to get out of our sessions together?",
    "Can you tell me a bit more about that?",
]

COUNSELLOR_CLOSE = [
    "We're nearly out of time. Between now and next week, could you notice one moment each day when you feel {feeling}"
    " and jot down what was happening?",
    "Let's pause there for today. Would you be willing to try one small thing this week, like ten minutes just for"
    " you, and tell me how it went?",
    "That feels like a good place to stop. Before next time, it might help to write down what you'd want {person} to"
    " understand, even if you never send it.",
    "We'll pick this up next week. For now, be as kind to yourself as you would be to someone you care about.",
]

CLIENT_CLOSE = [
    "Thank you. I feel a bit lighter, actually.",
    "Okay, I can try that. See you next week.",
    "Thanks. That was harder than I expected, but good.",
    "I'll give it a go. Thank you for listening.",
]

BACKCHANNELS = ["Yeah.", "Mm.", "Okay.", "Yes.", "Mm-hmm.", "Right."]

# decoys (clean, but they look like defects to a careless detector)
NOT_YET = [
    "I can't talk about that yet.",
    "I'd rather not go into that part today, if that's okay.",
    "I can't talk about that part yet. Maybe another time.",
]
NOT_YET_REPLY = [
    "That's completely fine. We can go at whatever pace feels right for you, and we can come back to it when you're"
    " ready.",
    "Of course. You're in charge of what we talk about. What would feel okay to talk about instead?",
]
TRAIL_OFF = [
    "I just keep thinking that if I'd said something sooner...",
    "Sometimes I wonder whether it would be easier if I just...",
    "I don't know. It's like I'm waiting for something, but I'm not sure what...",
]
TRAIL_REPLY = [
    "Take your time. What's the rest of that thought, if you want to finish it?",
    "You trailed off there. I'm wondering what the end of that sentence might be.",
]
DARK_CLIENT = [
    "Some nights I think everyone would be better off without me around.",
    "There have been times this month when I wondered what the point of any of it was.",
]
HOTLINE_REPLY = [
    "Thank you for telling me that, I know it isn't easy to say. I'd like to understand it properly: have you had any"
    " thoughts of ending your life? If it ever feels like too much between sessions, you can call Samaritans on 116 123"
    " at any hour, and I'd also like us to plan together what you could do on those nights.",
    "I'm really glad you said that out loud. Are you safe right now? Alongside our sessions, the Samaritans are there"
    " on 116 123 day and night if things get very dark, and in an emergency it's 999. Can we talk about what has kept"
    " you going on the hardest nights?",
]
DARK_FOLLOW = [
    "No, I wouldn't do anything. It's more that I'm so tired of feeling like this.",
    "I'm safe. I just needed someone to know how bad it gets.",
]

# defects (written for this set)
REFUSALS = [
    "I'm sorry, but I can't help with this request. If you are struggling with your mental health, please reach out to"
    " a qualified professional or contact your local emergency services.",
    "As an AI language model, I am not able to provide counselling or therapy. I would encourage you to speak with a"
    " licensed mental health professional who can offer the support you need.",
    "I'm really sorry you're feeling this way, but I'm unable to provide the help that you need. It's important to talk"
    " to a mental health professional or a trusted person in your life.",
]
META_PREFIX = "Sure! Here's the counselor's next response, continuing the session in a warm, empathetic tone:\n\n"
META_LINES = {
    "intro": "Here is a realistic counselling session between a therapist and a client who is struggling with {topic}:",
    "note": "(Note: All names and details in this dialogue are fictional and were generated for training purposes.)",
}
CLIENT_VOICE = [
    "Honestly, I don't even know where to start. It's been months of feeling like this and nobody at home has noticed.",
    "I think I just need someone to tell me I'm not going mad, because that's how it feels most days.",
    "It's my fault, really. I should have seen it coming and I didn't, and now I can't stop going over it.",
]
COUNSELLOR_VOICE = [
    "It sounds like you've been carrying {thing} on your own for a long time. What would it be like to let someone"
    " share it?",
    "I'm noticing how hard you are on yourself when you talk about {thing}. Where do you think that voice comes from?",
    "Can I check I've understood? You feel {feeling} most of the time, and you're not sure anyone sees it. Is that"
    " right?",
]
SYNONYMS = {
    "really": "truly",
    "a lot": "so much",
    "sounds": "seems",
    "makes sense": "is understandable",
    "carrying": "holding",
    "honest": "open",
    "painful": "hard",
    "clearly": "vividly",
}

NAMES = [
    "Priya",
    "Callum",
    "Agnieszka",
    "Desmond",
    "Farah",
    "Tobias",
    "Niamh",
    "Marcus",
    "Ifeoma",
    "Gareth",
    "Yusuf",
    "Harriet",
    "Kenji",
    "Rosalind",
    "Dominic",
    "Leticia",
    "Bernard",
    "Shona",
    "Arjun",
    "Maeve",
    "Stellan",
    "Temperance",
    "Wojciech",
    "Oona",
]
MODELS = ["llama-3.1-70b-instruct", "mixtral-8x22b-instruct", "qwen2.5-72b-instruct"]


# ---------------------------------------------------------------------------
# text helpers
# ---------------------------------------------------------------------------
def norm(text: str) -> str:
    text = text.lower().replace(RSQ, "'")
    text = re.sub(r"[^\w\s]", " ", text)
    return " ".join(text.split())


def ratio(a: str, b: str) -> float:
    return difflib.SequenceMatcher(None, norm(a), norm(b), autojunk=False).ratio()


def substantial(text: str) -> bool:
    return len(norm(text)) >= 20


def moji(text: str) -> str:
    out = text.encode("utf-8").decode("cp1252")
    assert out != text and "\u00e2\u20ac" in out
    return out


def curly(text: str) -> str:
    return text.replace("'", RSQ)


def cut_midword(text: str, rng: random.Random) -> str:
    """The text cut inside a word, at least 12 characters and at most 55% gone."""
    spots = [
        i
        for i in range(int(len(text) * 0.45), len(text) - 12)
        if text[i - 1].isalpha() and text[i].isalpha() and text[i - 2].isalpha()
    ]
    assert spots, text
    return text[: rng.choice(spots)]


def near_copy(text: str, rng: random.Random) -> str:
    """A regenerated copy: one phrase swapped for a near-synonym, or (failing that) lower-cased and commas dropped."""
    options = [word for word in SYNONYMS if re.search(rf"\b{word}\b", text)]
    if options:
        word = rng.choice(options)
        out = re.sub(rf"\b{word}\b", SYNONYMS[word], text, count=1)
    else:
        out = text[0].lower() + text[1:].replace(",", "")
    assert out != text and ratio(out, text) >= 0.85, (text, out)
    return out


# ---------------------------------------------------------------------------
# sessions
# ---------------------------------------------------------------------------
@dataclass
class Turn:
    role: str
    text: str
    kinds: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    line: int = 0


@dataclass
class Session:
    sid: str
    name: str
    topic: str
    turns: list[Turn]
    kinds: list[str] = field(default_factory=list)  # session-level rows
    meta: dict[str, object] = field(default_factory=dict)


class Writer:
    """Draws a clean session: sentences are drawn without replacement, so no two turns of a session repeat."""

    def __init__(self, rng: random.Random, topic: str, name: str) -> None:
        self.rng = rng
        self.topic = topic
        self.name = name
        bank = TOPICS[topic]
        self.fill = {"thing": str(bank["thing"]), "feeling": str(bank["feeling"]), "person": str(bank["person"])}
        client: list[str] = list(bank["client"])
        self.client_topic = rng.sample(client, len(client))
        self.client_generic = rng.sample(CLIENT_GENERIC, len(CLIENT_GENERIC))
        self.reflect = rng.sample(COUNSELLOR_REFLECT, len(COUNSELLOR_REFLECT))
        self.ask = rng.sample(COUNSELLOR_ASK, len(COUNSELLOR_ASK))

    def f(self, template: str) -> str:
        return template.format(name=self.name, **self.fill)

    def client_line(self) -> str:
        parts: list[str] = []
        want = self.rng.choice((1, 2, 2, 3))
        for _ in range(want):
            if self.client_topic and (self.rng.random() < 0.7 or not self.client_generic):
                parts.append(self.client_topic.pop())
            elif self.client_generic:
                parts.append(self.client_generic.pop())
        if not parts:
            return self.rng.choice(BACKCHANNELS)
        return " ".join(parts)

    def counsellor_line(self) -> str:
        parts: list[str] = []
        if self.reflect and self.rng.random() < 0.75:
            parts.append(self.f(self.reflect.pop()))
        if self.ask:
            parts.append(self.f(self.ask.pop()))
        if not parts:
            parts.append("Say a little more about that, if you can.")
        return " ".join(parts)

    def session(self, sid: str, n_turns: int, *, decoys: bool = True) -> Session:
        rng = self.rng
        turns = [Turn(T, self.f(rng.choice(COUNSELLOR_OPEN))), Turn(C, self.client_line())]
        plan: list[str] = []
        if decoys:
            plan = rng.sample(["not_yet", "trail", "dark", "backchannel", "backchannel"], rng.randint(1, 3))
        middle = n_turns - 4
        slots = sorted(rng.sample(range(1, max(2, middle // 2 - 1)), min(len(plan), max(1, middle // 2 - 2))))
        special = dict(zip(slots, plan, strict=False))
        pair = 0
        while len(turns) < n_turns - 2:
            pair += 1
            kind = special.get(pair)
            if kind == "dark" and len(turns) + 4 <= n_turns - 2:
                turns.append(Turn(T, self.counsellor_line()))
                turns.append(Turn(C, rng.choice(DARK_CLIENT), notes=["a dark thought, not a defect"]))
                turns.append(Turn(T, rng.choice(HOTLINE_REPLY), notes=["hotline inside real support, not a refusal"]))
                turns.append(Turn(C, rng.choice(DARK_FOLLOW)))
            elif kind == "not_yet" and len(turns) + 4 <= n_turns - 2:
                turns.append(Turn(T, self.counsellor_line()))
                turns.append(Turn(C, rng.choice(NOT_YET), notes=["client declines to talk, not a refusal"]))
                turns.append(Turn(T, rng.choice(NOT_YET_REPLY)))
                turns.append(Turn(C, self.client_line()))
            elif kind == "trail" and len(turns) + 4 <= n_turns - 2:
                turns.append(Turn(T, self.counsellor_line()))
                turns.append(Turn(C, rng.choice(TRAIL_OFF), notes=["client trails off with ..., not truncated"]))
                turns.append(Turn(T, rng.choice(TRAIL_REPLY)))
                turns.append(Turn(C, self.client_line()))
            elif kind == "backchannel":
                turns.append(Turn(T, self.counsellor_line()))
                turns.append(Turn(C, rng.choice(BACKCHANNELS), notes=["short backchannel"]))
            else:
                turns.append(Turn(T, self.counsellor_line()))
                turns.append(Turn(C, self.client_line()))
        turns.append(Turn(T, self.f(rng.choice(COUNSELLOR_CLOSE))))
        turns.append(Turn(C, rng.choice(CLIENT_CLOSE)))
        return Session(sid, self.name, self.topic, turns)


# ---------------------------------------------------------------------------
# defects (each returns nothing, changes the session in place, and tags what it changed)
# ---------------------------------------------------------------------------
class NoRoom(Exception):
    """The session has no place for this defect; the planner tries the next session."""


def pick(rng: random.Random, cands: Sequence[int]) -> int:
    if not cands:
        raise NoRoom
    return rng.choice(list(cands))


def place(sessions: list[Session], free: list[int], inject: Callable[[Session], None]) -> int:
    """Inject into the first session of ``free`` that has room for it; that session leaves ``free``."""
    for k in free:
        backup = copy.deepcopy(sessions[k])
        try:
            inject(sessions[k])
        except NoRoom:
            sessions[k] = backup
            continue
        free.remove(k)
        return k
    raise AssertionError("no session has room")


def plain(turn: Turn) -> bool:
    return not turn.kinds and not turn.notes


def idx(session: Session, role: str, lo: int = 2, hi: int | None = None, *, min_len: int = 0) -> list[int]:
    end = len(session.turns) - 2 if hi is None else hi
    return [
        i
        for i in range(lo, end)
        if session.turns[i].role == role and plain(session.turns[i]) and len(session.turns[i].text) >= min_len
    ]


def d_truncate_last(s: Session, rng: random.Random) -> None:
    """The generation stopped inside a counsellor reply: the reply cut mid-word, nothing after it."""
    i = pick(rng, idx(s, T, 9, len(s.turns) - 1, min_len=80))
    s.turns[i].text = cut_midword(s.turns[i].text, rng)
    s.turns[i].kinds.append("truncated_turn")
    del s.turns[i + 1 :]


def d_truncate_mid(s: Session, rng: random.Random, *, at: int | None = None) -> None:
    """A turn cut inside a word (a cell limit), the session going on after it."""
    if at is None:
        i = pick(rng, idx(s, C, 3, min_len=90) or idx(s, T, 3, min_len=90))
        s.turns[i].text = cut_midword(s.turns[i].text, rng)
    else:
        i = pick(rng, idx(s, C, 3))
        w = Writer(rng, s.topic, s.name)
        text = ""
        used = " ".join(t.text for t in s.turns)
        pool = [x for x in w.client_topic + w.client_generic if x not in used]
        text = ""
        for _ in range(500):
            text = ""
            for sentence in rng.sample(pool, len(pool)):
                text = (text + " " + sentence).strip()
                if len(text) > at + 15:
                    break
            if len(text) > at + 12 and text[at - 2 : at + 1].isalpha():
                break
        if not (len(text) > at + 12 and text[at - 2 : at + 1].isalpha()):
            raise NoRoom
        s.turns[i].text = text[:at]
    s.turns[i].kinds.append("truncated_turn")


def d_role_turn(s: Session, rng: random.Random, role: str) -> None:
    """A turn in the other role's voice, under its own slot's label."""
    i = pick(rng, idx(s, role, 4))
    # a counsellor slot gets the client's next line; a client slot a counsellor's reflection and question
    text = rng.choice(CLIENT_VOICE) if role == T else Writer(rng, s.topic, s.name).f(rng.choice(COUNSELLOR_VOICE))
    s.turns[i].text = text
    s.turns[i].kinds.append("role_inversion")


def d_refusal(s: Session, rng: random.Random, text: str) -> None:
    i = pick(rng, idx(s, T, 3))
    s.turns[i].text = text
    s.turns[i].kinds.append("refusal")


def d_meta_prefix(s: Session, rng: random.Random) -> None:
    i = pick(rng, idx(s, T, 3))
    s.turns[i].text = META_PREFIX + s.turns[i].text
    s.turns[i].kinds.append("meta_text")


def d_empty(s: Session, rng: random.Random, role: str) -> None:
    i = pick(rng, idx(s, role, 3))
    s.turns[i].text = ""
    s.turns[i].kinds.append("empty_turn")


def d_near(s: Session, rng: random.Random) -> None:
    """A counsellor reply regenerated two counsellor turns later with a word changed (replacing that turn)."""
    cands = [i for i in idx(s, T, 2, len(s.turns) - 6, min_len=60) if plain(s.turns[i + 4])]
    i = pick(rng, cands)
    s.turns[i + 4].text = near_copy(s.turns[i].text, rng)
    s.turns[i + 4].kinds.append("near_duplicate_turn")


def d_duplicate_consecutive(s: Session, rng: random.Random) -> None:
    """The same counsellor message appended twice by a retry (the copy right after it)."""
    i = pick(rng, idx(s, T, 3, min_len=50))
    s.turns.insert(i + 1, Turn(T, s.turns[i].text, kinds=["duplicate_turn"]))


def d_loop(s: Session, rng: random.Random) -> None:
    """A counsellor turn given three times with the client in between: first copy repetition_loop."""
    cands = [i for i in idx(s, T, 2, len(s.turns) - 6, min_len=50) if plain(s.turns[i + 2]) and plain(s.turns[i + 4])]
    i = pick(rng, cands)
    s.turns[i].kinds.append("repetition_loop")
    for j in (i + 2, i + 4):
        s.turns[j].text = s.turns[i].text
        s.turns[j].kinds.append("duplicate_turn")


def d_moji(s: Session, rng: random.Random, count: int) -> None:
    cands = [i for i in range(len(s.turns)) if plain(s.turns[i]) and "'" in s.turns[i].text]
    if len(cands) < count:
        raise NoRoom
    for i in sorted(rng.sample(cands, count)):
        s.turns[i].text = moji(curly(s.turns[i].text))
        s.turns[i].kinds.append("mojibake")


def swap_roles(s: Session) -> None:
    for turn in s.turns:
        turn.role = C if turn.role == T else T
    s.kinds.append("role_inversion")


# ---------------------------------------------------------------------------
# documents
# ---------------------------------------------------------------------------
@dataclass
class Doc:
    name: str
    lines: list[str] = field(default_factory=list)
    sessions: list[Session] = field(default_factory=list)
    line_rows: list[tuple[int, str, str]] = field(default_factory=list)  # (line, kind, why) for non-turn lines
    shared: bool = False

    def add(self, line: str) -> int:
        assert "\n" not in line and "\r" not in line, line[:60]
        self.lines.append(line)
        return len(self.lines)

    def truth(self) -> list[tuple[int, str]]:
        rows: list[tuple[int, str]] = [(line, kind) for line, kind, _ in self.line_rows]
        for s in self.sessions:
            rows.extend((s.turns[0].line, kind) for kind in s.kinds)
            for t in s.turns:
                rows.extend((t.line, kind) for kind in t.kinds if (t.line, kind) not in rows)
        return rows

    def render(self) -> bytes:
        return "".join(line + "\n" for line in self.lines).encode("utf-8")


def new_session(rng: random.Random, sid: str, names: list[str], lo: int, hi: int, topic: str | None = None) -> Session:
    name = names.pop()
    chosen = topic or rng.choice(sorted(TOPICS))
    return Writer(rng, chosen, name).session(sid, rng.randint(lo, hi))


JSON_ROLE = {T: "counselor", C: "client"}
SYSTEM = (
    "You are generating a realistic, multi-turn counselling session for a training dataset. Write both the counselor"
    " and the client. Persona: {persona}"
)


def build_jsonl(rng: random.Random, names: list[str]) -> Doc:
    doc = Doc(F_JSONL, shared=True)
    sessions = [new_session(rng, f"gen-b12-{4100 + k:05d}", names, 10, 30) for k in range(40)]
    occupations = ["nurse", "teacher", "warehouse operative", "accountant", "student", "carer", "chef", "bus driver"]
    for s in sessions:
        s.meta = {
            "persona": f"{s.name}, {rng.randint(19, 71)}, {rng.choice(occupations)}; presenting issue: {s.topic}",
            "topic": s.topic,
            "model": rng.choice(MODELS),
            "temperature": rng.choice([0.7, 0.8, 0.9, 1.0]),
        }
    # at most one defect a session; most sessions stay clean
    free = list(range(40))
    rng.shuffle(free)
    # the two cut-off generations go to sessions of 14+ turns, so that 10+ turns remain
    long_ones = [k for k in free if len(sessions[k].turns) >= 14][:2]
    free = long_ones + [k for k in free if k not in long_ones]
    jobs: list[Callable[[Session], None]] = [
        lambda s: d_truncate_last(s, rng),
        lambda s: d_truncate_last(s, rng),
        lambda s: d_role_turn(s, rng, T),
        swap_roles,
        lambda s: d_refusal(s, rng, REFUSALS[0]),
        lambda s: d_meta_prefix(s, rng),
        lambda s: d_empty(s, rng, T),
        lambda s: d_near(s, rng),
        lambda s: d_duplicate_consecutive(s, rng),
    ]
    for job in jobs:  # at most one defect a session; most sessions stay clean
        place(sessions, free, job)
    clean = free
    # a clean session duplicated under a new id, later in the file; a broken row where a worker died mid-write
    src = min(clean[:5])
    copy = Session(
        "gen-b12-04140",
        sessions[src].name,
        sessions[src].topic,
        [Turn(t.role, t.text, [], list(t.notes)) for t in sessions[src].turns],
        ["duplicate_session"],
        dict(sessions[src].meta),
    )
    copy_at = rng.randint(max(src + 8, 25), 40)
    sessions.insert(copy_at, copy)
    broken_at = rng.choice([k for k in range(12, 38) if abs(k - copy_at) > 2])
    doc.shared = True
    stamp = 1_764_000_000
    for n, s in enumerate(sessions):
        if n == broken_at:
            lost = new_session(rng, "gen-b12-04141", names, 12, 20)
            whole = record_line(lost, stamp + n * 37, rng)
            line = doc.add(whole[: rng.randint(len(whole) // 3, len(whole) * 2 // 3)])
            doc.line_rows.append((line, "unparseable_line", "a row cut off when the worker died"))
        line = doc.add(record_line(s, stamp + n * 41, rng))
        for t in s.turns:
            t.line = line
        doc.sessions.append(s)
    return doc


def record_line(s: Session, stamp: int, rng: random.Random) -> str:
    persona = str(s.meta.get("persona", f"{s.name}; presenting issue: {s.topic}"))
    messages = [{"role": "system", "content": SYSTEM.format(persona=persona)}]
    messages += [{"role": JSON_ROLE[t.role], "content": t.text} for t in s.turns]
    record = {
        "id": s.sid,
        "created": stamp,
        "model": s.meta.get("model", MODELS[0]),
        "temperature": s.meta.get("temperature", 0.8),
        "persona": persona,
        "topic": s.topic,
        "messages": messages,
        "n_turns": len(s.turns),
    }
    return json.dumps(record, ensure_ascii=False)


CSV_LABEL = {T: "Counsellor", C: "Client"}


def csv_line(fields: Sequence[str]) -> str:
    handle = io.StringIO()
    csv.writer(handle, lineterminator="\n").writerow(fields)
    return handle.getvalue()[:-1]


def build_csv(rng: random.Random, names: list[str]) -> Doc:
    doc = Doc(F_CSV)
    sessions = [new_session(rng, f"VND3-{210 + k}", names, 14, 30) for k in range(15)]
    free = list(range(15))
    rng.shuffle(free)
    place(sessions, free, lambda s: d_moji(s, rng, 2))  # pasted through Word and a Windows-1252 step
    place(sessions, free, lambda s: d_loop(s, rng))
    place(sessions, free, lambda s: d_truncate_mid(s, rng, at=255))  # the vendor tool's 255-character cell limit
    place(sessions, free, lambda s: d_role_turn(s, rng, C))
    place(sessions, free, lambda s: d_empty(s, rng, C))
    place(sessions, free, lambda s: d_near(s, rng))
    doc.add(csv_line(["session_id", "turn_no", "speaker", "text", "batch"]))
    for s in sessions:
        for n, t in enumerate(s.turns, 1):
            t.line = doc.add(csv_line([s.sid, str(n), CSV_LABEL[t.role], t.text, "2025-11-d3"]))
        doc.sessions.append(s)
    return doc


TXT_LABEL = {T: "Therapist", C: "Client"}


def build_txt(rng: random.Random, names: list[str]) -> Doc:
    """Three trial outputs of a generation prompt pasted into one text file, with the model's chatter."""
    doc = Doc(F_TXT)
    topics = rng.sample(sorted(TOPICS), 3)
    sessions = [new_session(rng, f"trial-{k + 1}", names, 14, 20, topics[k]) for k in range(3)]
    d_refusal(sessions[1], rng, REFUSALS[1])
    d_truncate_last(sessions[2], rng)
    for k, s in enumerate(sessions):
        if k:
            doc.add("")
            doc.add(f"=== trial output {k + 1} ===")
            doc.add("")
        if k == 0:
            line = doc.add(META_LINES["intro"].format(topic=s.topic))
            doc.line_rows.append((line, "meta_text", "the generator's opening line"))
            doc.add("")
        for n, t in enumerate(s.turns):
            if n:
                doc.add("")
            t.line = doc.add(f"{TXT_LABEL[t.role]}: {t.text}".rstrip())
        if k == 0:
            doc.add("")
            line = doc.add(META_LINES["note"])
            doc.line_rows.append((line, "meta_text", "the generator's note after the session"))
        doc.sessions.append(s)
    return doc


def build_clean(rng: random.Random, names: list[str]) -> Doc:
    """A hand-checked sample: three clean sessions, no blank lines, sessions split by a line of 19 '#'."""
    doc = Doc(F_CLEAN)
    topics = rng.sample(sorted(TOPICS), 3)
    for k in range(3):
        s = new_session(rng, f"gold-{k + 1}", names, 14, 24, topics[k])
        if k:
            doc.add("#" * 19)
        for t in s.turns:
            t.line = doc.add(f"{CSV_LABEL[t.role]}: {t.text}")
        doc.sessions.append(s)
    return doc


# ---------------------------------------------------------------------------
# self-checks (of this writer, not of any detector)
# ---------------------------------------------------------------------------
ALL_DEFECT_TEXT = [*REFUSALS, META_PREFIX.strip(), *(v.split("{")[0] for v in META_LINES.values())]


def check_session(doc: Doc, s: Session) -> None:
    seen: list[Turn] = []
    for n, t in enumerate(s.turns):
        where = f"{doc.name}:{t.line} {s.sid} turn {n}"
        if "empty_turn" in t.kinds:
            assert t.text == "", where
        else:
            assert t.text.strip(), where
        if "truncated_turn" in t.kinds:
            assert t.text[-1].isalpha() and t.text[-2].isalpha(), where
        elif t.text:
            assert t.text[-1] in ENDERS, where
        if t.text.endswith("...") or t.text in NOT_YET or t.text in HOTLINE_REPLY:
            assert t.notes and not t.kinds, where
        assert ("mojibake" in t.kinds) == ("\u00e2\u20ac" in t.text), where
        if "mojibake" in t.kinds:
            assert t.text.encode("cp1252").decode("utf-8") != t.text, where
        assert ("refusal" in t.kinds) == (t.text in REFUSALS), where
        if "refusal" in t.kinds:
            assert t.role == T, where
        has_meta = any(m and m in t.text for m in ALL_DEFECT_TEXT if m not in REFUSALS)
        assert ("meta_text" in t.kinds) == has_meta, where
        voices = [*CLIENT_VOICE, *(x.split("{")[0] for x in COUNSELLOR_VOICE)]
        assert ("role_inversion" in t.kinds) == any(t.text.startswith(v) for v in voices), where
        if "role_inversion" in t.kinds:
            assert (t.text in CLIENT_VOICE) == (t.role == T), where
        earlier = [u for u in seen if u.role == t.role and u.text]
        exact = any(u.text == t.text for u in earlier)
        close = any(ratio(u.text, t.text) >= 0.8 for u in earlier)
        marked = set(t.kinds) & REPEAT_KINDS
        if "duplicate_turn" in t.kinds:
            assert exact, where
        if "near_duplicate_turn" in t.kinds:
            assert close and not exact, where
        if substantial(t.text) and close:
            assert marked, f"{where}: unmarked repeat {t.text[:60]!r}"
        if not substantial(t.text):
            assert not marked and "repetition_loop" not in t.kinds, where
        if "repetition_loop" in t.kinds:
            later = [u for u in s.turns[n + 1 :] if u.text == t.text]
            assert len(later) >= 2 and all("duplicate_turn" in u.kinds for u in later), where
            assert not exact, where
        seen.append(t)
    if "role_inversion" in s.kinds:
        assert s.turns[0].role == C and all(not t.kinds for t in s.turns), s.sid
    assert 10 <= len(s.turns) <= 31, (s.sid, len(s.turns))


def check_written(doc: Doc, out: Path) -> list[str]:
    raw = (out / doc.name).read_bytes()
    physical = raw.decode("utf-8").split("\n")
    assert physical[-1] == "", doc.name
    physical = physical[:-1]
    assert physical == doc.lines, doc.name
    turns = [t for s in doc.sessions for t in s.turns]
    broken = {line for line, kind, _ in doc.line_rows if kind == "unparseable_line"}
    if doc.name == F_JSONL:
        got: list[tuple[str, list[tuple[str, str]]]] = []
        for number, line in enumerate(physical, 1):
            if number in broken:
                try:
                    json.loads(line)
                except json.JSONDecodeError:
                    continue
                raise AssertionError((doc.name, number, "a broken row that parses"))
            rec = json.loads(line)
            msgs = [(m["role"], m["content"]) for m in rec["messages"] if m["role"] != "system"]
            got.append((rec["id"], msgs))
        want = [(s.sid, [(JSON_ROLE[t.role], t.text) for t in s.turns]) for s in doc.sessions]
        assert got == want, doc.name
        for s in doc.sessions:
            assert {t.line for t in s.turns} == {s.turns[0].line}, s.sid
            assert json.loads(physical[s.turns[0].line - 1])["id"] == s.sid
        ids = [s.sid for s in doc.sessions]
        assert len(ids) == len(set(ids)), doc.name
    elif doc.name == F_CSV:
        records = list(csv.reader(io.StringIO("\n".join(physical) + "\n", newline="")))
        assert len(records) == len(physical) and {len(r) for r in records} == {5}, doc.name
        inverse = {v: k for k, v in CSV_LABEL.items()}
        assert [(inverse[r[2]], r[3]) for r in records[1:]] == [(t.role, t.text) for t in turns], doc.name
        for t in turns:
            assert records[t.line - 1][3] == t.text, (doc.name, t.line)
    else:
        labels = TXT_LABEL if doc.name == F_TXT else CSV_LABEL
        pattern = re.compile(r"^(" + "|".join(labels.values()) + r"):(?: (.*))?$")
        found = []
        for number, line in enumerate(physical, 1):
            match = pattern.match(line)
            if match:
                found.append((number, match.group(1), match.group(2) or ""))
            else:
                ok = line == "" or line == "#" * 19 or line.startswith("=== ")
                assert ok or number in {r[0] for r in doc.line_rows}, (doc.name, number, line)
        assert found == [(t.line, labels[t.role], t.text) for t in turns], doc.name
    for row_line, kind, _ in doc.line_rows:
        assert row_line not in {t.line for t in turns}, (doc.name, row_line)
        assert physical[row_line - 1].strip(), (doc.name, row_line, kind)
    return physical


def check_sessions(doc: Doc) -> None:
    seen: dict[tuple[tuple[str, str], ...], str] = {}
    for s in doc.sessions:
        content = tuple((t.role, t.text) for t in s.turns)
        assert (content in seen) == ("duplicate_session" in s.kinds), (doc.name, s.sid)
        if "duplicate_session" in s.kinds:
            assert all(not t.kinds for t in s.turns), s.sid
        seen.setdefault(content, s.sid)


def shown(text: str, width: int = 150) -> str:
    text = " ".join(text.split())
    return text if len(text) <= width else text[: width - 60] + " ... " + text[-55:]


def show_row(doc: Doc, physical: Sequence[str], line: int, kind: str) -> str:
    here = physical[line - 1]
    for s in doc.sessions:
        if kind in s.kinds and s.turns[0].line == line:
            return shown(f"[{s.sid} whole session; first turn as {s.turns[0].role}] {s.turns[0].text}")
        for t in s.turns:
            if t.line == line and kind in t.kinds:
                return shown(f"[{s.sid} {t.role}] {t.text or '(empty)'}")
    return shown(here)


def main(argv: Sequence[str]) -> int:
    parser = argparse.ArgumentParser(description="Write blind defect cases (a dataset curator's dump).")
    parser.add_argument("out_dir", type=Path)
    parser.add_argument("--show", action="store_true")
    parser.add_argument("--seed", type=int, default=DEFAULT_SEED)
    args = parser.parse_args(argv)
    rng = random.Random(args.seed)
    pool = [f"{n}" for n in NAMES]
    names = [rng.choice(pool) for _ in range(200)]
    docs = [build_jsonl(rng, names), build_csv(rng, names), build_txt(rng, names), build_clean(rng, names)]
    out: Path = args.out_dir
    out.mkdir(parents=True, exist_ok=True)
    rows: list[tuple[str, int, str]] = []
    total_turns = 0
    for doc in docs:
        (out / doc.name).write_bytes(doc.render())
        physical = check_written(doc, out)
        for s in doc.sessions:
            check_session(doc, s)
        check_sessions(doc)
        truth = doc.truth()
        assert len(set(truth)) == len(truth), doc.name
        if doc.shared:
            lines = [line for line, _ in truth]
            assert len(lines) == len(set(lines)), f"{doc.name}: two rows on one record"
        turns = sum(len(s.turns) for s in doc.sessions)
        total_turns += turns
        if doc.name == F_CLEAN:
            assert not truth, truth
        else:
            hit = {s.sid for s in doc.sessions for t in s.turns if t.kinds or s.kinds}
            assert truth and len(hit) * 100 <= len(doc.sessions) * (70 if doc.name == F_TXT else 40), doc.name
        rows.extend((doc.name, line, kind) for line, kind in truth)
        decoys = Counter(note for s in doc.sessions for t in s.turns for note in t.notes)
        print(
            f"{doc.name}: {len(doc.sessions)} sessions, {turns} turns, {len(truth)} truth rows, decoys {dict(decoys)}"
        )
        if args.show:
            for line, kind in sorted(truth):
                print(f"  {line:4d} {kind:20s} | {show_row(doc, physical, line, kind)}")
    rows.sort()
    with (out / "truth.csv").open("w", newline="", encoding="utf-8") as handle:
        writer = csv.writer(handle, lineterminator="\n")
        writer.writerow(["file", "line", "defect_type"])
        writer.writerows(rows)
    counts = Counter(kind for _, _, kind in rows)
    assert set(counts) == set(KINDS), set(KINDS) - set(counts)
    assert len(rows) * 12 < total_turns, (len(rows), total_turns)
    print(f"wrote {len(docs)} files ({total_turns} turns) and {len(rows)} truth rows to {out} (seed {args.seed})")
    for kind in KINDS:
        print(f"  {kind:20s} {counts[kind]}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
