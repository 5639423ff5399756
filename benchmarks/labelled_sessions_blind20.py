"""Blind test set 20 for the technique detector: fourteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 75 lines of
labelled_sessions_blind9.py, printed with `head -n 75` (interface, docstring conventions, labelling rules, the settings
set 9 used and the start of its dict; the rest of that file was not opened); the lines of labelled_sessions_blind10.py
to labelled_sessions_blind19.py that start with four spaces and a `#`, printed with `grep -n "^    # "` on all ten (only
to see which settings those sets used, so as to avoid them; nothing else of sets 10 to 18 was opened); the first 90
lines of labelled_sessions_blind19.py, printed with `head -n 90` (its docstring and module start); the LabelledSession
dataclass in labelled_sessions.py, printed with `grep -n "class LabelledSession" -A4`; each catalog technique's code,
name, family and description, printed by a python one-liner that loaded sql/technique_catalog.json and printed only
those four fields (it accepted either a list or a mapping at the top level; synonyms, cues and every other field were
never printed and the file was never opened otherwise); and the line-length and target-version keys of the [tool.ruff]
table of pyproject.toml, printed by a python one-liner with tomllib. One slip, harmless: the grep output for sets 10 to
19 came back truncated in the middle, so the same grep was run again on sets 14 to 18 alone, piped through `cut -c1-150`
and a `grep -v` that dropped the 'Labels:' and 'No label' comment lines, so that only the setting lines of those sets
were shown (cut short at 150 characters). Besides that it ran `date -u`, made its scratch folder /tmp/s28c, and, in the
same command as that second grep, ran `test -e` on this module's own path and `test -x` on .venv/bin/ruff and
.venv/bin/mypy, to confirm that no file of this name existed yet and that the tools were there (no directory was
listed). It did not open the transforms package, the flows, the tests, the README, the docs or any other benchmark, did
not grep the repository beyond the commands above, did not read /work/shared, used no search tool, ran no git command
and ran nothing of the product, its tests or any benchmark; the only other commands run against the project were the
import check of this module (importing it with PYTHONPATH set to /work/main, counting sessions, turns and labels,
checking that every label is one of the catalog codes printed above, copied by hand into the check, and never one of the
three codes that are not labelled, and comparing each text and label set with the hand-written source), ruff check /
ruff format on this file alone, mypy on this file alone from /work/main as the brief asked, and awk on this file alone
to find over-long lines. The module was emitted by a throwaway generator in /tmp/s28c, outside the project, from session
text written there by hand; before generating, a check run on that source alone counted turns, confirmed every turn
opens with 'Therapist:' or 'Client:' and is plain ASCII, and measured the comment lines. While writing, a few lines that
would have added an unintended technique were taken out of the draft by hand before the source was saved and before any
check of the module: a worst-case question in the Sapporo chat, a line normalising loneliness on night shifts and an
offer to write again if things got really bad at its end, praise of sixty-one five-star reviews as a track record in the
AI chat, a client-made new rule in Turin, and a sister offering to close the bakery in Bogota (replaced by a paid
delivery boy). The generator only split each turn into implicitly concatenated string pieces to keep lines short, ruff
format may then re-join pieces that fit on one line, and the import check confirmed every text is identical to the
source. The labels were set by hand in that source before any check and were not touched by any generating or formatting
step, and this docstring was written by hand and wrapped with textwrap, keeping the quoted commands whole. Accents are
left out in plain ASCII (Bogota, Dona, Buenos dias, Ronja Rovardotter). No text was copied from any corpus.

The settings were chosen to be unlike sets 9 to 19 and unlike each other, and the voices vary: a resort staff counsellor
in Stone Town, Zanzibar, with a dive instructor who turns back at the jetty after a diver nearly drowned, spoken with
ums and ahs; an assertiveness group for hotel and bar staff at a union hall in Seville, three members; a one-off night
text chat in Sapporo with a convenience store night-shift worker from Kushiro, in lower case and non-native English; a
terse CBT clinician in Winnipeg with a nineteen-year-old minor hockey referee screamed at by a parent; a verbose, warm
AI assistant in long paragraphs with a wedding photographer in Nebraska after a bride's complaint; a parish drop-in
counsellor in Oaxaca who only listens to a retired weaver whose son has been in Chicago eleven years; an employee
assistance intake call in Canberra booking a first video session; a psychoanalytic psychotherapist in Vienna with a
violin maker who waits in the stairwell; a couples counsellor in Bogota with a husband and wife who run a bakery; an
employment centre counsellor in St. John's, Newfoundland, with a crab plant worker laid off after twenty-six years, in
Newfoundland English; an Italian psychologist in Turin, in non-native English, with an Indian automotive engineer
blaming himself for a brake sensor recall; an after-hours mental health line in Darwin with a cattle station cook alone
in his donga; a school counsellor in Uppsala with a fourteen-year-old dreading a book talk; and a hospital psychologist
in Kyoto with a kimono shop owner whose bowel symptoms flare before opening. Most counsellors bring techniques in
without naming them ('let's make a list, from easiest to hardest', 'a circle, like a pizza', 'I'll be your hotel
manager', 'what would you tell her', 'let's throw out every possible way'). Lengths run from eighteen to twenty-three
turns. Group and couple members speak as 'Client: (Name)', a counsellor playing a part marks it '(as manager)' or '(as
guest)', and the AI-assistant chat opens with the client's message.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises in
it. A client merely mentioning something (a friend's beach yoga and a pharmacist's sleeping pills, a sister's meditation
app, a mother's videos of a monk breathing, a buddy's girlfriend who teaches yoga, a sister's gratitude journal, a
comadre's yoga and a daughter-in-law's relaxation app, an old counsellor's thought records and a colleague's breathing
app, a wife's diary, a cousin's couples retreat with yoga, a buddy's mindfulness course, a mother's puja and an HR
wellness webinar, a station manager's wife's tai chi, a mother's underwear tip and a teacher's no homework over the
winter sports break, a low FODMAP diet and shiatsu), the counsellor merely asking about a topic, advising something
outside any technique (asking the doctor about sleeping pills, following the gastroenterologist's diet) or saying there
is no homework or no exercises today (Oaxaca, Canberra, Bogota, St. John's) is not a label; rapport_empathy, assessment
and session_structure are never labelled. Explaining how the problem itself works (the over-sensitive alarm kept high by
turning back in Zanzibar, the gut-brain circle in Kyoto) is psychoeducation. A scale used inside a technique (fear at
the start and end of each jetty visit, belief and shame ratings in the Winnipeg record, the slices of the recall pizza,
the prediction out of a hundred before the book talk video, the pain rating in the Kyoto diary) is part of that
technique; a plain request to rate something is not labelled. Asking about suicide, moving the gun safe key out of reach
and naming the line and 000 inside a plan for bad nights (Darwin) is safety_planning; writing that plan on the fridge
card is part of it, not journaling. Noting what was said after saying no in Seville, and the prediction sheet in
Uppsala, are records for homework, not journaling; the Kyoto evening diary of pain, events and feelings is journaling.
``homework`` is labelled only when a task is explicitly agreed for before the next meeting and is to be reviewed
(Zanzibar, Seville, Winnipeg, Bogota, Uppsala, Kyoto); plans made without such an agreement (the Sapporo lock-screen
plan in a one-off chat, the AI's reply plan with nothing to report back, the St. John's college call that the counsellor
says is not homework and will not chase, the Turin paper taken with no obligation, the Darwin plan on the fridge card)
are not homework. The listening session in Oaxaca and the admin call in Canberra carry no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match its
output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND20_SESSIONS: dict[str, LabelledSession] = {
    # Stone Town, Zanzibar: resort staff counsellor with a dive instructor who turns back at the jetty, spoken.
    # Labels: the over-sensitive alarm, jetty-to-reef ladder, slow diver's breathing, jetty three times to Thursday.
    "dive_instructor_jetty_zanzibar": LabelledSession(
        text=_session(
            "Therapist: Karibu, Juma, come, sit. So, um, last week you said the boat was, ah, the hardest "
            "part. How was this week?",
            "Client: Eh, same same. I went to the jetty on Tuesday, I look at the boat and my chest, like, "
            "boom boom. I turn around and go home.",
            "Therapist: Okay. Mm. And when you turned around, what happened to the boom boom?",
            "Client: It goes down. Slowly, you know. By the time I reach the road it is almost gone.",
            "Therapist: Right, yeah. So, um, can I say something about that? What your body does on the jetty "
            "is, like, an alarm. After what happened with the diver in March, the alarm is set very, very "
            "sensitive. It's not broken, it's just, ah, doing its job too well.",
            "Client: An alarm. Yes. It feels like I am the one drowning, not her.",
            "Therapist: Mm. And every time you turn round, the alarm learns, good, we escaped, the boat is "
            "dangerous. So it rings louder next time. That's how it goes for most people after a scare like "
            "that, honestly.",
            "Client: So going home makes it worse. Hmm. My friend Said, he told me do yoga on the beach, he "
            "does it every morning, he says it fixes everything.",
            "Therapist: (laughs) Said sounds very flexible. What do you think would help you get back on the boat?",
            "Client: I don't know. Small, maybe. Not straight to thirty metres.",
            "Therapist: Exactly, yeah. Small. Let's make a, um, a list, from easiest to hardest. What's the easiest?",
            "Client: Sit on the jetty, ten minutes, look at the boat. Then stand on the boat when it is tied. "
            "Then go out with Captain Ali, no diving, just sitting. Then snorkel by the reef. Then dive with "
            "a student, shallow.",
            "Therapist: Nice. That's your ladder. First step, sitting on the jetty. The thing is, you stay "
            "until the boom boom comes down by itself, you don't leave while it's high. Okay?",
            "Client: Even if it is very high?",
            "Therapist: Stay, and breathe with it. Let's try now actually. Breathe in through the nose, like, "
            "four... and out slow through the mouth, six, like you're letting air out of your BCD. Again. "
            "In... and out, long, long.",
            "Client: (breathes) It's like at the safety stop. Slow.",
            "Therapist: Yeah, same thing. Your diver's breathing. Once more, in... and out. How's the chest?",
            "Client: Softer. Okay.",
            "Therapist: So, um, between now and next Thursday: the jetty, ten minutes, three times, with the "
            "slow breathing, and you stay until it comes down. Put down how high the fear is at the start and "
            "at the end, and we look at it together next Thursday.",
            "Client: Three times. Okay. And the pharmacy man said I can take sleeping pills if I don't sleep.",
            "Therapist: That's one for your doctor, not for me, eh. Ask Dr Khamis about the pills. So, "
            "Thursday, we see your numbers?",
            "Client: Thursday. I will bring the paper.",
        ),
        techniques=frozenset({"breathing_exercise", "exposure", "homework", "psychoeducation"}),
    ),
    # Seville: assertiveness group for hotel and bar staff at a union hall, week two, three members.
    # Labels: three-part no and broken record, manager and guest played, one real no to Tuesday. Not: sister's app.
    "saying_no_group_seville": LabelledSession(
        text=_session(
            "Therapist: Buenas tardes, everyone. Week two. Last week we said we'd look at saying no to extra "
            "shifts without, you know, a long list of excuses. Who wants to start?",
            "Client: (Lucia) Me. My manager at the tapas bar messages at midnight: can you cover tomorrow "
            "lunch. I always say yes. Then I cry in the storeroom.",
            "Client: (Paco) Same at the hotel. I say maybe, maybe, I'll see, and then I go anyway.",
            "Therapist: So both of you end up saying yes when you mean no. Let's build a short answer. Three "
            "parts: what you understand, what you can't do, and what you can offer, if you want to offer "
            "anything. Lucia, try one.",
            "Client: (Lucia) I know you're short. I can't do tomorrow lunch. I could do Sunday evening.",
            "Therapist: Good. No sorry, sorry, my mother is ill. Just that. And if he pushes, you repeat the "
            "middle part, calm, same words, as many times as you need.",
            "Client: (Marta) My sister uses a meditation app for her stress, she says it makes her not care "
            "about the boss. Maybe we need that instead.",
            "Therapist: Maybe it helps your sister. Here we're practising the words. Paco, I'll be your hotel "
            "manager. Ready? (as manager) Paco, Rafa is sick, I need you tonight, you're the only one.",
            "Client: (Paco) Uh... I know Rafa is sick. I... can't tonight. I can do Saturday morning.",
            "Therapist: (as manager) Come on, Paco, just this once, you're a team player.",
            "Client: (Paco) I know. I can't tonight. Saturday morning I can.",
            "Therapist: (out of role) How was that?",
            "Client: (Paco) My heart was fast. But I said it twice. It's strange, the second time was easier.",
            "Client: (Marta) He looked at the floor the first time. The second time he looked at you.",
            "Therapist: Yes, well spotted, Marta. Voice steady, eyes up. Marta, do you want a go? I'll be the "
            "guest who wants a free room upgrade.",
            "Client: (Marta) Okay. I understand you're disappointed. I can't change the room tonight. I can "
            "put you on the list for tomorrow.",
            "Therapist: (as guest) This is ridiculous, I want the manager.",
            "Client: (Marta) I understand. I can't change it tonight. I can call the duty manager for you.",
            "Therapist: Lovely. Now, for next week: each of you, one real no at work, with the three parts. "
            "Note what you said and what they said back, and we'll go round the circle with it first thing "
            "next Tuesday.",
            "Client: (Lucia) And if nobody asks me for anything this week?",
            "Therapist: Then say it out loud to the mirror twice and tell us how that went. Just this one "
            "task, nobody needs extra work on top of their shifts.",
            "Client: (Paco) One no. Okay. Hasta el martes.",
        ),
        techniques=frozenset({"assertiveness_training", "homework", "role_play"}),
    ),
    # Sapporo: one-off night text chat with a convenience store night-shift worker from Kushiro, non-native English.
    # Labels: bass on days off at 3 p.m., message Kenta. Not: mother's monk breathing videos, one-off chat, no check-in.
    "night_konbini_chat_sapporo": LabelledSession(
        text=_session(
            "Therapist: Hi, this is Mika from the young workers chat line. I'm here until 6. What's on your "
            "mind tonight?",
            "Client: hello. sorry my english not so good. i am working konbini night shift, now is break. i "
            "feel very alone these days",
            "Therapist: Your English is fine, I understand you. Thank you for writing on your break. How long "
            "have you been feeling alone like this?",
            "Client: maybe since october. i move from kushiro for this job. i sleep day, work night, i talk "
            "to nobody except customer",
            "Therapist: That sounds really isolating, days and nights flipped and far from home. What did you "
            "used to enjoy in Kushiro?",
            "Client: fishing with my uncle. and i play bass guitar in small band in high school. now the bass "
            "is in closet",
            "Therapist: Fishing and bass. What would be one small thing with the bass you could do this week, "
            "in the hours you're awake?",
            "Client: hmm maybe play 15 min after i wake up? around 3pm. before i go to work",
            "Therapist: That sounds doable. Which days?",
            "Client: wednesday and saturday i am off. so those days 3pm, 15 min",
            "Therapist: Great, Wednesday and Saturday at 3. And is there anyone from home you could talk to? "
            "Your uncle, or someone from the band?",
            "Client: kenta from the band lives in sapporo too i think. we don't talk 1 year",
            "Therapist: How would it be to send Kenta a message? Even just: I'm in Sapporo now, I still have "
            "my bass. You could suggest ramen on your day off.",
            "Client: maybe he think its weird",
            "Therapist: It might feel a bit awkward at first. People from home are often glad to hear from "
            "someone. Would your uncle like a call too?",
            "Client: yes he always say call me. ok i write kenta tomorrow and call uncle on sunday. my mother "
            "send me videos of a monk doing breathing, she say it helps lonely. i never watch lol",
            "Therapist: Ha, mums. That's up to you. This chat is one time, so I won't be checking in with "
            "you, but you could put your plan somewhere you'll see it: bass Wednesday and Saturday at 3, "
            "message Kenta tomorrow, uncle on Sunday.",
            "Client: ok i put it on my phone lock screen. break finish soon",
            "Therapist: Thank you for reaching out tonight. Good luck with Kenta. Take care on the rest of your shift.",
            "Client: thank you mika. good night... i mean good morning",
        ),
        techniques=frozenset({"behavioral_activation", "social_support"}),
    ),
    # Winnipeg: terse CBT clinician with a nineteen-year-old minor hockey referee screamed at by a parent.
    # Labels: Saturday record read, for and against 'everyone thinks', fairer thought, three games to Tuesday.
    "hockey_referee_record_winnipeg": LabelledSession(
        text=_session(
            "Therapist: Sit. Record from the week?",
            "Client: Yeah. Only did two. Saturday game was the bad one.",
            "Therapist: Read Saturday.",
            "Client: Situation: peewee game, St. Vital arena, I called a trip in the third. A dad screamed "
            "from the glass that I'm blind and I should quit. Feeling: shame, like 80. Thought: everyone in "
            "that rink thinks I'm useless.",
            "Therapist: Belief in the thought, then?",
            "Client: 90 percent.",
            "Therapist: Evidence it's true.",
            "Client: He screamed it. A couple of others booed.",
            "Therapist: Evidence against.",
            "Client: Um. The coach of the other team said good call at the bench. My supervisor was in the "
            "stands and he didn't say anything bad after. And there were like two hundred people. Most were "
            "just watching their kids.",
            "Therapist: Three loud ones. Out of two hundred.",
            "Client: Yeah. When you put it like that.",
            "Therapist: Fairer thought. Your words.",
            "Client: A couple of loud parents didn't like one call, and the person whose job it is to judge "
            "me thought it was fine.",
            "Therapist: Belief in that?",
            "Client: Like 70. Shame's down to 40.",
            "Therapist: Both numbers in the last column. Sunday's?",
            "Client: Didn't really do Sunday. My buddy says I should just do breathing stuff in the dressing "
            "room, his girlfriend teaches yoga. I didn't.",
            "Therapist: Not needed. Record, three games this week, a fairer thought each time. Bring it Tuesday.",
            "Client: Three. Okay.",
            "Therapist: Evidence columns first, before the new thought. Don't skip them.",
            "Client: Got it.",
            "Therapist: Done. Tuesday, four o'clock.",
        ),
        techniques=frozenset({"cognitive_restructuring", "evidence_examination", "homework", "thought_record"}),
    ),
    # Generated chat: a verbose AI assistant with a wedding photographer in Nebraska after a bride's complaint email.
    # Labels: worst/best/likely and coping, reply options chosen and planned, what she'd tell a friend. Not: journal.
    "ai_wedding_photographer_nebraska": LabelledSession(
        text=_session(
            "Client: ok so I shot a wedding in Kearney on saturday and the bride just emailed that the "
            "reception photos are really dark and she's disappointed. I haven't answered. I feel sick. I "
            "think this is it, she's going to leave a one star review and my business is done.",
            "Therapist: Thank you for telling me about this. I can hear how much your work means to you, and "
            "an email like that landing on a Monday can feel like a punch to the stomach. Before we think "
            "about the reply, would it be all right if we took a few minutes to look at the fear itself, step "
            'by step? Sometimes when our mind jumps straight to "my business is done", it helps to lay out '
            "the whole range of what could actually happen. So, to start: what is the very worst outcome you "
            "can picture here?",
            "Client: she posts a one star on google and the knot, says I ruined her wedding, nobody books me "
            "again, I go back to working at the bank",
            "Therapist: That is a very painful picture, and it makes sense that your body is reacting to it. "
            "Let's hold it there for a moment and look at the other end. What would the best realistic "
            "outcome be?",
            "Client: I guess... I fix the photos, she says thanks, maybe even leaves a nice review",
            "Therapist: And in between those two, if you had to bet, what do you think is most likely to happen?",
            "Client: probably she's annoyed, I re-edit them, she's mostly fine. maybe a 4 star. I've had 61 "
            "five star reviews",
            'Therapist: It\'s worth noticing that even in your "most likely" scenario, the business carries '
            "on. And suppose, just for a moment, the worst did happen and one harsh review went up: how would "
            "you cope with it?",
            "Client: I'd reply politely under it. people can see the 61 others. it would suck but I'd still "
            "have bookings for june, I already have 9",
            "Therapist: So you have a way through even the outcome you fear most. Now, if you're open to it, "
            "we could turn to the email itself and treat it as a practical problem to solve. What exactly is "
            "the problem, in one sentence?",
            "Client: the reception was in a barn with fairy lights and my flash misfired so a bunch are underexposed",
            "Therapist: Thanks, that's clear. Let's brainstorm possible responses without judging them yet. "
            "Some ideas might be: re-editing the underexposed images and sending a revised gallery; offering "
            "a short complimentary portrait session; explaining the lighting conditions in detail; or waiting "
            "a few days before replying. What others come to mind for you, and which seem worth considering?",
            "Client: explaining the lighting sounds like excuses. waiting makes it worse. I think re-edit "
            "plus a free 1 hour anniversary shoot",
            "Therapist: That sounds like a well-reasoned choice. Would you like to plan the steps? For "
            "instance: reply today with a short acknowledgement and a timeline, re-edit by Friday, then send "
            "the new gallery together with the offer of the anniversary session.",
            "Client: yes. reply today, gallery by friday. ok that feels less like the sky is falling",
            "Therapist: I'm glad. One more thing, if I may. You've described yourself quite harshly in this "
            "conversation. If a photographer friend came to you with this exact email, what would you tell "
            "her?",
            "Client: that it happens, one flash misfire doesn't make her a bad photographer, she obviously cares a lot",
            "Therapist: Could you offer yourself those same words tonight? Perhaps even take the evening off "
            "from editing and do something that restores you a little. You deserve the same kindness you "
            "would give her. Just so you know, I don't keep memory between conversations and won't be "
            "checking in, so there is nothing to report back; all of this is simply yours to use as you see "
            "fit.",
            "Client: thanks. my sister keeps telling me to do a gratitude journal for stuff like this lol. "
            "maybe not tonight. going to write the reply now",
            "Therapist: That sounds like a good plan. Wishing you the best with the reply, and I hope the "
            "rest of your evening is a gentle one.",
        ),
        techniques=frozenset({"decatastrophizing", "problem_solving", "self_compassion"}),
    ),
    # Oaxaca: parish drop-in counsellor listening to a retired weaver whose son has been in Chicago eleven years.
    # No label: listening only. Not: no homework today, comadre's yoga, daughter-in-law's relaxing app, next visit.
    "weaver_son_north_oaxaca": LabelledSession(
        text=_session(
            "Therapist: Buenos dias, Dona Remedios. Come in, sit where you like. Today there are no exercises "
            "and no homework, nothing like that. I'm just here to listen. Take your time.",
            "Client: Thank you, mijo. I don't know where to start. It's my son, Efrain. He went north eleven "
            "years ago.",
            "Therapist: Eleven years.",
            "Client: Eleven in February. He calls on Sundays. But last Sunday he didn't call. And the Sunday "
            "before, only two minutes, he was tired.",
            "Therapist: Two minutes, after waiting all week.",
            "Client: Yes. I sit by the phone from nine in the morning. I have a rug on the loom, I weave a "
            "little, I look at the phone, I weave.",
            "Therapist: Tell me about the rug.",
            "Client: It's the red one, with the zigzag, the way my mother taught me. Efrain used to sit under "
            "the loom when he was small. He would pull the threads and I would scold him.",
            "Therapist: He sat under the loom.",
            "Client: (laughs) Under the loom, like a little cat. Now his own boy is nine, and I have never "
            "held him. Only on the screen.",
            "Therapist: Never held him.",
            "Client: My comadre Lupe says I should go to the yoga at the casa de cultura, she goes on "
            "Tuesdays, she says it takes the worries away. Yoga, at my age! Imagine.",
            "Therapist: (smiles) Lupe has her ideas.",
            "Client: She does. And my daughter-in-law put something on my phone, an app with a lady's voice "
            "that tells you to relax. I don't open it. What I want is my son's voice.",
            "Therapist: It's his voice you want.",
            "Client: Yes. Sometimes I'm angry with him, and then I feel bad for being angry. He works so "
            "hard, in the kitchens in Chicago. He sends money every month.",
            "Therapist: Angry, and then bad about being angry.",
            "Client: Both at once. Like two threads of different colours in one rug. Thank you for letting me "
            "say all this. I don't say it to the women at church.",
            "Therapist: I'm glad you said it here. There is the same time next Wednesday if you'd like to come back.",
            "Client: I'll come. I'll bring you a tamal.",
        ),
        techniques=frozenset(),
    ),
    # Canberra: employee assistance intake line booking a first video session for a shift forecaster; admin only.
    # No label: admin only. Not: old thought records, no homework before the first session, colleague's breathing app.
    "eap_booking_call_canberra": LabelledSession(
        text=_session(
            "Therapist: Good morning, you've reached the employee assistance line, Bronwyn speaking. How can I help?",
            "Client: Hi, um, my manager gave me this number. I'm meant to book some counselling?",
            "Therapist: Sure, no worries. I'll just need a few details to get you booked in. Can I get your "
            "full name and your agency?",
            "Client: It's Priya Raman, at the Bureau of Meteorology, here in Canberra.",
            "Therapist: Thanks, Priya. And the best phone number for you?",
            "Client: Zero four one two, three three four, five six seven.",
            "Therapist: Lovely. Do you prefer face to face at our Civic office, phone, or video?",
            "Client: Video, I think. I'm on forecasting shifts so it's hard to get into Civic.",
            "Therapist: No problem. I've got Thursday the eleventh at two thirty, or Monday the fifteenth at "
            "eight in the morning, both with Dr Okafor.",
            "Client: The Monday at eight works, I'm off nights that week.",
            "Therapist: Done. Monday the fifteenth, eight a.m., video with Dr Okafor. You'll get a link by "
            "SMS the day before.",
            "Client: Okay. Um, is there anything I should do before? Last time I saw a counsellor, years ago, "
            "she had me filling in thought records every week, columns and everything.",
            "Therapist: Nothing at all before the first appointment, there's no homework and nothing to "
            "prepare. The only thing is a consent form I'll email you. It covers confidentiality, and that "
            "you get six sessions funded by your employer.",
            "Client: Six. Okay. And my manager won't find out what I talk about?",
            "Therapist: No. Your agency only gets numbers, how many people used the service, never names or "
            "what's discussed. That's in the consent form too.",
            "Client: Good. A colleague keeps telling me to use her breathing app instead of this, but I think "
            "I need to actually talk to someone.",
            "Therapist: That's fine, you're booked in. Is it okay to email the form to your work address, or "
            "would you prefer a personal one?",
            "Client: Personal. It's priya dot r at, um... actually can you just text me and I'll reply with it?",
            "Therapist: Of course. I'll send a text now. Anything else I can help with today?",
            "Client: No, that's it. Thanks, Bronwyn.",
            "Therapist: You're welcome, Priya. Bye now.",
        ),
        techniques=frozenset(),
    ),
    # Vienna: psychoanalytic psychotherapy with a violin maker who waits in the stairwell before every session.
    # Labels: waiting on the step, the father's hand inspection, the analyst's silence as inspection. Not: wife's diary.
    "violin_maker_stairwell_vienna": LabelledSession(
        text=_session(
            "Therapist: You were ten minutes early again. You waited in the stairwell.",
            "Client: I didn't want to ring before the hour. I know you have someone before me. I sat on the "
            "step and looked at my hands.",
            "Therapist: Looked at your hands.",
            "Client: Old habit. When you make violins you look at your hands a lot. Varnish under the nails. "
            "My father checked our hands before dinner.",
            "Therapist: Last week you said you felt I was tired of you. And today you wait on the step rather "
            "than ring.",
            "Client: Well, I don't want to be a nuisance.",
            "Therapist: I wonder if waiting on the step is a way of making sure I can never be tired of you. "
            "You arrive, but you keep yourself outside until you are sure you are allowed in.",
            "Client: (pause) That's... maybe. It is polite, no?",
            "Therapist: It is polite. It may also be the dinner table. Hands shown, hands checked, and then "
            "you could sit.",
            "Client: My father was not a cruel man. He was exact. The workshop had to be exact.",
            "Therapist: You defend him quickly.",
            "Client: Do I? (laughs) Yes. I heard myself. My wife says I should write all this in a diary, she "
            "has kept one since she was twelve. I never do.",
            "Therapist: Is it the writing you refuse, or her suggesting it?",
            "Client: Her suggesting it. She is right too often. Like you.",
            "Therapist: Like me. So here, too, there is someone who is right and who checks your hands, and "
            "you wait on the step to be let in.",
            "Client: I didn't think of you like him. But when you were silent last Tuesday I thought: he is "
            "disappointed with the varnish.",
            "Therapist: The varnish.",
            "Client: The work. Me. For my father it was the same thing.",
            "Therapist: Perhaps my silence becomes his inspection. And coming early and sitting outside is a "
            "way of being exact before I can find a flaw.",
            "Client: (long pause) I am tired of being exact.",
            "Therapist: Say more about the tiredness.",
            "Client: There is a cello in the workshop, three months unfinished. Every time I pick it up I see "
            "what he would see.",
            "Therapist: We have to stop there for today. Tuesday, at the usual time.",
        ),
        techniques=frozenset({"insight_interpretation"}),
    ),
    # Bogota: couples counsellor with a husband and wife who run a bakery and fight over who closes at night.
    # Labels: closing problem defined, options listed then chosen, tried to Friday and reviewed. Not: retreat yoga.
    "bakery_closing_couple_bogota": LabelledSession(
        text=_session(
            "Therapist: Bienvenidos otra vez. Last time we ended on the fight about closing the bakery. Has "
            "it come up this week?",
            "Client: (Camila) Every night. He goes to play microfutbol at eight and I count the till alone until ten.",
            "Client: (Andres) It's one night of football, Camila, not every night.",
            "Client: (Camila) Tuesday, Thursday and Saturday. That's three.",
            "Therapist: Okay. I'm hearing it's less about football and more about who closes, and when. Could "
            "we put that into one sentence you both agree with?",
            "Client: (Andres) The closing, the counting and the mopping all land on Camila.",
            "Client: (Camila) Yes. That's it.",
            "Therapist: Good. Now let's throw out every possible way of dealing with it, even silly ones, and "
            "nobody argues about any of them yet. I'll write them down.",
            "Client: (Andres) I count the till before I leave at eight.",
            "Client: (Camila) We close at nine instead of ten on his football nights.",
            "Client: (Andres) We pay Yeison, the delivery boy, to mop and close on Saturdays. He's asked for "
            "more hours.",
            "Client: (Camila) He stops football. That's the silly one.",
            "Therapist: (writes) Anything else? No? Let's go through them. Which ones could you both live with?",
            "Client: (Camila) Close at nine on Tuesdays and Thursdays, the last hour sells nothing anyway, "
            "two or three tintos. And Yeison on Saturdays.",
            "Client: (Andres) And I count the till before I go. That's fair.",
            "Therapist: So the plan: nine o'clock closing on Tuesday and Thursday, Andres counts the till "
            "before football, Yeison closes on Saturday. Who talks to Yeison, and when?",
            "Client: (Andres) Me. Tomorrow morning when he comes for the deliveries.",
            "Therapist: Then try it until we meet next Friday. Each of you notice one night it worked and one "
            "night it didn't, and we'll go over those first thing. No more exercises today, you both look "
            "tired.",
            "Client: (Camila) My cousin and her husband went on one of those couples retreats in Villa de "
            "Leyva, with yoga and everything. Maybe after Christmas. (laughs)",
            "Client: (Andres) Yoga. Me. (laughs) Friday, then.",
        ),
        techniques=frozenset({"homework", "problem_solving"}),
    ),
    # St. John's, Newfoundland: employment centre counsellor with a crab plant worker laid off after twenty-six years.
    # Labels: useful, teaching, family; forty trained and no lost fingers; college call and April aim. Not: homework.
    "crab_plant_closed_st_johns": LabelledSession(
        text=_session(
            "Therapist: So, Gerard. How're you getting on, b'y?",
            "Client: Ah, y'know. Same old. Plant's still shut, that's not changing. Twenty-six years on the "
            "line and they sends a letter.",
            "Therapist: Twenty-six years. That's, uh, that's a long time to give to a place.",
            "Client: Started when I was seventeen. Me father was there before me.",
            "Therapist: Can I ask you, like, when you think about what mattered in all them years, what comes "
            "to mind? Not the crab. What mattered to you.",
            "Client: Huh. The crowd, I s'pose. Being the fella the young ones come to. Showing them how to "
            "run the cooker without scalding themselves. Being, uh, useful.",
            "Therapist: Useful, and teaching. What else?",
            "Client: Being home for supper. The young one's hockey. I never missed a game, shift work or no.",
            "Therapist: So being useful, passing on what you know, and being there for the family. Those are "
            "still yours, even with the plant gone, right?",
            "Client: I s'pose they are, yeah. Never thought of it like that.",
            "Therapist: And what did you actually do there, skill-wise? Like if you had to put it on a page.",
            "Client: Ran the cooker. Fixed the conveyor when the mechanic was off, which was half the time. "
            "Trained, what, forty young ones? Safety rep for eight years. Never lost a finger on my line.",
            "Therapist: Never lost a finger on your line. Forty people trained. That's, uh, that's not "
            "nothing, Gerard.",
            "Client: (laughs) No, I s'pose it's not. Missus says the same. My buddy Wince went and done one "
            "of them mindfulness courses at the college after the layoff, says it's some good. Not for me.",
            "Therapist: Fair enough. So, with useful and teaching and family in mind, where do you want to "
            "be, say, by the spring?",
            "Client: Working. Something with machines. Maybe the millwright course at the college. Wince's "
            "course is in the same building, ha.",
            "Therapist: Okay. What's a first step, a small one?",
            "Client: Find out when the millwright intake is. Call them.",
            "Therapist: When?",
            "Client: Monday. Then sit down with the missus about the money side before the end of the month.",
            "Therapist: So: call the college Monday, money talk with the missus by the thirtieth, and in a "
            "course or a job with machines by April. Sound right? That's your plan, mind, not homework, I "
            "won't be chasing you on it.",
            "Client: Sounds right. Better than sitting in the truck at the wharf all day.",
        ),
        techniques=frozenset({"goal_setting", "strengths_review", "values_clarification"}),
    ),
    # Turin: Italian psychologist in non-native English with an Indian automotive engineer blaming himself for a recall.
    # Labels: responsibility pizza for the recall, check-three-times rule in two columns. Not: puja, HR webinar.
    "brake_recall_engineer_turin": LabelledSession(
        text=_session(
            "Therapist: So, Arjun, last time you tell me the recall of the brake sensor is completely your "
            "fault. You still think it is so?",
            "Client: Yes. I signed the validation report. My name is on it. Ninety-five percent my fault, honestly.",
            "Therapist: Okay. Today I want to try something with you, a drawing. Here is a circle, like a "
            "pizza. We put in slices everybody and everything that had a part in this recall. You we put "
            "last.",
            "Client: Me last? Okay. The supplier in Slovakia changed the solder without telling us.",
            "Therapist: How big slice?",
            "Client: Big. Maybe thirty-five percent.",
            "Therapist: Who else?",
            "Client: The test rig. It was not calibrated since one year, that's the lab's job. Maybe fifteen. "
            "The timeline, management moved the launch two months earlier. Twenty. The second reviewer, "
            "Paolo, he also signed. Ten.",
            "Therapist: Okay, I draw the slices. Supplier thirty-five, rig fifteen, timeline twenty, Paolo "
            "ten. What is left?",
            "Client: Twenty. That's me.",
            "Therapist: Twenty. Before you said ninety-five. Look at the pizza. What you think?",
            "Client: Twenty is still a lot. But it is not ninety-five. Huh.",
            "Therapist: Now another thing. You have a rule: I must check everything myself, three times. Let "
            "us write what this rule gives to you and what it costs to you. Two columns. Advantages first.",
            "Client: Advantages: I catch mistakes. My boss trusts me. I sleep better when it's done.",
            "Therapist: And disadvantages?",
            "Client: I work until eleven at night. My wife and daughter eat without me. I am slow, so the "
            "team waits for me. And, it did not stop the recall anyway.",
            "Therapist: Interesting, the last one. So when you look at both columns?",
            "Client: The cost column is longer. I did not expect.",
            "Therapist: We stay with that. No need to decide anything today.",
            "Client: My mother says I should do a puja for the project, she is worried. And HR sent me a link "
            "for a wellness webinar.",
            "Therapist: (laughs) Your mother and HR agree on something. For today the pizza and the two "
            "columns are enough. Take the paper with you if you like, no obligation.",
            "Client: I keep it. Maybe I show my wife the pizza.",
        ),
        techniques=frozenset({"continuum_or_pie_chart", "pros_and_cons"}),
    ),
    # Darwin: after-hours mental health line, a cattle station cook alone in his donga with the rifles in the shed.
    # Labels: risk asked and the safe key to Dave, slow breathing, signs and the plan, brother Luke. Not: tai chi.
    "station_cook_night_line_darwin": LabelledSession(
        text=_session(
            "Therapist: Top End after-hours mental health line, you're talking with Kirra. What's happening tonight?",
            "Client: Yeah, g'day. Um. I'm a cook out on a station past Katherine. Got the number off the "
            "fridge in the donga. I'm not doing too good.",
            "Therapist: Thanks for ringing, I'm glad you did. Can I get a name?",
            "Client: Shane.",
            "Therapist: Shane. When you say not doing too good, can I ask you straight: are you having "
            "thoughts of ending your life?",
            "Client: ...Yeah. Bit. Tonight's been bad. Since the missus left in May.",
            "Therapist: Thanks for being honest with me, mate. Have you got a plan, or anything there you've "
            "thought of using?",
            "Client: There's the station rifles in the shed. I haven't gone near them. I just keep thinking "
            "about them.",
            "Therapist: Okay. Who has the key to that gun safe?",
            "Client: The manager, Dave. And me, I've got the spare.",
            "Therapist: Would you be willing to give your spare to Dave tonight, so it's out of your hands?",
            "Client: Yeah... yeah, I could. He's up at the homestead, lights are still on.",
            "Therapist: That'd be a big step. Before you go up, you sound pretty puffed. Let's slow your "
            "breathing down together. In through your nose for four... hold a sec... and out through your "
            "mouth, slow, for six. Again.",
            "Client: (breathing) Yeah. Okay. Bit better.",
            "Therapist: Good. Now let's put together a plan for when it gets bad like tonight. What are the "
            "signs it's heading that way?",
            "Client: When I'm in the donga after tea and I start going through her Facebook. And I've had a few.",
            "Therapist: So after tea, on her Facebook, with a few in. What could you do instead, right then?",
            "Client: Go sit with the ringers at the fire. Or ring me brother in Toowoomba, Luke. He always answers.",
            "Therapist: Luke sounds like a good one to have. Would you tell him what's been going on?",
            "Client: Yeah. I reckon I should. The manager's missus does that tai chi stuff on the verandah, "
            "reckons I should join her. Not really me.",
            "Therapist: (laughs) Fair enough. So your plan: the key to Dave tonight; when the signs show up, "
            "the fire or Luke; and if it's still bad, you ring us here, or 000 if you're in danger. Can you "
            "write that on the back of the card on the fridge?",
            "Client: Yeah, I'll write it. Going up to Dave's now.",
            "Therapist: Good on you, Shane. Give him the key, and ring Luke tomorrow. Call us back any time tonight.",
        ),
        techniques=frozenset({"breathing_exercise", "safety_planning", "social_support"}),
    ),
    # Uppsala: school counsellor with a fourteen-year-old dreading a three-minute book talk in Swedish class.
    # Labels: shaky-voice prediction tested on video, two more readings to Wednesday. Not: underwear tip, sportlov.
    "book_talk_test_uppsala": LabelledSession(
        text=_session(
            "Therapist: Hej Alva. So the book talk is on the 14th, right?",
            "Client: Yeah. About my favourite book. Three minutes. I'd rather move to Norway.",
            "Therapist: (laughs) Norway is a long way to go for three minutes. What are you most scared will happen?",
            "Client: That my voice shakes and everyone sees it and laughs. Like, Wilma will film it.",
            "Therapist: How sure are you, out of a hundred, that people will notice your voice shaking?",
            "Client: Ninety. And that someone laughs, like seventy.",
            "Therapist: Shall we test it right now? You read the first paragraph of your talk to me, I film "
            "it on your phone, and then we watch it together. Write your prediction down first.",
            "Client: (writes) Voice shakes and you can tell: ninety. You laugh or smile weird: fifty.",
            "Therapist: Good. One thing: read normally, don't rush to get it over with or hold your breath, "
            "otherwise we won't know what really happens. Go when you're ready.",
            "Client: (reads) My favourite book is Ronja Rovardotter by Astrid Lindgren. It's about a girl who "
            "grows up in a castle with robbers... Okay, stop, that was awful.",
            "Therapist: Let's watch it before deciding. (plays the video)",
            "Client: Hm. You can hear it a bit at the start. Then... not really. And you didn't laugh.",
            "Therapist: Write what actually happened, and your new number.",
            "Client: Shook a bit in the first sentence, then fine. Nobody laughed. Voice shakes and people "
            "can tell... forty.",
            "Therapist: From ninety to forty. What did you learn?",
            "Client: That it feels way worse inside than it looks from outside.",
            "Therapist: So until we meet next Wednesday: do the same test twice more, once reading to your "
            "dad and once to Elsa, with the prediction before and what happened after on the same sheet. "
            "Bring it Wednesday and we'll look at it together.",
            "Client: Okay. Mamma says I should just imagine everybody in their underwear. That's so weird.",
            "Therapist: (smiles) Some people like that one. The sheet is what we'll look at.",
            "Client: Our teacher said there's no homework over sportlov, but I guess this doesn't count.",
            "Therapist: This is a different kind. See you Wednesday.",
            "Client: Wednesday. Bye.",
        ),
        techniques=frozenset({"behavioral_experiment", "homework"}),
    ),
    # Kyoto: hospital psychologist with a kimono shop owner whose bowel symptoms flare before opening the shop.
    # Labels: gut-brain circle, muscles tensed and let go, evening pain and mood diary, both to the 20th. Not: FODMAP.
    "kimono_shop_gut_kyoto": LabelledSession(
        text=_session(
            "Therapist: Good afternoon, Mr Nakamura. Dr Ishida sent me your results. Everything came back normal, yes?",
            "Client: Yes. Colonoscopy normal. But the pain is real. Before I open the shop in the morning, I "
            "go to the toilet four, five times.",
            "Therapist: I believe it is real. May I explain how we understand this? The gut has very many "
            "nerves, almost like a second brain, and it talks with the brain all day. When you are tense, the "
            "brain sends alarm signals, the gut becomes more sensitive and moves too fast. Then the pain "
            "makes you more tense. A circle.",
            "Client: A circle. So it is in my head?",
            "Therapist: No. It is in the connection. Both parts are real. This is very common in people with "
            "IBS, especially with stressful mornings.",
            "Client: Stressful, yes. Since my father retired, I open the shop alone. Tourists, wholesalers "
            "from Osaka...",
            "Therapist: One way to calm the alarm is to teach the muscles to let go. Shall we try now? It "
            "takes about ten minutes.",
            "Client: Here? Please.",
            "Therapist: Sit back in the chair. Make fists with both hands, tight... hold for five seconds... "
            "and let go. Notice the difference, warm and heavy. Now the shoulders, lift them to your ears... "
            "hold... and drop.",
            "Client: Ah. My shoulders are always up there, my wife says.",
            "Therapist: Now the stomach, gently tighten... hold... and release. Let the belly be soft. Now "
            "the face, squeeze the eyes shut... and let go. Stay here a moment, just noticing the body.",
            "Client: (after a while) Strange. The stomach feels quieter.",
            "Therapist: Good. I would also like you to keep a small diary each evening: the gut pain from "
            "zero to ten, what happened that day, and how you felt, worried, rushed, calm. Then we can see "
            "the pattern together.",
            "Client: Pain, what happened, feeling. Every evening. Okay.",
            "Therapist: And the muscle exercise every morning before opening the shop. Both until our next "
            "appointment on the 20th, and please bring the diary with you.",
            "Client: I will. Dr Ishida also gave me a paper about the low FODMAP diet. And my wife wants to "
            "take me to a shiatsu place in Gion.",
            "Therapist: For the diet, please follow Dr Ishida. The shiatsu is your choice. I will see you on the 20th.",
            "Client: Thank you very much. The 20th.",
        ),
        techniques=frozenset({"homework", "journaling", "psychoeducation", "relaxation_mindfulness"}),
    ),
}
