"""Blind test set 15 for the technique detector: sixteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 75 lines of
labelled_sessions_blind9.py, printed with `head -n 75` (interface, docstring conventions, labelling rules, the
settings set 9 used and the start of its dict; the rest of that file was not opened); the lines of
labelled_sessions_blind10.py, labelled_sessions_blind11.py, labelled_sessions_blind12.py and
labelled_sessions_blind13.py that start with four spaces and a `#`, printed with `grep -n "^    # "` on each (only
to see which settings those sets used, so as to avoid them; nothing else of those files was opened); the first 75
lines of labelled_sessions_blind14.py, printed with `head -n 75` (its docstring: settings, voices and the labelling
rules as last applied, then the imports and the `_session` helper; its dict begins after line 75 and was not seen
beyond its comment lines), and that file's comment lines, printed with `grep -n "^    # "`; the LabelledSession
dataclass in labelled_sessions.py, printed with `grep -n "class LabelledSession" -A4`; each catalog technique's
code, name, family and description, printed by a python one-liner that loaded sql/technique_catalog.json and printed
only those four fields (the synonyms and cue fields were never printed and the file was never opened otherwise); and
the [tool.ruff] table of pyproject.toml, printed by a python one-liner with tomllib that printed only the table's
own keys (line-length and target-version), leaving out the nested lint tables. No slip is known. Besides that it ran
`test -e` on this module's own path and `test -x` on .venv/bin/ruff, to confirm that no file of this name existed
yet and that ruff was there (no directory was listed). It did not open the transforms package, the tests, the
README, the docs or any other benchmark, did not grep the repository beyond the commands above, did not read
/work/shared, ran no git command and ran nothing of the product, its tests, mypy or any benchmark; the only other
commands run against the project were the import check of this module (importing it, counting sessions, turns and
labels, and comparing each text and label set with the hand-written source) and ruff check / ruff format on this
file alone. The module was emitted by a throwaway generator kept in /tmp/blind15, outside the project, from session
text written there by hand; before any import check one counsellor line in the Sydney session was reworded by hand
in that source (a question on what is good and bad about each option became a question on which option feels right),
its labels untouched. The generator only split each turn into implicitly concatenated string pieces to keep lines
short, ruff format may then re-join pieces that fit on one line (it also wrapped one long label set), and the import
check confirmed every text is identical to the source. The labels, set by hand in that source, were not touched by
any step, and this docstring was written by hand; after the first import check one clause on ruff format was added
to this paragraph, which was then re-wrapped with textwrap, and the module regenerated and checked again. No text
was copied from any corpus.

The settings were chosen to be unlike sets 9 to 14 and unlike each other, and the voices vary: acceptance and
commitment work in Windhoek with a Namibian breakfast-radio presenter kept off air by vocal nodules; an adolescent
DBT multifamily skills group in Minneapolis, teenagers and parents, learning DEAR MAN; a solution-focused session in
Valletta with a Maltese canteen cook and her silent sixteen-year-old; narrative therapy in Hobart with a nine-year-old
boy, his temper externalised as 'the Stomper', and his nan; couples counselling in Nicosia with a retired
Greek-Cypriot customs officer and his English potter wife; an international school counsellor in Doha with a
thirteen-year-old Korean-American boy left out of a group chat; an occupational health psychologist in Antwerp with
a Flemish shift supervisor, in non-native English, six weeks after an ammonia release; a therapy app's asynchronous
text exchange with a young Ukrainian woman in a Warsaw airline call centre, in lower-case non-native English; a
Cabramatta community health counsellor with a nail salon owner through a Vietnamese interpreter; a telephone call
from a Kathmandu counsellor to a Sherpa trekking guide after an avalanche; behavioural activation in Ljubljana with
a retired chemistry teacher after a hip replacement; a Lucerne psychologist with a Portuguese-born postwoman afraid
of dogs, with a live trial beside a calm Labrador; a first session in Almaty with a Kazakh commercial lawyer who
panics in court, mostly what he has tried; an intake at an Ulaanbaatar university counselling service with a mining
engineering student from a herding family; a Christchurch home visit with a widowed former antique dealer who keeps
forty years of magazines; and a Haifa hospital oncology psychologist with an Arab-Israeli English teacher before her
three-month scan. Counsellors mostly use techniques in their own words without naming them; a few name them (DEAR
MAN, exposure, a pie). Group members and the two people in the couples and family sessions speak as 'Client:
(Name)', interpreted turns start 'Client: [interpreted from Vietnamese]', and the app messages carry a day and time
in brackets after the speaker.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises
in it. A client merely mentioning something (an ENT's steroid spray, a sister's prayer group, a psychiatrist's
medication change, a TikTok about boundaries, a priest's advice, a borrowed parenting book, an ex-husband's idea to
take the phone, a school behaviour chart, a GP's ADHD referral, a cousin's boat, a church walking group offered
among options, a mother's email to the school, a wife's lavender oil, a friend's advice to move to Berlin, energy
drinks, green oil and the temple, a mother's puja, other guides' advice to go back up, a daughter's spa, a
physiotherapist's walking advice, a colleague's dog biscuits, cognac, valerian drops, a colleague's breathing video,
the gym, a students' forum, a grandmother's shaman ceremony, a niece's skip, a council letter, a cousin's turmeric
videos), or the counsellor merely asking about a topic (drinking, sleep, eating, coffee, what the client has
already tried), advising against something (whispering against the speech therapist's advice, heavy talks after
zivania, posting a screenshot, a brother-in-law's Xanax, daily supermarket painkillers, pharmacy sleeping tablets,
pepper spray, a friend's phenazepam, clearing a house in one weekend, reading cancer forums at night) or using a
scale only to measure (how stuck, a zero-to-five group check-in, sleep, mood), is not a label; rapport_empathy,
assessment and session_structure are never labelled. A scale used to find the next step (the solution-focused
four) or inside exposure and experiments is part of that technique. ``homework`` is labelled only when a task is
explicitly agreed for before the next meeting and is to be reviewed; plans made without such an agreement (lunch at
the robotics table with no report asked for, a staged return to work that goes to the occupational physician, a
letter to a son with the client told she is set no homework, a pie kept on the fridge with nothing to report back)
are not homework. The Almaty first session carries only psychoeducation, and the Ulaanbaatar intake (history,
mood, sleep, eating, drinking, nothing proposed) carries no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match
its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND15_SESSIONS: dict[str, LabelledSession] = {
    # Windhoek: acceptance and commitment work with a radio presenter off air with vocal nodules.
    # Labels: noticing the thought, company and a voice for others, Tangeni step, three tasks. Not: 0-10, spray.
    "windhoek_presenter_voice_rest": LabelledSession(
        text=_session(
            "Therapist: Ndapewa, welcome back. How is the voice today? Is it all right to talk for the hour, "
            "or shall we keep the notepad handy?",
            "Client: The speech therapist says forty minutes of soft talking a day, so you are getting my "
            "forty minutes. Lucky you.",
            "Therapist: I'm honoured. Before we start, the usual number: from nought to ten, how stuck have "
            "you felt this week, ten being completely stuck?",
            "Client: Seven. Last week it was eight, so. Maybe it is the steroid spray the ENT gave me, I don't know.",
            "Therapist: Seven. What has been keeping it up there?",
            "Client: On Tuesday I switched the radio on at six, like an idiot. Simon is doing my slot. He is "
            "good, the callers like him. And my head just started: you are finished, they have forgotten you "
            "already, who are you without a microphone.",
            "Therapist: That voice in your head was busy.",
            "Client: Busy? It had a whole breakfast show. With adverts.",
            "Therapist: Could we do something with that breakfast show for a minute? Nothing to fix or argue "
            "with. Just noticing it.",
            "Client: Okay.",
            "Therapist: Sit the way you are sitting. Feel the chair under you, the weight of your arms on "
            "your legs. Now let the thought come, 'I am finished', and instead of fighting it, put a little "
            "label in front of it: 'I am noticing the thought that I am finished.' Say it softly, or only "
            "inside.",
            "Client: I am noticing the thought that I am finished. Hm. When you say it like that it sounds "
            "like a jingle.",
            "Therapist: And what else do you notice, right now, besides the jingle?",
            "Client: The aircon humming. A taxi hooting outside on Independence. My throat is a bit dry. My "
            "hands are not so tight any more.",
            "Therapist: Is the thought still there?",
            "Client: It is there. It is just not the presenter any more. More like a caller who phones in "
            "every single day with the same complaint.",
            "Therapist: That's a good way to put it. You can leave that caller on hold. Can I ask something "
            "different now? When you were on air, what mattered to you about it? What were you doing it for?",
            "Client: Keeping people company at five in the morning. The taxi drivers, the nurses coming off "
            "night shift. Somebody is awake with you, that was the whole thing. And the Saturday youth slot, "
            "getting young people from Katutura to talk about things nobody ever asked them about.",
            "Therapist: So, company, and giving other people a voice. Do those two need your voice, or only "
            "the microphone version of them?",
            "Client: The youth slot needs somebody to prepare the kids, to do the research, sit with them "
            "before they go live. Simon cannot, he is on mornings. I could do that even whispering.",
            "Therapist: Not whispering, please. Your speech therapist told you it strains the cords more "
            "than a soft voice, didn't she? I would stick with her on that one.",
            "Client: She did. I forget. Okay, a soft voice.",
            "Therapist: So what would one small step towards the youth slot be, something you could do in "
            "the next two weeks on forty minutes a day?",
            "Client: Ask the station manager if I can prepare the Saturday guests. By message, not by "
            "calling. And meet one of them, Tangeni, she is seventeen and wants to talk about teenage "
            "mothers finishing school.",
            "Therapist: Which one first, and when?",
            "Client: The message to Mr Shikongo on Monday. Tangeni on Thursday after school, at the station.",
            "Therapist: And the noticing, 'I am noticing the thought that...', would you try it once a day "
            "for a couple of minutes, maybe at six when the show starts? So until we meet in two weeks: the "
            "message on Monday, Tangeni on Thursday, the noticing every day. Next time you tell me how each "
            "of them went, including the days the caller got loud.",
            "Client: Deal. I will leave the radio on and do it, instead of switching it off angry. My sister "
            "says I must come to her prayer group also, they are praying for my throat.",
            "Therapist: That's kind of her. See you in two weeks.",
        ),
        techniques=frozenset({"goal_setting", "homework", "relaxation_mindfulness", "values_clarification"}),
    ),
    # Minneapolis: adolescent DBT multifamily skills group, interpersonal effectiveness, two teens and a parent each.
    # Labels: DEAR MAN taught and named, dad plays himself, practise once and go round next week. Not: 0-5, TikTok.
    "minneapolis_dbt_multifamily_group": LabelledSession(
        text=_session(
            "Therapist: Okay, everybody, phones in the basket. Thank you, Marcus. Quick check-in round: just "
            "a number from zero to five for how hard the week was, no stories yet. Denise?",
            "Client: (Denise) Three. Her psychiatrist changed her medication on Monday, so, you know.",
            "Therapist: Let's keep medication for individual sessions, Denise, that's the group rule. Kayla?",
            "Client: (Kayla) Four. Whatever. Four.",
            "Client: (Tom) Two.",
            "Client: (Marcus) Like a one. It was fine.",
            "Therapist: Thanks. Tonight is a new skill from the interpersonal effectiveness module. It's "
            "called DEAR MAN, and it's for asking for something, or saying no, in a way that gives you the "
            "best shot at getting it without wrecking the relationship. Kayla, I heard that eye roll from "
            "here.",
            "Client: (Kayla) I saw a TikTok about boundaries that said the same thing. You just tell people "
            "your boundary, and if they don't respect it they're toxic.",
            "Therapist: DEAR MAN is a little more work than that. Describe the situation, facts only. "
            "Express how you feel, with 'I'. Assert, meaning say clearly what you want. Reinforce: what's in "
            "it for the other person. Then M, A, N: stay mindful, so you don't get dragged off topic; appear "
            "confident; and negotiate. Who has a real one from this week?",
            "Client: (Marcus) My dad takes my Xbox controller to work every morning so I can't play. I want it back.",
            "Client: (Tom) Because you were up at two a.m. on a school night, buddy.",
            "Therapist: Perfect, a real one with both people in the room. Marcus, let's build it. Describe, "
            "facts only, no 'you always'.",
            "Client: (Marcus) Uh. You've been taking the controller every morning since, like, the twelfth.",
            "Therapist: Good, just facts. Express?",
            "Client: (Marcus) I feel annoyed. And kind of like a little kid.",
            "Therapist: Assert, what exactly do you want? And reinforce, what's in it for Dad? And what "
            "could you give, to negotiate?",
            "Client: (Marcus) I want to keep it after school. He doesn't have to drag it to work, and we'd "
            "stop fighting about it. I could give it to him at ten on school nights.",
            "Therapist: Now let's try it for real. Tom, will you play yourself, a realistic version, not a "
            "saint? Marcus, you say it to him, eyes up. Everyone else, watch the M, A, N part: does he stay "
            "on topic, does he sound confident?",
            "Client: (Tom) Sure. Marcus, we've been over this.",
            "Client: (Marcus) Dad, since the twelfth you've taken the controller every morning. I feel kind "
            "of like a little kid when you do that. I want to keep it after school, and I'll hand it to you "
            "at ten on school nights. Then you don't have to carry it around.",
            "Client: (Tom) And the first time it's ten thirty and you're in the middle of a game?",
            "Client: (Marcus) Then you keep it the next day. That's fair.",
            "Therapist: Let's stop there. Group, what did you see?",
            "Client: (Kayla) He didn't get mad when his dad tried to trap him. That's the mindful part, "
            "right? He just kind of said it again.",
            "Client: (Denise) He looked at his father. Kayla never looks at me when she asks for things.",
            "Client: (Kayla) Mom.",
            "Therapist: Denise, hold that one for your own turn. Kayla, would you be willing to run one with "
            "Mom next week? Here's the practice for everyone, parents too: use DEAR MAN once this week, for "
            "real, at home, and tick on the handout which letters you managed. Next week we start by going "
            "round and hearing every one.",
            "Client: (Kayla) Maybe. About my curfew. Fine.",
            "Client: (Tom) And if he's up at two again?",
            "Therapist: Then that's your DEAR MAN, Tom. Ten minutes' break, everyone.",
        ),
        techniques=frozenset({"assertiveness_training", "homework", "role_play"}),
    ),
    # Valletta: solution-focused family service session with a canteen cook about her sixteen-year-old daughter.
    # Labels: morning after the miracle and four on the scale, Sunday and the car, notice what to keep. Not: priest.
    "valletta_solution_focused_mother": LabelledSession(
        text=_session(
            "Therapist: Good morning, Rita. What would need to be different by the end of our time together "
            "for you to say coming here was worth it?",
            "Client: Mela, that Jade talks to me again like a person. Now it is only shouting, or the door. "
            "Bang. Sixteen years old and she bangs the door like her father.",
            "Therapist: Suppose that tonight, while you are asleep, something happens and this problem is "
            "solved. Just like that. You don't know it happened, because you were sleeping. Tomorrow "
            "morning, what is the first small thing you would notice that tells you something is different?",
            "Client: Hmm. She says good morning. She doesn't just take the Kinnie from the fridge and go.",
            "Therapist: She says good morning. And what do you do when she says it?",
            "Client: I don't start with the hair and the skirt. I say good morning back. Maybe I make her "
            "the ftira she likes, with tuna.",
            "Therapist: And what would Jade notice different about you?",
            "Client: That I don't follow her to the bus stop talking. I do this, I know. My husband, "
            "ex-husband, he says take the phone from her, that's all. No. That would be war.",
            "Therapist: What else would be different, later that day?",
            "Client: In the evening we sit on the sofa, the two of us, and watch that stupid dating "
            "programme she likes. Before, we used to do this.",
            "Therapist: When was the last time something a little bit like that happened, even a small piece of it?",
            "Client: Sunday, actually. At my sister's for lunch, Jade sat next to me and showed me photos on "
            "her phone, her friend's puppy. We laughed.",
            "Therapist: How did that happen? What was different on Sunday?",
            "Client: I was tired, I didn't say anything about her clothes. I just listened. And there were "
            "other people, she was relaxed.",
            "Therapist: So you let the clothes go and listened. That must have taken something, for a mother "
            "who cares as much as you do.",
            "Client: It was hard! I bit my tongue.",
            "Therapist: You bit your tongue, and she came and sat next to you. Are there other times, even "
            "five minutes, like that?",
            "Client: When I drive her to volleyball. In the car she talks, because she doesn't have to look at me.",
            "Therapist: That's clever of you, to have noticed that. On a scale where ten is the morning "
            "after the miracle and zero is the worst it has been, where are things today?",
            "Client: Today, three. The worst was January, zero, when she said she wants to go and live with "
            "her father. The priest told me then to give her space, and the parenting book my cousin lent me "
            "says the same.",
            "Therapist: From zero to three since January. What have you done that got it there?",
            "Client: I stopped reading her messages. I stopped waiting for her at the window.",
            "Therapist: And what would be different at four, just one step up?",
            "Client: She says good morning without me saying it first. And she eats supper at the table two "
            "nights, not in her room.",
            "Therapist: What could you do that would make four a little bit more likely?",
            "Client: Ask her to come with me to Lidl on Saturday. In the car. The car works.",
            "Therapist: Between now and our next meeting, would you do something for me? Notice the times "
            "with Jade that you want to keep happening, what she does and what you do. Just notice them, and "
            "bring them with you next time.",
            "Client: Iva, I can do that. In fourteen days?",
            "Therapist: In fourteen days. It will be the first thing I ask you.",
        ),
        techniques=frozenset({"goal_setting", "homework", "strengths_review"}),
    ),
    # Hobart: narrative therapy with a nine-year-old boy in kinship care and his nan, a temper externalised.
    # Labels: the Stomper not Jack, footy and Biscuit as Boss Jack, his team. Not: behaviour chart, ADHD, sleep.
    "hobart_narrative_stomper": LabelledSession(
        text=_session(
            "Therapist: Jack, last time you told me about the thing that makes you throw stuff. You said it "
            "feels like something stomping around in your chest. Has it got a name yet?",
            "Client: (Jack) The Stomper.",
            "Therapist: The Stomper. Good name. What does the Stomper look like?",
            "Client: (Jack) Big red boots. No face. It just stomps.",
            "Therapist: When the Stomper turns up, what does it get you to do?",
            "Client: (Jack) Throw my shoes. Yell at Nan. Kick the door at school. Last week it made me rip "
            "up Ashton's drawing.",
            "Therapist: And after it's finished stomping, where does it go?",
            "Client: (Jack) Away. And then I get in trouble. Not it.",
            "Therapist: That hardly seems fair. The Stomper makes the mess and Jack gets the blame. Nan, "
            "when you hear Jack talk about the Stomper like that, what do you notice?",
            "Client: (Nan) Well, it's a change, isn't it. At school they've got him on the behaviour chart, "
            "red, orange, green, and he's always on red. And the GP's put him down for an ADHD assessment. "
            "Everyone says Jack's the problem.",
            "Therapist: And if Jack isn't the problem, if the Stomper is the problem, what does that change for you?",
            "Client: (Nan) I suppose I'm not cross with him then. I'm cross with the flaming Stomper.",
            "Client: (Jack) Nan said flaming.",
            "Therapist: Jack, I want to find out about the times you beat the Stomper. Has it ever come "
            "stomping and you didn't do what it wanted?",
            "Client: (Jack) At footy. Riley tripped me on purpose and I felt the boots coming and I didn't "
            "punch him. I just went and got a drink.",
            "Therapist: Wow. How did you manage that?",
            "Client: (Jack) Dunno. I thought, if I punch him I can't play Saturday. So I walked off. The "
            "Stomper was really mad.",
            "Therapist: So you outsmarted it. You thought about Saturday and walked away. Nan, did you know "
            "about this one?",
            "Client: (Nan) No! He never said a word. Good on you, love.",
            "Client: (Jack) And at Nan's when the wi-fi went off. I wanted to chuck the remote but I went "
            "and hugged Biscuit instead. Biscuit's our dog.",
            "Therapist: So there's a Jack who walks off and gets a drink, and a Jack who hugs Biscuit. What "
            "would you call that Jack?",
            "Client: (Jack) Boss Jack. Cause I'm the boss, not the Stomper.",
            "Therapist: Boss Jack. Who do you reckon would want to be on Boss Jack's team against the Stomper?",
            "Client: (Jack) Nan. Biscuit. Coach Dave. Ms Kelly maybe, she's nice at lunch.",
            "Therapist: How could each of them help Boss Jack when the boots start coming?",
            "Client: (Jack) Coach already says 'go get a drink, mate'. Nan could say 'is that the Stomper?' "
            "and not yell. And Ms Kelly could let me go to the library at lunch.",
            "Client: (Nan) I can do that. I'll give it a go.",
            "Therapist: Would you like me and Nan to ask Ms Kelly about the library, or would you rather ask "
            "her yourself? And Nan, how's he sleeping since the move?",
            "Client: (Nan) You two ask, he says. And sleeping's better. Still up at six, mind.",
        ),
        techniques=frozenset({"cognitive_restructuring", "social_support", "strengths_review"}),
    ),
    # Nicosia: couples counselling with a retired Greek-Cypriot customs officer and his English wife, a potter.
    # Labels: chair to the window, I feel/when/I'd like, options for his mornings, ten minutes to review. Not: boat.
    "nicosia_couple_after_retirement": LabelledSession(
        text=_session(
            "Therapist: Last time you both used the same word for this past year: crowded. Where would you "
            "like to start today?",
            "Client: (Helen) With Tuesday, I suppose.",
            "Client: (Andreas) Here we go.",
            "Client: (Helen) I had a firing in the kiln. Andreas came into the studio four times in one "
            "hour. Do you want coffee, shall I fix the shelf, have you seen my glasses. When I finally said "
            "please get out, he sulked until dinner.",
            "Client: (Andreas) I don't sulk. I go on the balcony.",
            "Therapist: I noticed something just now, and I want to say it out loud. When Helen said "
            "'sulked', Andreas, you turned your chair a little, towards the window. And Helen, you went "
            "faster and louder. Is that what happens at home as well?",
            "Client: (Helen) Yes. Exactly that. He goes to the balcony, I follow him, talking.",
            "Client: (Andreas) And she talks more, so I go further. To the kafeneio. My cousin says buy a "
            "boat, Andreas, then you have somewhere to go.",
            "Therapist: So one of you moves closer and the other moves away, and each one makes the other do "
            "it more. Neither of you is the villain, you are both inside the same dance. Can we slow it down "
            "right here? Helen, instead of telling Andreas what he did on Tuesday, could you start with what "
            "you felt and what you need? Something like 'I feel ... when ..., and I would like ...'.",
            "Client: (Helen) I felt invaded, Andreas, when you kept coming in while I was firing. I would "
            "like the studio to be mine from nine till one.",
            "Therapist: Andreas, what did you hear?",
            "Client: (Andreas) That she doesn't want me. Thirty-five years, and now she doesn't want me.",
            "Therapist: Ask her if that's what she meant.",
            "Client: (Andreas) Is that what you mean?",
            "Client: (Helen) No! I want you in the afternoons. I just want my mornings.",
            "Therapist: Andreas, your turn. What do you feel, and what would you like? Same shape.",
            "Client: (Andreas) I feel useless. Forty years I go to the port every day, I check the "
            "containers, people need me. Now I wake up and nobody needs anything. I would like something "
            "that is mine too. Not only to wait for the afternoon.",
            "Therapist: That's very clear, and it sounds hard. So there are two problems in the house: "
            "Helen's mornings and Andreas's mornings. Let's put down the options for Andreas's mornings. Say "
            "anything, we sort them afterwards.",
            "Client: (Andreas) The boat. No, I'm joking. The municipality wants volunteers for the customs "
            "history room at the old port museum in Larnaca. My friend Costas goes twice a week.",
            "Client: (Helen) You'd be brilliant at that. And you always say you want to learn halloumi "
            "properly, from your aunt in Kakopetria.",
            "Client: (Andreas) There is a walking group on Wednesdays also, from the church.",
            "Therapist: Which of those is worth trying first?",
            "Client: (Andreas) The museum. I call Costas tomorrow.",
            "Therapist: And for the two of you, I'd suggest something every day until we meet in two weeks. "
            "Ten minutes at the table before dinner. One of you talks for five minutes about the day and the "
            "other only listens, then you swap. No fixing, no advice. Would you both be willing to try that?",
            "Client: (Helen) Before dinner. Not after the zivania.",
            "Therapist: Yes, I'd keep the heavy talks away from late evenings after a drink, they rarely go "
            "well. And we'll start next session with how the ten minutes went, the bad ones as well.",
            "Client: (Andreas) Okay. Five minutes I can listen. Maybe.",
        ),
        techniques=frozenset({"assertiveness_training", "homework", "insight_interpretation", "problem_solving"}),
    ),
    # Doha: international school counsellor with a thirteen-year-old Korean-American boy left out of a group chat.
    # Labels: options listed and one chosen, counsellor plays Yusuf, robotics coach. Not: screenshot, mom's email.
    "doha_school_group_chat": LabelledSession(
        text=_session(
            "Therapist: Hey, Daniel, come on in. Ms Farouk said you wanted to talk about something?",
            "Client: Yeah. Kind of. It's dumb.",
            "Therapist: Nothing is dumb in here. What's going on?",
            "Client: So there's this group chat, the grade eight one, and literally everyone's in it except "
            "me. I found out because Omar showed me on the bus. They were planning a desert safari for his "
            "birthday and somebody put a skull emoji when my name came up.",
            "Therapist: That sounds really hurtful. How long has this been going on?",
            "Client: Since winter break. I moved tables at lunch and that was it, I guess.",
            "Therapist: Have you done anything about it so far?",
            "Client: I screenshotted it off Omar's phone. I was going to post it in the grade chat, like, I "
            "know what you did. And my mom already emailed Mr Hughes, which, like, why. Now everybody knows.",
            "Therapist: I get wanting them to know that you know. I'd really hold off on posting that "
            "screenshot, though. It gets Omar in trouble, and it usually makes a group close ranks even "
            "tighter. Can we work out what you actually want to happen?",
            "Client: I don't know. To not be the skull emoji guy.",
            "Therapist: Okay. Let's get some options out, all of them, even silly ones, then we'll see which "
            "are worth it. What could you do?",
            "Client: Post the screenshot. Move schools. Ask Omar to add me. Sit with the robotics kids.",
            "Therapist: A couple more: you could talk to whoever made the chat, or I could run something "
            "with the whole grade about group chats without naming you. Which one feels worth trying?",
            "Client: Not the grade thing, that's so obvious. Maybe robotics. Me and Yusuf are both on the "
            "robotics team and he's not in the chat either.",
            "Therapist: So, you and Yusuf. What would it look like?",
            "Client: Eat at the robotics table on Thursday. He's always there.",
            "Therapist: What could go wrong?",
            "Client: I'm standing there with my tray and he's like, uh, what.",
            "Therapist: Want to try it now? I'll be Yusuf. You walk up with your tray.",
            "Client: Okay, this is so awkward. Hey, can I sit here? Are you guys doing the sumo bot?",
            "Therapist: (as Yusuf) Uh, yeah. We're stuck on the sensor. You did the line follower last year, right?",
            "Client: Yeah, I still have the code. I could show you after school.",
            "Therapist: Okay, back to me. How did that feel?",
            "Client: Easier than I thought. Because it's about the robot, not about me.",
            "Therapist: That's a smart thing to notice. And is there an adult here you'd want in your "
            "corner, someone you'd go to if the chat stuff gets worse?",
            "Client: Mr Alvarez, the robotics coach. He's chill.",
            "Therapist: Would it help if I let him know you might be joining the lunch table, so he can keep "
            "half an eye out?",
            "Client: Yeah. Don't tell him about the chat though.",
            "Therapist: Deal. You don't have to come back and report to me about Thursday, but my door's "
            "open if you want to.",
        ),
        techniques=frozenset({"problem_solving", "role_play", "social_support"}),
    ),
    # Antwerp: occupational health psychologist with a Flemish shift supervisor off work since an ammonia release.
    # Labels: alarm set too sensitive, eleven out in four minutes, return plan by stages. Not: lavender, Xanax, 0-10.
    "antwerp_occupational_health_near_miss": LabelledSession(
        text=_session(
            "Therapist: Mr Peeters, Koen, thank you for coming in. As you know, I'm the psychologist in the "
            "occupational health service. What we talk about stays with me; the company only hears what we "
            "agree about your fitness for work. How are you?",
            "Client: Allez, I am six weeks now at home. For me this is not normal. Twenty-two years, I was never sick.",
            "Therapist: Tell me what it has been like.",
            "Client: I sleep bad. When a lorry brakes in the street, I am already standing up. When I drive "
            "on the ring near the port and I see the towers, my heart, pfff. So I take the other road now, "
            "via Berchem. My wife puts lavender oil on the pillow. It does not help so much.",
            "Therapist: From zero to ten, how well have you slept this week, if ten is like before?",
            "Client: Four.",
            "Therapist: And alcohol, how much are you drinking at the moment?",
            "Client: Two Duvel in the evening. Sometimes three. Not more than before.",
            "Therapist: What you describe, jumping at the lorry, the heart at the sight of the towers, "
            "taking another road, is very common after something like the release at unit four. In a few "
            "minutes your body learned that this place is dangerous, and now the alarm goes off at "
            "everything that reminds it. It is not weakness and you are not going crazy. It is an alarm that "
            "is set too sensitive for a while, and for most people it settles over the following months.",
            "Client: It feels like weakness. I was the one who had to stay calm.",
            "Therapist: Can we go back to that day for a moment? Not the fear, what you did. Tell me.",
            "Client: The alarm goes, the detector at the scrubber. I see the cloud. I shout to everybody, "
            "masks, to the assembly point, upwind. I count them. Eleven. One is missing, Youssef. I go back "
            "with the mask and he is on the floor by the pump, I pull him out. Four minutes, the fire "
            "brigade said after.",
            "Therapist: Eleven people out in four minutes, and you went back for Youssef. How is he now?",
            "Client: He was one night in the hospital. He is back at work already. He sent me a bottle of wine.",
            "Therapist: So the man sitting here jumping at lorries is the same man who got twelve people "
            "home that day. Both are true. The alarm is loud now because you took it seriously then.",
            "Client: Amai. I never thought of it like that. At home I only think about the cloud.",
            "Therapist: Now, returning to work. What would you want, and what feels possible?",
            "Client: I want to go back. But not straight to nights at unit four, I think. Not yet.",
            "Therapist: Let's make a plan I can put to the occupational physician and HR. What would the stages be?",
            "Client: First two weeks half days, in the admin building, doing the safety procedures, the "
            "paperwork. Then day shifts on my own unit, with Marc from safety at the start. Then the full "
            "rota with nights, in maybe two months.",
            "Therapist: Good. I'll write that up with those stages and dates, and we can adjust it at the "
            "review with the physician in four weeks. Is there anything else you need to know?",
            "Client: My brother-in-law has some pills, Xanax, he says take one before the first day.",
            "Therapist: I'd ask you not to take those. They are not prescribed for you, and they do not mix "
            "with the Duvel. If sleep stays bad, go to your own GP with it.",
            "Client: Okay. No pills. I will tell my wife, she will be happy I am going back.",
        ),
        techniques=frozenset({"goal_setting", "psychoeducation", "strengths_review"}),
    ),
    # Therapy app, asynchronous text: a Ukrainian woman from Kharkiv working in a Warsaw airline call centre.
    # Labels: evidence for and against 'stupid', worksheet columns, three times and Friday review. Not: Berlin, drinks.
    "warsaw_text_app_call_centre": LabelledSession(
        text=_session(
            "Client: [Mon 21:14] hi. today again. supervisor Kasia listen my call and after she say 'we talk "
            "tomorrow'. i am sure she think i am stupid and she will fire me",
            "Therapist: [Mon 21:52] Hi Olena, thanks for writing. That sounds like a horrible evening to sit "
            "with, a 'we'll talk tomorrow' and no explanation. Can I ask what exactly happened on the call?",
            "Client: [Mon 22:03] customer from UK, he speak very fast and angry about baggage. i ask him "
            "repeat two times. then i give wrong reference number first, then correct. Kasia was listening "
            "on the headset all time",
            "Therapist: [Mon 22:20] Okay. And the thought 'she thinks I'm stupid', how much do you believe "
            "it right now, from 0 to 100?",
            "Client: [Mon 22:21] 90",
            "Therapist: [Mon 22:35] Let's look at it together, like a detective would. What is the evidence "
            "that she thinks you're stupid?",
            "Client: [Mon 22:40] she say 'we talk tomorrow' with serious face. last month she give me "
            "feedback about hold times. i am only one in team who is not native",
            "Therapist: [Mon 22:51] And is there any evidence that doesn't fit, anything that suggests she "
            "doesn't think that?",
            "Client: [Mon 23:02] hmm. in March she put me on the Polish-Ukrainian line because she say i am "
            "good with difficult customers. she always tell the new girl 'ask Olena'. and my score from "
            "customers is 4.6",
            "Therapist: [Mon 23:10] That's quite a lot on the other side. Looking at both sides together, "
            "how much do you believe 'she thinks I'm stupid' now?",
            "Client: [Mon 23:18] maybe 55. maybe is only about reference number. ok i try to sleep",
            "Therapist: [Tue 08:40] Good morning! 55 is a big move from 90. Tell me how the talk goes, if you want.",
            "Client: [Tue 17:30] she want me to train the new people on the baggage system!! i am in shock. "
            "reference number was nothing, she say everybody do this",
            "Therapist: [Tue 18:05] Olena, that's great news, and worth remembering how sure your mind was "
            "last night. I'd like to suggest something for this week. I've put a worksheet in the app under "
            "Tools with columns: the situation, the thought, how much you believe it, the feeling, the "
            "evidence for and against, and a more balanced thought. Would you fill it in three times this "
            "week, whenever you notice a big worry about work? On Friday in our video slot we'll go through "
            "them together.",
            "Client: [Tue 18:20] ok three times. my friend Daria say i should quit and go to Berlin, there "
            "is more money",
            "Client: [Tue 18:21] also i drink 4 energy drink a day lol maybe this is why i cannot sleep",
            "Therapist: [Tue 18:40] We can talk about Berlin on Friday if you want, and about sleep too. For "
            "now: the worksheet three times, and Friday we look at it.",
            "Client: [Tue 18:42] ok. thank you. i feel more normal today",
        ),
        techniques=frozenset({"evidence_examination", "homework", "thought_record"}),
    ),
    # Cabramatta, Sydney: community health counsellor with a nail salon owner, through a Vietnamese interpreter.
    # Labels: worry in the muscles, belly breathing, options for Minh. Not: green oil, temple, Panadol, no homework.
    "sydney_vietnamese_interpreter_headaches": LabelledSession(
        text=_session(
            "Therapist: Mrs Nguyen, thank you for coming. Dr Patel sent you because of the headaches, and "
            "she tells me the scans were clear. I'd like to hear about them in your own words.",
            "Client: [interpreted from Vietnamese] Every afternoon, here and here, at the sides and the back "
            "of the neck. Like a band pulling. Since Tet. I put green oil, I go to the temple, and I take "
            "Panadol every day, two in the morning, two at night.",
            "Therapist: Four Panadol every day. Does Dr Patel know you're taking them like that?",
            "Client: [interpreted from Vietnamese] She did not ask. I buy them at the supermarket.",
            "Therapist: I would ask you not to keep taking them every day without telling Dr Patel. "
            "Painkillers taken daily for a long time can cause headaches of their own. Will you tell her at "
            "your next visit?",
            "Client: [interpreted from Vietnamese] Okay. I will tell her.",
            "Therapist: What has been happening in your life since Tet?",
            "Client: [interpreted from Vietnamese] My son, Minh. He is twenty-two. In February I found a "
            "letter from the university. He has not gone to classes since last year. Every morning he tells "
            "me he goes. He lies to me. At night he plays games. I lie awake and think, what will happen to "
            "him, his father is dead, who will help him.",
            "Therapist: That is a heavy worry to carry by yourself. Can I explain something about worry and "
            "the body? When we worry a lot, the body gets ready to fight a danger. The muscles of the neck, "
            "the shoulders, the jaw tighten, and they stay tight all day. After many weeks that tightness "
            "can become exactly that band around the head. The headache is real, but it is the worry living "
            "in your muscles.",
            "Client: [interpreted from Vietnamese] She says in Vietnam we say the worry climbs up into the "
            "head. So it is the same thing.",
            "Therapist: Yes, your grandmothers knew it. Can we try something for the body now? Sit back. Put "
            "one hand on your stomach. Breathe in slowly through the nose and let the hand rise, then out "
            "slowly through the mouth, longer than the in-breath. I will count. In, two, three, four. Out, "
            "two, three, four, five, six.",
            "Client: [interpreted from Vietnamese] Again?",
            "Therapist: Again, a few more times. In, two, three, four. Out, two, three, four, five, six. How is it?",
            "Client: [interpreted from Vietnamese] The shoulders come down. A little warm in the neck.",
            "Therapist: Good. That is something you can do at the salon between customers. Now, Minh. What "
            "have you done so far?",
            "Client: [interpreted from Vietnamese] I shout. I cry. He goes into his room.",
            "Therapist: What are some different ways you could approach it? Anything at all, then we see which fit.",
            "Client: [interpreted from Vietnamese] Write him a letter, because when we talk I shout. Or go "
            "with him to the student office at the university and ask what he can do. Or say nothing and "
            "wait for him to tell me.",
            "Therapist: Which of those feels right to you, and why?",
            "Client: [interpreted from Vietnamese] Waiting, he never tells. The student office, he is a man, "
            "he will be ashamed if his mother goes. The letter, he can read it alone, nobody sees his face.",
            "Therapist: So which do you choose?",
            "Client: [interpreted from Vietnamese] The letter. I write it this weekend, the salon is closed "
            "Monday. In the letter I tell him I know, I am not angry, and I ask him to go to the student "
            "office himself.",
            "Therapist: That sounds thoughtful. I'm not giving you homework today. The breathing is there if "
            "it helps, and the letter is your plan. Dr Patel will see you in a month, and you can ask to "
            "come back to me any time.",
            "Client: [interpreted from Vietnamese] Thank you. She says she feels lighter.",
        ),
        techniques=frozenset({"breathing_exercise", "problem_solving", "psychoeducation"}),
    ),
    # Kathmandu: telephone counselling with a Sherpa trekking guide three weeks after an avalanche killed two guests.
    # Labels: common reactions, thoughts asked and Dawa and helpline, five-four-one, notebook to Thursday. Not: puja.
    "kathmandu_phone_trekking_guide": LabelledSession(
        text=_session(
            "Therapist: Hello, Pasang? It's Sunita from the counselling service, calling as we arranged. Is "
            "it still a good time? Are you somewhere you can talk?",
            "Client: Hello, yes, hello. I am in my room in Thamel. The line is little bad, but okay.",
            "Therapist: I can hear you. Last week you told me about the avalanche above Manang and the two "
            "guests from Germany. How have the days been since then?",
            "Client: Not so good, didi. At night I see the snow coming. I wake up and I am cold, like I am "
            "there. In the day I am okay, only when the helicopter goes over Thamel, my chest goes tight.",
            "Therapist: Are you eating? Sleeping at all?",
            "Client: Eating little. Sleep maybe three, four hours. My mother did a puja for me at Boudha. "
            "The lama told her my mind is still up on the mountain.",
            "Therapist: Your mother cares for you very much. Pasang, what you describe, seeing the snow at "
            "night, waking cold, the chest tight when a helicopter passes, these are common reactions after "
            "something this terrible. The mind keeps replaying it, trying to make sense of it. For most "
            "people it slowly gets less over the weeks. It doesn't mean you are weak or going mad.",
            "Client: The other guides say, you are Sherpa, you are strong, go back up. I cannot even go "
            "inside the trekking office.",
            "Therapist: Going back up is not something you have to decide now. Can I ask you something "
            "important? I ask everyone after something like this. Have you had any thoughts of ending your "
            "life, or of not wanting to be alive?",
            "Client: Not to kill myself. But sometimes I think it should be me under the snow, not Jonas. He "
            "had a small daughter.",
            "Therapist: Thank you for telling me that honestly. If those thoughts ever turn into wanting to "
            "act on them, I want you to have a plan. Who could you call, day or night?",
            "Client: My cousin Dawa, he lives in Boudha. And you, but you are not there at night.",
            "Therapist: That's right, I'm not. So, Dawa first. And there is a helpline that answers day and "
            "night; I will send you the number by SMS after this call. If you are ever in danger, go to the "
            "emergency department at Teaching Hospital, or call 100. Could you save the number while we're "
            "talking?",
            "Client: Okay. Yes, I have it now. I put Dawa on top also.",
            "Therapist: Good. Now, when the snow comes back at night, let's try something right now, so you "
            "have it. Put your feet flat on the floor. Feel them pressing down. Tell me five things you can "
            "see in your room.",
            "Client: My boots. The prayer flags on the window. My phone charger. A glass. The poster of Ama Dablam.",
            "Therapist: Four things you can hear.",
            "Client: A motorbike. The dog next door. Your voice. Music from the cafe downstairs.",
            "Therapist: And one thing you can touch, right now.",
            "Client: The blanket. It is wool, my mother made it.",
            "Therapist: How is your chest?",
            "Client: Little bit loose.",
            "Therapist: That's what to do when you wake at night: feet on the floor, name what is in your "
            "room. The room in Thamel, not the mountain. One more thing. Writing sometimes helps the mind "
            "put a thing down. Would you be willing, before our next call, to write in a notebook once or "
            "twice about that day, whatever you remember and how you feel, just for you?",
            "Client: In English or in Nepali?",
            "Therapist: Whatever language your heart uses. You don't have to read it to me, but on Thursday "
            "I'll ask how the writing went. Are you drinking raksi to sleep?",
            "Client: Little bit. One or two glass. The pharmacy man also offered me sleeping tablets.",
            "Therapist: Please don't take tablets without a doctor seeing you. We can talk about sleep on "
            "Thursday. Same time?",
            "Client: Same time. Thank you, didi.",
        ),
        techniques=frozenset(
            {"homework", "journaling", "psychoeducation", "relaxation_mindfulness", "safety_planning"}
        ),
    ),
    # Ljubljana: behavioural activation with a retired chemistry teacher, low since a hip replacement.
    # Labels: the self-feeding reaction, piano, library and market planned, ticked sheet to Tuesday. Not: spa, 0-10.
    "ljubljana_activation_after_hip": LabelledSession(
        text=_session(
            "Therapist: Gospa Novak, welcome. Last time you said you'd stopped doing most things since the "
            "operation. How has this week been?",
            "Client: Grey. I sit in the armchair, the television is on, I could not tell you what I watched. "
            "My daughter says I should go to the spa at Rogaska, the waters would lift me. It is expensive, "
            "and she does not have to sit on the bus.",
            "Therapist: Your mood this week, from zero to ten, ten the best you've felt?",
            "Client: Three.",
            "Therapist: And are you eating?",
            "Client: Soup. Bread. One does not cook properly for one.",
            "Therapist: May I draw something? This is what often happens after an operation like yours. The "
            "pain and the fear of falling mean you do less. Doing less means fewer of the things that gave "
            "you pleasure or a feeling of having done something. With fewer of those, the mood drops. And "
            "when the mood drops, you feel like doing even less. Round and round.",
            "Client: A spiral, downwards. As a chemist I would call it a reaction that feeds itself.",
            "Therapist: Exactly that. And the way to slow the reaction is not to wait until you feel like "
            "doing things. The feeling usually comes after the doing, not before. So we plan a few small "
            "things on purpose, whatever the mood says.",
            "Client: I am not sure I believe that. But very well, I will try it.",
            "Therapist: What did you enjoy before the hip?",
            "Client: The piano, my husband's piano. I have not opened it since Christmas. The market on "
            "Saturday, at Vodnikov trg. The library, I read crime novels, Scandinavian ones, the darker the "
            "better. Walking along the Ljubljanica.",
            "Therapist: Which of those could you do now, with the hip as it is?",
            "Client: The piano, certainly, it is sitting down. The library is one bus and twenty metres. "
            "Walking, the physiotherapist says fifteen minutes is good for me now.",
            "Therapist: Let's put them into the week. Which days, and what time?",
            "Client: Piano, fifteen minutes every morning after coffee. The library on Wednesday morning, "
            "when it is quiet. Fifteen minutes by the river on Friday. Saturday the market, if it does not "
            "rain.",
            "Therapist: Good. Let's write them on this sheet: the day, the time, what. Each time you do one, "
            "put a tick next to it. Next Tuesday we look at the sheet together.",
            "Client: A tick. Like a pupil. Very well.",
            "Therapist: And if on some day you don't manage it, that is information too, not a failure. "
            "We'll look at those days as well.",
            "Client: The piano will be out of tune. Four months.",
            "Therapist: Then the first morning you'll find out how out of tune.",
            "Client: Badly, I expect. Tuesday, then.",
        ),
        techniques=frozenset({"behavioral_activation", "homework", "psychoeducation"}),
    ),
    # Lucerne: psychologist with a Portuguese-born postwoman afraid of dogs before a new round of villas.
    # Labels: exposure named and a dog ladder, Bruno prediction tested, dog park three times to Thursday. Not: spray.
    "lucerne_postwoman_dog_fear": LabelledSession(
        text=_session(
            "Therapist: So the new round starts in May, and it's Meggen, the villas with the dogs.",
            "Client: Every house has a dog! Big ones. Bernese, Labradors. Last week I did the round with "
            "Priska to learn it, and at one house the dog came to the gate barking and I threw the letters "
            "on the ground and ran back to the van. Priska laughed, but I was shaking.",
            "Therapist: What did you think was going to happen, right at that moment?",
            "Client: That it jumps the gate and bites me. In the face. Like in Braga when I was eight, the "
            "neighbour's dog.",
            "Therapist: And how do your colleagues deal with the dogs?",
            "Client: Priska gives them biscuits, she says every dog loves a postwoman with biscuits. Someone "
            "at the depot said I should buy pepper spray.",
            "Therapist: I'd leave the pepper spray aside. Apart from the legal side, carrying it keeps your "
            "mind on 'I'm in danger', and you never find out anything new about the dogs. What I'd suggest "
            "instead is meeting dogs in small steps and staying each time until the fear comes down by "
            "itself. It's called exposure. We build it like a staircase, from easiest to hardest.",
            "Client: A staircase of dogs.",
            "Therapist: A staircase of dogs. What's the bottom step?",
            "Client: Photos, but that is too easy now. A small dog on a lead, far away. Then a big calm dog "
            "on a lead. Then a dog behind a gate, barking. The top is a dog loose in a garden and I walk to "
            "the letterbox.",
            "Therapist: How frightening is each one, from zero to a hundred?",
            "Client: Small on a lead, thirty. Big on a lead, sixty. Gate and barking, eighty-five. Loose, one hundred.",
            "Therapist: My colleague's dog, Bruno, is downstairs today. He's an old, very calm Labrador, on "
            "a lead. Before we go down: what do you predict will happen if you stand two metres from Bruno "
            "for five minutes?",
            "Client: He will pull to me and jump up. My heart goes to two hundred, and I have to leave "
            "before the five minutes.",
            "Therapist: How sure are you, zero to a hundred, that he jumps?",
            "Client: Seventy.",
            "Therapist: Let's write it down: 'Bruno jumps, I leave before five minutes, seventy percent.' "
            "Then we go and see.",
            "Therapist: So. We're back upstairs. What happened?",
            "Client: He sat down. He looked at me, and then he lay down and went to sleep! My heart was fast "
            "in the first minute and then normal. I stayed eight minutes.",
            "Therapist: And the prediction?",
            "Client: Wrong. Now I say ten percent, for a calm dog on a lead. A dog barking at the gate is "
            "something else.",
            "Therapist: That's the next step up, and good to know. Between now and next Thursday, would you "
            "go three times to the dog area at Inseli park, where the dogs are on leads, stay ten minutes, "
            "and write down the fear at the start and at the end? We'll look at the sheet together on "
            "Thursday.",
            "Client: Three times. And no biscuits?",
            "Therapist: Biscuits later, when you're ready to get close. Thursday.",
        ),
        techniques=frozenset({"behavioral_experiment", "exposure", "homework"}),
    ),
    # Almaty: first session at a private clinic with a Kazakh commercial lawyer who panics when he stands in court.
    # Labels: the panic loop and fainting explained. Not: cognac, valerian, breathing video, phenazepam, coffee asked.
    "almaty_lawyer_panic_first_session": LabelledSession(
        text=_session(
            "Therapist: Daniyar, good to meet you. You wrote on the form that it's about court. Tell me.",
            "Client: Yes. Three times this year, in the arbitration court, when the judge gives me the "
            "floor, my heart starts like a horse. I cannot breathe, my hands shake, the papers shake. I "
            "think I will faint in front of my client. Once I asked for a break, I said I have a problem "
            "with my stomach.",
            "Therapist: When did it happen the first time?",
            "Client: In February. A big case, a mining company. I had not slept, too much coffee.",
            "Therapist: And since then, what have you tried, to deal with it?",
            "Client: Many things. My wife says drink cognac before, fifty grams, like her father did. I "
            "tried one time. It helped a little, but in court I smell of cognac, impossible. My mother gives "
            "me valerian drops. A colleague sent me a YouTube video with breathing, box breathing, I watched "
            "it, but in court I forget everything. And I go to the gym more.",
            "Therapist: Did the valerian or the gym change anything?",
            "Client: The gym, I sleep better. The drops, nothing.",
            "Therapist: Anything from a doctor?",
            "Client: No. A friend gave me phenazepam. Two tablets. They are in my briefcase for emergency. I "
            "did not take them yet.",
            "Therapist: I'd really ask you not to take those. They're a prescription sedative, they can make "
            "you slow and drowsy in a way you don't want in court, and with cognac they're dangerous. If you "
            "want to think about medication, that is a conversation with a doctor, and I'm happy to write to "
            "one.",
            "Client: Okay. I will leave them at home.",
            "Therapist: How is your sleep at the moment? And the coffee?",
            "Client: Six hours. Coffee, four or five cups. Lawyer life.",
            "Therapist: Can I tell you what I think is happening, and you tell me if it fits? A panic attack "
            "is your body's alarm system firing when there's no real danger. The heart races, the breathing "
            "gets fast and shallow, the hands shake, all to get you ready to run or fight. Then your mind "
            "notices those feelings and thinks 'I'm going to faint' or 'something is wrong with me', and "
            "that thought is frightening in itself, so the alarm gets louder. Sensations, frightening "
            "thought, more sensations. It's a loop.",
            "Client: Yes. Exactly this. First the heart, then 'I will faint', then worse.",
            "Therapist: And one thing worth knowing: people in a panic attack almost never faint. Fainting "
            "needs the blood pressure to drop, and in panic it goes up.",
            "Client: Really? This I did not know. That already helps a bit.",
            "Therapist: Next time we'll start working on the loop itself. Today I mainly wanted to "
            "understand what has been happening and what you have tried.",
            "Client: Good. Same time next week, I have no hearings on Wednesday.",
        ),
        techniques=frozenset({"psychoeducation"}),
    ),
    # Ulaanbaatar: intake at a university counselling service with a mining engineering student from a herding family.
    # No label: intake only. Not: grandmother's shaman ceremony, students' forum, vodka, sleep and eating asked.
    "ulaanbaatar_student_intake": LabelledSession(
        text=_session(
            "Therapist: Sain baina uu, Bat-Erdene. Please sit. Before we start: what you say here stays "
            "between us, unless I am worried about your safety or someone else's, and then I would talk to "
            "you first. We have fifty minutes. What brought you today?",
            "Client: My advisor told me to come. My grades fell. In first year I was third in my group. Now "
            "I failed thermodynamics, and the retake is in June.",
            "Therapist: What do you think changed between first year and now?",
            "Client: I don't know exactly. In winter my father's animals died in the dzud, many of them. Two "
            "hundred goats, forty sheep. My father called and said maybe you must come home and help. I said "
            "I have exams. Since then I cannot concentrate. I read one page ten times.",
            "Therapist: That is a big loss for your family. Tell me about home.",
            "Client: Ovorkhangai, near Arvaikheer. My parents and two younger sisters. I am the eldest son, "
            "the only one in the city. They sold the camel to pay my dormitory this year.",
            "Therapist: How is it in the dormitory?",
            "Client: Four in one room. Noisy. My roommates play games all night. I sleep maybe five hours.",
            "Therapist: And eating?",
            "Client: Buuz from the canteen. Noodles. I don't cook.",
            "Therapist: Do you drink?",
            "Client: Sometimes on Friday, vodka with the roommates. Not so much. Two, three shots.",
            "Therapist: Who do you talk to, here in the city?",
            "Client: Nobody about this. My roommates are city boys, they don't understand about animals. I "
            "read a forum where students from the countryside write. It helps a little, to read.",
            "Therapist: How would you describe your mood on most days?",
            "Client: Heavy. Like a stone here, in the chest. The morning is worst.",
            "Therapist: Has it been like this before?",
            "Client: No. Never. In the countryside I was always busy.",
            "Therapist: Does your family know how you are?",
            "Client: My grandmother knows something. She asked a shaman to do a ceremony, to call my spirit "
            "back. My mother sent me a photo of it. I don't know if I believe, but it is kind.",
            "Therapist: What would you like to get from coming here?",
            "Client: To pass the retake. And not to feel the stone.",
            "Therapist: Thank you for telling me all this, Bat-Erdene. Today was for me to understand your "
            "situation. I'd like to see you again next Tuesday at the same time, and then we decide together "
            "how to work on it.",
            "Client: Tuesday. Okay.",
        ),
        techniques=frozenset(),
    ),
    # Christchurch: community mental health home visit with a widowed former antique dealer, papers and magazines.
    # Labels: path, room and table, keep v let go, one box predicted and tested, two boxes to Tuesday. Not: skip.
    "christchurch_hoarding_home_visit": LabelledSession(
        text=_session(
            "Therapist: Thanks for letting me in, Marion. I could get down the hallway without turning sideways today.",
            "Client: My niece did that, bless her. Now she wants to hire a skip and have the whole lot gone "
            "in a weekend. Over my dead body.",
            "Therapist: I'm with you on that one, actually. Clearing it all in one go, without you deciding, "
            "tends to go badly; people often feel dreadful and the house fills up again. This goes at your "
            "pace, with you in charge.",
            "Client: Good. Because the council letter says the fire service can't get to the back bedroom, "
            "and I've got till March.",
            "Therapist: Let's hold on to that. What would you want the house to look like, say by the end of February?",
            "Client: A path to the back door. The back bedroom usable, so Kirsty can stay when she comes "
            "down. And my kitchen table clear. I haven't eaten at it in three years.",
            "Therapist: Three things, then: a path to the back door, the back bedroom, the kitchen table. "
            "Which one first?",
            "Client: The table. But that's the National Geographics. Forty years of them. Ron collected them.",
            "Therapist: Tell me about them. What's good about keeping them?",
            "Client: They're Ron's. They're beautiful. I might want to look something up. They might be "
            "worth something.",
            "Therapist: And what does keeping them cost you?",
            "Client: I can't eat at my own table. Kirsty won't bring the kids. I've never once looked "
            "anything up in them, I use the computer. And they're not worth a cent, I was in antiques for "
            "thirty years, I know. The op shops won't even take them.",
            "Therapist: Looking at the two lists side by side, what do you notice?",
            "Client: The keep side is mostly Ron. The other side is mostly me and the grandkids.",
            "Therapist: That's quite something to see. Is there a way to keep Ron in this without keeping "
            "all forty years?",
            "Client: I could keep the years we travelled. The Egypt one. The Antarctica issues, he went down "
            "to Scott Base with the navy.",
            "Therapist: What do you think will happen if you let one box go today, just one, you choosing "
            "what's in it?",
            "Client: I'll feel sick. I'll be thinking about it all night, I won't sleep. I'll probably go "
            "out to the recycling and dig them out again.",
            "Therapist: How strongly do you believe that, zero to a hundred, for tonight?",
            "Client: Ninety. I'll be a wreck.",
            "Therapist: Would you be willing to find out? One box. We write down how you feel straight "
            "after, I ring you in an hour, and you check again tomorrow morning.",
            "Client: One box. Go on then. Not the Egypt one.",
            "Therapist: That's the box out at the recycling. How is it, right now?",
            "Client: Sixty. Less than I thought. I keep looking at the table. There's a bit of wood showing.",
            "Therapist: I'll ring at four. And between now and next Tuesday, would you do one more box, "
            "twice, on days you choose, and jot down how you felt before, straight after and the next "
            "morning? We'll look at the numbers together on Tuesday.",
            "Client: Monday and Thursday, then. Bin day's Friday. Alright. You're the boss.",
            "Therapist: No, you're the boss. That was the deal.",
        ),
        techniques=frozenset({"behavioral_experiment", "goal_setting", "homework", "pros_and_cons"}),
    ),
    # Haifa: hospital oncology psychologist with an Arab-Israeli English teacher before her three-month scan.
    # Labels: pie of causes and the belief re-rated, what she would say to a mother at school. Not: forums, turmeric.
    "haifa_fear_of_recurrence": LabelledSession(
        text=_session(
            "Therapist: Samira, you said on the phone the three-month scan is in two weeks, and that it's "
            "been loud in your head.",
            "Client: Very loud. Every headache, it is in my brain now. Every time my back hurts, it is in "
            "the bones. I read the forums at two in the morning, the American ones. The women there, it "
            "comes back for everybody.",
            "Therapist: I'd stay away from the forums at night if you can. The women whose cancer came back "
            "are the ones who keep posting; the many who are fine stop writing.",
            "Client: My cousin sends me videos, turmeric in everything. She doesn't say it, but I know she "
            "thinks it came because I was stressed. My mother-in-law lived with us for three years, I was "
            "angry all the time. Maybe I made this.",
            "Therapist: How much do you believe that, that your stress caused it?",
            "Client: Sixty percent. At night, seventy.",
            "Therapist: Can we try something on paper? I'll draw a circle, a pie, and we put in all the "
            "things that can play a part in why a woman gets breast cancer. What would go in it?",
            "Client: Stress. Genes, my aunt had it. Age. I had my children late, the first one at "
            "thirty-four, and I didn't breastfeed long. Hormones. And bad luck?",
            "Therapist: All of those belong in there. How big a slice for genes and family?",
            "Client: Big. Twenty-five.",
            "Therapist: Age?",
            "Client: Twenty. Hormones and the children late, twenty. Bad luck, the oncologist said that is a "
            "big part, twenty.",
            "Therapist: And what's left for stress?",
            "Client: Fifteen. And Dr Haddad said the evidence for stress is weak, so maybe five. Five, and I "
            "gave it seventy!",
            "Therapist: Looking at the pie, how much do you believe 'I made this' now?",
            "Client: Twenty. Even that seems a lot now.",
            "Therapist: You've been carrying the blame for a lot of slices that aren't yours. Can I ask you "
            "something? If one of the mothers at your school came to you with this, and said 'I got cancer "
            "because I was angry at my mother-in-law', what would you say to her?",
            "Client: I would say, habibti, you were a tired woman with three children in a difficult house. "
            "You did not make anything. You got sick. It happens.",
            "Therapist: Could you say some of that to yourself, in the nights before the scan?",
            "Client: It is harder for me. But I can try to remember how I would say it to her.",
            "Therapist: We won't meet before the scan. Your next appointment is after the results, so "
            "there's nothing to take away and nothing to report back. Keep the pie, if you like.",
            "Client: I will put it on the fridge. Next to the scan date.",
        ),
        techniques=frozenset({"continuum_or_pie_chart", "self_compassion"}),
    ),
}
