"""Blind test set 12 for the technique detector: fifteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 75 lines of
labelled_sessions_blind9.py, printed with `head -n 75` (the interface, docstring conventions, labelling rules, the
settings set 9 used and the start of its dict, down to the first few turns of its first session; the rest of that
file was not opened); the lines of labelled_sessions_blind10.py and labelled_sessions_blind11.py that start with
four spaces and a `#`, printed with `grep -n "^    # "` on each (the per-session setting comments and, for set 11,
its one-line label summaries; nothing else of those files was seen); the LabelledSession dataclass in
labelled_sessions.py, printed with `grep -n "class LabelledSession" -A4` (those two greps and this one ran in a
single shell command); each catalog technique's code, name, family and description, printed by a python one-liner
that loaded sql/technique_catalog.json and printed only those four fields (the synonyms and cue fields were never
printed); and the [tool.ruff] table of pyproject.toml, printed by a python one-liner with tomllib as JSON, which
also showed the nested lint settings (select list and per-file-ignores) that belong to that table. Besides that it
ran `test -e` on this module's own path, to confirm that no file of this name existed yet (no directory was listed).
It did not open the transforms package, the tests, the README, the docs or any other benchmark, did not grep the
repository beyond the commands above, did not list the benchmarks folder, did not read /work/shared, ran no git
command and ran nothing of the product, its tests, mypy or any benchmark; the only other commands run against the
project were the import check of this module (importing it with the project's virtualenv python, counting sessions,
turns and labels, and comparing each text and label set with the hand-written source) and ruff check / ruff format
(also with --diff and --check) on this file alone. The module was emitted by a throwaway generator kept in
/tmp/blind12, outside the project, from session text written there by hand; the generator only split each turn into
implicitly concatenated string pieces to keep lines short, ruff format then re-joined any pieces that fit on one
line, and the import check confirmed every text is identical to the source. The session texts were trimmed by hand
in that source towards twenty turns before the module existed; the labels, set by hand in that source and re-checked
against the trimmed text, were not touched by any step, and this docstring was written by hand, the generator only
wrapping its lines. No text was copied from any corpus.

The settings were chosen to be unlike sets 9, 10 and 11 and unlike each other, and the voices and registers vary: a
narrative therapist in Kampala with a cloth trader whose market stall closed, in Ugandan English; a Liverpool
practice nurse using motivational interviewing with a Scouse taxi driver who has type 2 diabetes and smokes; a DBT
phone-coaching call at night from a young woman on a Bristol bathroom floor; grief work in second-language English
between an Icelandic counsellor and a Polish trawlerman whose brother went overboard; a Montreal play therapist's
parent session with a French-speaking father of a six-year-old who has gone quiet at school; an employee assistance
video call with a Romanian agent on a German-language helpline in Cluj-Napoca; a resettlement counsellor in Boise,
Idaho, with a Congolese former youth football coach whose English is new and mixed with Swahili; a Saskatchewan farm
stress line call from a grain farmer in his machine shed; an LGBTQ+ youth webchat from Atlanta typed by a
sixteen-year-old in text-speak; an addiction aftercare group in Glasgow in broad Scots; a rehabilitation counsellor
in Harare who only listens to a formally spoken retired headmaster three months after a stroke; pacing work for
ME/CFS in Gothenburg with a former night nurse; exposure and response prevention in Dubai with a structural engineer
who fears contamination; a social anxiety CBT group in Seoul for international and Korean employees; and an AI
assistant answering, with numbered lists, a retired railway engineer in Chennai before knee surgery. Counsellors
mostly use techniques in their own words without naming them; a few name them (paced breathing, urge surfing,
exposure and response prevention, safety behaviours, a behavioural experiment). Group members speak as 'Client:
(Name)', stage notes sit in square brackets inside a turn, and the assistant's answers are single 'Therapist:' lines
with inline numbered points.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises
in it. A client merely mentioning something (a church fellowship, a vape in the glovebox, a priest, a grandmother's
advice to punish silence and a teacher's sticker chart, a colleague's union talk and another's ASMR, a pastor's
prayers, a bank letter and life insurance, thought diaries from rehab and an unopened gratitude app, Antabuse, a
physiotherapist's rubber ball, a grandson who reads aloud, a cathedral choir, a wife's prayers, a stroke pamphlet,
graded exercise at an old clinic, magnesium and mushroom powder, fluvoxamine, a flatmate's meditation app, a wife's
temple visits, a surgeon's leaflet, a son flying in), or the counsellor merely asking about a topic (drinking,
sleep, mood and appetite, vodka at night), advising against something (a moneylender, a housemate's weed, punishing
a child's silence, double shifts, wearing a binder too long, driving after a stroke, cleaning the whole flat on a
good day, gloves on the metro, drinking soju fast, reading patient forums at night) or using a nought-to-ten scale
only to measure (an importance ruler noted down, end-of-shift stress, urge ratings on a coaching call), is not a
label; rapport_empathy, assessment and session_structure are never labelled. ``homework`` is labelled only when a
task is explicitly agreed for before the next meeting and is to be reviewed there (a letter to a dead brother,
special play times, an evening energy and feelings diary, daily lift-button exposures); plans made without such an
agreement (a quit date with no homework set and a review six months away, a visit to a sister, a weekly calendar the
counsellor will not check, words for a team leader with no report asked, a row left for the next individual session,
an experiment done during a group's break, an AI's three tools with no follow-up possible) are not homework. The
listening-only session carries no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match
its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND12_SESSIONS: dict[str, LabelledSession] = {
    # Kampala: narrative therapy with a cloth trader whose market stall closed.
    # Labels: Useless re-storied, Thursday night and stall skills, schooling, Sarah. Not: fellowship, moneylender.
    "narrative_useless_story_kampala": LabelledSession(
        text=_session(
            "Therapist: Welcome back, Nakato. Last time you told me there is a voice that keeps calling you the "
            "useless one. If that voice had a name, what would you call it?",
            "Client: Eh, a name? Maybe just 'Useless'. Since my stall in Owino closed, it is there every morning "
            "before I even open my eyes. It says, you see, you have failed your children, you have failed "
            "everybody.",
            "Therapist: So Useless arrives before you are even awake. What does it want you to do with your day?",
            "Client: It wants me to stay on the mattress. It says don't go to the fellowship on Wednesday, those "
            "women will pity you. My friend from church keeps phoning and I don't pick.",
            "Therapist: When Useless is in charge, what does it make you forget about yourself?",
            "Client: That I used to be somebody. For eleven years I sold kitenge and gomesi cloth. People came "
            "from Jinja and Masaka to buy from me.",
            "Therapist: Eleven years. Tell me about a time, even this month, when Useless was shouting and you "
            "did not do what it said.",
            "Client: Hmm. Last Thursday my small one, Brenda, got a high fever in the night. Useless was saying "
            "you can't even afford the clinic. But I tied her on my back, I walked all the way to Mengo, I "
            "bargained with the nurse at the desk, I borrowed from my neighbour for the medicine. By morning the "
            "fever was down.",
            "Therapist: What does it say about you, the woman who walked to Mengo at midnight with a sick child "
            "on her back? The bargaining with the nurse, the borrowing, that is the same cleverness that kept "
            "your stall going for eleven years.",
            "Client: That I don't give up. When my children need me, I find a way.",
            "Therapist: Useless has been telling one story about you: the one who failed. If Thursday night was "
            "a chapter in a different story, what would that story be called?",
            "Client: Maybe 'the one who keeps going'. And the stall closing, it was the rent going up and the "
            "fire in the market. It was not only me. I was not useless, I was unlucky and I kept going.",
            "Therapist: The one who keeps going. When you keep going like that, what are you standing for? What "
            "matters so much to you?",
            "Client: My children must finish school. I never finished S4. That one I will not let go.",
            "Therapist: So your children's schooling is the thing you hold on to, even when Useless is loud. How "
            "might that guide what you do next about the business?",
            "Client: Maybe I start small again, a table by the road, not a stall. Only for school fees. Some "
            "people are telling me to go to the moneylender in Kisenyi.",
            "Therapist: I would be careful with those lenders, they can take everything you have. Who in your "
            "life has seen the one who keeps going? Who would not be surprised at all by Thursday night?",
            "Client: My sister Sarah. She always says I am the strong one of our mother's children. She keeps "
            "telling me to come to her place in Ntinda when I am down, but I have been hiding from her.",
            "Therapist: Would you be willing to tell Sarah the story of Thursday night, and to go and sit with "
            "her in Ntinda on the mornings when Useless is loudest? She sounds like someone who knows the other "
            "story about you.",
            "Client: Yes. She would like that very much. I will go to her on Saturday.",
        ),
        techniques=frozenset({"cognitive_restructuring", "social_support", "strengths_review", "values_clarification"}),
    ),
    # Liverpool: practice nurse, motivational interviewing with a taxi driver with type 2 diabetes.
    # Labels: rank v chest and feet, Jayden, cravings, before ten and 3 March. Not: 0-10, cans, vape, no homework.
    "mi_smoking_diabetes_liverpool": LabelledSession(
        text=_session(
            "Therapist: Come in, Tony, have a seat. Your sugar's crept up a bit, 58 to 64. Would you be up for a "
            "chat about the cigarettes? Only if you want to. How do you see the smoking fitting in with all that?",
            "Client: Go 'ed then, I knew that was comin'. Dunno, la. The doctor last time give me the full "
            "lecture, like. I'm sat in that cab twelve hours a day, it's the only thing keeps me sane.",
            "Therapist: So it's doing a job for you on those long shifts. What do you actually get out of it, "
            "the good bits?",
            "Client: Breaks the day up. Stood by the cab on the rank at Lime Street havin' a ciggie with the "
            "lads, bit of a jangle. And when some bladdered student's been sick in the back, I need one after, "
            "don't I.",
            "Therapist: Right, so company on the rank and something to calm you down after a bad fare. And the "
            "other side of it, what's not so good about it for you?",
            "Client: Costs a bomb, fourteen quid a packet. Me chest in the mornin's, coughin' me guts up. And me "
            "feet, the girl at the foot clinic said the circulation's not great.",
            "Therapist: If you put those side by side, the lads and the calming down on one side, the money, "
            "your chest and your feet on the other, how does it look to you?",
            "Client: When you put it like that it's a bit soft, isn't it. The lads'd still be there if I was "
            "stood on the rank with a brew.",
            "Therapist: Say it all went your way and the smoking wasn't there in five years' time. What would "
            "you want your life to look like?",
            "Client: Our Jayden's seven. I want to be walkin' him up to the match at Anfield when he's fifteen, "
            "not sat on oxygen like me dad was. Me dad went at sixty-one.",
            "Therapist: Walking Jayden to the match really matters to you, and you saw what happened to your "
            "dad. On a scale of nought to ten, how important is stopping to you right now?",
            "Client: Seven, I'd say.",
            "Therapist: Seven, I'll pop that in your notes. Do you drink at all? How many nights a week?",
            "Client: Couple of cans on a Sunday watchin' the footy, that's it. Our Kayleigh got me one of them "
            "vapes for Christmas, it's still in the glovebox.",
            "Therapist: Can I tell you something about cravings that a lot of people find useful? A craving "
            "feels like it'll go on forever, but it usually peaks and drops off within about three to five "
            "minutes if you ride it out. And most people who stop for good have had a few goes first, so a go "
            "that didn't work isn't a sign you can't.",
            "Client: Three minutes? I'd have sworn it was all day. I had a go in 2019, lasted a fortnight.",
            "Therapist: So what, if anything, would you want to aim for?",
            "Client: Maybe pack in the mornin' ones first. No ciggie till after me first fare, so not before "
            "ten. From Monday. Then a proper stop date, me birthday, the 3rd of March.",
            "Therapist: No smoking before ten from Monday, and the 3rd of March as your stop date. That's yours "
            "to run with. I'm not setting you homework and I won't be chasing you on it, your next diabetes "
            "review is in six months.",
            "Client: Sound. Cheers, Carol.",
        ),
        techniques=frozenset({"goal_setting", "pros_and_cons", "psychoeducation", "values_clarification"}),
    ),
    # Bristol: DBT phone coaching at night with a young woman on the bathroom floor.
    # Labels: washbag and plan for the night, paced breathing, ice and five things. Not: weed, row left to Thursday.
    "dbt_phone_coaching_bristol": LabelledSession(
        text=_session(
            "Client: Hiya, it's Jess. Sorry, I know it's late. I'm sat on the bathroom floor.",
            "Therapist: Jess, I'm really glad you rang, this is exactly what the coaching line is for. First "
            "thing: have you hurt yourself tonight?",
            "Client: Not yet. The urge is like a nine out of ten. Me and Chloe had a massive row about the bins "
            "and she called me a psycho, and now I just want to cut, proper bad.",
            "Therapist: Okay. Where are the things you'd use?",
            "Client: In my washbag. On the side of the bath.",
            "Therapist: Can you take the washbag out of the bathroom and put it in a kitchen drawer, then come "
            "back to the phone? I'll stay on the line.",
            "Client: ...Okay. Done. It's in the drawer by the kettle.",
            "Therapist: Well done, that's a big step. Now one skill at a time. Remember the paced breathing from "
            "group? In for four, out for six, slower out than in. I'll count with you. In, two, three, four. "
            "Out, two, three, four, five, six.",
            "Client: (breathing) ...That's a bit better. Still like a seven.",
            "Therapist: Keep that going. Next one: have you got any ice? Hold a cube in your hand, or splash "
            "cold water on your face. Then tell me five things you can see from where you are.",
            "Client: Hang on. ...Okay, it's freezing. Five things. The shower curtain with the flamingos. A "
            "green towel. Chloe's stupid straighteners. The little window. My feet.",
            "Therapist: Where's the urge now?",
            "Client: Five, maybe. Less buzzy. Chloe's got weed in her room, I was thinking of just having some "
            "to knock myself out.",
            "Therapist: I'd steer clear of that tonight, it usually makes things harder for you, not easier. "
            "Let's sort out the rest of tonight. If the urge goes back above a seven after we hang up, what will "
            "you do?",
            "Client: Do the ice again, and the breathing. And if that doesn't work, ring the crisis team number "
            "on my card, or the Samaritans.",
            "Therapist: Let's say it back together: washbag stays in the kitchen, ice and breathing first, then "
            "the crisis team or Samaritans on 116 123, and 999 if you feel you're about to act. Doable?",
            "Client: Yeah. Doable.",
            "Therapist: We won't pick apart the row with Chloe now, that's for Thursday with Priya. Tonight is "
            "just about getting through without hurting yourself, and you're doing it.",
            "Client: Thanks. I'm gonna make a tea and go to bed.",
        ),
        techniques=frozenset({"breathing_exercise", "relaxation_mindfulness", "safety_planning"}),
    ),
    # Reykjavik: grief work in English with a Polish trawlerman whose brother went overboard.
    # Labels: waves normal, circle of causes, kind words, letter to Marek by Tuesday. Not: priest, vodka asked.
    "grief_brother_lost_at_sea_reykjavik": LabelledSession(
        text=_session(
            "Therapist: Good morning, Tomasz. Last week you told me about Marek. How has it been, these days?",
            "Client: Is bad. Some days I am okay, I go to the harbour, I repair the nets. Then suddenly, in "
            "Bonus shop, I see his cigarettes, the same brand, and I must go out to the car and cry like a "
            "child. I think I am going crazy. Four months now, I should be better.",
            "Therapist: What you describe is very normal in grief. It comes like waves, not like a straight "
            "road. One day calm, then a small thing, cigarettes, a song, and a big wave comes. Also four months "
            "is not long. Many people feel like this for one year or more, and it does not mean something is "
            "wrong with you.",
            "Client: My mother on the phone from Gdansk says the same. She says go to the priest at Landakot "
            "church. I went one time.",
            "Therapist: Last week you also said that you think it is your fault.",
            "Client: Yes. The night of the storm, it was my watch on deck. I was so tired, I asked Marek to "
            "change with me. He went out, and the wave took him. If I don't ask, he is alive.",
            "Therapist: Can we try something with this? I draw a circle here on the paper. The whole circle is "
            "all the reasons Marek died that night. Who or what had a part in it? Not only you, everything.",
            "Client: Me, because I asked to change. The storm, it was force ten. The captain, he decided to keep "
            "fishing when the forecast was bad. The railing on the side, it was broken since summer, the company "
            "did not repair. And Marek, he was not clipped on. He never liked the harness.",
            "Therapist: Now give each one its piece of the circle. How big is the storm? The captain? The "
            "railing? The harness? And your piece?",
            "Client: The storm, big piece, maybe thirty percent. The captain thirty. The railing twenty. The "
            "harness, I don't like to say it, maybe ten. And me... when I see this, maybe ten also. Before, I "
            "think it was one hundred percent me.",
            "Therapist: If it was your friend Pawel on the boat, and he asked his brother to change watch, what "
            "would you say to him?",
            "Client: I would say, you could not know, you were tired, brothers change watch all the time. I "
            "would put my arm around him.",
            "Therapist: Could you say some of those words to yourself, when the guilt comes in the night? The "
            "same way you would to Pawel?",
            "Client: I can try. 'You could not know, Tomek.' It is hard, but okay.",
            "Therapist: Many people find it helps to write to the person who died. A letter to Marek, not to "
            "send. What you miss, what you are sorry for, what you are thankful for. In Polish is fine.",
            "Client: In Polish is better. There are so many things I did not say to him.",
            "Therapist: Would you write it this week, before we meet next Tuesday, and bring it with you? Then "
            "we can read it together, only the parts you want to share.",
            "Client: Yes. I will write it on Sunday, when there is no fishing. I bring it Tuesday.",
            "Therapist: Good. And the vodka at night that you told me about, how is that?",
            "Client: Less. Only two nights this week.",
        ),
        techniques=frozenset(
            {"continuum_or_pie_chart", "homework", "journaling", "psychoeducation", "self_compassion"}
        ),
    ),
    # Montreal: play therapist's parent session with a Quebecois father of a six-year-old.
    # Labels: play and quiet explained, Wednesdays, Lea's question, play times in two weeks. Not: punishing, stickers.
    "play_therapy_parent_session_montreal": LabelledSession(
        text=_session(
            "Therapist: Thanks for coming in, Mathieu. As we agreed at the start, I won't tell you everything "
            "Lea does in her sessions, but I can share the general picture.",
            "Client: Yes, okay. Me, I'm worried, eh. At the ecole the teacher say she don't say one word all "
            "day, since October maybe. At my place she talk talk talk, no problem.",
            "Therapist: In the playroom she's been spending a lot of time with the dollhouses. There are two "
            "houses, and a little rabbit who drives back and forth between them, and sometimes the rabbit gets "
            "lost on the road. Children her age don't usually have words for a big change like a separation, so "
            "they show it in play. And going quiet in one place, like school, while chatting freely at home, is "
            "something we see quite often after a big change. It can be her way of keeping some control when a "
            "lot feels out of her hands.",
            "Client: Ah bon. My mother, she say I must punish her when she don't talk, take away the tablet. And "
            "the teacher made a chart with stickers, des autocollants, if she talk.",
            "Therapist: I'd really hold off on punishing the silence. Pressure to talk usually makes it harder "
            "for children like Lea, not easier.",
            "Client: Okay. But honestly I feel like a bad father. Maybe I did the separation all wrong.",
            "Therapist: Can I tell you what I've noticed? You changed your shifts at the garage so you can pick "
            "her up every Wednesday. You read her a story on FaceTime on the nights she's at her mom's. And she "
            "talks freely with you, which tells me she feels safe with you. Those are big things, Mathieu.",
            "Client: C'est vrai, the story every night. Even when I'm dead tired.",
            "Therapist: Lea asked something in the playroom that you might hear from her too: 'Why does Mommy "
            "live in the other house?' How would you answer her?",
            "Client: Euh... I don't know. Usually I say 'ask your mother', or I change the subject.",
            "Therapist: Let's practise it. I'll be Lea, and you answer me the way you'd like to. 'Papa, why does "
            "Mommy live in the other house?'",
            "Client: 'Because Mommy and Papa, we... we don't...' I don't know how to say.",
            "Therapist: That's okay, take your time. Something short and true, and that it's not her fault.",
            "Client: 'Mommy and Papa decided to live in two houses because we were not happy together. It is a "
            "grown-up decision. It is not because of you, and we both love you all the time.'",
            "Therapist: (as Lea) 'Are you going to live together again?'",
            "Client: 'No, ma puce. But you will always have your room in both houses, with your rabbit.'",
            "Therapist: That was clear and kind. One more thing I'd like you to try. Three times before we meet "
            "again in two weeks, twenty minutes of special play time: Lea chooses and leads, no phone, you just "
            "describe what she's doing and join in. Would you be willing to do that?",
            "Client: Twenty minutes, three times. Yes, on my weekend and the Wednesday.",
            "Therapist: Great. When we meet in two weeks we'll start with how those play times went.",
            "Client: D'accord. Merci.",
        ),
        techniques=frozenset({"homework", "psychoeducation", "role_play", "strengths_review"}),
    ),
    # Cluj-Napoca: employee assistance video call with an agent on a German-language helpline.
    # Labels: sorry as old peace-making, angry at the situation, break options, words for Cristina. Not: 0-10, union.
    "call_centre_eap_cluj": LabelledSession(
        text=_session(
            "Therapist: Hello Ioana, thank you for connecting. You wrote on the form that work is becoming too "
            "much. Tell me, and also, from zero to ten, how stressed do you feel at the end of a shift?",
            "Client: Yes, sorry, sorry for the noise, I am calling from my car in the parking of Iulius Mall, it "
            "is my lunch break. Sorry. So, I work on the German line for an internet provider. Ninety calls per "
            "day sometimes. The people are screaming because the router is not working, and I think, I am so bad "
            "at this job. Nine, I would say. Sorry, I know it sounds dramatic.",
            "Therapist: Thank you, I have written nine. Ioana, can I point something out? In the last two "
            "minutes you have said sorry to me four times: for the noise, for the car, for saying nine. I wonder "
            "if the same thing happens with the callers. Someone is upset, and you take it as your fault before "
            "you even know what happened.",
            "Client: Oh. (laughs) Yes. My mother says I apologise to the chair when I hit it. With the callers, "
            "yes, when they shout I feel it is my guilt.",
            "Therapist: It sounds like an old habit. Where do you think you learned to keep everybody calm?",
            "Client: Maybe at home. My father had a bad temper. I was the one who made the peace, always, since "
            "I was small.",
            "Therapist: So the little girl who made the peace at home is now making the peace with ninety angry "
            "Germans a day. Let's look at the thought 'when a caller shouts, it means I am bad at my job'. When "
            "a man is screaming because his internet stopped during the football, who is he really angry at?",
            "Client: At the internet. At the company. At the football, maybe. Not really at me, he doesn't know me.",
            "Therapist: So what would be a more accurate way to say it to yourself?",
            "Client: Maybe: 'He is angry at the situation, and I am the person who can help him fix it.'",
            "Therapist: Now the breaks. You said the team leader doesn't let you go to the toilet outside the "
            "schedule. What options do you have? Even the silly ones.",
            "Client: Hmm. I can go anyway and get a warning. I can ask for another schedule. I can drink less "
            "water, but that is stupid. I can write to HR. My colleague Andrei says we should go to the union, "
            "but we don't really have one. Another colleague listens to ASMR between the calls.",
            "Therapist: Which of those looks most workable to you?",
            "Client: Ask Cristina, the team leader, for a fixed five-minute break every two hours, in the "
            "schedule. If she says no, then HR.",
            "Therapist: Good. What would you actually say to Cristina, so it is clear and not an apology?",
            "Client: Maybe, 'Sorry to disturb you, I know it is very busy, but maybe if it is possible...'",
            "Therapist: Try it again without the sorry and without the maybe. What you need, and why.",
            "Client: 'Cristina, I need a five-minute break every two hours, in the schedule. After ninety calls "
            "I cannot keep the quality without it. Can we put it in the plan from Monday?'",
            "Therapist: That was clear. Whether you say it this week is up to you, I won't be asking you for a report.",
            "Client: Okay. Sorr... I mean, thank you.",
        ),
        techniques=frozenset(
            {"assertiveness_training", "cognitive_restructuring", "insight_interpretation", "problem_solving"}
        ),
    ),
    # Boise, Idaho: resettlement counsellor with a Congolese former youth football coach.
    # Labels: Mr Baraka, walks and football, class and DMV test. Not: pastor, sleep asked, double shifts, not homework.
    "refugee_resettlement_boise": LabelledSession(
        text=_session(
            "Therapist: Jambo, Emmanuel. Thank you for coming. How are you this week?",
            "Client: Sawa sawa. Is okay. Only... I am tired, too much. Work at warehouse is night. I come home, "
            "I sleep, I wake up, I sit. Sit, sit. Looking the wall.",
            "Therapist: How many hours are you sleeping?",
            "Client: Maybe four, five. Day is too bright, and the children are making noise.",
            "Therapist: When you sit looking at the wall, what is in your head?",
            "Client: In Kyangwali camp, I was coach. Football for the boys, under fifteen. Every afternoon. They "
            "call me Coach Emma. Here, nothing. Only boxes at warehouse. Here nobody knows my name. Pastor "
            "Kabila at my church, he pray for me. He say be patient, God will open door.",
            "Therapist: Emmanuel, there is a group of Congolese families in Boise, the Congolese Community "
            "Association. They meet on Saturdays at the community centre on Orchard Street, and some of the men "
            "play football after. Would you like me to introduce you to their chairman, Mr. Baraka? He speaks "
            "Swahili.",
            "Client: Eh! Football in Boise? Yes, I want. Please.",
            "Therapist: I'll call him today. Now let's look at your week together. You finish work at six in the "
            "morning and sleep until one. In the afternoons, what could you do that you enjoy, or that matters "
            "to you?",
            "Client: Walk. By the river, the green path. In camp I walk everywhere.",
            "Therapist: The Greenbelt is close to your apartment. Which days could you walk there?",
            "Client: Monday, Wednesday, Friday. After I eat. One hour.",
            "Therapist: Let's write it on this calendar so you can see it. Walks Monday, Wednesday, Friday. "
            "Saturday the association and football. Sunday church with your family.",
            "Client: Saturday football, yes. Maybe they need a coach for the small ones.",
            "Therapist: Maybe they do! And bigger things: where do you want to be in three months?",
            "Client: English better. And the driving licence. Without car in Boise, you are like no legs.",
            "Therapist: Let's make those specific. The free English class at the library is Tuesday and Thursday "
            "evenings, but you work nights.",
            "Client: I go at six o'clock, before work. Work starts ten. Two times in the week. And I study the "
            "book and do the written test at the DMV before end of March.",
            "Therapist: So: English class Tuesday and Thursday, written driving test by the end of March. This "
            "paper is yours. It's not homework, I won't be checking it, use what helps you. One more thing: you "
            "said your supervisor offered you double shifts. I'd be careful with that while you're sleeping only "
            "five hours.",
            "Client: Okay. I tell him no for now. Asante sana.",
        ),
        techniques=frozenset({"behavioral_activation", "goal_setting", "social_support"}),
    ),
    # Saskatchewan: farm stress line call at night from a grain farmer in his machine shed.
    # Labels: rifle bolt, signs and 988, worst/best/likely, Brenda and coffee row. Not: bank letter, life insurance.
    "farm_stress_line_saskatchewan": LabelledSession(
        text=_session(
            "Therapist: Farm stress line, this is Gord.",
            "Client: Yeah, hi. Name's Dale. Don't really know why I'm calling. Wife's asleep. Saw the number on "
            "a poster at the Co-op in Swift Current. Third dry year in a row. Canola went maybe eight bushels. "
            "Bank's sent a letter. I'm sittin' out in the shop with a bottle of rye, just thinkin'.",
            "Therapist: Thinking about what, Dale? When fellas are in that spot, sometimes they're thinking "
            "about ending their life. Is that where you're at?",
            "Client: ...Crossed my mind. Yeah. There's the life insurance. Brenda'd be better off.",
            "Therapist: Thanks for telling me straight. Have you got a way in mind? Is there a firearm on the place?",
            "Client: The .270's in the cabinet in the house. Haven't touched it. I'm just sittin'.",
            "Therapist: Would you be willing to take the bolt out of that rifle and leave it with somebody for a "
            "while? Somebody you trust.",
            "Client: Could run it over to my brother-in-law Wes in the morning. He'd not ask questions.",
            "Therapist: Dale, what's the worst you figure could happen with the bank?",
            "Client: They call the loan, we lose the home quarter. My granddad broke that land in 1911.",
            "Therapist: That'd be a real loss. And if it did happen, what would actually happen next?",
            "Client: We'd... I dunno. Rent it back maybe, like the Friesens did. Brenda's got her job at the "
            "school. We'd not starve. Kids are grown.",
            "Therapist: And the best case? And the most likely, knowing banks and this country?",
            "Client: Best, rain comes and the bank gives us a year. Most likely? Probably they restructure it. "
            "Farm Credit did that for Wes in '03. Tight couple of years. Not the end of the world, I guess.",
            "Therapist: Does Brenda know about the letter? If not, that's a heavy thing to carry on your own. "
            "I'd really encourage you to tell her, and Wes too, since he's been through it. Who else have you "
            "got out there?",
            "Client: She doesn't know. There's coffee row at the Co-op every morning. I quit goin' in August.",
            "Therapist: Might be worth getting back to it. Now before we hang up: if these thoughts come back "
            "strong, what's the sign, and what do you do?",
            "Client: When I'm out in the shop alone with a bottle, I guess that's the sign. Then I call this "
            "line again. Or 988. Or go wake Brenda.",
            "Therapist: That's a good plan, and the bolt goes to Wes first thing. We're here twenty-four hours.",
            "Client: Thanks, Gord. Think I'll head in.",
        ),
        techniques=frozenset({"decatastrophizing", "safety_planning", "social_support"}),
    ),
    # Atlanta: LGBTQ+ youth service webchat with a sixteen-year-old trans boy, typed in text-speak.
    # Labels: words for Mr Hendricks, counsellor plays him, GSA with Maya. Not: binder advice.
    "lgbtq_youth_webchat_atlanta": LabelledSession(
        text=_session(
            "Therapist: Hi, you're chatting with Dani from the LGBTQ+ youth line. What name would you like me to use?",
            "Client: kai. he/him. ngl im kinda nervous typing this lol",
            "Therapist: Nice to meet you, Kai. Nervous is totally fine. What's on your mind tonight?",
            "Client: so theres this teacher mr hendricks (chem) who keeps using my deadname in roll call even "
            "tho it got changed in the system. ppl laugh. i just sit there n die inside tbh",
            "Therapist: That sounds really painful, sitting through that every day. Would it help to figure out "
            "together what you could actually say to Mr. Hendricks?",
            "Client: idk. prob. i dont wanna b rude tho hes kinda strict",
            "Therapist: You can be clear and polite at the same time. A simple shape is: what's happening, what "
            "you need, and a thank-you. Want to try writing it?",
            "Client: ok like. hi mr hendricks my name is kai now and i use he/him, can u pls use that in roll "
            "call. thanks",
            "Therapist: That's really good. Short, clear, not rude. Maybe add that it's already changed in the "
            "system, so he knows it's official?",
            "Client: oh ya. 'its updated in infinite campus'",
            "Therapist: Want to practise? I'll be Mr. Hendricks and you come up to my desk after class. 'Yes? "
            "Make it quick, I've got lunch duty.'",
            "Client: lmao thats literally him. ok. 'hi mr hendricks quick thing. my name is kai now and i use "
            "he/him. its updated in infinite campus. could u use it in roll call pls'",
            "Therapist: 'Alright. Kai. I'll fix my list.' Okay, stepping out of role. How was that?",
            "Client: weirdly not that bad?? my hands r shaking a lil irl lol",
            "Therapist: Who's on your side at school? Is there a GSA, or a teacher you trust?",
            "Client: theres a gsa but i never went. my friend maya goes",
            "Therapist: It could really help to have people around you for this. Could you go with Maya to the "
            "next GSA meeting? The sponsor there might even come with you to talk to Mr. Hendricks if you want "
            "backup.",
            "Client: maybe. its thursdays at lunch. i could go w maya. also unrelated but i got a binder off "
            "amazon and ive been wearing it like all day",
            "Therapist: Glad you've got one! Just try not to wear it more than about eight hours, and never to "
            "sleep, it can hurt your ribs and your breathing. You did great tonight, Kai. Chat back any time.",
            "Client: oh oops ok. ty dani",
        ),
        techniques=frozenset({"assertiveness_training", "role_play", "social_support"}),
    ),
    # Glasgow: addiction aftercare group, Scots voices, one member at ninety days.
    # Labels: ninety days, wedding options, text Davie and Rab, urge surfing. Not: thought diaries, gratitude app.
    "aftercare_group_glasgow": LabelledSession(
        text=_session(
            "Therapist: Right, folks, let's make a start. Davie, I believe you've got some news.",
            "Client: (Davie) Aye. Ninety days the day. First time since I wis twenty-three.",
            "Therapist: Ninety days. When you first came in here in June you could hardly sit through the hour. "
            "What did you do to get here?",
            "Client: (Davie) Went tae every meeting. Binned the numbers o' the boys fae the bookies' pub. Walked "
            "the dug instead o' goin' oot on a Saturday. Honestly didnae think I had it in me.",
            "Therapist: You did every bit of that yourself, Davie. Sitting through the hour, binning those "
            "numbers, the Saturdays. That's real.",
            "Client: (Rab) Nice one, big man. I'm back on day twelve. My counsellor in rehab had me daein' they "
            "thought diaries, I've no' kept them up. And I've got a gratitude app, never open it.",
            "Therapist: Glad you're here, Rab. Shona, you said last week your sister's wedding is coming up.",
            "Client: (Shona) Aye, two weeks on Saturday. Free bar. Ma whole family drinks like fish. Ma maw's "
            "already said 'wan glass o' prosecco'll no' kill ye'. I'm on the Antabuse but I'm that feart. It's "
            "the toasts, and after ten o'clock when everybody's steamin' and I'm the only sober wan.",
            "Therapist: Let's work on it as a group. Ideas, all of them, even daft ones.",
            "Client: (Davie) Bring yer ain drink, a fancy alcohol-free wan, so ye've aye got something in yer hand.",
            "Client: (Rab) Leave before the evening do. Or drive, then ye've got an excuse.",
            "Client: (Shona) Or tell ma sister the noo so she's no' offended if I leave at nine.",
            "Therapist: Which of those would you actually use?",
            "Client: (Shona) Drive masel, alcohol-free fizz for the toasts, and tell Karen I'm away at nine. And "
            "if it gets bad I'll go tae the toilets and phone somebody.",
            "Therapist: Phone who, Shona? This group's here for that. Davie, Rab, would you be up for Shona "
            "texting you that night?",
            "Client: (Davie) Nae bother. I'll have ma phone on loud.",
            "Therapist: And for that moment in the toilets, let's all try something now. Close your eyes if "
            "you're comfortable. Bring to mind the last strong urge you had. Notice where it sits in your body, "
            "chest, throat, hands. Don't fight it, just watch it like a wave. Notice it rise... peak... and "
            "start to fall. Nothing to do, just watching.",
            "Client: (Rab) It's in ma jaw. Mad. It did kinda go doon, but.",
            "Therapist: That's urge surfing. You can do it anywhere, Shona, even in the toilets at the wedding.",
            "Client: (Shona) Aye. I'll gie it a go.",
        ),
        techniques=frozenset({"problem_solving", "relaxation_mindfulness", "social_support", "strengths_review"}),
    ),
    # Harare: rehabilitation counsellor listening to a retired headmaster three months after a stroke.
    # No label: listening only. Not: mood asked, physio ball, grandson, choir, prayers, pamphlet, driving.
    "post_stroke_listening_harare": LabelledSession(
        text=_session(
            "Therapist: Good afternoon, Mr Chikomba. Please, take your time sitting down. How are you finding things?",
            "Client: Good afternoon, madam. I thank you for receiving me. I must confess that I am not myself. "
            "For thirty-one years I was headmaster at Mabelreign Boys High School. Now I require assistance to "
            "button my own shirt.",
            "Therapist: That is a very great change.",
            "Client: It is humiliating, frankly. My wife dresses me as though I were a child. The "
            "physiotherapist has given me a rubber ball to squeeze for the hand. I do it each morning, but "
            "progress is slow.",
            "Therapist: It has been hard to be the one receiving help.",
            "Client: Precisely. I was always the one who helped others. Parents came to my office with their troubles.",
            "Therapist: How has your mood been these last weeks? Your sleep, your appetite?",
            "Client: I wake at three and I lie there. I eat what is put before me. Some days I feel heavy, as "
            "though a stone sits on my chest. I have not wept. A man of my generation does not weep, but I come "
            "close.",
            "Therapist: Close to tears, and holding it in.",
            "Client: Yes. My grandson Tinashe, he is nine, comes after school and reads to me from his English "
            "reader. While he reads I feel almost well. Then he goes home and the house is very quiet.",
            "Therapist: The quiet after he leaves is hard.",
            "Client: It is. I also sang bass in the cathedral choir for twenty years. They visited me in "
            "hospital and sang 'Abide with Me' at my bedside. I could not join in. My speech was too slurred "
            "then. My wife prays over me every night. The doctor gave me a pamphlet on stroke recovery, I have "
            "not opened it. I find myself asking: is this my life now?",
            "Therapist: That question sits heavily with you.",
            "Client: It does. Madam, I intend to drive myself to choir practice next month. My Mazda is simply "
            "sitting in the yard.",
            "Therapist: I would advise against driving until the doctors have assessed you and cleared you, Mr "
            "Chikomba. With the weakness in your left side it would not be safe yet.",
            "Client: Hmm. My wife says the same. Very well.",
            "Therapist: Thank you for telling me all of this today.",
            "Client: It has helped, merely to speak of it. Thank you for listening, madam.",
            "Therapist: Shall we meet again next Thursday at the same time?",
            "Client: Yes, I would like that.",
        ),
        techniques=frozenset(),
    ),
    # Gothenburg: pacing work in English with a former night nurse who has ME/CFS.
    # Labels: the nurse she was, piano and balcony, diary of energy and feelings to Monday. Not: graded exercise.
    "me_cfs_pacing_gothenburg": LabelledSession(
        text=_session(
            "Therapist: Hej Linnea. How have the last two weeks been with the energy?",
            "Client: Up and down, like always. Last Saturday I felt good, so I cleaned the whole flat and went "
            "to IKEA with my sister. Then three days in the bed. Total crash.",
            "Therapist: So a good day, and then you paid for it with three days in bed.",
            "Client: Yes. And in the bed I feel so lazy. Before, I worked nights at Sahlgrenska, twelve-hour "
            "shifts, no problem. Now I must rest after a shower. I think, what is wrong with you, you are "
            "twenty-nine, not ninety.",
            "Therapist: When you lie down after the shower, what do you say to yourself?",
            "Client: 'Lazy. Weak. Everybody else manages.'",
            "Therapist: If one of your patients, when you were a nurse, had this illness and needed to rest "
            "after a shower, what would you have said to her?",
            "Client: I would say, of course you rest, your body is sick, rest is part of the treatment. I would "
            "bring her a warm blanket.",
            "Therapist: Could you offer yourself the same, the blanket and the words, when you lie down after "
            "the shower?",
            "Client: It feels strange. But... 'Rest is part of the treatment, Linnea.' Okay. I can try to be a "
            "bit nicer nurse to myself. At the old clinic they gave me graded exercise, every week more walking. "
            "It made me worse.",
            "Therapist: I'm sorry that happened. Let's think about your days instead. Inside the energy you "
            "have, what is one thing that would give you some pleasure or meaning, small enough not to crash you?",
            "Client: Hmm. I used to play piano. Ten minutes maybe. And to sit on the balcony with coffee and "
            "look at the trams.",
            "Therapist: Let's put them in your days. Ten minutes of piano in the late morning, when your energy "
            "is best, and the balcony in the afternoon. Every day, also on good days. The same amount, not more.",
            "Client: Also on good days, not more. That is the hard part. On a good day I want to do everything.",
            "Therapist: I know. That's why I'd really advise against cleaning the whole flat on a good day, even "
            "if you feel you can. I would also like you to keep a short diary each evening. Three lines: what "
            "you did, your energy from zero to ten, and how you felt about yourself that day.",
            "Client: Energy and feelings, okay. Like a mood diary.",
            "Therapist: Will you keep it every evening until we meet next Monday? Then we look at it together "
            "and see the pattern between what you did and the crashes.",
            "Client: Yes. I will write it in my phone notes. Until Monday. My friend says I should try magnesium "
            "and some special mushroom powder.",
            "Therapist: That's one to ask your doctor about. See you Monday, Linnea.",
        ),
        techniques=frozenset({"behavioral_activation", "homework", "journaling", "self_compassion"}),
    ),
    # Dubai: exposure and response prevention with a structural engineer who fears contamination.
    # Labels: washing loop, door handle without washing, lift buttons daily to Sunday. Not: fluvoxamine, gloves.
    "ocd_erp_contamination_dubai": LabelledSession(
        text=_session(
            "Therapist: Good morning, Arjun. Last time we built your ladder, and today, as we agreed, we begin "
            "the exposure and response prevention itself. First let me go over how the cycle works, because it's "
            "the reason we do it this way.",
            "Client: Please. I understand it intellectually, but when the moment comes my brain goes blank.",
            "Therapist: When you touch something you see as contaminated, say a lift button, the anxiety shoots "
            "up. Washing brings it down quickly, so your brain learns that washing is what saved you, and next "
            "time the urge is stronger. That's the loop. If you touch the button and don't wash, the anxiety "
            "rises, peaks, and then comes down on its own. Each time that happens, your brain learns you can "
            "handle it without the ritual.",
            "Client: So the washing is actually feeding it. Like interest on a loan. Also, my psychiatrist "
            "increased the fluvoxamine last month, by the way. It's a hundred and fifty now.",
            "Therapist: Exactly like that. And noted, thank you. So, the ladder. At the bottom, holding the "
            "clinic door handle, which you rated thirty. Then the lift buttons in your building, fifty. The "
            "handrail on the Red Line metro, seventy. And at the top, eating a sandwich after holding the metro "
            "rail, ninety-five.",
            "Client: Yes. Just hearing the last one my palms are sweating.",
            "Therapist: We start at the bottom. Will you come to the door with me and hold the handle for a full "
            "minute? Then we sit down again, and no washing and no sanitiser until the end of the session.",
            "Client: Okay... okay. (holds the handle) It's sticky. Someone's hand was just here.",
            "Therapist: Stay with it. What's the anxiety out of a hundred right now?",
            "Client: Forty-five. Higher than I thought.",
            "Therapist: Now touch your face with that hand, and your shirt.",
            "Client: (exhales) Sixty. I want to go to the washroom.",
            "Therapist: Notice the urge and don't act on it. Stay here with me.",
            "Therapist: [fifteen minutes later] It's been fifteen minutes. Where is it now?",
            "Client: Twenty-five. It's... boring now, honestly.",
            "Therapist: Boring is exactly what we want.",
            "Client: My wife suggested I could wear thin gloves on the metro, to make it easier.",
            "Therapist: I'd advise against the gloves. They work like washing in advance and keep the fear "
            "alive. For this week: every day, press the lift buttons in your building with your bare hand, touch "
            "your face afterwards, and no washing for an hour. Will you do that every day until our session next "
            "Sunday? Then we'll go through how each day went.",
            "Client: Every day, lift buttons, no washing for one hour. Agreed. I'll tell you honestly on Sunday.",
        ),
        techniques=frozenset({"exposure", "homework", "psychoeducation"}),
    ),
    # Seoul: CBT group in English for international and Korean employees with social anxiety, week four.
    # Labels: safety behaviours, evidence on the red face, Mr Kang, convenience store. Not: meditation app, soju.
    "social_anxiety_group_seoul": LabelledSession(
        text=_session(
            "Therapist: Welcome back, everyone, this is week four. Last week you listed the things you do to get "
            "through social situations: rehearsing sentences, avoiding eye contact, holding a cup so your hands "
            "don't shake. We call these safety behaviours. The catch is that they keep your attention turned "
            "inward, on how you look, so you feel more self-conscious, and they stop you ever finding out that "
            "things would go fine without them.",
            "Client: (Priya) That's me. I rehearse every sentence before the Monday stand-up, and by the time I "
            "speak the topic has changed. I tried a meditation app my flatmate uses, it didn't help.",
            "Client: (Min-jun) For me it is company dinner, hoesik. I drink soju very fast so I can talk. "
            "Otherwise my face goes red and everybody sees.",
            "Therapist: Min-jun, let's look at 'everybody sees'. From the last hoesik, what is the evidence that "
            "people noticed your face, and what is the evidence against it?",
            "Client: (Min-jun) For it: I felt it burning. Against it: nobody said anything, and the team leader "
            "talked to me about baseball for a long time. The restaurant was dark, and everybody was red from "
            "the soju anyway. (laughs) So maybe they are not watching my face. Maybe most of the red is only in "
            "my head.",
            "Therapist: About the soju: drinking fast to cope is another safety behaviour, and a risky one, so "
            "I'd go easy on that. Now let's practise. Priya, I'll be your team lead, Mr. Kang, at the coffee "
            "machine. Start a conversation with me without rehearsing. 'Ah, Priya. Busy week?'",
            "Client: (Priya) Um, yes, the release. Did you... um, did you go anywhere for Chuseok?",
            "Therapist: 'My parents' place in Daegu. Too much food. You?'",
            "Client: (Priya) I stayed in Seoul and went hiking on Bukhansan. It was so crowded!",
            "Therapist: Out of role now. How was that?",
            "Client: (Priya) The 'um' felt terrible. But the conversation kept going. He answered me.",
            "Therapist: Now a behavioural experiment for the break. Lucas, if you ask the staff at the "
            "convenience store downstairs where something is, in Korean, without practising first, what do you "
            "predict?",
            "Client: (Lucas) I'll freeze, mix up the words, and she'll laugh at me. Eighty percent sure.",
            "Therapist: So this time: no typing it in your phone first, no practising it ten times, look at her "
            "and just ask. Then come back and tell us what actually happened, compared with your prediction.",
            "Therapist: [after the break] Lucas, how did it go?",
            "Client: (Lucas) I asked where the batteries are. I said it a bit wrong. She just pointed, said "
            "'there', and smiled. Nobody laughed. Prediction: wrong.",
            "Therapist: What does that tell you?",
            "Client: (Lucas) That the mistake mattered much less than I thought.",
        ),
        techniques=frozenset({"behavioral_experiment", "evidence_examination", "psychoeducation", "role_play"}),
    ),
    # AI assistant answering a retired railway engineer in Chennai, with numbered lists.
    # Labels: worst/best/likely, four-in six-out, three columns. Not: temple, leaflet, forums, not homework.
    "llm_assistant_before_knee_surgery_chennai": LabelledSession(
        text=_session(
            "Client: Good evening. I am a retired Southern Railway engineer, aged 71, residing in Chennai. I am "
            "scheduled for total knee replacement at a hospital here on Monday next. Kindly advise. I am unable "
            "to sleep owing to the fear that I shall not wake up from the anaesthesia.",
            "Therapist: Good evening, and thank you for explaining so clearly. A fear like that before an "
            "operation is very understandable. I can't tell you about your own medical risk; your anaesthetist "
            "is the right person for that, and you could ask to speak with them before Monday. What I can do is "
            "go through the fear with you step by step. Would that be useful?",
            "Client: Yes, please proceed.",
            "Therapist: Let us treat it the way an engineer treats a load case. 1. Worst case: what exactly do "
            "you fear will happen? 2. Best case: what is the best realistic outcome? 3. Most likely: given what "
            "the surgeon has told you, what will probably happen? 4. If something difficult did happen, how "
            "would you and your family cope?",
            "Client: 1. Worst: I do not wake, and my wife Lalitha is left alone. 2. Best: I walk to the temple "
            "without pain by Deepavali. 3. Most likely: the surgeon said I shall be walking with a frame in two "
            "days, the operation is very routine, he performs four in a day. 4. If there are complications, I am "
            "in a large hospital with an ICU, and our son has already arranged to fly from Bengaluru, so Lalitha "
            "will not be alone. Written out like this, the worst case appears rather less probable than it does "
            "at 2 a.m.",
            "Therapist: That's a very clear analysis, and you noticed something important: the fear is largest "
            "at 2 a.m. For those nights, a simple slow breathing practice can help your body settle. 1. Breathe "
            "in gently through your nose for a count of four. 2. Breathe out slowly through your mouth for a "
            "count of six. 3. Keep the breath low, so your stomach rises rather than your chest. 4. Continue for "
            "about five minutes. You could try it once now and tell me how it feels.",
            "Client: I have done it now. My heart was pounding; it has slowed somewhat. My wife has been going "
            "to Kapaleeshwarar temple each morning to pray for the operation.",
            "Therapist: It sounds as though she cares for you a great deal. One more tool, if you like. When the "
            "worry wakes you, take a notebook and rule three columns. 1. The situation, for example '2 a.m., "
            "lying awake'. 2. The exact thought, for example 'I will not wake up'. 3. The feeling, and how "
            "strong it is from 0 to 100. Catching the thought on paper in this way often takes away some of its "
            "force.",
            "Client: Three columns. As an engineer I appreciate a tabular format. I also have a leaflet from the "
            "surgeon's office about the procedure, and some nights I read patient forums on the internet about "
            "complications.",
            "Therapist: I'd suggest leaving the forums alone, especially at night; they tend to collect the rare "
            "bad stories. The leaflet and your anaesthetist are better sources. To be clear, none of this is "
            "homework: I can't follow up with you or check how it went, and I won't remember this conversation "
            "once it ends. Use whatever helps, and if the fear becomes overwhelming, please talk to your doctor.",
            "Client: Understood. I thank you. I feel better prepared.",
            "Therapist: I hope Monday goes smoothly, and that you are walking to the temple by Deepavali.",
        ),
        techniques=frozenset({"breathing_exercise", "decatastrophizing", "thought_record"}),
    ),
}
