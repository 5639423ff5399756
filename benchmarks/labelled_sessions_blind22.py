"""Blind test set 22 for the technique detector: fifteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 75 lines of
labelled_sessions_blind9.py, printed with `head -n 75` (interface, docstring conventions, labelling rules, the settings
set 9 used and the start of its dict; the rest of that file was not opened); the lines of labelled_sessions_blind10.py
to labelled_sessions_blind21.py that start with four spaces and a `#`, printed with `grep -n "^    # "` (only to see
which settings those sets used, so as to avoid them; nothing else of sets 10 to 20 was opened); the first 90 lines of
labelled_sessions_blind21.py, printed with `head -n 90` (its docstring, its import line and the start of its dict with
its first setting comment); the LabelledSession dataclass in labelled_sessions.py, printed with `grep -n "class
LabelledSession" -A4`; each catalog technique's code, name, family and description, printed by a python one-liner that
loaded sql/technique_catalog.json and printed only those four fields (it accepted either a list or a mapping with a
techniques key at the top level; synonyms, cues and every other field were never printed and the file was never opened
otherwise); and the line-length and target-version keys of the [tool.ruff] table of pyproject.toml, printed by a python
one-liner with tomllib. One slip, harmless: the grep output for sets 10 to 21 came back truncated in the middle (from
set 12 to set 18), so the same grep was run again on labelled_sessions_blind12.py to labelled_sessions_blind18.py alone,
piped through `grep -v` to drop their Labels and No label comment lines and keep only the setting lines. In
benchmarks/techniques.py it viewed only the lines that mention blind21, printed with `grep -n` for blind21 or BLIND21,
and the tuple lines around them with `sed -n`, to add this set's import and entry beside set 21's and to change set 21's
description as the brief asked. After editing it printed the lines naming blind21 or blind22 and the same tuple lines
again to check the edit. Besides that it ran `date` several times to keep to the time limit, made its scratch folder
/tmp/s29c, and ran `test -e` on this module's own path and `test -x` on .venv/bin/ruff and .venv/bin/mypy, to confirm
that no file of this name existed yet and that the tools were there (no directory was listed). It did not open the
transforms package, the flows, the tests, the README, the docs or any other benchmark, did not grep the repository
beyond the commands above, used no search tool, ran no git command and ran nothing of the product or its tests; the only
other commands run against the project were the import check of this module (importing it with PYTHONPATH set to
/work/main, counting sessions, turns and labels, checking that every label is one of the catalog codes printed above,
copied by hand into the check, and never one of the three codes that are not labelled, and comparing each text and label
set with the hand-written source), ruff format, ruff check and ruff format --check on this file and on
benchmarks/techniques.py, mypy on those two files from /work/main as the brief asked, and one run of
`benchmarks/techniques.py --techniques-only`, the only benchmark run, made after the labels were fixed. Its output was
saved in /tmp/s29c and only this set's part was read: the lines naming blind22 and the per-technique table printed under
this set's summary line (the `sed -n` used for that also showed the last rows of set 21's table, and a grep for the two
summary lines also showed set 21's); no label or text was changed after it, and its figure was then written into this
set's description in techniques.py. The module was emitted by a throwaway generator in /tmp/s29c, outside the project,
from session text written there by hand; before generating, a check run on that source alone counted turns (fourteen to
thirty per session), confirmed every turn opens with 'Therapist:' or 'Client:' and is plain ASCII, checked the labels
against the printed codes and measured the comment lines. The generator only split each turn into implicitly
concatenated string pieces to keep lines short, ruff format may then re-join pieces that fit on one line, and the import
check confirmed every text is identical to the source. The labels were set by hand in that source before any check and
were not touched by any generating or formatting step or by the benchmark run, and this docstring was written by hand
and wrapped with textwrap. No text was copied from any corpus.

The settings were chosen to be unlike sets 9 to 21 and unlike each other, and the modalities and voices vary: acceptance
and commitment work by video in Whitehorse, Yukon, with a highway snowplough driver off the road after a first seizure;
a DBT individual session in Lyon, in English, with a nineteen-year-old English pastry apprentice after a chef shouted at
her; a clinic nurse in Bulawayo using motivational interviewing with a long-distance truck driver who drinks on rest
days; a solution-focused family centre counsellor in Busan with a hairdresser going back to her salon after fourteen
months' leave; a schema therapist in Leipzig with a church organist who feels sick when the choir director does not
answer an email; EMDR preparation in Manila with a call-centre team leader after a jeepney crash on EDSA; a couples
therapist in Seattle with two husbands who adopted a seven-year-old and fight over bedtime; a diabetes distress group at
a clinic in Kuching, Sarawak, week three, with a longhouse farmer, a shopkeeper and a teacher; CBT by video from Bristol
with a new primary teacher in Stanley, Falkland Islands, sure the parents think her hopeless; a night text chat in all
capitals with a widowed seventy-one-year-old orchardist near Launceston, Tasmania; an AI assistant with markdown
headings, bullets and a table answering an Abu Dhabi cabin crew member who panics in turbulence; a behavioral health
clinician in Columbus, Ohio, with a Somali grandmother who has not left home since she was shouted at on a bus, through
a Somali interpreter; a farmers' association counsellor in Lecce who only listens to an olive grower whose trees died of
Xylella; an employee assistance counsellor in Hamilton, Bermuda, with a reinsurance claims analyst who wants to ask for
a raise; and a psychologist in Chamonix with a British mountain guide after a client broke an ankle through a snow
bridge. Most counsellors bring techniques in without naming them ('watch the words go by like a rig on the highway', 'if
the accident were a pie', 'what would you say to a young aspirant guide', 'I'll be Nigel', 'a ladder from the easiest
step'); a few name them (DEAR MAN, schemas, EMDR). Group and couples members speak as 'Client: (Name)', interpreted
turns start 'Client: [interpreted from Somali]', a counsellor playing a part marks it '(as Bernard)' or '(as Nigel)',
the chats open with the client's message, and the assistant's answers are single 'Therapist:' lines with inline
markdown.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises in
it. A client merely mentioning something (a wife's gratitude journal, a flatmate's CBD gummies, a brother's AA and a
pastor's prayers, a sister-in-law's affirmations book, a cantor's Bach flower drops and an old counsellor's worry-time
timetable, an aunt's novena and a TikTok tapping video, a sister's parenting podcast and a husband's meditation app, a
nephew's keto app, a mother's advice to journal it out and an unopened CBT app, a late wife's relaxation tapes and GP
sleeping pills, an airline's fear of flying course and a colleague's Xanax, a son's Qur'an reading, a daughter's
mindfulness app and an old column diary, a pastor's sermon and a cousin's vision board, a friend's ice baths and a
guides' bureau debrief), the counsellor advising something outside any technique (asking the neurology clinic about the
Keppra, not taking an officemate's melatonin, asking the dietitian before cutting rice, taking tablets only as
prescribed, not taking a colleague's Xanax) or saying a technique will not be done ('I won't give you any exercises or
any diaries') is not a label; a nought-to-ten or percentage rating used only to measure is not labelled, while ratings
inside a technique (the solution-focused scale and its next point, the belief in 'they all think I'm hopeless', the fear
on the ladder, the slices of the pie, the columns of the log) are part of it. rapport_empathy, assessment and
session_structure are never labelled. Explaining how the problem or its treatment works (a schema as an old alarm, a
memory left unfiled on the desk, stress hormones raising blood sugar, what adrenaline does in turbulence, fear growing
with avoidance) is psychoeducation. The daily DBT diary card of sadness, shame and urges is labelled journaling as a
mood diary; asking about self-harm and going through the steps for a bad night is safety_planning; the balanced-thought
column of the assistant's log belongs to the thought record and is not labelled cognitive_restructuring separately; the
chair work with seven-year-old Jonas, in which the therapist plays no part, is not role play; telling the young guide,
and then himself, to eat and sleep is self-compassion. ``homework`` is labelled only when a task is explicitly agreed
for before the next meeting and is to be reviewed (Lyon, Manila, Seattle, Stanley, Columbus); steps made without such a
review (Marg's woodpile, which the counsellor says he will not ask about, Thabo's game and the repeated blood test,
Thursday at the salon, the WhatsApp group, the log the assistant offers with no appointment, the ask to Nigel) are not
homework. The listening session in Lecce carries no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match its
output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND22_SESSIONS: dict[str, LabelledSession] = {
    # Whitehorse, Yukon: ACT by video with a highway snowplough driver off the road after a first seizure.
    # Labels: thought as a passing truck, keeping the road open, Marg's woodpile Tue/Fri. Not: journal, Keppra.
    "blind22/snowplough_driver_seizure_whitehorse.txt": LabelledSession(
        text=_session(
            "Therapist: Can you hear me alright, Dale? The picture froze for a second there.",
            "Client: Got you now. Sorry. It's the satellite internet out here, it drops when the wind gets up.",
            "Therapist: No problem at all. Last time you told me about the seizure in the Tim Hortons lineup and "
            "losing the licence. Where are you at with it this week?",
            "Client: Same place. Six months minimum before the neuro will even talk about driving again. I sit at the "
            "kitchen window at four in the morning and watch the other guys head out in the trucks. My wife keeps one "
            "of those gratitude journals, she wants me to start one. I told her I'm not grateful for squat right now.",
            "Therapist: Fair enough. That's her thing, we don't have to take it on. Can I try something a bit "
            "different with you? When you're at that window watching the trucks go, what does your head say?",
            "Client: That I'm useless. That I'm a forty-eight-year-old man getting rides to the Superstore from his "
            "wife.",
            "Therapist: OK. Just for a minute, let's not argue with that. Sit the way you're sitting now. Feel the "
            "chair under you, your boots flat on the floor. And see if you can watch the words 'I'm useless' the way "
            "you'd watch a rig go by on the Alaska Highway. You see it coming, you hear it, it goes past, and you "
            "don't climb up into the cab. Take your time. What do you notice?",
            "Client: It's loud. But it sort of goes by. Then another one comes along right behind it.",
            "Therapist: That's it exactly. They'll keep coming, that's what minds do. The job isn't to stop the "
            "traffic, it's to notice that you're the one standing at the side of the road watching it. Now, the part "
            "I want to spend most of today on. Put the licence aside for a second. Twenty-two years of ploughing at "
            "night. Underneath the paycheque, what was that about for you?",
            "Client: Getting people where they needed to go, I guess. The nurses going in for the early shift. The "
            "school bus out to Takhini. Nobody thinks about the plough until it isn't there.",
            "Therapist: Being the guy who keeps the road open for people.",
            "Client: Yeah. Being useful to folks who don't even know my name. That's it right there.",
            "Therapist: So if that's what matters, being useful in a quiet way, keeping things open for people, where "
            "could that live for the next six months, with no driving at all?",
            "Client: The Legion needs somebody to keep the ramp and the walks clear. And Marg next door is eighty-one "
            "and her woodpile's a disaster, half of it's under the snow.",
            "Therapist: Both of those are the same thing you loved about the plough, just a smaller road. Which one "
            "could you put into this week, and when exactly?",
            "Client: Marg's woodpile. Tuesday and Friday, early, half six. I'm up anyway.",
            "Therapist: Tuesday and Friday, six-thirty, Marg's woodpile. Write it on the calendar on the fridge like "
            "it's a shift. And the Legion?",
            "Client: I'll phone Ron about the ramp on Saturday when he's in for the meat draw.",
            "Therapist: Good. That's your week, and I'm not going to ask you for a report on it. If the useless "
            "thought shows up out there, it can ride along.",
            "Client: One more thing. The Keppra makes me foggy as heck. I was thinking of just skipping the night one.",
            "Therapist: Please don't change it on your own. Call the neurology clinic and ask them about the fog, "
            "that's their call to make, not mine.",
            "Client: Yeah, alright. Tuesday, Marg's woodpile.",
        ),
        techniques=frozenset({"behavioral_activation", "relaxation_mindfulness", "values_clarification"}),
    ),
    # Lyon: DBT individual session in English with a nineteen-year-old English pastry apprentice after a chef shouted.
    # Labels: diary card read, urges asked and the steps, paced breathing, DEAR MAN, therapist plays chef, card again.
    "blind22/pastry_apprentice_dbt_lyon.txt": LabelledSession(
        text=_session(
            "Therapist: Hi Chloe. Let's start where we always start. Have you got your card from the week?",
            "Client: Yeah. It's a bit crumpled, it was in my apron pocket. I filled it in most nights, I missed "
            "Sunday.",
            "Therapist: Six nights out of seven, that's good going. Let's look. Monday to Wednesday your sadness is a "
            "two, urges to cut are zero. Then Thursday it jumps. Sadness five, shame five, urge to cut a four. What "
            "happened Thursday?",
            "Client: Chef Bernard screamed at me in front of the whole brigade because the choux collapsed. He called "
            "me useless in French and then in English so I'd definitely understand. I went in the walk-in and just "
            "stood there.",
            "Therapist: That sounds humiliating. I need to ask plainly, because the four is there: did you cut, or do "
            "anything else to hurt yourself, Thursday or since?",
            "Client: No. I wanted to. I went home and my flatmate was eating her CBD gummies and offered me one and I "
            "said no and went to bed.",
            "Therapist: OK. Is the urge there right now, in the room?",
            "Client: A one maybe. It's fine now.",
            "Therapist: Thank you for telling me straight. Let's go back to the plan we made in week one for a night "
            "like that. When the urge goes past a three, what's step one?",
            "Client: Cold water on my face, hold my breath, then ring my mum or text Jess. If it's really bad, the "
            "SOS Amitie number's in my phone, or the emergency one, fifteen.",
            "Therapist: And the blades are still at Jess's?",
            "Client: Yeah, she's got them.",
            "Therapist: Good. Let's add one thing to step one, because you were in the walk-in and couldn't splash "
            "water there. Breathe with me now. In through the nose for four... and out slowly through the mouth for "
            "six, longer out than in. Again. In for four... out for six. Slower than feels natural. Once more.",
            "Client: OK. That's actually... my shoulders came down a bit.",
            "Therapist: That long breath out is something you can do in a walk-in freezer with nobody knowing. Now "
            "the other part. You've said before you'd like to say something to Bernard. Let's build it with DEAR MAN. "
            "Describe just the facts, express how it was for you, assert what you want, reinforce what's in it for "
            "him. What are the facts?",
            "Client: On Thursday you shouted at me in front of everyone when the choux went wrong.",
            "Therapist: Good, no adjectives. Express?",
            "Client: I felt embarrassed and I couldn't think, and I made more mistakes after that.",
            "Therapist: And what do you want from him?",
            "Client: If I get something wrong, tell me at the end of service, on my own, and tell me what to fix.",
            "Therapist: And the reinforce, what does he get out of it?",
            "Client: He gets choux that doesn't collapse, because I can actually hear him.",
            "Therapist: Perfect. Now I'll be Bernard, and I'm going to be difficult. Ready? (as Bernard) 'Chloe, I "
            "have forty covers in ten minutes, what is it?'",
            "Client: Chef, can I have two minutes after service? It's about Thursday.",
            "Therapist: (as Bernard) 'Thursday? I shout at everybody. It is a kitchen, not a creche.'",
            "Client: I know it's a kitchen. When you shout in front of everyone I can't think and I make more "
            "mistakes. If you tell me after service what to fix, I'll fix it.",
            "Therapist: (stepping out) You kept your voice level and you didn't apologise once. How did that feel?",
            "Client: Terrifying. But less terrifying the second time.",
            "Therapist: So for next week: the card every night, including Sunday, and say it to Bernard once if the "
            "moment comes. Put a tick on the back of the card if you do, and we'll go through both on Wednesday.",
            "Client: Card every night, Bernard if I get the chance. OK.",
        ),
        techniques=frozenset(
            {"assertiveness_training", "breathing_exercise", "homework", "journaling", "role_play", "safety_planning"}
        ),
    ),
    # Bulawayo: clinic nurse using motivational interviewing with a long-distance truck driver after a liver test.
    # Labels: what the beer gives and costs, the father he wants to be, two Castles and none at Beitbridge.
    "blind22/truck_driver_drinking_bulawayo.txt": LabelledSession(
        text=_session(
            "Therapist: Mr Ncube, sit, sit. You got the message about the blood results?",
            "Client: My wife read it to me on the phone. She says my liver is finished. I'm not a drunkard, sister. I "
            "drive Bulawayo to Joburg and back, I don't drink on the road. Never.",
            "Therapist: You're careful on the road. It matters to you that nobody calls you a drunkard.",
            "Client: Yes! It's only rest days. When I'm home three days, the guys are at the bottle store by the "
            "rank, you sit, you talk, you drink. That's all.",
            "Therapist: The liver number is raised, not finished. I'm not going to lecture you, you've heard enough "
            "of that from your wife I think.",
            "Client: (laughs) Too much. Her pastor also is praying for me now, every Sunday my name.",
            "Therapist: Let me ask it the other way. What do you get out of those rest-day evenings at the bottle "
            "store? The good side.",
            "Client: Friends. Ten days alone in the cab, no one to talk to except the radio. At the bottle store I'm "
            "a person again. And I sleep after. In the truck I don't sleep well.",
            "Therapist: So company, being a person again, and sleep. Those are real. And the other side, what does it "
            "cost you?",
            "Client: Money. Maybe four hundred rand a rest day, when I'm buying for people. My head on the first day "
            "back on the road, I'm bad until Plumtree. And my wife is cross. And now this liver thing.",
            "Therapist: When you put the two sides next to each other, the company and the sleep on one side, and the "
            "money, the first day on the road, your wife, the liver on the other, what do you notice?",
            "Client: The good side is all in the evening. The bad side goes on for days.",
            "Therapist: You said that, not me. Can I ask what kind of man you want your son to see when you come home "
            "after ten days away?",
            "Client: A father who is there. Thabo is eleven. He plays soccer Saturday mornings and I'm always still "
            "sleeping. My own father was never there, he was in the mines in Jo'burg, we saw him at Christmas.",
            "Therapist: Being a father who is there on Saturday mornings. That seems to matter a lot.",
            "Client: It's the main thing. Why else am I driving?",
            "Therapist: What would you want to do about the drinking, if anything? It's your decision.",
            "Client: I don't want to stop seeing the guys. But maybe two Castles, not eight. And nothing the night "
            "before Beitbridge, that border takes six hours and I need my head.",
            "Therapist: Two beers on a rest-day evening, none the night before you leave for the border. And Saturday?",
            "Client: Thabo's game at nine. I'll be there.",
            "Therapist: That's clear. We'll repeat the blood test in three months and see what the liver says.",
            "Client: And my brother says I must go to AA like he did. I'm not going to church basements.",
            "Therapist: That's his road. You've chosen yours for now.",
        ),
        techniques=frozenset({"goal_setting", "pros_and_cons", "values_clarification"}),
    ),
    # Busan: family centre counsellor, solution-focused, with a hairdresser going back to her salon after leave.
    # Labels: the morning after the miracle, one point up from four; the bride in the typhoon and the regulars.
    "blind22/hairdresser_return_busan.txt": LabelledSession(
        text=_session(
            "Therapist: Jiyoung-ssi, what would you like to be different by the time you walk out of here today?",
            "Client: I go back to the salon on the first of next month. After fourteen months with the baby. My hands "
            "have forgotten. I had a dream that I cut a customer's ear.",
            "Therapist: So coming back in with steady hands is what you'd like.",
            "Client: Steady hands. And not feeling like a student again in my own salon. My sister-in-law gave me a "
            "book about affirmations, say 'I am confident' in the mirror every morning. I feel stupid doing it.",
            "Therapist: Let me ask you a strange question. Tonight you go to sleep, and while you're sleeping, "
            "something like a miracle happens, and the thing you're worried about is sorted. But you were asleep, so "
            "you don't know. It's the first morning back at the salon. What's the first thing you notice that tells "
            "you it happened?",
            "Client: Hmm. I would unlock the door and I would not check my phone for the baby ten times. I'd put on "
            "the music, the old playlist. I'd lay out my scissors in order like I used to.",
            "Therapist: The playlist, the scissors in order. What else?",
            "Client: When Mrs Park comes in at ten, she always comes first on a Tuesday, I'd ask about her grandson "
            "and start cutting while I talk. Not think about each cut.",
            "Therapist: Who would notice first that something was different about you?",
            "Client: Minji, my junior. She would stop looking at me with the worried face.",
            "Therapist: On a scale where ten is that morning and zero is the worst it's been, where are you today?",
            "Client: Four. Maybe four.",
            "Therapist: Four, not zero. What's already there that makes it a four?",
            "Client: I cut my husband's hair last week and it was fine. He said it was fine. And I've kept my licence "
            "up.",
            "Therapist: Has there been a time before when you had to come back from something and your hands came "
            "back?",
            "Client: After I burned my wrist on the straightener, I was out for three weeks. And the day of the "
            "typhoon in 2020, the power went out and I finished a bride's updo with a torch in my mouth. She cried, "
            "she was so happy.",
            "Therapist: A bridal updo with a torch in your mouth during a typhoon. How did you manage that?",
            "Client: I just didn't stop. I knew the shape already, my hands knew.",
            "Therapist: So your hands kept the shape with no light at all. And the regulars, how long have they "
            "followed you?",
            "Client: Mrs Park, eleven years. Three of the ajummas followed me from my first salon in Seomyeon.",
            "Therapist: People don't follow a hairdresser across the city for eleven years by accident. So, from "
            "four, what would five look like? Something small that would tell you you'd moved one point.",
            "Client: Going into the salon once before the first day. Laying out my scissors. Maybe doing Minji's "
            "fringe.",
            "Therapist: Which day could that be?",
            "Client: Thursday, when my mother has the baby. I'll go in at two.",
            "Therapist: Thursday at two, scissors out, Minji's fringe. That would be a five.",
        ),
        techniques=frozenset({"goal_setting", "strengths_review"}),
    ),
    # Leipzig: schema therapist with a church organist who feels sick when the choir director does not answer.
    # Labels: the abandonment alarm explained, the unanswered email and the hospital visits, chair for little Jonas.
    "blind22/organist_emails_leipzig.txt": LabelledSession(
        text=_session(
            "Therapist: Jonas, you look pale today. What's happening?",
            "Client: I sent Frau Weber the plan for the Advent concert on Sunday. It's Wednesday. Nothing. I've "
            "checked my email, I don't know, forty times? Last night I was sure she wants someone else for the organ. "
            "I was nearly sick.",
            "Therapist: Forty times. And in your body, now, telling me?",
            "Client: Here, in my stomach. And cold hands, which for an organist is a disaster.",
            "Therapist: Can I draw something on the paper for you? We talked about schemas in the first sessions. One "
            "way to think of it: a schema is like an old alarm that was wired in when you were small, to protect you "
            "from something that really did happen then. Yours seems to be wired for being left. It goes off at full "
            "volume when there's silence from someone who matters, even when the silence has an ordinary reason.",
            "Client: Like that she's busy with the nativity play.",
            "Therapist: Exactly. The alarm doesn't know about nativity plays. Now, when you sat at the laptop last "
            "night, checking, how old did you feel?",
            "Client: (long pause) Seven. Maybe eight.",
            "Therapist: What was happening when you were seven?",
            "Client: My mother was in the clinic in Dresden. The first time. My father said she'd be back at Easter, "
            "and then Easter came and she didn't. I used to stand at the window of the flat and watch the tram stop.",
            "Therapist: Watching the tram stop for someone who didn't come. And last night, watching the inbox.",
            "Client: (quietly) I didn't see that.",
            "Therapist: And here too, I noticed: when I moved our appointment last month, you sent me two emails the "
            "same evening apologising for things you hadn't done. I wonder if part of you was watching for me too.",
            "Client: Yes. I thought you were ending with me.",
            "Therapist: I'm not ending with you. Let's try something. This empty chair is seven-year-old Jonas at the "
            "window. What does he need to hear from grown-up Jonas, the one who plays Bach in front of four hundred "
            "people?",
            "Client: (to the chair) She... it's not your fault that Mama went. You didn't do anything wrong. You "
            "don't have to stand at the window all day. You can play.",
            "Therapist: Say it again, slower. And say what you'll do for him tonight.",
            "Client: You don't have to keep watch. I'll keep watch. Tonight we'll eat something proper and I'll close "
            "the laptop at eight.",
            "Therapist: How is it in the stomach now?",
            "Client: Warmer. Stupid, but warmer.",
            "Therapist: Not stupid. That's what he should have had then. You mentioned last time that your cantor had "
            "given you something for the nerves?",
            "Client: (laughs) Bach flower drops, he swears by them. And my old counsellor in Halle gave me a "
            "worry-time timetable that I never used.",
            "Therapist: We'll leave both where they are. The boy at the window is the one we work with.",
        ),
        techniques=frozenset({"insight_interpretation", "psychoeducation", "self_compassion"}),
    ),
    # Manila: EMDR preparation with a call-centre team leader after a jeepney she was riding crashed on EDSA.
    # Labels: why the crash still feels like now, the calm place at Lola's in Batangas, practised nightly to Friday.
    "blind22/team_leader_jeepney_crash_manila.txt": LabelledSession(
        text=_session(
            "Therapist: Good afternoon, Ria. Before we start anything with the memory, I want to explain what we'll "
            "do today and why. Is that OK?",
            "Client: Yes po. My tita says I should just do a novena and forget it. But I can't ride any jeep. I take "
            "Grab and it's eating my salary.",
            "Therapist: It's been four months since the crash. The way the brain usually works, a frightening memory "
            "gets filed away, like a file put in a cabinet. It becomes something that happened. Sometimes, when it's "
            "very sudden and very frightening, the filing doesn't finish. The memory stays on the desk, still raw, "
            "with the sounds and smells and the fear, so when you hear brakes on EDSA your body reacts as if it's "
            "happening now.",
            "Client: That's exactly it. The brakes. The smell of diesel. My heart goes crazy.",
            "Therapist: Later, in EMDR proper, we'll help the brain finish the filing. But first we need you to have "
            "a strong place to stand. So today, no memory work. Only building the calm place. Is there somewhere, "
            "real or imagined, where you feel completely safe?",
            "Client: My Lola's house in Batangas. The porch in the morning.",
            "Therapist: Close your eyes if that's comfortable. You're on Lola's porch. What can you see?",
            "Client: The mango tree. The chickens. The road that's only dirt.",
            "Therapist: What can you hear?",
            "Client: Roosters. The radio from the kitchen, AM radio, Lola's drama.",
            "Therapist: And smell?",
            "Client: Garlic rice. And the smoke from the neighbour burning leaves.",
            "Therapist: Notice where in your body you feel the calm of that porch.",
            "Client: My chest. It's loose. And my hands are warm.",
            "Therapist: Stay with the loose chest and the warm hands. Let's give the place a word, one word that "
            "brings you back there.",
            "Client: Kape. Because Lola always gives me coffee.",
            "Therapist: Kape. Now open your eyes, look at the room, and say 'kape' to yourself and see if the porch "
            "comes back.",
            "Client: It does. A little, but it does.",
            "Therapist: Here's what I'd like before Friday. Once every night, before you sleep, go to Lola's porch "
            "for two or three minutes and use the word. Write down on your phone how strong it was, zero to ten. On "
            "Friday we'll look at those together, and only when the porch is strong will we go near the crash.",
            "Client: Every night, the porch, kape, and the number.",
            "Therapist: Yes. And your officemate's melatonin, please don't take hers; if sleep stays bad, see your "
            "own doctor.",
            "Client: I saw on TikTok the tapping thing, the butterfly. Is that what we'll do?",
            "Therapist: Not yet. First the porch.",
        ),
        techniques=frozenset({"homework", "psychoeducation", "relaxation_mindfulness"}),
    ),
    # Seattle: couples therapist with two husbands who adopted a seven-year-old and fight over bedtime.
    # Labels: 'I feel, about, I need' instead of 'you always', bedtime problem and options, Thursday pick, check-ins.
    "blind22/adoptive_dads_bedtime_seattle.txt": LabelledSession(
        text=_session(
            "Therapist: Marcus, Tomas, welcome back. Last week ended on bedtime. Where are we?",
            "Client: (Marcus) Worse. Tuesday Tomas let her watch another episode at eight-thirty and I lost it. In "
            "front of Lily. Which I hate that I did.",
            "Client: (Tomas) You always make me the bad guy. You always swoop in with the rules.",
            "Therapist: Let me stop us there, kindly. I hear 'you always' from both sides, and I notice both of you "
            "brace when it's said. Can we try a different way of starting? Three parts: 'I feel', 'about', 'and I "
            "need'. No 'you always'. Marcus, you first, about Tuesday.",
            "Client: (Marcus) I feel... scared, honestly, about bedtime sliding, because she didn't sleep for a year "
            "before she came to us. And I need us to be on the same page before I'm standing in her doorway.",
            "Therapist: Tomas, what did you hear?",
            "Client: (Tomas) That he's scared. Not that he thinks I'm a bad dad. I didn't hear scared before.",
            "Therapist: Your turn, same three parts.",
            "Client: (Tomas) I feel left out about bedtime, because Marcus has a system and I don't know it. And I "
            "need to be part of deciding it, not just told.",
            "Therapist: Good. Now let's treat bedtime as a problem on the table between you, not a problem with each "
            "other. What exactly is the problem?",
            "Client: (Marcus) Lights out keeps moving. Anywhere from eight to nine-thirty.",
            "Therapist: Ideas for what could change. All of them, silly ones too, don't judge yet.",
            "Client: (Tomas) Fixed lights out at eight-fifteen. A chart on her door. One episode before bath, not "
            "after. The parent who does dinner doesn't do bedtime.",
            "Client: (Marcus) Or alternate nights. Or just me doing all of them, which I'd resent.",
            "Therapist: Go through them. Which would actually work in your house?",
            "Client: (Tomas) Episode before bath, lights out eight-fifteen, and whoever cooks is off bedtime.",
            "Client: (Marcus) I can live with that. Tomas cooks Monday, Wednesday, Friday.",
            "Therapist: Then Thursday is the first night to try it. One more piece: ten minutes each evening after "
            "she's asleep, on the couch, phones down, each of you gives one 'I feel, about, I need' from the day. Can "
            "you both do that every evening until we meet next Tuesday?",
            "Client: (Tomas) Yes. Ten minutes.",
            "Client: (Marcus) Yes.",
            "Therapist: We'll start next week with how the check-ins and the new bedtime went.",
            "Client: (Tomas) My sister keeps sending us a parenting podcast, and Marcus has his meditation app. Do we "
            "need those?",
            "Therapist: Not for this. Bring me the check-ins.",
        ),
        techniques=frozenset({"assertiveness_training", "homework", "problem_solving"}),
    ),
    # Kuching, Sarawak: diabetes distress group at a clinic, week three, a longhouse farmer, a shopkeeper, a teacher.
    # Labels: stress raises sugar too, not weakness; Gawai food problem and the plan; the WhatsApp buddies.
    "blind22/diabetes_distress_group_kuching.txt": LabelledSession(
        text=_session(
            "Therapist: Selamat petang, everyone. Last week Pak Ahmad asked why his sugar goes up even on days he "
            "eats right. I promised I'd answer. Shall I start there?",
            "Client: (Ahmad) Please. I ate only fish and vegetables on Sunday. Twelve point four. I felt like a liar.",
            "Therapist: You're not a liar. When we're stressed or not sleeping, the body releases hormones like "
            "cortisol and adrenaline, and those tell the liver to push more sugar into the blood, ready for a fight. "
            "So a worried day can raise the reading even with perfect food. It's biology, not weakness.",
            "Client: (Ahmad) Sunday I was marking forty exam papers and my son had a fever.",
            "Therapist: There you go. The glucometer doesn't only measure your plate.",
            "Client: (Mdm Lim) Same for me when the shop rent went up. I thought I cheated without knowing.",
            "Therapist: Many people feel ashamed of the numbers. Shame makes people stop testing, and then things get "
            "worse. Now, Mr Jugah, you said Gawai is coming.",
            "Client: (Jugah) First of June. At the longhouse everyone brings food, tuak, cakes. If I refuse, my uncle "
            "is offended. Last year my sugar was over twenty for a week.",
            "Therapist: Let's work on that together as a group. First, what exactly is the problem?",
            "Client: (Jugah) Three days of food and tuak, and I can't refuse without shaming the family.",
            "Therapist: Good. Everyone, ideas. Any idea, we'll sort them after.",
            "Client: (Mdm Lim) Eat before you go, so you're not hungry.",
            "Client: (Ahmad) Take one cake but eat half. Nobody counts.",
            "Client: (Jugah) Tell my uncle the doctor says only one glass of tuak. He respects doctors.",
            "Therapist: Also walking to every bilik to greet people, which is Gawai anyway. And testing morning and "
            "night those three days. Mr Jugah, which of these fit you?",
            "Client: (Jugah) Eat first at home, one glass of tuak with the doctor's name, and walk the whole ruai to "
            "greet. Test morning and night.",
            "Therapist: Who at the longhouse could help you keep to it?",
            "Client: (Jugah) My wife. And my cousin Linggi, he also has sugar.",
            "Therapist: Good. And here, I wonder if you three would like to be each other's buddies between weeks. A "
            "small WhatsApp group, one message after the weekend: how was it.",
            "Client: (Mdm Lim) Yes. My children are in KL, nobody here asks me.",
            "Client: (Ahmad) My nephew says use the keto app, no rice at all. Is that right?",
            "Therapist: Talk to the dietitian before cutting rice out completely. Let's do the WhatsApp group now "
            "before we forget.",
        ),
        techniques=frozenset({"problem_solving", "psychoeducation", "social_support"}),
    ),
    # Stanley, Falkland Islands: CBT by video from Bristol with a new primary teacher sure parents talk about her.
    # Labels: for and against 'they all think I'm hopeless', two hellos at the West Store tested, record to Thursday.
    "blind22/new_teacher_parents_stanley.txt": LabelledSession(
        text=_session(
            "Therapist: Morning Hannah, or afternoon for you. Can you see me? The delay is about a second today.",
            "Client: Got you. Yes, it's half one here and blowing a gale.",
            "Therapist: You said in your email there'd been a bad week.",
            "Client: Parents' evening. Only nine of twenty-two came. I'm sure the rest didn't come because they've "
            "already decided I'm hopeless. It's a town of two thousand people. Everybody talks at the West Store.",
            "Therapist: Let's take that thought seriously: 'the parents all think I'm hopeless'. How much do you "
            "believe it, right now, out of a hundred?",
            "Client: Eighty.",
            "Therapist: What's the evidence for it? Be fair to the thought.",
            "Client: Thirteen families didn't come. Mrs Clifton didn't say hello at the FIC on Saturday. And one of "
            "the dads asked why the class isn't doing long division yet.",
            "Therapist: And evidence that doesn't fit, or other ways of seeing those things?",
            "Client: Well. It's shearing season, half the families are out on Camp, on farms, they literally can't "
            "get to town. Mrs Clifton might not have seen me, she had the twins. The long division dad said thank you "
            "at the end. And Mrs Betts sent a card after the Liberation Day play.",
            "Therapist: Put all of that side by side. How much do you believe 'they all think I'm hopeless' now?",
            "Client: Maybe forty. It still feels true in my stomach though.",
            "Therapist: That's fair, stomachs are slow. So let's test it rather than argue. What do you predict would "
            "happen if you said hello first to two parents at the West Store this week?",
            "Client: They'd be polite but cold. Quick hello, look away.",
            "Therapist: How would you know it was cold? What would you actually see?",
            "Client: If they didn't stop. If they didn't say anything about their child.",
            "Therapist: Good, that's something you can check. So: two parents, you say hello first, and afterwards "
            "you write down what you predicted, what actually happened, and how much you believe the thought "
            "afterwards.",
            "Client: OK. Saturday morning, the store is rammed on Saturdays.",
            "Therapist: Send me the write-up before Thursday's call and we'll look at it together.",
            "Client: My mum said I should just journal it all out. And I had a CBT app at uni that I never opened.",
            "Therapist: Let's stick to the two hellos. Thursday, same time.",
        ),
        techniques=frozenset({"behavioral_experiment", "evidence_examination", "homework"}),
    ),
    # Launceston, Tasmania: night text chat with a widowed 71-year-old orchardist typing on his grandson's tablet.
    # Labels: risk asked, the night plan and Lifeline, daughter Karen and the Men's Shed. Not: tapes, tablets.
    "blind22/orchardist_night_chat_launceston.txt": LabelledSession(
        text=_session(
            "Client: HELLO IS THIS THE CHAT. MY GRANDSON SET IT UP. I DONT KNOW HOW TO TURN OFF THE CAPITALS",
            "Therapist: Hi, yes, you're in the right place, and the capitals are fine, I can read them. I'm Sam. "
            "What's keeping you up tonight?",
            "Client: JUNE DIED IN MARCH. 49 YEARS. THE HOUSE IS TOO QUIET AFTER THE NEWS FINISHES. SOLD THE APPLES TO "
            "A BIG MOB FROM HOBART SO I DONT EVEN HAVE THE TREES",
            "Therapist: That's a lot of losing in one year. June, and the orchard too. I'm really sorry.",
            "Client: YEAH",
            "Therapist: Can I ask you something I ask everyone who's going through a time like this? Are you having "
            "thoughts of ending your life, or of not wanting to be here?",
            "Client: NOT DOING ANYTHING. SOMETIMES I THINK ID NOT MIND NOT WAKING UP. THATS ALL",
            "Therapist: Thank you for telling me straight. Have you thought about how, or made any plan?",
            "Client: NO. JUNE WOULD KILL ME. HA",
            "Therapist: Ha. Sounds like she'd have something to say. Are there guns or stockpiled pills in the house?",
            "Client: SOLD THE GUN WITH THE ORCHARD. GP GAVE ME SLEEPING PILLS BUT I DONT LIKE THEM",
            "Therapist: OK. Let's make a little plan for nights like this. When the not-waking-up thought gets "
            "louder, what tells you it's getting worse?",
            "Client: WHEN I DONT GET DRESSED. WHEN I DONT FEED THE DOG TILL LUNCH",
            "Therapist: Those are good warning signs to know. What helps, even a little, on those nights?",
            "Client: JUNE'S RELAXATION TAPES, SHE HAD DOZENS. NO I CANT LISTEN TO HER VOICE. THE DOG HELPS. WALKING "
            "HIM DOWN TO THE RIVER",
            "Therapist: The dog and the river. And who could you ring? Who's around?",
            "Client: KAREN MY DAUGHTER IN DEVONPORT. SHE RINGS SUNDAYS. I DONT WANT TO BOTHER HER",
            "Therapist: I'd guess Karen would far rather be bothered than not know. Would you be willing to tell her "
            "how the nights are? Not just Sundays.",
            "Client: MAYBE. SHE WORRIES",
            "Therapist: She's probably already worrying. Is there anywhere men your age get together in town?",
            "Client: MENS SHED IN INVERMAY. RON KEEPS ASKING ME. THEY FIX BIKES FOR KIDS",
            "Therapist: A man who kept an orchard going for fifty years would be handy there. If the thought ever "
            "gets stronger, or you start to plan, please ring Lifeline on 13 11 14 any hour, or 000 if you're in "
            "danger. Would you write those on the fridge?",
            "Client: ILL GET THE GRANDSON TO PUT THEM IN BIG LETTERS. LIKE THIS. HA",
            "Therapist: Perfect. So tonight: the dog, the river in the morning, Karen, Ron at the Shed, and Lifeline "
            "if it gets worse. How are you feeling now?",
            "Client: BIT BETTER. TIRED. THANKS SAM",
        ),
        techniques=frozenset({"safety_planning", "social_support"}),
    ),
    # Generated chat with markdown headings: an AI assistant and a cabin crew member in Abu Dhabi who panics in bumps.
    # Labels: the alarm explained, 4-in 6-out in the jump seat, worst/best/likely, a log with columns. Not: Xanax.
    "blind22/ai_flight_attendant_turbulence.txt": LabelledSession(
        text=_session(
            "Client: I'm cabin crew, eight years, based in Abu Dhabi. Since a bad bump over the Bay of Bengal in "
            "September I panic every time the seatbelt sign pings. Heart racing, can't breathe, sure we're going "
            "down. Our airline runs a fear of flying course for passengers, which feels like a joke for crew. I'm "
            "embarrassed. Why is this happening after eight years?",
            "Therapist: That sounds exhausting, especially in a job where you're meant to be the calm one, and "
            "there's nothing to be embarrassed about. ## What's happening in your body - **Panic is an alarm, not a "
            "verdict.** After one frightening event the brain can tag the seatbelt ping as a danger signal and fire "
            "adrenaline before you've even had a thought. - **The symptoms are the alarm itself:** a racing heart, "
            "fast shallow breathing and a sense of doom are what adrenaline does. They peak and pass, usually within "
            "ten minutes. - **Avoiding and checking keep it going,** because the brain never gets to learn that the "
            "ping was survivable. - **It's common after eight years:** one vivid event can outweigh thousands of calm "
            "ones.",
            "Client: OK that makes sense. But what do I actually do in the moment? I'm strapped into a jump seat "
            "facing 150 passengers.",
            "Therapist: ## A breath you can do in the jump seat - Breathe in gently through your nose for a count of "
            "**4**. - Breathe out slowly through slightly pursed lips for a count of **6**. - Keep going for two "
            "minutes; the longer out-breath slows the heart. - Keep your face neutral and your hands on your thighs. "
            "Nobody will notice you doing it. Try a round now, while you're reading this, so it's familiar before the "
            "next flight.",
            "Client: Did it. My heart did slow down a bit. The problem is my brain still screams that this is the one.",
            "Therapist: ## Looking at the fear head-on - **Worst case:** what is the worst you picture when the bump "
            "comes? - **Best case:** what's the best outcome? - **Most likely:** based on eight years and thousands "
            "of bumps, what usually happens? - **Coping:** if the worst-feeling thing happened, what would you do?",
            "Client: Honestly the worst case in my head is the wing coming off. The likely one is coffee on my shoes.",
            "Therapist: That's a very clear way of putting it. - **Worst:** the wing coming off. Wings are tested far "
            "beyond any turbulence you'll meet in service. - **Best:** a smooth sector, no ping at all. - **Most "
            "likely:** coffee on your shoes and a bumpy ten minutes. - **If it's bad:** seatbelt on, secure the cart, "
            "breathe 4-in 6-out, talk to the passenger beside you. You're trained for exactly that.",
            "Client: Should I write any of this down? I'm a list person.",
            "Therapist: ## A simple log after each sector | Situation | Automatic thought | Fear (0-100) | More "
            "balanced thought | Fear after | |---|---|---|---|---| | Ping over Muscat | 'This is it' | 85 | 'Moderate "
            "chop, I've had two thousand of these' | 40 | - Fill in one line after any sector where the fear showed "
            "up. - Over a few weeks many people see the first fear number come down.",
            "Client: A colleague offered me one of her Xanax for the next rotation. Thoughts?",
            "Therapist: Please don't take medication prescribed for someone else, especially on duty; that's a "
            "conversation for your aviation medical examiner.",
            "Client: Fair. Thanks, this is more useful than I expected.",
            "Therapist: I'm glad it helped. Safe flying.",
        ),
        techniques=frozenset({"breathing_exercise", "decatastrophizing", "psychoeducation", "thought_record"}),
    ),
    # Columbus, Ohio: behavioral health clinician with a Somali grandmother afraid to leave home, via an interpreter.
    # Labels: fear grows when we avoid, door-to-bus ladder with Hodan, two steps to next Tuesday, the Thursday circle.
    "blind22/somali_grandmother_bus_columbus.txt": LabelledSession(
        text=_session(
            "Therapist: Hooyo Faadumo, thank you for coming. Mr Abdi will interpret everything I say and everything "
            "you say. How have the weeks been since last time?",
            "Client: [interpreted from Somali] Since the man shouted at me on the bus in January, I don't go out. My "
            "granddaughter Hodan brings the groceries. My son reads Qur'an for me. I pray. But I sit in the apartment "
            "like a prisoner.",
            "Therapist: Being shouted at like that is frightening and wrong. I want to explain something about fear. "
            "When something scares us, staying away feels safer. But every time we stay away, the fear learns that "
            "outside is dangerous, and it grows a little bigger. When we go back in small steps, and stay long "
            "enough, the fear learns the opposite, and it shrinks.",
            "Client: [interpreted from Somali] So my hiding makes it worse.",
            "Therapist: It makes sense that you hid. And now we can teach the fear something new, slowly, with you in "
            "charge. Can we make a ladder together, from the easiest step to the hardest? How scary is each, from "
            "zero to ten?",
            "Client: [interpreted from Somali] Standing outside the building door: four. Walking to the Somali store "
            "on the corner with Hodan: five. Alone: seven. Standing at the bus stop: eight. Riding the bus one stop "
            "with Hodan: nine. Riding the number 10 to the mosque alone: ten.",
            "Therapist: That's a clear ladder. We start at the bottom. Standing outside the door, and staying there "
            "until the fear goes down by about half, even if that takes fifteen minutes. Not going back in as soon as "
            "it rises.",
            "Client: [interpreted from Somali] And if my heart is beating?",
            "Therapist: Let it beat. It's the alarm, not danger. Notice the number, and stay until it drops.",
            "Client: [interpreted from Somali] I can do the door with Hodan.",
            "Therapist: Before next Tuesday, could you stand outside the door three times, and walk to the corner "
            "store with Hodan once? Hodan can write the numbers down before and after, and we'll look at them "
            "together next Tuesday.",
            "Client: [interpreted from Somali] Yes. Hodan is good with writing.",
            "Therapist: One more thing. You told me before you miss the other women from Mogadishu. Ms Ayan runs a "
            "women's circle here at the clinic on Thursdays, tea and talking, and a van picks people up. Would you "
            "like me to ask her to call you?",
            "Client: [interpreted from Somali] I know Ayan's mother. Yes, she can call.",
            "Client: [interpreted from Somali] The pharmacist gave me sleeping tablets. Should I take two?",
            "Therapist: Please take them only as the doctor wrote. I'll mention the sleep to Dr Patel.",
        ),
        techniques=frozenset({"exposure", "homework", "psychoeducation", "social_support"}),
    ),
    # Lecce, Apulia: farmers' association counsellor listening to an olive grower whose trees died of Xylella.
    # No label: listening only. Not: daughter's mindfulness app, old counsellor's thought diary, 'no exercises'.
    "blind22/olive_grower_xylella_lecce.txt": LabelledSession(
        text=_session(
            "Therapist: Signor Greco, come in. Take whatever chair you like. I'm here to listen today.",
            "Client: Thank you. My English is from the years in Manchester, forgive me. My daughter made the "
            "appointment. She says papa you don't talk.",
            "Therapist: Your English is fine. Tell me whatever you'd like to tell me.",
            "Client: Four hundred trees. My grandfather planted some of them, some were three hundred years old. The "
            "bacteria came from the south, Gallipoli first, then us. They go grey. The leaves burn from the edge. And "
            "then the men from the region come and cut them.",
            "Therapist: You watched them go grey.",
            "Client: Every morning for three years I walked the rows. I knew which tree gave the most, which one was "
            "lazy. I named one after my wife because it was stubborn. (laughs) Now it's stumps. Stumps and dust.",
            "Therapist: Stubborn, like her.",
            "Client: She died in 2019. Before the trees. I'm glad she didn't see. Is that terrible to say?",
            "Therapist: It doesn't sound terrible. It sounds like you loved her.",
            "Client: My daughter put an app on my phone, mindfulness, a lady with a voice like a nurse. I listened "
            "once. Then I deleted it. And twenty years ago in Manchester there was a counsellor, after the factory "
            "closed, who gave me a diary with columns for thoughts. I used it to write football scores.",
            "Therapist: (smiles) I won't give you any exercises or any diaries. You can just talk.",
            "Client: Good. The young people say plant new varieties, the resistant ones, Leccino, Favolosa. Maybe. "
            "But they take eight years to give properly. I am seventy-four. You understand?",
            "Therapist: I understand. Eight years is a long time to wait at seventy-four.",
            "Client: And the mill. My cousin closed the mill. The whole village used to come in November, the smell "
            "of the new oil, bread with oil and salt. The children. Now November is silent.",
            "Therapist: November used to smell of new oil.",
            "Client: (long silence) Yes. Yes it did.",
            "Client: I don't know what I want from coming here. Maybe only to say it out loud to someone who isn't my "
            "daughter.",
            "Therapist: Then you've done that today. I'm here the same time next Wednesday, if you want to come back "
            "and say more.",
            "Client: Maybe. Maybe I come.",
        ),
        techniques=frozenset(),
    ),
    # Hamilton, Bermuda: employee assistance counsellor with a reinsurance claims analyst who wants to ask for a raise.
    # Labels: 'asking makes me greedy' reworked, the three-sentence ask, counsellor plays Nigel. Not: pastor, board.
    "blind22/claims_analyst_raise_hamilton.txt": LabelledSession(
        text=_session(
            "Therapist: Keisha, good to see you. You sounded fired up on the phone.",
            "Client: I found out the new guy, Canadian, eight months in, is on twelve thousand more than me. I've "
            "been there six years. I trained him on the cat models.",
            "Therapist: That's a hard thing to find out. What did you do with it?",
            "Client: Nothing. I went to church Sunday and the pastor preached on contentment and I thought, see, "
            "wanting more is greedy. My mother cleaned offices on Front Street for thirty years and never asked for a "
            "penny.",
            "Therapist: So there's a thought running: 'asking for more money makes me greedy.' Where did you learn "
            "that?",
            "Client: From her. From church. You're grateful for what you have.",
            "Therapist: Grateful and fairly paid can both be true at once. Let's look at 'greedy'. Is asking to be "
            "paid what the job is worth the same thing as greed?",
            "Client: When you put it like that, no. Greedy would be asking for more than it's worth.",
            "Therapist: And what do you think your mum would say if a woman she cleaned for was underpaid by twelve "
            "thousand dollars?",
            "Client: (laughs) She'd march into the office herself. She'd say don't let them take you for a fool.",
            "Therapist: So how could you put it in words that are fairer than 'greedy'?",
            "Client: Asking to be paid what the work is worth is just how it's done. I can be grateful and still ask.",
            "Therapist: Good. Now let's get the ask itself clear. Three sentences: what you do, what you want, and "
            "what you'd like to happen next. No apologising, no explaining the Canadian.",
            "Client: I've led the cat modelling for six years and trained two new analysts. I'd like my salary "
            "reviewed to match the market rate for this role. Can we set a meeting with HR before the April cycle?",
            "Therapist: That's clear and calm. Shall we try it out loud? I'll be Nigel. (as Nigel) 'Keisha, I've got "
            "five minutes before the London call, what's up?'",
            "Client: Um, sorry, I know you're busy, it's probably not a good time...",
            "Therapist: (stepping out) Notice the 'sorry' slipping in? Go again, straight to sentence one.",
            "Client: Nigel, I've led the cat modelling for six years and trained two analysts. I'd like my salary "
            "reviewed to the market rate. Can we set a meeting with HR before April?",
            "Therapist: (as Nigel) 'Budgets are tight this year, Keisha.'",
            "Client: I understand budgets are tight. I'd still like the review before April.",
            "Therapist: (stepping out) That's it. You repeated the ask without raising your voice or backing off. How "
            "did that feel?",
            "Client: Like my mother was standing behind me. My cousin says I should make a vision board for it. I "
            "think I'll just talk to Nigel.",
        ),
        techniques=frozenset({"assertiveness_training", "cognitive_restructuring", "role_play"}),
    ),
    # Chamonix: psychologist with a British mountain guide after a client broke an ankle in a crevasse on a glacier.
    # Labels: the ankle as a pie, what he'd say to a young aspirant guide. Not: bureau debrief, friend's ice baths.
    "blind22/mountain_guide_glacier_chamonix.txt": LabelledSession(
        text=_session(
            "Therapist: Tom, it's three weeks since the Vallee Blanche. How are you sleeping?",
            "Client: Badly. I keep seeing Marc's leg go through the snow bridge. The crack. I'm a guide, I'm supposed "
            "to read the snow. It's on me. A hundred percent.",
            "Therapist: A hundred percent. Can we check that number? Let me draw a circle here. If the accident were "
            "a pie, what were all the things that played a part?",
            "Client: Me, choosing the line. The snow bridge, obviously. It was warm, minus one at seven, which was "
            "warmer than forecast. Marc unclipped to take a photo, which I'd told him not to do twice. Two other "
            "parties had crossed that exact bridge an hour before.",
            "Therapist: Anything else?",
            "Client: The forecast. And luck, I suppose. Bad luck.",
            "Therapist: Let's give each one a slice. How big is the warm night and the forecast?",
            "Client: Twenty percent maybe.",
            "Therapist: The bridge itself, the hidden weakness nobody could see?",
            "Client: Twenty-five. It looked solid. It held two parties.",
            "Therapist: Marc unclipping after you'd told him twice?",
            "Client: Twenty. Maybe more, honestly, if he'd been clipped it would have been a bruise.",
            "Therapist: Luck?",
            "Client: Fifteen.",
            "Therapist: So what's left for your choice of line?",
            "Client: (pause) Twenty. Twenty percent. That's... a lot less than a hundred.",
            "Therapist: It's not nothing, and you don't need it to be nothing. But it's twenty, not a hundred. Now, "
            "imagine it's not you. It's a young aspirant guide you're mentoring, twenty-six, and this happened to "
            "him. Exactly the same. He's not sleeping and he says it's all on him. What do you say to him?",
            "Client: I'd say mate, you did what the mountain let you do. You chose a line two other parties had used. "
            "You briefed him twice. You got him out, splinted, and helicoptered in forty minutes. That's the job done "
            "well on a bad day.",
            "Therapist: Can you say some of that to yourself? Not all of it, just the bit you believe.",
            "Client: I got him out in forty minutes. That bit I believe.",
            "Therapist: Let that one be yours this week. And sleep: what would you give that young guide for the "
            "nights?",
            "Client: Tell him to stop sitting up with the avalanche bulletins till two. Eat something. Go for an easy "
            "run with his dog, not a hard one.",
            "Therapist: Would you give yourself the same?",
            "Client: I'll try. My mate Seb swears by ice baths for everything, and the bureau did a debrief that was "
            "mostly paperwork.",
            "Therapist: Those are theirs. The forty minutes are yours.",
        ),
        techniques=frozenset({"continuum_or_pie_chart", "self_compassion"}),
    ),
}
