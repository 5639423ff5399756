"""Blind test set 14 for the technique detector: fourteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 75 lines of
labelled_sessions_blind9.py, printed with `head -n 75` (interface, docstring conventions, labelling rules, the
settings set 9 used and the start of its dict; the rest of that file was not opened); the lines of
labelled_sessions_blind10.py, labelled_sessions_blind11.py, labelled_sessions_blind12.py and
labelled_sessions_blind13.py that start with four spaces and a `#`, printed with `grep -n "^    # "` on each (only
to see which settings those sets used, so as to avoid them; nothing else of those files was opened); the first 60
lines of labelled_sessions_blind13.py, printed with `head -n 60` (its docstring: settings, voices and the labelling
rules as last applied); the LabelledSession dataclass in labelled_sessions.py, printed with `grep -n "class
LabelledSession" -A4`; each catalog technique's code, name, family and description, printed by a python one-liner
that loaded sql/technique_catalog.json and printed only those four fields (the synonyms and cue fields were never
printed and the file was never opened otherwise); and the [tool.ruff] table of pyproject.toml, printed by a python
one-liner with tomllib. One slip, minor: that one-liner printed the whole tool.ruff dict, so the nested
[tool.ruff.lint] settings (the select list and the per-file-ignores entry) came with it, which are ruff settings but
not strictly the bare [tool.ruff] table. Besides that it ran `test -e` on this module's own path and `test -x` on
.venv/bin/ruff, to confirm that no file of this name existed yet and that ruff was there (no directory was listed).
It did not open the transforms package, the tests, the README, the docs or any other benchmark, did not grep the
repository beyond the commands above, did not read /work/shared, ran no git command and ran nothing of the product,
its tests, mypy or any benchmark; the only other commands run against the project were the import check of this
module (importing it, counting sessions, turns and labels, and comparing each text and label set with the
hand-written source) and ruff check / ruff format on this file alone. The module was emitted by a throwaway
generator kept in /tmp/blind14, outside the project, from session text written there by hand (a few turns were then
cut or merged by hand, still in /tmp, to keep every session within thirty turns); the generator only split each turn
into implicitly concatenated string pieces to keep lines short, ruff format may then re-join pieces that fit on one
line, and the import check confirmed every text is identical to the source. The labels, set by hand in that source,
were not touched by any step, and this docstring was written by hand. No text was copied from any corpus.

The settings were chosen to be unlike sets 9 to 13 and unlike each other, and the voices vary: a Perth quitline
counsellor on the phone with a fly-in fly-out electrician at a Pilbara mine camp; a Tbilisi psychologist with a
Georgian wine-tour guide, in non-native English, after a one-star review; a CBT group for menopausal hot flushes at
a Leicester GP surgery; an AI assistant answering, over several turns in plain prose, a master's student in Jakarta
who cannot start a thesis chapter; an intake at an Athens hospital clinic with a retired ferry chief engineer, mostly
assessment; a Trinidad youth text line at midnight with a seventeen-year-old before a maths paper, in Trini
text-speak; a Prague counsellor's first session with a Czech jazz pianist who lists what he has already tried; a
telehealth video with a Kodiak salmon skipper after a failed season; a Hsinchu employee counsellor with a Taiwanese
process engineer whose manager messages after midnight; a Spanish psychologist on the Costa Blanca, in English, with
a retired Yorkshire woman who avoids the motorway; psychoanalytic psychotherapy in Buenos Aires with a tango teacher
who wants to stop before the January break; a Lusaka hospital staff counsellor with a radiographer whose last child
has left for boarding school; a cruise ship's crew welfare officer with a Balinese waiter whose daughter was born
while he is at sea; and a Vilnius emergency department psychologist with a lorry driver the morning after an
overdose. Counsellors mostly use techniques in their own words without naming them; a few name them (exposure and a
ladder, a safety plan). Group members speak as 'Client: (Name)', the assistant's answers are single 'Therapist:'
lines, and the student's messages to it are 'Client:' lines.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises
in it. A client merely mentioning something (nicotine patches, a mate's vape, a friend's gratitude diary, HRT, a
daughter-in-law's hot yoga, a Pomodoro app, a roommate's modafinil, St John's wort, confession with a priest, a
granny's chamomile drink, a former therapist's thought records, a breathing app, Sunday yoga, a gratitude journal
given for Christmas, a drummer's propranolol, a deckhand's meditation app, a wife's wish that he see a chaplain, a
colleague's meditation retreat, hypnosis, lorazepam for flying, a sister's family constellations workshop, a sister's
advice to pray more, iron tablets, the crew gym, a mother-in-law's healer), or the counsellor merely asking about a
topic (sleep, eating, drinking, concentration, hoped-for change at a first session), advising against something
(posting a reply written at one in the night, unprescribed modafinil, St John's wort without the doctor, a
drummer's pills, lorazepam before exposure practice, a galley worker's loans) or using a scale only to measure
(confidence in a smoko plan, a depression questionnaire), is not a label; rapport_empathy, assessment and
session_structure are never labelled. ``homework`` is labelled only when a task is explicitly agreed for before the
next meeting and is to be reviewed; plans made without such an agreement (a tour guide told there is nothing to do
this week, the AI's 25-minute test and three-week draft with no follow-up possible, a text-line caller told she need
not report back, a talk with a manager on Friday the counsellor does not ask to hear about, a notebook and calls
planned on a ship with no meeting booked) are not homework. The pianist's first session (history and what he has
tried, nothing proposed) and the Kodiak call (listening only) carry no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match
its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND14_SESSIONS: dict[str, LabelledSession] = {
    # Perth quitline: phone call from a fly-in fly-out electrician at a Pilbara mine camp.
    # Labels: smoko v baby ledger, craving curve, smoko options, cravings noted to Thursday. Not: 0-10, patches, vape.
    "quitline_call_pilbara_mine_camp": LabelledSession(
        text=_session(
            "Therapist: Quitline, you're talking to Bronwyn. Have you called us before?",
            "Client: Nah, first time. Sorry, reception's patchy, I'm out the back of the dongas. Mate gave me"
            " the number.",
            "Therapist: No worries at all, I'll hang on if you drop out. What's your first name, and where "
            "are you calling from?",
            "Client: Jase. I'm at a camp out past Newman, fly-in fly-out, two weeks on, one off. Sparky on "
            "the processing plant.",
            "Therapist: Good on you for ringing, Jase. What's got you picking up the phone tonight?",
            "Client: Missus is due in March. First kid. She quit the day she found out, just like that, and "
            "I'm still on a pack a day. I feel like a proper hypocrite sneaking one behind the ute when I'm "
            "home.",
            "Therapist: So the baby's a big part of this. Can I ask, before we go further, what you actually "
            "get out of smoking? I'm not going to lecture you, I'd genuinely like to hear the good side too.",
            "Client: Ha. Alright. It's smoko, that's the main thing. Everyone stands round the shade shelter "
            "and has a yarn. And after twelve hours in forty degrees it's the one thing that's mine.",
            "Therapist: So it's company, it's a reward, it's a bit of time that belongs to you. What else "
            "goes on that side?",
            "Client: Keeps me awake on nights. Stops me eating the whole crib room.",
            "Therapist: And the other side of the ledger. What does smoking cost you, and what would you get "
            "if you stopped?",
            "Client: Money, for one. I worked it out, near on a hundred and twenty a week. Breath like an "
            "ashtray. I get puffed on the stairs up to the conveyor. And the kid, I don't want her growing up"
            " with me stinking of it. My old man died at sixty-one. Lungs.",
            "Therapist: When you lay the two sides next to each other, the yarn, the reward and staying awake"
            " on one, and the money, the stairs, your dad and your daughter on the other, how does it look to"
            " you?",
            "Client: Looks like I'm an idiot for still smoking, to be honest.",
            "Therapist: I'd say it looks like smoking has been doing real jobs for you, which is why it's "
            "hard to give up, and there are bigger things on the other side now. Can I tell you a bit about "
            "what a craving actually does? A lot of blokes find it useful.",
            "Client: Go on.",
            "Therapist: A craving feels like it'll keep building until you give in, but it doesn't. It "
            "climbs, peaks and drops off, usually inside five minutes or so, whether you smoke or not. The "
            "first week or two is the roughest while your brain gets used to running without nicotine, and "
            "after that the cravings come further apart and weaker. So every one you ride out is one fewer "
            "down the track.",
            "Client: Five minutes. Feels like an hour when you're hanging out.",
            "Therapist: It does. So let's take the hardest one, smoko under the shade shelter. What could you"
            " do differently there? Throw me every idea, even the silly ones.",
            "Client: Don't go to smoko. Nah, that's no good, that's where the boys are. Chew gum. Stand on "
            "the other side, upwind. Bring a frozen water bottle and smash that instead. Go ten minutes late "
            "so it's half over.",
            "Therapist: Good list. Which of those feels doable on your next shift?",
            "Client: Upwind with a frozen bottle and a packet of gum. Going late, the leading hand would have"
            " something to say.",
            "Therapist: So the plan is: on your day shifts this swing you still go to smoko, you stand "
            "upwind, frozen bottle in one hand, gum in your pocket. Nights we'll leave for later. You "
            "mentioned patches earlier?",
            "Client: Yeah, the chemist in Newman had them, I haven't bought them. And my mate Kev reckons I "
            "should just go on his vape.",
            "Therapist: Patches are worth a chat with the pharmacist or your camp medic, and I can text you "
            "the details of the subsidised ones. Here's what I'd like to suggest. We call you back next "
            "Thursday at the same time, once you've done a few day shifts. Between now and then, could you "
            "jot down in your phone each craving, the time, where you were and what you did? Then on Thursday"
            " we go through it together and sort out nights.",
            "Client: Yeah, I can do that. Notes app.",
            "Therapist: One last thing. On a scale of nought to ten, how confident are you about the smoko plan?",
            "Client: Six. Maybe six and a half.",
            "Therapist: Six and a half is a fine place to start. Thursday, eight o'clock your time. Look "
            "after yourself, Jase.",
            "Client: Cheers, Bronwyn. Thursday.",
        ),
        techniques=frozenset({"pros_and_cons", "psychoeducation", "problem_solving", "homework"}),
    ),
    # Tbilisi: private psychologist with a Georgian wine-tour guide after a one-star review, in non-native English.
    # Labels: review v 212 reviews, drunk guide to Levan line, good guide with a tired day. Not: diary, 1 a.m. reply.
    "tour_guide_review_tbilisi": LabelledSession(
        text=_session(
            "Therapist: Gamarjoba, Nino. Last time you said the review was still on your mind. How has the week been?",
            'Client: Honestly? Not so good. I read it again maybe twenty times. "Boring guide, bad English, '
            'avoid." I know it by heart like a poem.',
            "Therapist: What goes through your mind when you read it?",
            "Client: That it is true. I am bad guide. Everybody in the group is just polite, they smile, but "
            "inside they think the same. Only this man from Manchester was honest.",
            "Therapist: How strongly do you believe that right now, that you are a bad guide, from nought to "
            "a hundred percent?",
            "Client: Ninety percent.",
            "Therapist: Can we look at it carefully together, like two detectives? What is there that fits "
            "the idea that you are a bad guide?",
            "Client: This review. And one time in May I said Saperavi when the grape was Rkatsiteli, and a "
            'woman corrected me in front of everyone. And my English, I make mistakes with "the" and "a".',
            "Therapist: So one review, one grape mix-up in May, and the articles in English. What is on the "
            "other side? Anything that does not fit?",
            "Client: Well. The company gave me guide of the season last year. I have, I think, two hundred "
            "and twelve reviews, almost all five stars. People ask for me by name when they book. One couple "
            "from Ohio sent me a Christmas card.",
            "Therapist: Two hundred and twelve reviews, an award, people asking for you by name, a card from "
            "Ohio. And the man from Manchester, do you know anything about his day?",
            "Client: He came with hangover, he said it himself in the minibus. He slept in the second winery,"
            " in the cellar.",
            "Therapist: When you put all of that side by side, what do you notice?",
            "Client: That I give one man more weight than two hundred people. It is stupid.",
            "Therapist: Not stupid. Let's try one more thing. Imagine a line from nought to a hundred. Nought"
            " is the worst guide you could imagine, a hundred is the best guide in all of Georgia. Who sits "
            "at nought, what do they do?",
            "Client: Nought is a guide who is drunk at the first winery, who loses a tourist in Sighnaghi, "
            "who shouts at the driver. I have seen one like this, really.",
            "Therapist: And a hundred?",
            "Client: My teacher, batono Levan. He knows every stone, every song, he makes people cry with the"
            " toasts at the supra.",
            "Therapist: So where would you put yourself, honestly, on the line between that drunk guide and "
            "batono Levan?",
            "Client: Hmm. Seventy-five? Seventy-eight. I am not Levan. But I am very far from the drunk one.",
            'Therapist: So from "I am a bad guide" to around seventy-eight. If you put it into a sentence '
            "that fits everything we looked at, what would it be?",
            "Client: Something like, I am a good guide, maybe I had a weaker day, and one tired tourist did "
            "not like it. And my English is good enough for two hundred people.",
            'Therapist: How much do you believe the old thought now, "I am a bad guide"?',
            "Client: Maybe thirty. It is still there, but smaller.",
            "Therapist: That's a big shift. You said before that you wanted to answer the review.",
            "Client: Yes, at one in the night I wrote a long answer, very angry. I did not post it.",
            "Therapist: I would not post anything written at one in the night. If you still want to answer "
            "it, we can look at that another time, when it is less raw.",
            "Client: Okay. My friend Tamar says I should keep a gratitude diary, three things every night. I "
            "did not do it. It feels like homework from school. (laughs)",
            "Therapist: Fair enough. Nothing to do this week, then. We'll see how it sits when we meet on Tuesday.",
            "Client: Okay. Madloba.",
        ),
        techniques=frozenset({"evidence_examination", "continuum_or_pie_chart", "cognitive_restructuring"}),
    ),
    # Leicester: CBT group for menopausal hot flushes at a GP surgery, week two, four women.
    # Labels: thermostat and stress, in four out six, shoppers not watching, flush sheet to Thursday. Not: HRT, yoga.
    "menopause_flush_group_leicester": LabelledSession(
        text=_session(
            "Therapist: Right, everyone's got a tea, so let's make a start. Welcome back to week two. Last "
            "week a few of you said the flushes at work were the worst part. Sandra, you were about to say "
            "something when we ran out of time.",
            "Client: (Sandra) Yes. I'm on the tills at the big Asda. A flush comes, I go bright red, sweat "
            "running down my neck, and I'm sure the customer is thinking, look at her, she's past it.",
            "Client: (Mandeep) Same in the school office. I've got a little fan on my desk now and the head "
            "teacher keeps making jokes about it.",
            "Therapist: Before we get to those thoughts, let me explain what's going on in the body, because "
            "it makes sense of a lot. As oestrogen drops, the brain's thermostat gets touchy. The comfortable"
            " range shrinks, so a small rise in core temperature, from a hot drink, a warm shop or stress, "
            "tips it over, and the body throws everything at cooling down: blood rushes to the skin and you "
            "sweat. Stress hormones narrow that range even further, so dreading a flush can make the next one"
            " more likely. And a flush usually passes within a few minutes.",
            "Client: (Lorraine) So getting in a state about it makes it worse. That's just brilliant, that is.",
            "Therapist: It also means there are things you can do. One that helps a lot of women is slow "
            "breathing at the first sign. Shall we try it now? Sit back, one hand on your tummy. In through "
            "your nose for four and let your tummy rise, then out slowly through your mouth for six, as if "
            "you're cooling a spoonful of soup. In, two, three, four. Out, two, three, four, five, six. And "
            "again.",
            "Client: (Joy) Oh, that's nice. I could feel my shoulders dropping.",
            "Therapist: That's about six breaths a minute. It won't stop a flush dead, but it tends to take "
            "the edge off and helps you ride it out. Now, Sandra, that thought, \"she's past it\". Let's look "
            "at it as a group. If you were the customer and the woman on the till went red, what would you "
            "actually be thinking?",
            "Client: (Sandra) Honestly? Probably nothing. I'd be wondering whether I'd forgotten the bread.",
            "Client: (Mandeep) Or you'd think, poor love, it's warm in here.",
            "Therapist: So what might be a fairer thing to say to yourself when it starts at the till?",
            "Client: (Sandra) Maybe, it's a flush, it'll pass, and most people are thinking about their "
            "shopping, not about me.",
            'Therapist: How does that feel compared with "she\'s past it"?',
            "Client: (Sandra) Less awful. I'd still rather not drip on anyone's Clubcard, mind.",
            "Client: (Lorraine) My GP wants me to try HRT. I've got an appointment next month.",
            "Therapist: That's one to talk through with your GP, Lorraine, and plenty of women do both. Joy, "
            "you mentioned yoga last week?",
            "Client: (Joy) Only that my daughter-in-law goes to hot yoga. I told her no thank you, I make my own heat.",
            "Therapist: (laughs) Fair enough. How is everyone sleeping, with the night sweats?",
            "Client: (Mandeep) Up twice a night changing the pillowcase.",
            "Therapist: We'll come to nights in week four. For this week, here's a sheet. Each time you have "
            "a flush in the day, write down the time, where you were, what went through your mind, and what "
            "you said back to yourself or did, like the breathing. Bring it next Thursday and we'll go "
            "through a few together.",
            "Client: (Lorraine) Even the ones at three in the morning?",
            "Therapist: Just the daytime ones for now.",
        ),
        techniques=frozenset(
            {"psychoeducation", "breathing_exercise", "cognitive_restructuring", "thought_record", "homework"}
        ),
    ),
    # AI assistant in plain prose, several turns: a master's student in Jakarta who cannot start a thesis chapter.
    # Labels: 25-minute test of the prediction, draft in three weeks, words for a friend. Not: app, pills, none.
    "ai_assistant_thesis_jakarta": LabelledSession(
        text=_session(
            "Client: hi. i am master student in jakarta, my thesis deadline is 6 weeks and i have not write "
            "chapter 3 at all. every time i open laptop i feel heavy and then i watch youtube until 2am. my "
            "supervisor already ask twice. what should i do",
            "Therapist: That sounds stressful, especially with your supervisor asking. Can I ask a couple of "
            "things first, so my suggestions fit you? What is chapter 3 about, and when you open the laptop, "
            "what goes through your mind just before you switch to YouTube?",
            "Client: chapter 3 is methodology, survey of small coffee shops in bandung. before youtube i "
            'think, this will be bad, i will sit 3 hours and write nothing, better relax first. and also "my '
            'friends already finish, i am the stupid one"',
            "Therapist: Thanks, that's really useful. Two things are going on: a prediction (\"if I sit down "
            "I'll spend three hours and write nothing\") and a harsh judgement about yourself. Let's take the "
            "prediction first. It's worth treating it as a guess you can test rather than a fact. Tomorrow, "
            "pick one small part, for example only the paragraph about how you chose the coffee shops, and "
            'set a timer for 25 minutes. Before you start, write down what you expect, something like "I will'
            ' write zero words and feel terrible, 90 percent sure." When the timer ends, write down what '
            "actually happened: how many words, how you felt. Then compare the two. Whatever the result, "
            "you'll learn something about how accurate that prediction is.",
            "Client: ok. 25 minutes i can try. but the whole chapter is still too big, i dont know where to start",
            "Therapist: Then let's make the big thing smaller. With six weeks left, a workable target is a "
            "complete rough draft of chapter 3 in three weeks, which leaves time for your supervisor's "
            "comments. Split the chapter into pieces, for example: research design, sampling of the coffee "
            "shops, the questionnaire, data collection, and the analysis plan. Five sections in three weeks "
            "is roughly two a week, and each section can be split again into a few 25-minute blocks. Which "
            "section feels easiest to start with?",
            "Client: sampling i think, i already have the list of 40 coffee shop",
            "Therapist: Good, so sampling first, and the very first step is the paragraph on how you picked "
            'those 40. Now the harsh judgement, "I am the stupid one". If your closest friend were behind on '
            "her thesis and told you she was stupid, what would you say to her?",
            "Client: i will say no lah, you work part time, of course slower. you are not stupid, just tired",
            "Therapist: That's a kind and fair answer. You mentioned earlier that you work in the evenings, "
            "is that right?",
            "Client: yes, at my aunt catering, 3 nights a week hehe",
            "Therapist: Then the same answer fits you: you're doing a master's while working three nights a "
            'week. When the "stupid" thought shows up, try saying to yourself what you\'d say to your friend. '
            "It isn't about letting yourself off the hook; people usually get more done when they aren't "
            "being attacked by their own inner voice.",
            "Client: ok thank you. my roommate says i should use pomodoro app, and she has modafinil from her"
            " cousin, she says it make you focus all night",
            "Therapist: An app is up to you; a simple phone timer works just as well. I'd advise against "
            "taking modafinil that wasn't prescribed for you. It's a prescription medicine, and working "
            "through the night usually makes the next day's writing worse, not better. There's no follow-up "
            "session here, so treat all of this as your own plan to use as you like.",
            "Client: ok i will try tomorrow morning. thank you ya",
        ),
        techniques=frozenset({"behavioral_experiment", "goal_setting", "self_compassion"}),
    ),
    # Athens: intake at a hospital outpatient psychology clinic with a retired ferry chief engineer; mostly assessment.
    # Labels: 4 a.m. thoughts asked, helpline card, 112. Not: questionnaire, St John's wort, priest, drink asked, team.
    "intake_retired_ferry_engineer_athens": LabelledSession(
        text=_session(
            "Therapist: Kalimera, Mr Papadakis. I'm Dr Kostopoulou, one of the psychologists here. Today is "
            "mostly me asking questions so we understand what's happening, and at the end we decide together "
            "what comes next. Is that alright?",
            "Client: Yes, okay. My daughter made the appointment. She says, papa, you are not yourself.",
            "Therapist: What does she notice?",
            "Client: I don't go to the kafeneio any more. I sit in the chair. Forty years on the ferries, "
            "chief engineer on the Naxos line, and since March I am retired, and I don't know what day it is.",
            "Therapist: So since March. How would you describe your mood, most days?",
            "Client: Heavy. Like the engine room when the ventilation is broken. Not sad like crying. Heavy.",
            "Therapist: How are you sleeping?",
            "Client: I wake at four, like on the ship for the morning watch. Then I lie there and think.",
            "Therapist: And your appetite, your weight?",
            "Client: My wife says I eat like a bird. The trousers are loose, maybe four kilos.",
            "Therapist: What about concentration, reading, the television?",
            "Client: I read the same page of the newspaper three times.",
            "Therapist: The things you used to enjoy, do they still give you anything?",
            "Client: The grandson, yes, a little. Fishing with my cousin, no. I don't go.",
            "Therapist: How much do you drink in a week, roughly? Ouzo, wine, beer, anything.",
            "Client: A glass of wine with food. Sometimes two. Not more, I promise you. My father drank. I don't.",
            "Therapist: Any health problems, any medicines?",
            "Client: Blood pressure, one tablet in the morning. My cousin brought me St John's wort from a "
            "pharmacy in Syros. I did not start it.",
            "Therapist: Please check with your doctor before you take it; it can interfere with other "
            "medicines. Now I'm going to ask you to fill in a short questionnaire about the last two weeks. "
            "(pause) Thank you. Your score is in the moderate range, which fits what you've described. I ask "
            "everyone this next question, and I'd like an honest answer. Do you ever have thoughts that life "
            "is not worth living, or of ending your life?",
            "Client: (pause) Sometimes at four in the morning I think, if I don't wake up, it's not so bad. "
            "But to do something, no. My wife, the grandson. And for us in the church it is a sin.",
            "Therapist: Thank you for telling me. Have you ever made a plan, or done anything towards it?",
            "Client: No. Never.",
            "Therapist: If those four o'clock thoughts got stronger, or turned into thinking about how, what "
            "would you do?",
            "Client: I don't know. Maybe I tell Father Nikolaos at confession.",
            "Therapist: I'd also like you to have something for the night. This card has the clinic's number "
            "for the daytime and the suicide helpline, 1018, which answers day and night. If you ever feel "
            "you might act on the thoughts, call 112 or go straight to the emergency department at "
            "Evangelismos. Will you keep the card by the bed?",
            "Client: By the bed. Okay.",
            "Therapist: Has anyone in your family had depression?",
            "Client: My mother, after my brother died. She wore black for twenty years.",
            "Therapist: So what I've heard is a heavy mood since you retired in March, early waking, less "
            "appetite, losing interest in fishing and the kafeneio, and some thoughts in the night that it "
            "wouldn't matter if you didn't wake, with no plan. I'll discuss this with the team on Thursday "
            "and we'll call you to offer regular sessions, probably weekly. Does that summary sound right?",
            "Client: Yes. It sounds like an old man. But yes.",
        ),
        techniques=frozenset({"safety_planning"}),
    ),
    # Trinidad: youth text line at midnight with a seventeen-year-old before a CAPE maths paper, in Trini text-speak.
    # Labels: five things seen, words for her cousin, Shanice and auntie. Not: chamomile, sleep asked, no report back.
    "teen_text_line_trinidad": LabelledSession(
        text=_session(
            "Client: hi is this the talk line",
            "Therapist: Hi, yes, you've reached the youth text line. I'm Keisha, one of the counsellors. "
            "What's going on tonight?",
            "Client: i have pure maths paper 1 tmrw 9am and i cyah study nothing. mih heart beating so fast "
            "and mih hands shaking i feel like ah going dead fr",
            "Therapist: That sounds really frightening. I'm here with you. Are you somewhere safe right now?",
            "Client: ya in mih room. everybody sleeping",
            "Therapist: Ok. Let's slow things down together before we talk about the exam. Can you look "
            "around the room and type me 5 things you can see?",
            "Client: fan. mih maths textbook smh. a rihanna poster. mih phone charger. the window",
            "Therapist: Now 4 things you can feel or touch right now.",
            "Client: the sheet. mih hair tie on mih wrist. the phone. the floor under mih foot, its cold",
            "Therapist: 3 things you can hear?",
            "Client: the fan. dogs barking down the road. mih uncle snoring lol",
            "Therapist: lol. Last ones: 2 things you can smell, and 1 thing you can taste.",
            "Client: mosquito coil and the curry from dinner. taste is the peanut punch i drink",
            "Therapist: How are your heart and your hands now, compared to when you first messaged?",
            "Client: little slower. hands still kinda shaky but not as bad",
            "Therapist: You can do that any time it starts building, even in the exam room, just quietly "
            "naming things around you. Can you tell me what was going through your head before it started?",
            "Client: that ah go fail and mih mother go be so disappointed. she pay for lessons by mr ramdass "
            "for 2 yrs. everybody expect grade 1 and UWI. ah so stupid, ah shoulda start studying in october",
            "Therapist: That's a lot of pressure on one paper. Can I ask you something? If your little cousin"
            " was up at midnight before her exam, panicking and telling you she's stupid because she started "
            "late, what would you tell her?",
            "Client: ah would tell she not stupid, she been doing lessons whole year and she nervous bc she "
            "care. and to go and sleep lol",
            "Therapist: That's really good advice. What would it be like to say that to yourself tonight?",
            "Client: weird but ok. ur not stupid, u nervous bc u care. go and sleep",
            "Therapist: Is there anybody you could talk to about all this, not tonight but tomorrow or this "
            "week? It can help not to carry it by yourself.",
            "Client: mih friend shanice doing the same paper, we does travel together. and mih auntie, she "
            "real chill, she does understand me more than mommy",
            "Therapist: Could you message Shanice in the morning and tell her you're nervous? You could ride "
            "in together and go easy on each other. And your auntie sounds like someone you could talk to "
            "after the exam, about the pressure you feel from your mother.",
            "Client: ya ok. shanice go be nervous too fr. my other friend say drink the chamomile thing her "
            "granny make, she say it does calm yuh down",
            "Therapist: Are you eating and sleeping ok these days, with all the studying?",
            "Client: eating yes sleep no lol. like 4 hrs",
            "Therapist: You don't need to report back to us, but the line is open any time, including after the exam.",
            "Client: ok thank u keisha. ah feel better",
            "Therapist: All the best tomorrow.",
        ),
        techniques=frozenset({"relaxation_mindfulness", "self_compassion", "social_support"}),
    ),
    # Prague: first session with a new counsellor for a Czech jazz pianist whose hands shake before solo concerts.
    # No label: history and what he tried only. Not: old thought records, breathing app, yoga, journal, drummer's pills.
    "jazz_pianist_first_session_prague": LabelledSession(
        text=_session(
            "Therapist: Tomas, welcome. You said on the phone you'd had therapy before and wanted a fresh "
            "start. Where would you like to begin?",
            "Client: Maybe with the problem, no? I am jazz pianist, twelve years professional. Since two "
            "years, when I play solo, my hands start to shake before the concert, sometimes so much I play "
            "wrong chords in the first tune. In trio it is okay. Solo is the disaster.",
            "Therapist: When did you first notice it?",
            "Client: Festival in Brno, 2022. Big audience, the radio was recording. I forgot the bridge of my"
            " own tune. After that, every solo concert.",
            "Therapist: What happens in the hour before you go on, these days?",
            "Client: I go to the toilet maybe five times. I check the height of the piano bench again and "
            "again. My heart is in double time.",
            "Therapist: You mentioned you'd seen someone before. What did you do with them?",
            "Client: A psychologist in Brno, one year. We did these forms, thought records, with columns. "
            "Situation, thought, feeling, other thought. I filled maybe thirty. I became very good at filling"
            " forms.",
            "Therapist: What did you make of them?",
            "Client: In the kitchen on Tuesday, the other thought is very convincing. On the stage at Reduta,"
            " it is gone.",
            "Therapist: What else have you tried?",
            "Client: Everything, honestly. An app with breathing, with a picture of a lake, I used it in the "
            "green room. Yoga with my girlfriend on Sundays. She also gave me a gratitude journal for "
            "Christmas, with gold letters. I wrote two pages.",
            "Therapist: What happened with the app and the yoga, as far as the shaking goes?",
            "Client: The app in the green room, the breathing made me more aware of my heart, so worse. Yoga "
            "I like, but it is for Sunday, not for the concert.",
            "Therapist: And the journal?",
            "Client: Two pages. Then January came. (laughs)",
            "Therapist: Is there anything you haven't tried that you've been thinking about?",
            "Client: Our drummer, Karel, gives me his pills, propranolol. He says all the classical players "
            "use them. I have six in my wallet. I have not taken any.",
            "Therapist: I'd ask you not to take Karel's. They're prescribed for him, and they aren't safe for"
            " everyone. If you want to look at medication, that's a conversation for your own doctor.",
            "Client: It's okay, I will give them back to him.",
            "Therapist: If our work went well, what would be different?",
            "Client: To play solo at Reduta in October and enjoy the first tune. Not perfect. Enjoy.",
            "Therapist: How are other parts of your life, sleep, drinking, your relationship?",
            "Client: Sleep okay. Beer, normal Czech amount, you know, two, three after a gig. My girlfriend "
            "is good, she is patient with me.",
            "Therapist: Thank you, I have a fuller picture now. I'd rather not rush into anything today. Next"
            " week we'll look together at where to start.",
            "Client: Okay. Better than forms on the first day.",
        ),
        techniques=frozenset(),
    ),
    # Kodiak, Alaska: telehealth video with a salmon boat skipper after a failed season; the counsellor only listens.
    # No label: listening only. Not: deckhand's app, chaplain, couple of beers asked, boat payment.
    "kodiak_fisherman_video_listening": LabelledSession(
        text=_session(
            "Therapist: Hi Dale, can you hear me alright? The picture's a bit frozen.",
            "Client: Yeah, I got you. Harbor wifi. I'm in the wheelhouse, it's the only quiet place.",
            "Therapist: Thanks for getting on the call. Where would you like to start?",
            "Client: Hell, I don't know. My wife set this up. She thinks I'm not right since the season.",
            "Therapist: What happened with the season?",
            "Client: Salmon didn't come. Not in any numbers. We made maybe a third of what we need. I've "
            "fished these waters thirty-one years, my dad before me. Boat payment's due in November and I'm "
            "looking at the numbers every night at the kitchen table like they're gonna change.",
            "Therapist: Every night at the kitchen table.",
            "Client: Every night. Marie goes to bed and I sit there with the calculator.",
            "Therapist: What's it like, sitting there?",
            "Client: Like I'm the one that broke it. Which is dumb, the whole fleet got skunked. But it's my "
            "name on the boat.",
            "Therapist: It's your name on the boat, and it feels like it's on you.",
            "Client: Yeah. And my deckhand, Tyler, good kid, he's got a baby coming, and I couldn't pay him "
            "what I said. He didn't say nothing. That was worse.",
            "Therapist: His silence weighs on you.",
            "Client: It does. He's got this app on his phone, meditating or whatever, showed me on the way "
            "in. Told me to try it. I'm not an app guy.",
            "Therapist: Tell me more about what you're carrying right now.",
            "Client: There's talk of selling the permit. Guys from Seattle buying them up. My dad would roll "
            "over. And I don't know who I am if I'm not fishing. I'm fifty-two. What do I do, stock shelves "
            "at Safeway?",
            "Therapist: That's a big question, who you'd be without the boat.",
            "Client: Marie wants me to go see the chaplain at the seafarers' center. Maybe I will. I don't know.",
            "Therapist: How have the evenings been? Is drinking part of it?",
            "Client: Couple beers. I'm not hitting it hard, if that's what you're asking. I've seen what that"
            " does up here.",
            "Therapist: Okay. What else do you want me to know today?",
            "Client: Just that I'm tired. Not sleepy tired. Tired like the boat when you've run her too long.",
            "Therapist: Tired right down to the engine.",
            "Client: Yeah. That's it. Feels alright saying it, actually. I don't say this stuff to Marie.",
            "Therapist: I'm glad you said it here. Same time next week?",
            "Client: Unless we're hauling gear. I'll let you know.",
        ),
        techniques=frozenset(),
    ),
    # Hsinchu, Taiwan: employee counselling by video with a process engineer whose manager messages after midnight.
    # Labels: worst/best/likely review, words without sorry, counsellor plays the manager. Not: retreat, sleep, Friday.
    "fab_engineer_midnight_messages_taipei": LabelledSession(
        text=_session(
            "Therapist: Hi Wei-jie, good to see you again. Last time you told me about the messages from your"
            " manager. Has anything changed?",
            'Client: Not changed. Monday, 11:48 at night, LINE message: "Yield report tool 7, why drop?" '
            "Tuesday, 12:30. Wednesday I was sleeping, I answered at 6:40 in the morning and I felt like a "
            "criminal.",
            "Therapist: What did you fear would happen if you didn't answer straight away?",
            "Client: That Manager Huang thinks I am lazy, not committed. Then bad performance review, no "
            "bonus, maybe contract not renewed. In Hsinchu everybody works like this, you know. If I don't, "
            "someone else will.",
            "Therapist: Let's slow that chain down. Suppose you decided not to answer after eleven at night. "
            "What's the very worst that could happen?",
            "Client: He is angry, gives me C in the review, and in one year I'm out. Then I have to explain "
            "to my parents in Tainan.",
            "Therapist: And the best that could happen?",
            "Client: Best, he says, okay, you are right, sorry for disturbing. (laughs) Impossible.",
            "Therapist: And realistically, what's most likely?",
            "Client: Most likely... he asks again at seven, or in the morning meeting. Maybe a little "
            "annoyed. Actually, my colleague Annie never answers at night, she has a baby, and she got B plus"
            " last year.",
            "Therapist: So most likely a slightly annoyed manager in the morning. And if the worst did happen"
            " and the review went badly, how would you handle it?",
            "Client: Many fabs want process engineers. I could find a new job. It would be painful, but not "
            "the end of the world.",
            "Therapist: Would it help to work out what you'd actually say to him, instead of just silently "
            "not answering?",
            "Client: Yes. Because if I just ignore, it is more rude in our culture.",
            "Therapist: Let's build it together. Try putting it in a few short sentences: what you will do, "
            "and what you ask from him.",
            'Client: "Manager Huang, sorry to trouble you. I want to give you good analysis, so after 11 at '
            "night I will read messages at 7 in the morning and answer first thing. If there is a tool-down "
            'emergency, please call my phone and I will come."',
            'Therapist: That\'s clear and respectful. One thing: you began with "sorry to trouble you". Do you'
            " need to apologise for asking for something reasonable?",
            'Client: Ha. Habit. Maybe, "Manager Huang, can I discuss one thing with you?"',
            "Therapist: Good. Let's practise it. I'll be Manager Huang, and I'll be a bit difficult, the way "
            "you say he can be. (as Manager Huang) Wei-jie, you wanted to see me? I have five minutes.",
            "Client: Manager Huang, can I discuss one thing with you? I want to give you good analysis, so "
            "after 11 at night I will read messages at 7 and answer first thing. If there is a tool-down "
            "emergency, please call me and I will come.",
            "Therapist: (as Manager Huang) Everyone on this team answers at night. Why should you be different?",
            "Client: I... I understand the team works hard. I also work hard. I give better analysis when I "
            "have slept. For emergencies you can always call me.",
            "Therapist: (out of role) How was that?",
            "Client: My voice was shaking. But I said it. The second part I did not plan, it just came out.",
            "Therapist: You kept your point and you didn't apologise. Let's run it once more, and this time "
            "try to keep your eyes on me rather than on the desk.",
            "Client: Okay. (repeats it, steadier)",
            "Therapist: How are you sleeping these weeks?",
            "Client: Four, five hours. My colleague went to a meditation retreat in Hualien, she says I "
            "should go. No time.",
            "Therapist: When do you think you might talk to him?",
            "Client: Friday. He is in a good mood on Fridays, when the weekly report is finished.",
        ),
        techniques=frozenset({"decatastrophizing", "assertiveness_training", "role_play"}),
    ),
    # Costa Blanca: Spanish psychologist in English with a retired Yorkshirewoman who avoids the motorway.
    # Labels: avoidance and the curve, ladder named, step one three times to Wednesday. Not: hypnosis, lorazepam.
    "motorway_fear_costa_blanca": LabelledSession(
        text=_session(
            "Therapist: Hola, Margaret, come in. How was the journey?",
            "Client: Long, as usual. Forty minutes on the old road from Javea, stuck behind a lorry full of "
            "oranges. Gerald offered to take me on the AP-7 but I said no.",
            "Therapist: The motorway is still difficult.",
            "Client: I haven't been on it since the lorry, and that's fourteen months. I go round everything."
            " It's getting daft, Maria. Our Chloe's coming out with the baby in May and I want to be able to "
            "fetch them from Alicante airport myself. I can't ask Gerald every time, his eyes aren't what "
            "they were.",
            "Therapist: Last time you told me that when you even think about the motorway your body reacts, "
            "the heart racing, the hands wet. Today I want to explain a little how this fear works, because "
            "it is important for what we do next. Can I?",
            "Client: Please.",
            'Therapist: When you avoid the motorway, you feel relief at once. The brain learns: "the motorway'
            ' is dangerous, avoiding it saved me." So every time you take the old road, the fear becomes a '
            "little stronger, not weaker. But when a person stays in a frightening situation that is in fact "
            "safe enough, the anxiety goes up, reaches a top, and then comes down by itself, if you give it "
            'time. The brain only learns "I can manage this" if you stay long enough for that to happen.',
            "Client: So all my clever little detours are making it worse.",
            "Therapist: They protect you today and they keep the fear alive for tomorrow. What I propose is "
            "called exposure. We make a ladder, from the easiest step to the most difficult, and you climb it"
            " slowly, going up only when a step becomes boring. Shall we make it now?",
            "Client: Boring. I can't imagine it ever being boring. But go on.",
            "Therapist: Tell me situations with the motorway, and how frightening each would be, from 0 to 10.",
            "Client: Sitting in the car at the services near Benissa, engine off, watching the lorries go "
            "past: four. One junction early on a Sunday with Gerald beside me: six. One junction on my own on"
            " a Sunday: seven. One junction on a weekday: eight. All the way to the airport with the lorries:"
            " ten.",
            "Therapist: Good. Maybe something in the middle, two junctions with Gerald on a Sunday?",
            "Client: Six and a half. Go on, put it in.",
            "Therapist: So step one is the services. You sit in the car and watch the traffic until the fear "
            "comes down to at least half of where it started, even if that takes thirty minutes. No radio, no"
            " phoning your sister, just you and the lorries.",
            "Client: Just me and the lorries. Lovely.",
            "Therapist: Before our next session, could you do step one three times, on different days? Each "
            "time, write on this sheet your fear at the start, at the highest, and at the end, and bring it "
            "next Wednesday. If by the third time the fear is coming down easily, you can also try step two "
            "with Gerald, and we look at everything together.",
            "Client: Three times. Alright. Gerald keeps on at me to try hypnosis, a chap at his bowls club "
            "stopped smoking with it. And I've still got the lorazepam the doctor gave me for flying. Should "
            "I take one before I go?",
            "Therapist: About the tablets, speak with your doctor, but for these practices I would prefer you"
            ' don\'t take one. If you do, the brain learns "I managed because of the pill", not "I managed". '
            "And the hypnosis, let's see first how the ladder goes.",
            "Client: Fair enough. Next Wednesday, then, with my sheet.",
        ),
        techniques=frozenset({"psychoeducation", "exposure", "homework"}),
    ),
    # Buenos Aires: psychoanalytic psychotherapy with a tango teacher who wants to stop just before the January break.
    # Labels: leaving before being left, the joke as it gets close. Not: sister's family constellations, money, dates.
    "psychodynamic_before_january_buenos_aires": LabelledSession(
        text=_session(
            "Therapist: Buenas tardes, Martin.",
            "Client: Hola. Hot, no? Thirty-eight degrees and the colectivo with no air. (pause) I was "
            "thinking on the way that maybe I stop coming for a while. In January you go on vacation anyway, "
            "so maybe it's a good moment to, how do you say, take a break. In March we see.",
            "Therapist: You've been deciding this on the bus.",
            "Client: Not deciding. Thinking. Money is tight, with the inflation, you know how it is. And I "
            "feel better. The milongas are full, I have many students.",
            "Therapist: Better. And you want to stop just as I'm about to go away.",
            "Client: Is a coincidence. Well. Maybe is practical, no? You go, I go.",
            "Therapist: What comes to mind about me going away?",
            "Client: Nothing. Is normal, everybody in Buenos Aires leaves in January. You go to the coast, "
            "Pinamar, whatever. (laughs) Is not my business.",
            "Therapist: You laughed just now, as you said it's not your business.",
            "Client: Because it isn't. (pause) Okay, it's a little strange. Three weeks with no sessions. I "
            "don't like to say it.",
            "Therapist: I wonder whether something familiar is happening here. With Lucia, you told me you "
            "ended it the week she mentioned the job in Cordoba, before she could decide anything. With the "
            "orquesta, you left before they announced the new bandoneon player. Now I'm leaving for January, "
            "and you want to be the one who stops first.",
            "Client: (silence) You mean I leave before I am left.",
            "Therapist: As if it's safer to be the one who goes than to wait and find out what it feels like "
            "when someone goes.",
            'Client: Like my father. He went to Spain when I was nine, "for six months". Six months was '
            "eleven years. I waited at the window in Caballito like an idiot.",
            "Therapist: The boy at the window.",
            "Client: Yes. And then I decided, no more windows. (pause) Che, this is very heavy for a Tuesday.",
            "Therapist: And there's the joke again, just as it gets close.",
            "Client: (laughs) Is my style. My sister says I should do constelaciones familiares with her "
            "group, all this with my father comes out in one Saturday.",
            "Therapist: One Saturday, rather than here, slowly, with me.",
            "Client: One Saturday and finished, yes. (pause) Okay. I see what I am doing. I am doing it "
            "again, looking for the exit.",
            "Therapist: What do you want to do about January?",
            "Client: I come until the twentieth. In February I come back. And maybe I tell you if I am angry "
            "that you go.",
            "Therapist: That sounds like something we can work with.",
        ),
        techniques=frozenset({"insight_interpretation"}),
    ),
    # Lusaka: staff wellbeing counsellor at a teaching hospital with a radiographer low since her last child left home.
    # Labels: useful, music, learning, trainees and children, choir and course, card to two weeks. Not: iron, pray.
    "empty_nest_radiographer_lusaka": LabelledSession(
        text=_session(
            "Therapist: Muli shani, Mrs Mwansa. Come in, sit down. How have the last two weeks been?",
            "Client: Bwino, I'm fine. Well. Not so fine. The house is too quiet. Since Mutale went to "
            "boarding school in Kabwe in January, I come home from the hospital and I just sit. My husband is"
            " in Kitwe Monday to Friday. I eat bread standing up in the kitchen.",
            "Therapist: When you say you just sit, what has happened to the things you used to do in the evenings?",
            "Client: Which things? Before, it was cooking for five, homework with Mutale, washing uniforms. "
            "That was my life. Now nobody needs me at home.",
            "Therapist: Can we step back for a moment? Leaving aside what the children needed, what has "
            "mattered to you, to Chileshe, over the years? What would you want people to say you stood for?",
            "Client: (laughs) Nobody asks me that. Hmm. That I was useful, that I helped people. That I was a"
            " good mother. And music. I sang alto in the choir at St Ignatius, before the children. And "
            "learning. I loved learning, I was top of my class at Evelyn Hone.",
            "Therapist: So being useful to others, music, and learning.",
            "Client: Yes. But those were before.",
            "Therapist: You told me last time that you trained the new radiographers in your department. How "
            "did that go?",
            "Client: Ah, yes. Three of them are now very good. One of them, Bwalya, she was so frightened of "
            "the CT scanner, now she runs the morning list alone. I was proud.",
            "Therapist: And you raised three children while working shifts, with your husband away half of every week.",
            "Client: That's true. My first-born is an accountant now. The second is at UNZA doing medicine. "
            "It was not easy, but I did it.",
            "Therapist: Take a moment with that. You did it. The patience and organisation that got you "
            "through those years are still yours.",
            "Client: (quietly) Yes. Thank you. I forget.",
            "Therapist: You named being useful, music and learning. What could those look like in your week "
            "now, in small ways?",
            "Client: Music... the choir practises on Wednesday evenings at six. I could go back. The choir "
            "mistress still greets me after Mass, she always says come back.",
            "Therapist: Wednesday choir. And learning, or being useful?",
            "Client: There is a short ultrasound course at the hospital, Saturday mornings. I keep looking at"
            " the notice. And useful... Bwalya asked me to teach her the paediatric protocols, I could do it "
            "on Thursday at lunch.",
            "Therapist: Let's put them on a card: Wednesday choir at six, Thursday lunch with Bwalya, and "
            "this Saturday asking about the ultrasound course. Could you do these before we meet again in two"
            " weeks, tick each one when it's done, and we'll go through the card together?",
            "Client: Yes. I can do that. Three things, it's not too much.",
            "Therapist: How is your appetite, with the bread standing up?",
            "Client: Small. My sister says I should pray more and it will lift. The doctor gave me iron "
            "tablets because my blood was low.",
            "Therapist: Good that the doctor is checking your blood. I'll see you in two weeks, with the card.",
        ),
        techniques=frozenset({"values_clarification", "strengths_review", "behavioral_activation", "homework"}),
    ),
    # Caribbean cruise ship: crew welfare officer with a Balinese waiter whose daughter was born while he is at sea.
    # Labels: calls and data options, Komang and the deck 2 group, a notebook for Putu. Not: crew gym, Ketut's loans.
    "cruise_ship_waiter_new_father": LabelledSession(
        text=_session(
            "Therapist: Hi Made, come in. Close the door, it's just us. Your supervisor said you asked for a chat.",
            "Client: Yes sir, thank you. Sorry to take your time.",
            "Therapist: It's what I'm here for. What's going on?",
            "Client: My daughter, she is born three weeks ago in Denpasar. Putu. I see her only on photo, and"
            " one video call, but the wifi break after two minutes. After, I cry in the crew toilet. Still "
            "five months of contract.",
            "Therapist: Congratulations on your daughter. And that's a long way to be from her. What's the "
            "hardest part, day to day?",
            "Client: The calls. The crew internet package is very expensive, I already use my 500 megabytes. "
            "And the time is twelve hours different. When I finish my shift at midnight, in Bali is noon, my "
            "wife is busy with baby and my mother-in-law. When she is free, I am serving breakfast in the "
            "Lido.",
            "Therapist: So it's both money for data and finding a time that works for you both. Let's "
            "brainstorm. Every idea counts, even the ones that sound impossible.",
            "Client: Buy bigger package, too expensive. Use the free wifi in port, in Cozumel there is strong"
            " wifi at the pier. Ask to change shift, not possible in high season. Voice message instead of "
            "video, small data.",
            "Therapist: Good. Anything else?",
            "Client: My wife can film the baby when she is awake, and I watch when I have wifi. Also Ketut in"
            " the galley lends money for data packages, but twenty percent.",
            "Therapist: I'd steer clear of Ketut's loans; twenty percent adds up fast over a contract. Of the"
            " others, which could work?",
            "Client: Port days. We are in Cozumel every Wednesday and Roatan on Friday. I call from the pier "
            "at eight in the evening, in Bali it is eight in the morning, she is feeding the baby. And voice "
            "messages on the sea days, they are small.",
            "Therapist: So video calls from the pier on Wednesday and Friday evenings, and voice messages on "
            "sea days. Does your wife know about the plan?",
            "Client: Not yet. I will message her tonight.",
            "Therapist: Are there other crew who've been through this, a baby born while they were on board?",
            "Client: Komang, the bar waiter, from Gianyar. His son was born last contract. I don't know him very well.",
            "Therapist: He might be worth talking to. Someone who's been through exactly this can be good "
            "company. Is there an Indonesian group on board you spend time with?",
            "Client: Yes, we are maybe sixty Indonesian crew. On Sunday some of us make small offering, "
            "canang, on deck 2 in the crew area. I go sometimes.",
            "Therapist: Maybe ask Komang along this Sunday and tell him about Putu. One more idea: some "
            "fathers at sea keep a little notebook for their child. Each night, a few lines about your day, "
            "what you felt, what you want to tell her. She gets to read it when she's older, and the missing "
            "has somewhere to go.",
            "Client: A book for Putu. (smiles) I like. I write in Bahasa and some English, so she learns.",
            "Therapist: How are you sleeping and eating, with all this?",
            "Client: Sleeping not so good. Eating okay, crew mess is free. My roommate says go to the crew "
            "gym and sweat it out. But I am too tired after the shift.",
            "Therapist: (laughs) After a double in the Lido, I believe you. My door's open if it gets heavy again.",
            "Client: Thank you sir. I feel more light.",
        ),
        techniques=frozenset({"problem_solving", "social_support", "journaling"}),
    ),
    # Vilnius: emergency department psychologist with a long-haul lorry driver the morning after an overdose.
    # Labels: written safety plan, signs, steps, line and 112, tablets removed; call Darius today. Not: drink, healer.
    "emergency_department_vilnius": LabelledSession(
        text=_session(
            "Therapist: Good morning, Mr Kazlauskas. I'm Ruta, the psychologist who works with the emergency "
            "department. The doctors say your blood results are fine now. How are you feeling?",
            "Client: Head like concrete. Ashamed. My sister-in-law is outside, she found me.",
            "Therapist: I'm glad she did. I'd like to understand what happened last night, and then make a "
            "plan with you for the next days. Is that okay?",
            "Client: Okay. I am truck driver, international, Kaunas to Rotterdam, Hamburg. I came home "
            "Thursday and on the table were the papers from my wife's lawyer. Divorce. She lives already with"
            " her sister in Klaipeda. I sat with vodka and read the papers again and again, and then I took "
            "her sleeping tablets, all the box.",
            "Therapist: What was in your mind when you took them?",
            "Client: To sleep and not wake. Not to feel this. Now, in the morning, I don't know. I am not "
            "sure I want to die. I am sure I don't want to feel this.",
            "Therapist: Thank you for being honest. Right now, this morning, do you have any thoughts of trying again?",
            "Client: Not now. Now I am only tired. But I am afraid of the evening, alone in the flat.",
            "Therapist: Then let's make a safety plan for exactly that, written down, so you have it in your "
            "pocket. First, what are the signs that things are getting dangerous for you? What came before "
            "last night?",
            "Client: Sitting at the kitchen table. Vodka. Reading her messages, the papers. Thinking, "
            "twenty-six years for nothing.",
            "Therapist: So the kitchen table, the vodka, rereading the papers, and that thought. When you "
            "notice those, what could you do on your own to get through the next hour?",
            "Client: Go out. Walk with the dog, Bosas, along the Neris. Put the papers in the car, not on the table.",
            "Therapist: I'll write that down: walk Bosas by the river, papers in the car. Who could you "
            "contact, or be with, if it doesn't pass?",
            "Client: My brother Darius, in Kaunas. We don't talk much since our mother's funeral. And my "
            "sister-in-law Jurga, she is here today.",
            "Therapist: Would Darius want to know?",
            "Client: Yes. He would be angry I didn't call. He is like this, angry because he cares.",
            "Therapist: And if you can't reach anyone, you call the emotional support line, the number is "
            "here on the plan, or 112, or you come back here. Now, the tablets and any other medicines in the"
            " flat. Is there a way to make those safer?",
            "Client: Jurga can take all the medicines from the flat, she already said. And the vodka she can "
            "take too. (pause) Yes. Take.",
            "Therapist: Thank you. Tomorrow at ten there's an appointment for you at the mental health centre"
            " in Antakalnis. Will you go?",
            "Client: I will go.",
            "Therapist: About Darius. Beyond the crisis, it sounds like he matters to you. Could you call him"
            " today, tell him what happened, and maybe ask him to come to Vilnius this weekend?",
            "Client: Today. It's difficult. But yes. Maybe Jurga sits with me when I call.",
            "Therapist: That sounds like a good way to do it. How much have you been drinking lately, before "
            "last night?",
            "Client: On the road nothing, never. At home, the last months, more. Half a bottle in the "
            "evening. My wife's mother says I must go to her healer in Palanga, bioenergetics. (laughs "
            "weakly)",
            "Therapist: Let's have the team at tomorrow's appointment look at the drinking with you too. "
            "Here's your plan. Can you read it back to me?",
            "Client: Signs: kitchen table, vodka, papers, twenty-six years for nothing. Walk Bosas by the "
            "Neris. Papers in the car. Call Darius, Jurga. The line, 112, or come here. Jurga takes the "
            "tablets and the vodka. Tomorrow at ten, Antakalnis.",
        ),
        techniques=frozenset({"safety_planning", "social_support"}),
    ),
}
