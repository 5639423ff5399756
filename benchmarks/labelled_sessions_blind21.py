"""Blind test set 21 for the technique detector: fifteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 75 lines of
labelled_sessions_blind9.py, printed with `head -n 75` (interface, docstring conventions, labelling rules, the settings
set 9 used and the start of its dict; the rest of that file was not opened); the lines of labelled_sessions_blind10.py
to labelled_sessions_blind20.py that start with four spaces and a `#`, printed with `grep -n "^    # "` (only to see
which settings those sets used, so as to avoid them; nothing else of sets 10 to 18 or 20 was opened); the first 90 lines
of labelled_sessions_blind19.py, printed with `head -n 90` (its docstring, which fills those lines, and its import
line); the LabelledSession dataclass in labelled_sessions.py, printed with `grep -n "class LabelledSession" -A4`; each
catalog technique's code, name, family and description, printed by a python one-liner that loaded
sql/technique_catalog.json and printed only those four fields (it accepted either a list or a mapping with a techniques
key at the top level; synonyms, cues and every other field were never printed and the file was never opened otherwise);
and the line-length and target-version keys of the [tool.ruff] table of pyproject.toml, printed by a python one-liner
with tomllib. One slip, harmless: the grep output for sets 10 to 20 came back truncated in the middle (sets 14 to 17),
so the same grep was run again on labelled_sessions_blind14.py to labelled_sessions_blind17.py alone, piped through
`grep -v` to drop their Labels and No label comment lines and keep only the setting lines. Besides that it ran `date`
several times to keep to the time limit, made its scratch folder /tmp/s28g, and ran `test -e` on this module's own path
and `test -x` on .venv/bin/ruff and .venv/bin/mypy, to confirm that no file of this name existed yet and that the tools
were there (no directory was listed). It did not open the transforms package, the flows, the tests, the README, the docs
or any other benchmark, did not grep the repository beyond the commands above, used no search tool, ran no git command
and ran nothing of the product, its tests or any benchmark; the only other commands run against the project were the
import check of this module (importing it with PYTHONPATH set to /work/main, counting sessions, turns and labels,
checking that every label is one of the catalog codes printed above, copied by hand into the check, and never one of the
three codes that are not labelled, and comparing each text and label set with the hand-written source), ruff check, ruff
format and ruff format --check on this file alone, mypy on this file alone from /work/main as the brief asked, and awk
and head on this file alone to look for over-long lines and at its start. The module was emitted by a throwaway
generator in /tmp/s28g, outside the project, from session text written there by hand; before generating, a check run on
that source alone counted turns, confirmed every turn opens with 'Therapist:' or 'Client:' and is plain ASCII, and
measured the comment lines, after which one setting comment (Bergen) was shortened. The generator only split each turn
into implicitly concatenated string pieces to keep lines short, ruff format may then re-join pieces that fit on one
line, and the import check confirmed every text is identical to the source. The labels were set by hand in that source
before any check and were not touched by any generating or formatting step, and this docstring was written by hand and
wrapped with textwrap. The brief asked for about fourteen sessions; there are fifteen. No text was copied from any
corpus.

The settings were chosen to be unlike sets 9 to 20 and unlike each other, and the voices vary: a GP practice counsellor
in Llandrindod Wells, Powys, with a retired hill farmer waiting for a colonoscopy; a university chaplain in Leuven with
a Ghanaian theology master's student who no longer believes; a community occupational therapist's home visit in Rotorua
to a forestry faller off work after a chainsaw injury; a Sydney telepsychiatrist's fifteen-minute video medication check
with a council clerk in Broken Hill; a peer specialist in Pittsburgh with lived experience of psychosis and a young
barber three weeks out of hospital; a trauma-informed detached youth worker on a bench in Hull with a fifteen-year-old
excluded after a fight; a health centre counsellor in Bergen with a Syrian Kurdish mother through a Kurmanji
interpreter; an AI companion app in lower-case chat with a night-shift security guard in Phoenix who wants to start
nursing; a county cricket team psychologist in Taunton with a wicketkeeper whose dropped catch went viral; a hospice
social worker on a porch in Asheville with a daughter nursing her dying mother; a neighbourhood centre counsellor in
Kalgoorlie who only listens to a retired underground miner whose shift mate has died; an intake coordinator in Reno
moving a first appointment; a CBT psychologist in Ghent with a florist who panics on the ring road; an HIV clinic
counsellor in Gaborone with a young man who has not told his girlfriend; and a psychologist in Salzburg with a ski
instructor who has avoided chairlifts since one stopped in a storm. Most counsellors bring techniques in without naming
them ('if it is the worst thing, what is the worst you can see', 'if the loss was a pie', 'what would you say to her',
'I'll be Greg', 'feet down, three-two-one'). Lengths run from twenty-one to twenty-eight turns. Interpreted turns start
'Client: [interpreted from Kurmanji]', a counsellor playing a part marks it '(as Mrs Akhtar)', and the app chat opens
with the client's message.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises in
it. A client merely mentioning something (a Women's Institute relaxation CD, a flatmate's meditation app, a mother's
suggested yoga at the Y, a clinic injection, a husband's prayers and paracetamol, last week's breathing with the app, a
mother's advice to keep a diary, casseroles and a pastor's prayers, a daughter's mindfulness app, a friend who was given
journaling, a husband's beta blockers, an uncle's traditional doctor, a boss's schnapps), the counsellor merely asking
about a topic (sleep, nausea), advising something outside any technique (keeping up the hand therapist's exercises,
asking the school for a free interpreter, asking HR about insurance, asking the GP rather than taking a husband's
tablets, keeping tablets at nine) or saying a technique will not be done ('we won't do any of that today', 'not
tonight', 'no exercises', 'nobody is going to make you write anything or do breathing exercises') is not a label; a
nought-to-ten mood rating used only to measure is not labelled, while ratings inside a technique (the slice of the pie,
the fear ratings on the lift list, the belief in a prediction) are part of it. rapport_empathy, assessment and
session_structure are never labelled. Explaining how the problem or its treatment works (why week one on sertraline felt
worse, the jumpy alarm after a hard childhood, worry held as a band in the body, undetectable means untransmittable) is
psychoeducation; the brief set-up of the driving test and of the chairlift step belongs to those techniques. Asking
about risk with a plan for a bad night (Broken Hill) is safety_planning. Asking a brother plainly to come and do two
nights (Asheville) is assertiveness training and also a turn to family for support, so both are labelled. ``homework``
is labelled only when a task is explicitly agreed for before the next meeting and is to be reviewed (Rotorua, Ghent,
Salzburg); steps made without such a review (telling Glenys and ringing Bryn, the unsent letter nobody reads, texting
Andre, Thursday and Saturday for the NAV form, saying the words to Greg, telling Naledi on Sunday) are not homework. The
listening session in Kalgoorlie and the admin call in Reno carry no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match its
output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND21_SESSIONS: dict[str, LabelledSession] = {
    # Llandrindod Wells, Powys: GP practice counsellor with a retired hill farmer waiting for a colonoscopy.
    # Labels: worst/best/likely and coping, hand on belly and long out-breath, tell Glenys, ring Bryn. Not: WI CD.
    "bowel_screening_wait_powys": LabelledSession(
        text=_session(
            "Therapist: Come in, Emrys, take the chair by the radiator, it's the warm one. Dr Price said you'd "
            "rather see me here than have me out at the farm.",
            "Client: Aye. Glenys would only fuss if you came to the house. She doesn't know I'm here.",
            "Therapist: Right you are. What's brought you in, then?",
            "Client: That bowel test thing in the post. The one you do yourself on the toilet. It came back and "
            "now they want a camera up me. Three weeks Tuesday, in Builth.",
            "Therapist: And since the letter came?",
            "Client: Can't sleep. I'm lying there at three in the morning and I've buried myself. Funeral at "
            "Capel Seion, hymns, the lot. Who'll do the ewes. Glenys has some relaxing CD from the Women's "
            "Institute but I'm not lying there listening to whales.",
            "Therapist: That's a long road to walk at three in the morning. Can we walk it in daylight for a bit? "
            "If it is the worst thing, what is the worst you can see?",
            "Client: Cancer, and it's gone everywhere, and that's me done by lambing.",
            "Therapist: And the other end of it. The best that could come out of Builth?",
            "Client: That it's nothing. Piles. The nurse on the phone did say most of them turn out to be nothing.",
            "Therapist: And somewhere in between, going by what that nurse told you, what's the likeliest?",
            "Client: I suppose that it's a polyp or some such, and they snip it off. My brother had that. Bryn. "
            "He was back at the mart in a week.",
            "Therapist: And say it were the harder news. How would you get through it? What would you actually do?",
            "Client: I'd have to tell Glenys for a start. Our Gareth would take the sheep, he's half doing them "
            "anyway. I'd do what the doctors told me. I'm not a man to lie down.",
            "Therapist: So even at the bad end, there's a way you'd go at it.",
            "Client: There is. It doesn't feel like that at three o'clock, mind.",
            "Therapist: No. Can I show you something for those three o'clocks? Put a hand on your belly, there, "
            "under the waistcoat. Breathe in slow through your nose so the hand lifts, then out through your "
            "mouth, longer than the in, like you're cooling a cup of tea. And again.",
            "Client: Like that?",
            "Therapist: Just like that. In for about four, out for about six. Let's do five of them together.",
            "Client: ... That's queer. My shoulders have come down.",
            "Therapist: That's what it's for. It won't take the worry away, but it can take the edge off enough "
            "that you drop off again. Now, Glenys. You said at the bad end you'd tell her. What about telling her "
            "now?",
            "Client: She'd worry herself sick.",
            "Therapist: She might. And she might be lying awake already wondering why you're up at three. Who's "
            "carrying this with you at the moment?",
            "Client: Nobody. Bryn would understand, I suppose, having had it.",
            "Therapist: Would you ring Bryn? And would Glenys want to be sat beside you in Builth, do you think?",
            "Client: She'd have my hide if she found out I went on my own. ... I'll tell her tonight. And I'll "
            "ring Bryn after chapel Sunday.",
            "Therapist: That sounds like a man who isn't lying down.",
            "Client: Diolch. I'll let myself out past the flu jab queue.",
        ),
        techniques=frozenset({"decatastrophizing", "breathing_exercise", "social_support"}),
    ),
    # Leuven: university chaplain with a Ghanaian theology master's student who no longer believes.
    # Labels: to be the one who sits with people, Thursdays, what he'd tell a young seminarian, unsent letter.
    "lost_faith_chaplain_leuven": LabelledSession(
        text=_session(
            "Therapist: Kwame, come in. The kettle has just boiled. Rooibos, or the terrible instant coffee?",
            "Client: Rooibos, thank you, Father. Sorry. You said I can call you Pieter.",
            "Therapist: Either is fine. You wrote in your email that there was something you couldn't say to "
            "anyone in your programme.",
            "Client: Yes. I don't think I believe any more. I sit in the exegesis seminar and take notes on the "
            "Gospel of Mark like it is a tax code. Nothing moves. And I am here on a scholarship from my diocese "
            "in Kumasi. They think they are training a priest.",
            "Therapist: That's a heavy thing to carry on your own through a Flemish winter.",
            "Client: Every Sunday I phone my mother and she asks if I have been to Mass. I say yes. Sometimes it "
            "is true. My flatmate says I should try his meditation app. As if an app fixes God.",
            "Therapist: I'm not going to argue you back into belief, and I'm not going to hand you a reading "
            "list. But I'd like to ask something else. Take God out of the room for a minute, if you can. When "
            "you were a boy and decided on the seminary, what did you hope your life would be for?",
            "Client: (long pause) To be useful. My uncle was a catechist in the village. People came to him when "
            "a child was sick, when a marriage was breaking. He sat with them. I wanted to be the man who sits "
            "with people.",
            "Therapist: And is that still true of you?",
            "Client: Yes. That has not moved at all. That is the strange part.",
            "Therapist: So the sitting with people is still yours, whatever is happening with the doctrine.",
            "Client: I suppose. I volunteer at the refugee centre on Thursdays. It is the only day I feel like myself.",
            "Therapist: What happens in you on Thursdays?",
            "Client: I am not pretending. I play draughts with an old Eritrean man who speaks no English and no "
            "Dutch. We laugh a lot.",
            "Therapist: Whatever you decide about ordination, that might be a compass worth trusting. What would "
            "it mean to choose your next step by the Thursday feeling rather than by the scholarship?",
            "Client: It frightens me. But it is clearer, yes.",
            "Therapist: You've called yourself a fraud three times since you sat down.",
            "Client: Because I am one. I take their money.",
            "Therapist: If a younger seminarian from your diocese came to you with exactly this, the doubt, the "
            "Sunday phone calls, what would you say to him?",
            "Client: I would tell him doubt is not theft. That he is allowed time. That he is not a bad man for "
            "being honest with himself.",
            "Therapist: Could you say some of that to Kwame?",
            "Client: (laughs) It is harder. But... I am not a thief. I am a man in a hard year.",
            "Therapist: One more thought. You said you can't pray any more. Some people find that writing down "
            "what they would have said in prayer, as a letter to no one in particular, or to God if God is there, "
            "lets them say it honestly. Would you want to try that, just for yourself? Nobody reads it, not even "
            "me.",
            "Client: A letter I don't send. Yes. I kept a notebook at the seminary. I could write in that one.",
            "Therapist: You don't need to bring it. My door is open on Tuesdays, whenever you want it.",
            "Client: Thank you, Pieter. The rooibos was good.",
        ),
        techniques=frozenset({"values_clarification", "self_compassion", "journaling"}),
    ),
    # Rotorua: community occupational therapist's home visit to a forestry faller off work after a chainsaw injury.
    # Labels: mower, creek with Tama and touch in the week, month and eight-week steps, ticks to Wednesday.
    "chainsaw_hand_ot_rotorua": LabelledSession(
        text=_session(
            "Therapist: Kia ora, Hemi. Mind if I sit at the table? Looks like the couch has got a permanent dent "
            "in it.",
            "Client: Ha. Yeah, that's my spot now. Kia ora.",
            "Therapist: Last time you said the days have got long. Walk me through yesterday.",
            "Client: Get up when the kids go to school. Couch. Telly. Maybe feed the dog. Couch. Missus gets home "
            "and I'm still on the couch and she gives me the look.",
            "Therapist: And how's your mood been through a day like that?",
            "Client: Rubbish. I feel like a waste of space. I was the fastest faller on the crew.",
            "Therapist: The hand therapist's got you on the putty and the tendon glides, yeah? Keep going with "
            "those exactly how she says, I'm not touching that. I'm interested in the rest of the day. What did a "
            "good Saturday look like, before the saw?",
            "Client: Eeling down the creek with my boy. Fixing stuff in the shed. Touch on Sunday with the "
            "cousins. Putting down a hangi for whoever turns up.",
            "Therapist: Which of those could a one-handed Hemi do some of this week?",
            "Client: Shed stuff, maybe. The mower's been busted for a year. I could strip it down with my right hand.",
            "Therapist: Choice. And the creek?",
            "Client: I can't throw a line. But Tama could. I could sit with him and bait up.",
            "Therapist: So let's put them into the week. Not 'when I feel like it', actual days. Which afternoon "
            "is the mower?",
            "Client: Tuesday. Missus works late Tuesdays.",
            "Therapist: Tuesday, two o'clock, mower, one hour. And the creek with Tama?",
            "Client: Thursday after school. And Saturday morning I'll turn up to touch and hold the water "
            "bottles. Don't laugh.",
            "Therapist: Not laughing. That's three things. Now the bigger picture. Where do you want to be by the "
            "time the surgeon signs you off?",
            "Client: Back on the crew, obviously.",
            "Therapist: That's the big one. The surgeon said maybe sixteen weeks, so let's break it up. What's a "
            "step that's realistic by the end of this month?",
            "Client: Drive myself to physio instead of getting dropped off. And have the mower going.",
            "Therapist: And eight weeks from now?",
            "Client: Maybe go out to the skid site for a morning, help the foreman with the paperwork. He offered.",
            "Therapist: Write those down here with me. End of the month: drive to physio, mower running. Eight "
            "weeks: a morning at the skid site. And for this week, tick this sheet each time you do the mower, "
            "the creek and touch. I'm back next Wednesday and we'll go over what got ticked and what didn't.",
            "Client: And if nothing gets ticked?",
            "Therapist: Then we look at what got in the way. No growling. Deal?",
            "Client: Deal. Tuesday, mower. Sweet as.",
        ),
        techniques=frozenset({"behavioral_activation", "goal_setting", "homework"}),
    ),
    # Broken Hill, NSW: Sydney telepsychiatrist's fifteen-minute video medication check with a council clerk.
    # Labels: why week one felt worse and when mood lifts, risk asked, Rob and the line. Not: no breathing today.
    "sertraline_check_broken_hill": LabelledSession(
        text=_session(
            "Therapist: Leanne, can you hear me alright? The picture's freezing a bit on my end.",
            "Client: You're a bit jerky but I can hear you. The internet out here is what it is.",
            "Therapist: We've only got fifteen minutes today, it's a medication check. How have the three weeks "
            "on the sertraline been?",
            "Client: Honestly? The first week I felt worse. Jittery, a bit sick in the mornings. I nearly stopped.",
            "Therapist: I'm glad you didn't. That's really common in the first week or two. The body reacts to "
            "the tablet before the mood part catches up. The stomach and the jitters usually settle by about week "
            "three, and the lift in mood tends to come somewhere between four and six weeks. So you're right in "
            "the gap where it's all cost and no benefit yet.",
            "Client: That makes sense. Nobody told me that.",
            "Therapist: How's the nausea now?",
            "Client: Better. I take it with breakfast now, like the chemist said.",
            "Therapist: Good. Sleep?",
            "Client: Patchy. Better than before, though.",
            "Therapist: And mood, if you had to put a number on it, nought to ten?",
            "Client: Four. It was two when I first saw you.",
            "Therapist: Okay. I need to ask the question I ask everyone at this point, because early on these "
            "tablets can sometimes stir things up. Have you had any thoughts of hurting yourself, or of not "
            "wanting to be here?",
            "Client: No. Not like before Christmas. Not at all now.",
            "Therapist: Good. If that changed, even in the middle of the night, what would you do?",
            "Client: Ring you?",
            "Therapist: I'm in Sydney and I'm not on at two in the morning. So: tell Rob straight away, and the "
            "mental health access line is on the letter on your fridge, that's twenty-four hours. If it's bad, "
            "triple zero or the hospital on Thomas Street. Can you say that back to me?",
            "Client: Tell Rob. The number on the fridge. Hospital or triple zero if it's bad.",
            "Therapist: That's it. Now, you said last time that the counsellor at community health has been doing "
            "breathing with you. We won't do any of that today, I'm just the tablets man. Keep seeing her.",
            "Client: I will. Sharon. She's good.",
            "Therapist: Same dose for now, fifty milligrams, and I'll see you on the screen in four weeks. If the "
            "side effects come back hard, ring the clinic before then.",
            "Client: Righto. Thanks, doctor.",
        ),
        techniques=frozenset({"psychoeducation", "safety_planning"}),
    ),
    # Pittsburgh: peer specialist with lived experience of psychosis, with a young barber three weeks out of hospital.
    # Labels: the fades, the GED math, the old man's menu; cousin Andre and Hearing Voices. Not: mom's yoga, shot.
    "after_discharge_peer_pittsburgh": LabelledSession(
        text=_session(
            "Therapist: Hey, Darnell. I'm Tasha. Your case manager might've told you, I'm a peer specialist, "
            "which means I've been where you are. I was in Western Psych twice in my twenties. Voices, the whole "
            "thing.",
            "Client: For real? You don't look like it.",
            "Therapist: Ha, that's what everybody says. What does it look like, right?",
            "Client: I dunno. Like me, I guess. Sitting in my room all day.",
            "Therapist: That was me for a good six months after my second stay. Blinds down. My mom leaving "
            "plates outside the door. How long since you got out?",
            "Client: Three weeks Friday. I go to the clinic for the shot and come home. That's it.",
            "Therapist: What's it like in your head right now?",
            "Client: Quieter. The meds work. But I feel like a ghost. Like everybody at the barbershop knows.",
            "Therapist: I felt that exactly. Like I had a sign on my forehead. Can I ask you something different? "
            "Before all this got loud, what were you good at?",
            "Client: I used to cut hair. At my cousin's shop on Frankstown. I did fades nobody else could do. "
            "People would wait for me.",
            "Therapist: People waited for you. That's not nothing.",
            "Client: And I was doing my GED at night. I passed the math part. That was the hard one.",
            "Therapist: You passed the math part while working a chair. And on the unit, what got you through?",
            "Client: I kept my stuff clean. I helped this old dude who couldn't read his menu.",
            "Therapist: So even on the worst days in there you were looking after somebody. You hear that?",
            "Client: I guess I never looked at it like that.",
            "Therapist: When I was coming back, the thing that turned it for me was people. Not all of them. A "
            "couple. Who's one person who still texts you?",
            "Client: My cousin Andre. He keeps saying come by the shop, just sit. I keep leaving him on read.",
            "Therapist: What would it be like to answer him? Even just 'maybe Thursday'.",
            "Client: Scary. But he knows. He drove me to the ER. He ain't gonna be weird.",
            "Therapist: And there's a group Tuesday nights at the church on Penn, Hearing Voices. It's people "
            "like us, no clinicians running it. I go. You could come with me the first time, I'll meet you "
            "outside.",
            "Client: My mom wants me doing yoga at the Y. That's more her thing. But a group with you there, maybe.",
            "Therapist: No pressure. Text Andre if you want to, and text me about Tuesday.",
            "Client: Okay. I'm gonna tell Andre maybe Thursday. That's it. Maybe.",
            "Therapist: Maybe is a good word. I lived on maybe for months.",
        ),
        techniques=frozenset({"strengths_review", "social_support"}),
    ),
    # Hull: trauma-informed detached youth worker on a bench by the Humber with a fifteen-year-old excluded for a fight.
    # Labels: the jumpy alarm after his dad, feet down and three-two-one, worker plays the head of year.
    "school_fight_youth_worker_hull": LabelledSession(
        text=_session(
            "Therapist: Alright, Kai. Office or the bench? Your call, we don't have to sit inside.",
            "Client: Bench. Office smells like feet.",
            "Therapist: Fair. So, five days out of school. How's it been?",
            "Client: Boring. Mum's screaming at me. Everyone's saying I'm a psycho because of that video.",
            "Therapist: You don't have to tell me anything you don't want to. What was going on in your body just "
            "before the punch?",
            "Client: Dunno. He said something about my dad. And then it's like I'm not there. Next thing Mr "
            "Hollis has got me by the arm.",
            "Therapist: That 'not there' thing makes loads of sense. Can I tell you what I reckon is going on? "
            "Your brain's got an alarm for danger. When someone's had a lot of rough stuff happen, like you have "
            "with your dad, the alarm gets jumpy. It goes off before the thinking bit of your brain even gets a "
            "vote. So you're not a psycho. Your alarm went off and your thinking brain went offline.",
            "Client: So it's not my fault?",
            "Therapist: It's not a broken you. It's still on you to learn to catch it, and that's doable. Loads "
            "of lads I work with have the same pattern.",
            "Client: Huh.",
            "Therapist: Want to try something that brings the thinking brain back online? It's dead simple. Push "
            "your feet into the ground, like you're trying to push the bench backwards. Feel that?",
            "Client: Yeah.",
            "Therapist: Now, without moving your head, tell me three things you can see, two you can hear, one "
            "you can feel.",
            "Client: Seagull. The river. That crane. Um, a bus, and a kid crying. My hoodie's scratchy.",
            "Therapist: Where's your head now, compared to two minutes ago?",
            "Client: Here, I guess. Less buzzy.",
            "Therapist: That's what you do when the alarm starts. Feet down, three-two-one. Nobody even notices.",
            "Client: It's a bit weird.",
            "Therapist: It's meant to be a bit weird. Now, Monday. The meeting with Mrs Akhtar, your head of "
            "year. You worried?",
            "Client: She hates me. I'll just say nothing, or I'll kick off.",
            "Therapist: Shall we practise it? I'll be Mrs Akhtar, you be you. (as Mrs Akhtar) 'Kai, I've seen the "
            "video. What have you got to say for yourself?'",
            "Client: ...He started it.",
            "Therapist: (as Mrs Akhtar) 'I don't care who started it. We have a zero tolerance policy.'",
            "Client: I know. I shouldn't have hit him. I want to come back. I got angry about my dad and I'm "
            "working on it with Jade from the youth project.",
            "Therapist: (as herself) Kai! That was spot on. How did it feel?",
            "Client: Alright, actually. Can we do it again where she's proper nasty?",
            "Therapist: Go on then. (as Mrs Akhtar) 'Why should I believe a word of it?'",
            "Client: Because I'm sat here with you on a Saturday instead of on the rec. And I'll do feet-down if "
            "I feel it coming.",
        ),
        techniques=frozenset({"psychoeducation", "relaxation_mindfulness", "role_play"}),
    ),
    # Bergen: health centre counsellor with a Syrian Kurdish mother with daily headaches, via a Kurmanji interpreter.
    # Labels: worry held in the body, the NAV form in steps, the Red Cross women's cafe. Not: paracetamol, prayers.
    "band_headache_kurmanji_bergen": LabelledSession(
        text=_session(
            "Therapist: Hello, Rojin. This is Dilan, who will interpret today. Dilan, please interpret "
            "everything, even if I say something boring. Rojin, how have you been since the doctor sent you to "
            "me?",
            "Client: [interpreted from Kurmanji] She says the headaches are every day. Like a band around the "
            "head. And she cannot stop thinking. The doctor found nothing on the scan.",
            "Therapist: I'm glad the scan was clear. Can I explain something about that band? When we worry for a "
            "long time, for months, the body gets ready to fight all day. The muscles in the neck and scalp stay "
            "tight, and that can feel exactly like a band. It is real pain, not imagined. It is the worry living "
            "in the body. Many people who have come here after war and moving describe just this.",
            "Client: [interpreted from Kurmanji] She says in the village they would say the heart is squeezed. "
            "She says this makes sense to her. She thought maybe she was going mad.",
            "Therapist: Not mad. A body that has been on guard for a long time. What does she think about most, "
            "at night?",
            "Client: [interpreted from Kurmanji] Two things. A letter from NAV she does not understand, she "
            "thinks they will stop the money. And her son Baran is in trouble at school and the teacher wants a "
            "meeting, and her Norwegian is not good enough.",
            "Therapist: Let's take the NAV letter first, since she's carrying it around. Does she have it with her?",
            "Client: [interpreted from Kurmanji] Yes, it is in her bag. She carries it every day.",
            "Therapist: (reads) This is not a stopping letter. It asks her to send a form about her language "
            "course hours by the fifteenth. So the problem is one form, by the fifteenth. What are the ways it "
            "could be done?",
            "Client: [interpreted from Kurmanji] She could go to the NAV office. Or her neighbour's daughter, "
            "Hevi, is good with computers, she could do it online. Or she could ask the course teacher to sign "
            "something.",
            "Therapist: Which of those feels most doable to her?",
            "Client: [interpreted from Kurmanji] Hevi, on Saturday. And she will ask the course teacher on "
            "Thursday for the paper with the hours first.",
            "Therapist: So: Thursday, ask the teacher for the paper with the hours. Saturday, sit with Hevi and "
            "send it online. And the school meeting?",
            "Client: [interpreted from Kurmanji] She says she is ashamed to bring an interpreter, people will know.",
            "Therapist: Schools in Norway have to give parents an interpreter for free. It's normal, every week "
            "there are parents with interpreters. She can ask the school to book one.",
            "Client: [interpreted from Kurmanji] She did not know this. She will ask.",
            "Therapist: Who does she have here, Rojin? People she can sit with?",
            "Client: [interpreted from Kurmanji] Only the neighbour. Her husband works nights at the fish "
            "factory. Her sisters are in Qamishli and Erbil, she speaks with them on WhatsApp.",
            "Therapist: There is a women's cafe at the Red Cross on Wednesdays. Several Kurdish women go. Tea, "
            "and children can come. Would she go one time with the neighbour?",
            "Client: [interpreted from Kurmanji] She says her husband prays for the headaches and she takes "
            "paracetamol, but this cafe, yes, she will try one time with Hevi's mother.",
            "Therapist: Good. I'll see her again in two weeks, with Dilan.",
            "Client: [interpreted from Kurmanji] She says thank you. And thank you to Dilan too.",
        ),
        techniques=frozenset({"psychoeducation", "problem_solving", "social_support"}),
    ),
    # AI companion app in lower-case chat with a night-shift security guard in Phoenix who wants to start nursing.
    # Labels: quitting and staying each weighed, the nurse Yolanda and what nursing is for. Not: no breathing tonight.
    "night_guard_companion_app": LabelledSession(
        text=_session(
            "Client: hey wren. 4am again. lobby is dead. cant stop thinking about quitting",
            "Therapist: Hi Marisol. 4 a.m. in an empty lobby is a lot of time to think. What's pulling you toward "
            "quitting tonight?",
            "Client: anatomy class starts in jan. its daytime. if i keep this job i sleep through half of it. if "
            "i quit i lose the insurance and my mom needs her meds",
            "Therapist: That's a real bind, not a small one. Want to lay it out with me? Sometimes it helps to "
            "see both sides in one place. What would quitting give you?",
            "Client: sleep lol. actually being awake in class. getting into the nursing program a year sooner. "
            "feeling like im going somewhere",
            "Therapist: And what would quitting cost you?",
            "Client: the insurance. like 1900 a month if i bought it myself. my moms copays. and honestly the "
            "quiet, i do my reading here",
            "Therapist: Now the other side. What does staying give you?",
            "Client: money. insurance. reading on shift sometimes. my supervisor is chill",
            "Therapist: And what does staying cost?",
            "Client: another year. im 31. and being tired all the time. i fell asleep on the bus and missed my "
            "stop twice this week",
            "Therapist: Looking at all of that together, what stands out to you?",
            "Client: that the insurance is the only big thing on the stay side. everything else is kinda small",
            "Therapist: That's a sharp thing to notice. Can I ask a different kind of question? Leave the money "
            "aside for a second. Why nursing? What is it for, for you?",
            "Client: when my dad was in the hospital there was this nurse, yolanda. she explained everything to "
            "my mom in spanish. she made us feel like people. i want to be that for somebody",
            "Therapist: So it's about being the person who makes a family feel like people. How much of that is "
            "in your life right now?",
            "Client: zero. i watch cameras",
            "Therapist: If that's what matters most to you, how does it sit alongside the list we just made?",
            "Client: ... it makes staying here another year feel worse. oh wait. theres a day shift at the "
            "hospital front desk, less money but it has insurance. i saw it on the board",
            "Therapist: That sounds worth a look, since it keeps the insurance and puts you near the work you "
            "care about. I'm not a benefits advisor, though, so HR would be the ones to ask about the details.",
            "Client: ok. you gonna make me do breathing again like last week",
            "Therapist: Not tonight. You sound clear-headed, not panicky. I'm here whenever you want to talk it "
            "through again.",
            "Client: lol ok. thanks wren",
        ),
        techniques=frozenset({"pros_and_cons", "values_clarification"}),
    ),
    # Taunton: county cricket team psychologist with a wicketkeeper whose dropped catch in a T20 went viral.
    # Labels: the loss as a pie, for and against 'the lads think I'm finished', gloves and feet between balls.
    "dropped_catch_keeper_taunton": LabelledSession(
        text=_session(
            "Therapist: Grab a seat, Josh. Nets can wait twenty minutes, I've squared it with Coach.",
            "Client: Cheers. Not sure what there is to say. I dropped it, we lost, everyone's seen it. Mum says I "
            "should write it all down in a diary, like that helps.",
            "Therapist: How many times have you watched the clip?",
            "Client: Too many. It's got two million views. There's one with circus music on it.",
            "Therapist: Okay. Let's look at the thing underneath the clip. What are you telling yourself about Friday?",
            "Client: That I lost us the quarter-final. That the lads think I'm finished.",
            "Therapist: Take the first one. If the loss was a pie, how many slices are there? Who and what had a "
            "hand in losing by four runs?",
            "Client: Me dropping Hendricks. He got another thirty-one after that.",
            "Therapist: What else?",
            "Client: We were forty for four at one point, top order went cheap. Our death bowling went for "
            "eighteen in the nineteenth over. We missed two run-outs. And the toss, the dew came down and we "
            "bowled second.",
            "Therapist: So put all of that in the pie. How big is your slice now?",
            "Client: Maybe a fifth? Bit less. Twenty per cent.",
            "Therapist: And before we started?",
            "Client: A hundred. All of it.",
            "Therapist: From a hundred to twenty. Now the second one, 'the lads think I'm finished'. What's the "
            "evidence for that?",
            "Client: Nobody said anything in the dressing room. Just silence.",
            "Therapist: And against it?",
            "Client: Skip put his arm round me on the bus. Tommo sent me a meme of himself dropping a sitter in "
            "2019. Coach has picked me for Sunday.",
            "Therapist: What does the selection tell you?",
            "Client: That they don't think I'm finished. The silence was probably everyone gutted about their own "
            "bits.",
            "Therapist: Seems fair. Last thing, for when you're behind the stumps and the replay starts in your "
            "head. Between balls, come back to now. Feel the gloves on your hands, the weight on the balls of "
            "your feet, notice one thing about the bowler's run-up. Just noticing, no judging. Try it now, gloves "
            "on.",
            "Client: (puts gloves on) Leather's a bit stiff. Feet, I'm on my heels actually. Bowler, I'll picture "
            "Gibbo, he does that little skip.",
            "Therapist: Good. Where's Friday now?",
            "Client: Further off. Can I do that every ball?",
            "Therapist: Every ball. It's a reset, not a cure. And no circus music before bed.",
            "Client: Ha. Deal.",
        ),
        techniques=frozenset({"continuum_or_pie_chart", "evidence_examination", "relaxation_mindfulness"}),
    ),
    # Asheville, North Carolina: hospice social worker on the porch with a daughter nursing her mother at home.
    # Labels: what she'd tell Leigh Ann, the plain ask to Greg, worker plays Greg, Greg's nights. Not: casseroles.
    "dying_mother_brother_asheville": LabelledSession(
        text=_session(
            "Therapist: Dana, let's sit out here on the porch while your mom's sleeping. The aide's with her till "
            "four.",
            "Client: Thank you. I haven't sat on this porch in a month.",
            "Therapist: How are you holding up?",
            "Client: I'm not. I'm doing meds at midnight and three and six. I snapped at the aide yesterday. I'm "
            "a terrible person.",
            "Therapist: I hear you calling yourself terrible. If your best friend Leigh Ann was doing what you're "
            "doing, the nights, the meds, her mother dying in the front room, and she snapped at somebody once, "
            "what would you say to her?",
            "Client: I'd say, honey, you're exhausted, of course you snapped. Go take a bath.",
            "Therapist: What would it be like to say that to yourself?",
            "Client: It feels like cheating.",
            "Therapist: Try it anyway. Out loud, if you can.",
            "Client: Dana, you're exhausted. You're doing something really hard. You're allowed a bath. ... Lord, "
            "that made me cry.",
            "Therapist: That's alright. Those tears have been waiting. And the bath isn't cheating. Looking after "
            "you is part of looking after her.",
            "Client: The thing is Greg. My brother, in Charlotte. He calls every couple days and says 'let me "
            "know if you need anything' and I say 'we're fine'.",
            "Therapist: What do you actually need from Greg?",
            "Client: For him to come up. One weekend. So I can sleep two nights in a row. And so he sees her "
            "while she still knows him.",
            "Therapist: How might you say that to him plainly, with no apologising?",
            "Client: I usually start with 'I know you're busy'.",
            "Therapist: What if you didn't? What's the ask, in one or two sentences? What you need, by when, and "
            "why it matters.",
            "Client: 'Greg, I need you to come up the weekend of the fourteenth and do Saturday and Sunday nights "
            "with Mom. I'm not sleeping, and she's asking for you.'",
            "Therapist: That's clear. Want to practise it? I'll be Greg. (as Greg) 'Oh man, Dee, the fourteenth "
            "is tough, the kids have a tournament.'",
            "Client: Um... I know, I'm sorry, maybe another...",
            "Therapist: (as herself) Notice what happened there?",
            "Client: I caved in two seconds.",
            "Therapist: Go again. (as Greg) 'The fourteenth is tough, the kids have a tournament.'",
            "Client: I understand it's hard. I still need you here. If the fourteenth won't work, tell me which "
            "weekend in the next two weeks will, because I need the two nights and she's asking for you.",
            "Therapist: (as Greg) 'Okay. Let me talk to Kristen. Maybe the twenty-first.'",
            "Client: Holding the line feels awful. But it worked, kind of. The church ladies keep bringing "
            "casseroles and Pastor Jim offers to pray with me, and that's sweet, but I need Greg.",
            "Therapist: Those words are yours now. Use them whenever you're ready.",
        ),
        techniques=frozenset({"self_compassion", "assertiveness_training", "role_play", "social_support"}),
    ),
    # Kalgoorlie: neighbourhood centre counsellor listening to a retired underground miner whose shift mate died.
    # No label: listening only. Not: daughter's mindfulness app, 'no exercises today', sleep not asked, Thursdays.
    "miner_mate_listening_kalgoorlie": LabelledSession(
        text=_session(
            "Therapist: G'day, Col. Kettle's on. Sit wherever you like.",
            "Client: Ta. This'll do. Don't know why I'm here really. Sue on the front desk said you were good for "
            "a yarn.",
            "Therapist: Happy to be that. What's on your mind?",
            "Client: Davo. Went Tuesday week. Lungs. We were on the same shift underground for twenty-two years.",
            "Therapist: Twenty-two years side by side.",
            "Client: Underground you trust a bloke with your life. He pulled me out from under a fall of ground "
            "in '88. Never let me forget it either, the bugger.",
            "Therapist: (laughs) Sounds like he had a sense of humour.",
            "Client: Worst jokes in the Goldfields. Told them in the cage going down. Same ones for twenty years.",
            "Therapist: What was his favourite?",
            "Client: Can't repeat it in here, love. Something about a nun and a Holden.",
            "Therapist: Fair enough.",
            "Client: Funeral was Friday. Packed. Half the old crews came in from Boulder. His missus asked me to "
            "get up and speak and I couldn't.",
            "Therapist: That's been sitting with you.",
            "Client: Yeah. I had it written and all. Just couldn't get my legs to go.",
            "Therapist: You had the words ready for him.",
            "Client: Still got them in my wallet. (pause) My daughter in Perth reckons I should do some "
            "mindfulness app on the phone. I can barely work the phone.",
            "Therapist: You don't have to do anything today, Col. No exercises. I'm just glad you came in and "
            "told me about him.",
            "Client: It's quiet at home now. He used to ring every morning. 'You alive, Col?' Ten past seven, "
            "every day.",
            "Therapist: Ten past seven must be a hard time of the morning now.",
            "Client: Bloody awful. I sit by the phone like a galah.",
            "Therapist: Twenty-two years of him ringing. Of course you do.",
            "Client: Anyway. I've talked your ear off.",
            "Therapist: Not at all. The door's open Thursdays if you want another yarn.",
            "Client: Might see you Thursday, then. Ta for the cuppa.",
        ),
        techniques=frozenset(),
    ),
    # Reno, Nevada: counselling clinic intake coordinator moving a first appointment and taking new insurance.
    # No label: admin only. Not: friend's journaling, no writing or breathing on day one, nothing to prepare.
    "intake_reschedule_reno": LabelledSession(
        text=_session(
            "Therapist: Sierra Counseling Associates, this is Marcy, how can I help you?",
            "Client: Hi, um, I have an intake Thursday at ten with, I think, Dr Okafor? I need to move it. I got "
            "called in for a shift.",
            "Therapist: No problem. Can I get your name and date of birth?",
            "Client: Brianna Tsosie, March third, 1998.",
            "Therapist: Thanks, Brianna. I've got you. Thursday ten a.m. with Dr Okafor. She has Monday the ninth "
            "at two, or Wednesday the eleventh at eight in the morning.",
            "Client: Monday at two works.",
            "Therapist: Got it, Monday the ninth at two. Still in person, or would you like telehealth?",
            "Client: In person. My apartment walls are thin.",
            "Therapist: Totally understand. Did you get the intake forms by email?",
            "Client: I got them but I haven't done them. There's a lot. Do I have to do the whole thing?",
            "Therapist: The consent form and the insurance page are the ones we need before you come in. The "
            "questionnaire you can do in the waiting room, just come fifteen minutes early.",
            "Client: Okay. And my insurance changed, I'm on my boyfriend's plan now.",
            "Therapist: Can you read me the member ID off the new card?",
            "Client: It's N V H 4471 2290 03.",
            "Therapist: Thank you. I'll run it today, and if there's a copay you'll get a text.",
            "Client: Cool. Can I ask what actually happens at the first one? My friend went to someone and they "
            "just had her do journaling the whole time, and she said it helped, but I'm not really a writing "
            "person.",
            "Therapist: The first visit is mostly Dr Okafor getting to know you and what's brought you in. Nobody "
            "is going to make you write anything or do breathing exercises or anything like that on day one. "
            "There's nothing you need to prepare.",
            "Client: Oh good. I was kind of stressing about that.",
            "Therapist: That's really normal. If you need to change it again, just call this line.",
            "Client: Okay. Thank you, Marcy.",
            "Therapist: You're welcome. See you Monday the ninth at two. Bring your new card.",
        ),
        techniques=frozenset(),
    ),
    # Ghent: CBT psychologist, session four, with a florist who panics on the ring road driving to the flower auction.
    # Labels: her three sheets read, four kilometres without stopping against 'I'll faint', both to Thursday.
    "ring_road_panic_florist_ghent": LabelledSession(
        text=_session(
            "Therapist: Goedemorgen, Els. You brought the sheets. Shall we start there?",
            "Client: Yes. Three of them. The auction on Monday, the auction on Wednesday, and once on Saturday "
            "going to my sister's.",
            "Therapist: Read me Wednesday's.",
            "Client: Situation: the ring road at ten past five, the big lorry behind me. Feeling: panic, ninety. "
            "Heart racing, wet hands. Thought: I'm going to faint at the wheel and kill someone. What I did: "
            "pulled onto the hard shoulder, window down, waited twenty minutes.",
            "Therapist: And the last column. What else could be true?",
            "Client: I wrote: I have never fainted, not once, in two years of this. The racing heart is "
            "adrenaline. But I only believed it thirty per cent.",
            "Therapist: That's still a new thought, written in your own hand. What do you notice across the three "
            "sheets?",
            "Client: It is always 'I will faint'. And every time I stop the car.",
            "Therapist: So the stopping. What do you think the stopping does?",
            "Client: It saves me. Before I faint.",
            "Therapist: Or?",
            "Client: Or... I never find out if I would have.",
            "Therapist: Exactly. The hard shoulder means 'I'll faint' never gets tested. Would you be willing to "
            "test it? Not forever. A drive.",
            "Client: How?",
            "Therapist: You pick a stretch that is frightening but not the worst. On that stretch you don't pull "
            "over and you keep the window shut. Before you go, you write down what you predict will happen and "
            "how sure you are. Afterwards, what actually happened.",
            "Client: From Merelbeke to the auction exit. Four kilometres. Early, before the lorries.",
            "Therapist: And your prediction?",
            "Client: That I'll get dizzy and faint before the exit. Seventy per cent.",
            "Therapist: And if you don't faint, what would that tell you?",
            "Client: That the feeling is not the same as fainting. That it comes and it goes.",
            "Therapist: And if you get very dizzy?",
            "Client: Then I slow down in the right lane. But I don't stop.",
            "Therapist: Good. So between now and next Thursday: the four kilometres without stopping, at least "
            "twice, prediction written before and result after. And keep the sheets going for any other panic. "
            "Bring all of it next Thursday and we'll go through it together.",
            "Client: Twice. Monday and Wednesday, before the auction. My husband says I should just take his beta "
            "blockers.",
            "Therapist: That's a question for your GP, and please don't take his. Let's see what your own drives "
            "show first.",
            "Client: Okay. Monday, four kilometres, window shut.",
        ),
        techniques=frozenset({"thought_record", "behavioral_experiment", "homework"}),
    ),
    # Gaborone: HIV clinic counsellor with a young mechanic three weeks into treatment who has not told his girlfriend.
    # Labels: undetectable means untransmittable, 'dirty' reworded, counsellor plays Naledi. Not: uncle's doctor.
    "new_diagnosis_disclosure_gaborone": LabelledSession(
        text=_session(
            "Therapist: Dumela, Thato. Sit, sit. How are the tablets going?",
            "Client: Dumela, mma. I take them every night at nine, with the alarm. No problem with them. The "
            "problem is Naledi.",
            "Therapist: Tell me.",
            "Client: She doesn't know. Three weeks I am avoiding her. She thinks I have another girl. And I feel "
            "dirty, like I will poison her if I touch her.",
            "Therapist: Can I tell you some things about where you are medically? I think you may be carrying old "
            "information. The tablets you take every night push the virus down. In most people, after some months "
            "of taking them properly, the virus becomes so low the test cannot find it. When it is undetectable "
            "like that and stays that way, you cannot pass HIV to a partner through sex. Undetectable means "
            "untransmittable.",
            "Client: Even without a condom?",
            "Therapist: Once your viral load is confirmed undetectable, yes, that is what the studies show. Until "
            "then, condoms. And Naledi can test here, and take PrEP if she wants. It's free.",
            "Client: I did not know this. In my village they still say it is a death sentence.",
            "Therapist: That was true for my mother's generation, before the tablets. It is not true for you. It "
            "is a long-term illness now, like my sugar diabetes. I take tablets, you take tablets.",
            "Client: (laughs a little) You are diabetic?",
            "Therapist: Eleven years. Now, this word 'dirty'. Say the whole sentence you say to yourself.",
            "Client: I am dirty now and I will ruin her life.",
            "Therapist: Hearing what you've just heard, how true is that sentence?",
            "Client: Less. Maybe I am not dirty. I am sick and I am treating it.",
            "Therapist: Could you put it as a sentence that is fairer to you, in your own words?",
            "Client: I have a virus that I am managing, and I can protect her.",
            "Therapist: How does that one feel?",
            "Client: Like I can breathe. But I still have to tell her.",
            "Therapist: Let's practise. I'll be Naledi. Start when you are ready. (as Naledi) 'Thato, why have "
            "you been hiding from me?'",
            "Client: Naledi... I went for a test. I am HIV positive. I am on treatment. I was scared you would leave.",
            "Therapist: (as Naledi) 'Positive? Did you get it from someone else? Am I going to die?'",
            "Client: (pause) I don't know when I got it. You are not going to die. You can test here at the "
            "clinic, there is a tablet called PrEP, and when my virus is low I can't give it to you.",
            "Therapist: (as herself) That was steady. How was it?",
            "Client: My hands were shaking but the words came. My uncle says I should go to his traditional "
            "doctor instead of all this. I won't.",
            "Therapist: That's your choice. Keep your tablets at nine, and your viral load test is booked for June.",
            "Client: Maybe Sunday I will tell her. Ke a leboga, mma.",
        ),
        techniques=frozenset({"psychoeducation", "cognitive_restructuring", "role_play"}),
    ),
    # Salzburg: psychologist with a ski instructor who has avoided chairlifts since one stopped in a storm.
    # Labels: the lift ladder and the six-seater with Tobias, four-in six-out, ratings to Tuesday. Not: schnapps.
    "chairlift_fear_instructor_salzburg": LabelledSession(
        text=_session(
            "Therapist: Servus, Lena. Last time we made the list. Have you got it?",
            "Client: Here. Ten steps. At the bottom, watching the lift from the car park. At the top, riding the "
            "old double chair alone in wind.",
            "Therapist: And the ratings next to them?",
            "Client: Car park is twenty. Standing in the queue is forty. The six-seater with a colleague is "
            "sixty. The double chair alone in wind, a hundred.",
            "Therapist: And where did you get to this week?",
            "Client: I stood in the queue twice. The second time it went down to twenty-five after ten minutes. I "
            "didn't get on.",
            "Therapist: That's exactly what we hoped. You stayed, and it came down by itself. So the next step up "
            "is the six-seater with a colleague, on a calm day. When could that be?",
            "Client: Tobias is working Thursday. He knows about it. He said he'll ride with me.",
            "Therapist: What happens in your body when you imagine it now?",
            "Client: My chest goes tight. I hold my breath, I don't even notice I'm doing it.",
            "Therapist: Let's do something with that before Thursday. Sit back. Breathe in through your nose for "
            "four... and out through your mouth slowly for six, like you're fogging your goggles. Again. Let your "
            "belly move, not your shoulders.",
            "Client: (breathing) Four... six. ... Okay.",
            "Therapist: Three more like that. Where's the tightness now?",
            "Client: Less. Maybe half.",
            "Therapist: On Thursday, in the queue and on the chair, you use that breathing. But the chair is the "
            "main thing. You ride it, you stay on to the top, and you notice the fear go up and come down without "
            "getting off at the middle station.",
            "Client: And if it stops? That's the thing. It stopped for forty minutes last March.",
            "Therapist: Then it stops, you breathe, and you see what the fear does while it's stopped. That's "
            "part of the practice. Rate the fear every few minutes on the way up.",
            "Client: Okay. Hard, but okay.",
            "Therapist: So until I see you next Tuesday: the six-seater with Tobias on Thursday, and if that goes "
            "well, once more at the weekend with someone beside you. Write the ratings on the list, and we go "
            "through them together on Tuesday.",
            "Client: Tuesday. I'll bring the numbers. My boss says just take a schnapps at the top, like the old "
            "instructors did. (laughs)",
            "Therapist: Maybe keep the schnapps for after skiing.",
            "Client: Ha. Fine.",
        ),
        techniques=frozenset({"exposure", "breathing_exercise", "homework"}),
    ),
}
