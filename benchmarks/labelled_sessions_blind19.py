"""Blind test set 19 for the technique detector: sixteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 75 lines of
labelled_sessions_blind9.py, printed with `head -n 75` (interface, docstring conventions, labelling rules, the settings
set 9 used and the start of its dict; the rest of that file was not opened); the lines of labelled_sessions_blind10.py
to labelled_sessions_blind18.py that start with four spaces and a `#`, printed with `grep -n "^    # "` on each (only to
see which settings those sets used, so as to avoid them; nothing else of sets 10 to 17 was opened); the first 90 lines
of labelled_sessions_blind18.py, printed with `head -n 90` (its docstring, which fills those lines); the LabelledSession
dataclass in labelled_sessions.py, printed with `grep -n "class LabelledSession" -A4`; each catalog technique's code,
name, family and description, printed by a python one-liner that loaded sql/technique_catalog.json and printed only
those four fields and the number of techniques (it accepted either a list or a mapping at the top level; synonyms, cues
and every other field were never printed and the file was never opened otherwise); and the line-length and
target-version keys of the [tool.ruff] table of pyproject.toml, printed by a python one-liner with tomllib. One slip,
harmless: the grep output for sets 10 to 18 came back truncated in the middle, so the grep was run again on sets 13, 14
and 15 alone, and in that same command a stray `sed -n 60,75p` on labelled_sessions_blind9.py was piped into `head -0`
and so printed nothing (those lines were within the 75 already read). Besides that it ran `date`, made its scratch
folder /tmp/s27c, and ran `test -e` on this module's own path and `test -x` on .venv/bin/ruff and .venv/bin/mypy, to
confirm that no file of this name existed yet and that the tools were there (no directory was listed). It did not open
the transforms package, the tests, the README, the docs or any other benchmark, did not grep the repository beyond the
commands above, did not read /work/shared, used no search tool, ran no git command and ran nothing of the product, its
tests or any benchmark; the only other commands run against the project were the import check of this module (importing
it with PYTHONPATH set to /work/main, counting sessions, turns and labels, checking that every label is one of the
catalog codes printed above, copied by hand into the check, and never one of the three codes that are not labelled, and
comparing each text and label set with the hand-written source), ruff check / ruff format on this file alone, mypy on
this file alone from /work/main as the brief asked, and awk and head on this file alone to find over-long lines and to
look at its start. The module was emitted by a throwaway generator in /tmp/s27c, outside the project, from session text
written there by hand; before generating, a check run on that source alone counted turns, confirmed every turn opens
with 'Therapist:' or 'Client:' and is plain ASCII, and measured the comment lines. While writing, four sessions that
came out too long (Wroclaw, Galway, Eastbourne, Halden) were cut to thirty turns or fewer by merging or dropping turns
by hand (a sleep question in Wroclaw among them), the AI-assistant session was rewritten into more, shorter turns to
reach at least fourteen, and a few lines that would have added an unintended technique were taken out of the source by
hand before any check of the module: a crisis number in the Inverness admin call, a ward number on speed dial in
Wroclaw, and breathing cues during the Brno lift; a stray duplicated line in Johannesburg was also removed. The
generator only split each turn into implicitly concatenated string pieces to keep lines short, ruff format may then
re-join pieces that fit on one line, and the import check confirmed every text is identical to the source. The labels
were set by hand in that source before any check and were not touched by any generating or formatting step, and this
docstring was written by hand and wrapped with textwrap, keeping the quoted commands whole. The brief called the export
a list; it is a dict of name to LabelledSession like the earlier sets, so that it has the same interface as they do.
Accents are left out in plain ASCII (Wroclaw, Dzien dobry, Dobry den, Horak, ola). No text was copied from any corpus.

The settings were chosen to be unlike sets 9 to 18 and unlike each other, and the voices vary: a maternity hospital
psychologist in Wroclaw with a bookkeeper thirty weeks pregnant after a stillbirth; a veterans' counsellor in Townsville
with a former army medic who waits in the ute outside shops; an eating disorders psychologist in Porto, working next
door to the clinic dietitian, with a lightweight university rower; a university wellbeing drop-in by video in Tartu with
a Chilean exchange student in her first dark November, with a frozen picture at the start; a settlement agency
counsellor in Calgary with an Eritrean mother of three about a rent letter, through a Tigrinya interpreter; a youth text
service in Galway with a sixteen-year-old who deleted his failed report, typed in lower case; a wellbeing worker's home
visit in Eastbourne to an 88-year-old dressmaker whose hearing aid whistles, with repetition and short turns; an
occupational health psychologist in Maastricht with an air traffic controller off with burnout; a sports psychologist in
Milton Keynes with a tour darts player whose arm locks in matches; a prison psychologist in Halden, Norway, with a man
six weeks from release; a pain clinic psychologist in Brno with a forklift driver afraid to bend; a gambling helpline in
Johannesburg with a school clerk who plays online slots in bed; an auto-transcribed CBT session in Birmingham with a bus
depot mechanic, full of ums, false starts and [inaudible]; a verbose, hedging AI assistant in long paragraphs with a
pharmacist who checks her hob; an admin call in Inverness booking a first appointment; and a port staff welfare
counsellor in Tangier who only listens to a ferry ticket clerk who drives his father to dialysis. Most counsellors bring
techniques in without naming them ('can we look at it from both sides', 'before you touch it, how bad will the pain be',
'I'll be your mom', 'imagine a line'). Lengths run from sixteen to thirty turns. Interpreted turns start 'Client:
[interpreted from Tigrinya]', a counsellor playing a part marks it '(as mom)', and the AI-assistant chat opens with the
client's message.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises in
it. A client merely mentioning something (a hypnobirthing app, a mother's prayers, a friend's trial of ketamine, a
service dog, a calorie app and a coach's weigh-ins, a mother's gratitude notebook, a deleted meditation app, holy water
and sleeping tablets, a friend's meditation app, a daughter's mindfulness tapes, a wife's yoga weekend and a colleague's
beta blockers, a hypnotist in Luton, an anger course's count to ten and prison yoga, a TENS machine and a Reiki lady, a
Facebook hypnotist, a brother-in-law's gym advice, a mindfulness course and a forum's rubber band, a friend's EMDR, a
library CBT workbook and a breathing app, a cousin's breathing videos, a mother's herbs and a son's prayers), the
counsellor merely asking about a topic, advising something outside any technique (telling the doctor about fear of the
tablets, checking beta blockers with the GP, not counting calories, keeping up the physio's advice) or referring on (the
counselling waiting list, a call back from a local gambling counsellor, the GP) is not a label; rapport_empathy,
assessment and session_structure are never labelled. A counsellor explaining a technique while setting it up (the crate
in Brno, the one-check-and-leave steps from the AI) is part of that technique, not psychoeducation; explaining how the
problem itself works (the alarm after a loss in Wroclaw, avoidance keeping the alarm high in Townsville, the
gap-and-night-eating loop in Porto, hurt is not harm in Brno, the doubt-and-check loop from the AI) is psychoeducation.
A scale used inside a technique (the list of shops out of a hundred, the pain and certainty ratings before the crate,
the 'bad person' line in Halden with the facts that move it, the re-rating of 'useless dad') is part of that technique;
a plain request to rate something is not labelled. Naming a crisis line inside a plan for bad nights after risk was
asked (Johannesburg) is safety_planning; telling a pregnant woman to ring the ward if she is worried about movements is
medical advice and not labelled. ``homework`` is labelled only when a task is explicitly agreed for before the next
meeting and is to be reviewed (Townsville, Porto, Milton Keynes, Brno, Birmingham); plans made without such an agreement
(the notebook to Zofia, which the psychologist says she need not see; the legal clinic and coffee with Saba; the
Thursday sewing group; the first of April plan; Ingrid on Sunday; the bank block; the taps on Saturday, with an AI that
holds no further sessions) are not homework. The admin call in Inverness and the listening session in Tangier carry no
label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match its
output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND19_SESSIONS: dict[str, LabelledSession] = {
    # Wroclaw: maternity hospital psychologist with a bookkeeper thirty weeks pregnant after a stillbirth at thirty-one.
    # Labels: the alarm after a loss, long out-breath, what she'd say to Kasia, notebook to Zofia. Not: app, prayers.
    "pregnancy_after_stillbirth_wroclaw": LabelledSession(
        text=_session(
            "Therapist: Dzien dobry, Agnieszka. Sit wherever is comfortable, the blue chair is kinder to the "
            "back, people tell me.",
            "Client: The blue one then. She is kicking like crazy this morning, which is good. Which is "
            "good, I keep telling myself. Thirty weeks and two days now. With Zofia it was thirty-one. So "
            "every day I am counting towards that day.",
            "Therapist: Of course you are. It sits very close, that date.",
            "Client: My husband says don't think about it, this is a different baby. I know it is a "
            "different baby. But my body does not know.",
            "Therapist: What happens in your body, when it comes?",
            "Client: Heart going, hands cold. I lie on the left side and wait for a kick, and if there is no "
            "kick in one minute I am already in the car in my head, driving to the hospital.",
            "Therapist: Can I say something about what might be going on? After a loss like yours, the part "
            "of the brain that watches for danger has learned that a pregnancy can end in the worst way. So "
            "it is on duty all the time. It is not a sign that something is wrong with this baby, and it is "
            "not a sign that you are going mad. Nearly every mother I see in a pregnancy after a stillbirth "
            "describes almost exactly this, the waiting for the kick, the car in the head.",
            "Client: Really? I thought it was only me. On the forum everybody is so happy with their bump photos.",
            "Therapist: Really. Forums show the bump photos, not three in the morning. The alarm is loud "
            "because it cares. The hard part is that a loud alarm makes the heart race, and then the racing "
            "feels like proof. The midwife's plan for movements stays as it is, I am not changing anything "
            "medical, and if you are worried you ring the ward, always. What I want to look at is what you "
            "do with your body while you wait. Would you try something with me now, for two or three "
            "minutes?",
            "Client: Okay. What?",
            "Therapist: One hand on the bump if you like, the other on your chest. In through the nose, "
            "slowly, for about four... and out through the mouth a bit longer, like through a straw, for "
            "six. Let the shoulders drop as you breathe out. Again. In... and out, long and slow. Once more.",
            "Client: It is strange. She moved when I did the long one out. And the heart is slower. Hands "
            "still cold, but slower.",
            "Therapist: That long out-breath is the part that tells the body it can stand down a little. You "
            "can use it lying on your left side while you wait, instead of the car in your head.",
            "Client: My hypnobirthing app has something with waves, but honestly the woman's voice makes me angry.",
            "Therapist: Then leave the woman with her waves. Last time you called yourself a broken oven. "
            "Can we come back to that?",
            "Client: Because that is what I am. It failed once.",
            "Therapist: If your sister Kasia had lost a baby at thirty-one weeks and was pregnant again, and "
            "she said to you, I am a broken oven, what would you say to her?",
            "Client: I would be angry with her. I would say you did nothing wrong, the doctors found no "
            "reason, you carried her with so much love.",
            "Therapist: Could any of that be said to you, by you?",
            "Client: It is easier for Kasia.",
            "Therapist: It usually is. Try just one piece of it, out loud, the way you would say it to her.",
            "Client: I did nothing wrong. I carried her with love. Sorry, I am crying.",
            "Therapist: No sorry needed. That was kind, and it was true. Take your time.",
            "Client: I want to remember her too, you know. Everybody wants me to only look forward.",
            "Therapist: Some mothers keep a notebook for the baby who died and write to her when she is on "
            "their mind, what is happening, what they are afraid of, what they wish she could see. It is not "
            "for me, I don't need to read it. It is a place where Zofia can be part of this pregnancy too, "
            "not only in the fear.",
            "Client: A notebook to Zofia. I would like that, I think. My mother will say pray instead.",
            "Therapist: Your mother can pray and you can write. We are nearly out of time for today. Two "
            "weeks, same day?",
            "Client: Same day. Thank you. Really.",
        ),
        techniques=frozenset({"breathing_exercise", "journaling", "psychoeducation", "self_compassion"}),
    ),
    # Townsville, Queensland: veterans' counsellor with a former army medic who waits in the ute outside shops.
    # Labels: alarm kept high by avoiding, feet and five things, shop list out of 100, Woolies twice to the 9th.
    "veteran_carpark_townsville": LabelledSession(
        text=_session(
            "Therapist: G'day Shane. Grab a seat. Coffee's fresh if you want one. It's terrible, but it's hot.",
            "Client: I'm right, thanks. Had three already. Probably why I'm jumpy.",
            "Therapist: Could be. How's the fortnight been?",
            "Client: Pretty ordinary. Mel wanted to go to Stockland on Saturday for the kids' school shoes "
            "and I made it as far as the car park. Sat in the ute while she went in. Again.",
            "Therapist: What was happening for you in the car park?",
            "Client: Scanning. Every car that comes down the row. Someone slams a boot and I'm back in Tarin "
            "Kowt. Heart's going, I'm sweating through my shirt, and I'm telling myself you're in "
            "Townsville, you idiot, it's a Kmart.",
            "Therapist: Can I tell you how I understand that? Over there your brain learned, for very good "
            "reasons, that crowds and bangs and cars you don't know mean danger. That learning kept you and "
            "your blokes alive. The trouble is the system doesn't switch off when you land at Garbutt. And "
            "every time you stay in the ute, the brain goes, see, we stayed away and we survived, so it must "
            "have been dangerous. The staying away keeps the alarm set high.",
            "Client: So sitting in the ute makes it worse.",
            "Therapist: In the short run it makes you feel better, which is why anyone would do it. In the "
            "long run it keeps the alarm stuck. It works like that for most people who come back, not just "
            "you.",
            "Client: My mate Robbo's doing some trial in Brisbane, ketamine or mushrooms or something. "
            "Reckons it's fixed him.",
            "Therapist: Good for Robbo. That's one for your GP if you're curious. What I've got is slower "
            "and less exciting. First, can we try something for when it spikes, in the car park or anywhere?",
            "Client: Go on.",
            "Therapist: Feet flat on the floor. Press them down and feel the floor push back. Now look "
            "around the room and name five things you can see, out loud.",
            "Client: Clock. Your ugly coffee cups. Window. The bottlebrush outside. The map of Queensland.",
            "Therapist: Four things you can hear.",
            "Client: Air con. A truck. Someone laughing out the front. Your pen clicking.",
            "Therapist: Three things you can feel.",
            "Client: My boots. The chair arm. My wedding ring, I'm twisting it.",
            "Therapist: And where are you?",
            "Client: Townsville. Tuesday. Your office. Yeah. That beats calling myself an idiot.",
            "Therapist: That's the idea, it brings you back to here and now. Now the harder bit. I'd like us "
            "to list the places you keep away from, from the one that's just a bit uncomfortable up to the "
            "worst, and give each a number out of a hundred for how hard it'd be.",
            "Client: Worst is Stockland on a Saturday morning, hundred. Bunnings on a Sunday, eighty. The "
            "servo at night, forty maybe. Woolies at seven in the morning when it's empty, twenty-five.",
            "Therapist: Good list. We start near the bottom and only go up when the bottom one's got boring. "
            "Woolies at seven: you go in, you stay until the anxiety's come down by about half, and you "
            "don't leave early or hide in your phone. You can use the feet and the five things if it spikes.",
            "Client: Woolies at seven. I can probably do that.",
            "Therapist: Could you do it twice before we meet in a fortnight, and jot on your phone the "
            "number when you walked in, the highest it got, and when you left? We'll go through them "
            "together next time.",
            "Client: Twice. Yeah. Mel'll hold me to it anyway. The dog helps too, on the bad nights.",
            "Therapist: He's a good dog. See you on the ninth.",
        ),
        techniques=frozenset({"exposure", "homework", "psychoeducation", "relaxation_mindfulness"}),
    ),
    # Porto: eating disorders outpatient psychologist, next door to the dietitian, with a lightweight university rower.
    # Labels: the gap-and-night-eating loop, what staying light gives and costs, breakfast and lunch times, ticks.
    "lightweight_rower_porto": LabelledSession(
        text=_session(
            "Therapist: Tiago, ola. Marta said you saw her before me this morning?",
            "Client: Yes. She went through the meal plan again. The same one. Three meals, three snacks. It "
            "looks like a lot of food.",
            "Therapist: It looks like a lot. What goes through your head when you look at it?",
            "Client: That I'll be over seventy-two and they'll drop me from the lightweight four. The "
            "regatta in Amsterdam is in June.",
            "Therapist: So the weight is tied to the seat in the boat.",
            "Client: Everything is tied to the seat in the boat.",
            "Therapist: Tell me what yesterday looked like.",
            "Client: Black coffee at six before the water. Then nothing until maybe three, an apple and some "
            "chicken. Training again at six. Then at night I was so hungry I ate half a box of cereal "
            "standing in the kitchen. Then I felt disgusting and I ran for forty minutes.",
            "Therapist: Thanks for telling me that straight, it isn't easy to say out loud. Can I explain "
            "what I think happens in a day like that? When the body goes from six until three with nothing, "
            "on two trainings, it goes into a kind of starvation mode. The brain becomes very focused on "
            "food, the cravings come at night, and the cereal is not weakness, it's biology. The body is "
            "making up for the gap. Then the run afterwards tells it again that food is scarce. It's a loop, "
            "and the long gap is what starts it.",
            "Client: My coach says it's discipline. The guys who make weight are disciplined.",
            "Therapist: Your coach knows rowing. On this the research is pretty clear: the longer the gaps, "
            "the stronger the night eating. Can we look at staying light from both sides? Not to take it "
            "away from you, just to see it properly. What does keeping your weight down give you?",
            "Client: The seat. The coach says well done at the weigh-in. I feel in control. I feel light in the boat.",
            "Therapist: And what does it cost you?",
            "Client: I'm slower on the ergo than in October. My splits are worse. I'm cold all the time. I "
            "don't go out with the guys after. I think about food in lectures. And the night thing.",
            "Therapist: Slower on the ergo. That's interesting, for someone doing all this for the boat.",
            "Client: Yes. I hadn't put those two together.",
            "Therapist: Looking at both sides, which weighs more right now?",
            "Client: The second. But the first one is louder.",
            "Therapist: That's honest. Louder isn't the same as heavier. Let's do something concrete with "
            "Marta's plan, not the whole thing tomorrow. What is one piece you could actually do every day "
            "this week?",
            "Client: Breakfast, I suppose. Something before the water instead of just coffee.",
            "Therapist: What exactly, and by what time?",
            "Client: Toast with peanut butter and a banana, before six. Every day.",
            "Therapist: And the gap after training, could lunch be by one at the latest instead of three?",
            "Client: On lecture days one is possible. Okay. Breakfast before six, lunch by one.",
            "Therapist: Two clear targets. Would you put a tick on the plan card each time you manage them "
            "and bring it next Thursday? We'll look at it together, and at what happens in the evenings.",
            "Client: Yes. I used to log everything in a calorie app as well, should I start that again?",
            "Therapist: I'd rather you didn't count anything for now, the ticks are enough. And the "
            "weigh-ins with the team, let's talk about those next time.",
            "Client: Okay. Thursday.",
        ),
        techniques=frozenset({"goal_setting", "homework", "pros_and_cons", "psychoeducation"}),
    ),
    # Tartu: university wellbeing drop-in by video with a Chilean exchange student in her first dark November.
    # Labels: the Thursday evening, the Sunday cooking group and cousin Ignacio. Not: gratitude notebook, app, waitlist.
    "exchange_student_tartu_video": LabelledSession(
        text=_session(
            "Therapist: Hi, can you hear me? I think your video is frozen.",
            "Client: Now? Sorry, the wifi in the dorm is terrible.",
            "Therapist: Now I have you. I'm Kadri, one of the wellbeing advisers. This is the drop-in, so we "
            "have about twenty minutes. What brought you here today?",
            "Client: I don't know exactly. I cried in the toilet in the Delta building yesterday after a "
            "seminar, and a girl gave me a tissue and told me about this. So.",
            "Therapist: I'm glad she did. What was happening yesterday?",
            "Client: Nothing happened. That's the stupid part. It was dark at half past three and everyone "
            "went home and I walked back alone and I thought, I have four more months of this.",
            "Therapist: Four more months of dark and walking home alone.",
            "Client: In Santiago it's summer now. My family is at the beach in Algarrobo, they sent photos. "
            "My little brother is in every one with an ice cream.",
            "Therapist: And you're here, looking at the photos in the dark.",
            "Client: Yes. And I chose this. I fought for this exchange. So I can't even complain.",
            "Therapist: It sounds like two things at once: missing them very much, and feeling you have no "
            "right to miss them because you chose to come.",
            "Client: Exactly. My mother says write three good things every night in a notebook, gratitude, "
            "she saw it on Instagram. I did it two nights. It felt fake.",
            "Therapist: Mm. What has it been like with people here?",
            "Client: Estonians are nice but quiet. In class nobody talks before the teacher. My roommate is "
            "German and she goes to her boyfriend in Riga every weekend.",
            "Therapist: So a lot of evenings on your own.",
            "Client: Almost all. I downloaded a meditation app too and deleted it. I don't think I need to "
            "breathe. I need people.",
            "Therapist: That makes sense to me. Can I mention a couple of things, since you said people? The "
            "international office runs an evening every Thursday at the student club, and there's a "
            "Spanish-speaking group that cooks together on Sundays. Some students go once and never again, "
            "some find their people there. And is there anybody, here or back home, you could be talking to "
            "more than you are?",
            "Client: My cousin Ignacio works in Helsinki. It's two hours on the ferry from Tallinn. We don't "
            "talk much, but he said I could visit.",
            "Therapist: What would it be like to take him up on that?",
            "Client: Actually nice. He came in January one year, he said the first winter was awful.",
            "Therapist: Maybe worth a message to him. And the Thursday evening, only if it fits you.",
            "Client: Maybe. I'm not in danger or anything, don't worry. I'm just sad and tired.",
            "Therapist: Thank you for saying so. If you'd like to see someone regularly, I can put you on "
            "the list for the counselling service. The wait is about three weeks at the moment.",
            "Client: Yes, put me on the list.",
            "Therapist: Done. The link will come by email. Take care walking back, the pavements are icy.",
        ),
        techniques=frozenset({"social_support"}),
    ),
    # Calgary: settlement agency counsellor with an Eritrean mother of three, through a Tigrinya interpreter.
    # Labels: breathing like blowing on tea, options for the rent letter, coffee with Saba. Not: holy water, tablets.
    "rent_letter_calgary_tigrinya": LabelledSession(
        text=_session(
            "Therapist: Thank you both for coming. Senait, I'll speak to you and Hiwet will put it into "
            "Tigrinya. Please stop me if anything isn't clear.",
            "Client: [interpreted from Tigrinya] She says thank you, she understands. She says sorry the "
            "baby is with her, the daycare was closed today.",
            "Therapist: The baby is very welcome. Last time you told me about the letter from the landlord. "
            "Did you bring it?",
            "Client: [interpreted from Tigrinya] Yes, it is here. Her son read it to her, he is eleven. It "
            "says the rent goes up three hundred dollars from February. She has not slept properly since. "
            "She says her chest is, she used a word like squeezed, like a hand is squeezing it.",
            "Therapist: Three hundred a month is a lot, and we'll look at it together in a moment. First the "
            "chest. Is it like that now?",
            "Client: [interpreted from Tigrinya] A little, yes. When she thinks of the letter it comes.",
            "Therapist: Can I show you something that might help the chest? Hiwet, perhaps you can do it "
            "with her. We breathe in slowly through the nose while I count to four, and then out very slowly "
            "through the mouth, as if blowing on hot tea, while I count to six. In, two, three, four... and "
            "out, two, three, four, five, six.",
            "Client: [interpreted from Tigrinya] She is doing it. She says blowing on tea she understands, "
            "she does it for the children's food.",
            "Therapist: Good. Three more together. In, two, three, four... out, slowly, slowly. How is the "
            "hand on the chest now?",
            "Client: [interpreted from Tigrinya] Lighter. Not gone, but lighter. She laughs, she says in "
            "Asmara nobody breathes on purpose.",
            "Therapist: Here we have to. You can do it at night when the letter comes into your head. Now "
            "the letter. What is the main worry, paying the new amount or having to move?",
            "Client: [interpreted from Tigrinya] Paying. Her husband works nights at the meat plant in "
            "Brooks, Monday to Friday. With three hundred more there is no money for the bus passes.",
            "Therapist: Okay. Let's think of every possible way, even the ones that seem silly, and then "
            "choose. What comes to mind?",
            "Client: [interpreted from Tigrinya] She could ask the landlord to wait. Or find a cheaper "
            "place, but the school is close and her daughter just made friends. Or she could clean houses, a "
            "woman from church does that. She asks, is there help from the government?",
            "Therapist: There might be. The province has a rent assistance benefit for families, and the "
            "legal clinic can check whether the increase was given with the proper notice. So: ask the "
            "landlord to wait, move, take cleaning work, the rent benefit, or the legal clinic to check the "
            "letter. Which one first?",
            "Client: [interpreted from Tigrinya] The legal clinic first, because if the letter is wrong "
            "maybe everything changes. Then the rent benefit.",
            "Therapist: That makes sense. I can book the legal clinic now, with an interpreter, and we can "
            "do the benefit form together after that. Would that work?",
            "Client: [interpreted from Tigrinya] Yes. Tuesday is best, the children are at school.",
            "Therapist: Tuesday. One more thing. You are alone with three children all week. Is there "
            "anybody near you, another mother, a neighbour?",
            "Client: [interpreted from Tigrinya] There is Saba on the second floor, also from Eritrea. They "
            "greet each other but she is shy to ask her for anything. At home the neighbours were like "
            "family, she says.",
            "Therapist: Would it be possible to knock on Saba's door this week, maybe for coffee? It doesn't "
            "have to be about the letter at all.",
            "Client: [interpreted from Tigrinya] She says maybe she will make coffee the proper way on "
            "Sunday and invite Saba. She is smiling. She also says the priest gave her holy water for the "
            "sleep, and the doctor gave tablets, but she is afraid to take them.",
            "Therapist: It's fine to tell the doctor you're afraid of the tablets, he can explain them with "
            "an interpreter too. So, the legal clinic on Tuesday, and coffee with Saba if she likes. Thank "
            "you, Senait. Thank you, Hiwet.",
            "Client: [interpreted from Tigrinya] She says thank you, God bless you.",
        ),
        techniques=frozenset({"breathing_exercise", "problem_solving", "social_support"}),
    ),
    # Galway: youth text service with a sixteen-year-old who deleted his failed Christmas report from his mum's laptop.
    # Labels: worst/best/likely and coping, first line, counsellor plays mom, Ms Keane and Aoife. Not: friend's app.
    "deleted_report_galway_text": LabelledSession(
        text=_session(
            "Therapist: Hi, you're through to the youth text service, I'm Orla. What's going on for you tonight?",
            "Client: hey. idk if this is the right place. its not like an emergency",
            "Therapist: You don't need an emergency to text us. What's on your mind?",
            "Client: so i failed like 4 of my christmas tests. 5th year. the report came in an email 2 weeks "
            "ago and i deleted it off my moms laptop before she saw it. and parent teacher meeting is on the "
            "28th so shes going to find out anyway and its going to be 10x worse bc i deleted it",
            "Therapist: So it's coming out on the 28th either way, and you're dreading it.",
            "Client: ya. my dad will go mental. my mom will do the disappointed face which is worse tbh",
            "Therapist: Can we look at the telling itself for a minute? If you told them before the 28th, "
            "what's the worst that could realistically happen?",
            "Client: they take my phone. dad shouts. no xbox till summer. mom cries maybe",
            "Therapist: And the best?",
            "Client: lol they say its fine. not happening",
            "Therapist: And the most likely, knowing them?",
            "Client: dad shouts for like 10 mins then goes out to the shed. mom asks why i didnt tell her. "
            "phone gone for a week or 2. then they get me grinds in maths",
            "Therapist: And if the most likely happened, how would you get through it?",
            "Client: i mean. id survive. phone for 2 weeks isnt death. its more the face",
            "Therapist: Would it help to work out what you'd actually say? Having the first sentence ready "
            "is sometimes half of it.",
            "Client: ya i dont even know how to start",
            "Therapist: Some people start with something like: I need to tell you something I'm not proud "
            "of, and I'd like you to let me finish before you say anything. Then the facts, short. Then what "
            "you want, like help with maths. How would that sound in your words?",
            "Client: mom i need to tell you something and i want you to let me finish. i failed 4 tests and "
            "i deleted the email. im sorry. i want to fix it and i think i need grinds",
            "Therapist: That's really clear. You said what happened, you owned it and you asked for what you "
            "need. Want to practise? I'll be your mom and answer the way she might. Ready?",
            "Client: ok go",
            "Therapist: (as mom) You DELETED it? Cian, why would you do that? I can't believe you'd hide that from me.",
            "Client: i know. i was scared of the face youre doing now. im telling you now bc i dont want to "
            "hide it anymore",
            "Therapist: (as mom) Four tests though. What are you doing up in that room every night?",
            "Client: not studying lol. ok not lol. can we make a plan, like grinds and xbox only at weekends",
            "Therapist: Stepping out of being your mom now. That was great, you stayed calm, didn't get "
            "defensive and brought it back to a plan. How did it feel?",
            "Client: weird but ok. less scary than in my head. my friend says he does some meditation app "
            "before tests, tbh i think its a scam",
            "Therapist: Ha, each to their own. Is there anyone who could back you up, or be around when you "
            "do it? An older cousin, a teacher you trust?",
            "Client: my year head ms keane is sound actually. and my cousin aoife is in college, she failed "
            "stuff in 5th year too and shes grand now",
            "Therapist: Both sound worth a message. Aoife might know how your mom takes this kind of thing. "
            "When are you thinking of telling them?",
            "Client: maybe saturday. dads in better form on saturdays. thanks orla. actually helped",
        ),
        techniques=frozenset({"assertiveness_training", "decatastrophizing", "role_play", "social_support"}),
    ),
    # Eastbourne: older adults' wellbeing worker's home visit to an 88-year-old dressmaker whose hearing aid whistles.
    # Labels: wedding dresses and keeping the business going, library sewing group, bench walks. Not: Susan's tapes.
    "dressmaker_hearing_aid_eastbourne": LabelledSession(
        text=_session(
            "Therapist: Hello, Doreen. It's Jas, from the wellbeing team. Can you hear me all right?",
            "Client: What, dear?",
            "Therapist: Can you hear me all right?",
            "Client: Hang on. It's whistling. There. Wretched thing. Say it again?",
            "Therapist: I said, can you hear me now?",
            "Client: Yes, that's better. Sit down, sit down. Mind the cat.",
            "Therapist: How have you been since my last visit? Two weeks ago, it was.",
            "Client: Oh. Not much to report. Same four walls. I don't go to the club any more.",
            "Therapist: The lunch club at St Michael's?",
            "Client: That's it. Can't hear a blessed word in that hall. Everyone talking at once, plates "
            "going. I sit there nodding like a fool. So I stopped.",
            "Therapist: That sounds lonely.",
            "Client: Lonely? Yes. Yes, it is. The days are long.",
            "Therapist: What did you used to enjoy, before the days got long?",
            "Client: Sewing. I made wedding dresses, you know. Forty years. Made my own daughter's. And half "
            "the brides in Hampden Park. Well, a fair few. I did the Mayor's daughter in sixty-eight. Silk, "
            "with a train this long. Everybody talked about it.",
            "Therapist: That takes real skill. And patience. And you kept the business going and brought up "
            "four children after Ron died, you told me.",
            "Client: After Ron, yes. Nineteen seventy-nine. I kept it going. Had to.",
            "Therapist: That's a lot of strength, Doreen.",
            "Client: I suppose it was. Never thought of it like that.",
            "Therapist: There's a sewing group at the library on Thursday mornings. Six or seven ladies, in "
            "the quiet room upstairs. I wondered if it might be easier than the hall.",
            "Client: A what group?",
            "Therapist: A sewing group. Thursday mornings. At the library. Small and quiet.",
            "Client: Sewing. Hm. Who'd take me?",
            "Therapist: The community bus stops outside at ten. I could ring them and book you for this "
            "Thursday, if you'd like.",
            "Client: Well. I might show them a thing or two about hems. Go on then. Thursday.",
            "Therapist: And the other mornings, would a short walk help, to the bench at the end of the "
            "road? After breakfast?",
            "Client: What's that?",
            "Therapist: A walk. To the bench. After breakfast.",
            "Client: Oh, the bench. On the fine days. Not in the rain. My Susan keeps posting me mindfulness "
            "tapes, you know. Can't hear those either.",
            "Therapist: Let's stick with the sewing and the bench. I'll ring the bus now and write Thursday "
            "big on your calendar.",
            "Client: Big letters, mind.",
        ),
        techniques=frozenset({"behavioral_activation", "social_support", "strengths_review"}),
    ),
    # Maastricht: occupational health psychologist with an air traffic controller eleven weeks off with burnout.
    # Labels: six-week return to full roster by 1 April, apologising read back to his father, no to extra shifts.
    "controller_return_maastricht": LabelledSession(
        text=_session(
            "Therapist: Goedemorgen, Ruud. Come in. How was the drive from Heerlen?",
            "Client: Fine. Sorry, I'm two minutes late. And sorry for the whole thing, being off so long. I "
            "know it costs the centre.",
            "Therapist: We'll come back to that. Eleven weeks now?",
            "Client: Eleven on Monday. The GP says I can start thinking about going back. I don't know if I "
            "can. Some days yes.",
            "Therapist: What tells you yes, and what tells you no?",
            "Client: Yes, I sleep again, six or seven hours. I can read a book. No, when I drove past the "
            "centre last week I had to pull over. Hands shaking. I could hear the headset in my head.",
            "Therapist: So part of you is still saying not yet to the full thing. What would a good return "
            "look like, if we plan it properly rather than you just walking in on a Monday?",
            "Client: Honestly my instinct is full roster from day one. Show them I'm fine.",
            "Therapist: Show them you're fine. Let's hold that for a moment. With the company doctor we "
            "normally build up over about six weeks. What would week one be for you?",
            "Client: Only the office. No sector. Two days, four hours, a refresher on the new procedures, "
            "see the guys.",
            "Therapist: And then?",
            "Client: Weeks two and three, three days, with the simulator. Week four on sector with a mentor, "
            "half shifts. Five and six, building up to full, no nights until week six.",
            "Therapist: That's clear and specific. Can we write it down like that, with dates, so you and "
            "Marleen in rostering have the same piece of paper? And the end point: full roster, nights "
            "included, by the first of April?",
            "Client: First of April. Yes. Scary, but doable.",
            "Therapist: Can I point out something I noticed? You came in and apologised twice, for two "
            "minutes and for being ill. You said show them I'm fine. And you've told me you always take the "
            "extra shift when Marleen rings. I wonder if there's a pattern of trying to be so useful that "
            "nobody can ever be disappointed in you, until there's nothing left of you.",
            "Client: My father had a bakery. We started at four in the morning. If you were tired, you were "
            "lazy. He said it in front of the customers.",
            "Therapist: So being tired has always felt like being lazy.",
            "Client: I never put it like that. But yes. And here I am apologising to you, and you're not even my boss.",
            "Therapist: It happened right here, just now. That's worth noticing. When Marleen rings in week "
            "five and asks you to cover a night, what will you say?",
            "Client: Yes. That's the danger.",
            "Therapist: Let's find the words now. Something short, no excuses, no sorry.",
            "Client: Marleen, I can't take extra shifts until the plan finishes on the first of April. After "
            "that, ask me again.",
            "Therapist: How did that feel to say?",
            "Client: Like someone else. But it's clear.",
            "Therapist: It is clear, and you don't have to explain the burnout every time, the plan says it "
            "for you. Say it once more, the way you'd say it on the phone.",
            "Client: Marleen, I can't do extra shifts until the first of April. Ask me again after that. Better.",
            "Therapist: Better. Anything else before we finish?",
            "Client: My wife has booked a yoga weekend in the Ardennes, she thinks it will fix me. And a "
            "colleague offered me his beta blockers for the first day back. I won't take them.",
            "Therapist: Anything like that, check with your GP. I'll send the plan to the company doctor "
            "today, and we'll meet after week one.",
            "Client: Thank you.",
        ),
        techniques=frozenset({"assertiveness_training", "goal_setting", "insight_interpretation"}),
    ),
    # Milton Keynes: sports psychologist with a tour darts player whose arm locks at the top of the throw in matches.
    # Labels: 'one dart, ten thousand times', long breath out at the oche, garage-to-league ladder, sheet to Wednesday.
    "darts_freeze_milton_keynes": LabelledSession(
        text=_session(
            "Therapist: Right, Lee. Talk me through Saturday.",
            "Client: First round, I'm five-three up, need tops for the match. Step up and it just wouldn't "
            "go. Arm comes back and it sticks, like there's glue on my fingers. Pulled out of the throw "
            "three times. The crowd's laughing. Lost six-five.",
            "Therapist: What was going through your head at the top of the throw?",
            "Client: Don't freeze, don't freeze, everyone's watching you freeze. Then I froze.",
            "Therapist: And in practice, in the garage?",
            "Client: Never. Hundred darts at tops, I'll hit sixty. It's only with people.",
            "Therapist: So it's not your arm, it's your arm plus eyes on you. What else was in your head, "
            "about what missing would mean?",
            "Client: If I miss tops I'm finished. Tour card gone, back to the warehouse.",
            "Therapist: That's a heavy thing to carry up to the oche for one dart. Is there another way to "
            "put it to yourself up there, one that's as true but isn't a threat?",
            "Client: Dunno. One dart's one dart. I've hit this double ten thousand times. Something like that.",
            "Therapist: Does that feel true?",
            "Client: Truer than you're finished.",
            "Therapist: Keep it short enough to say between darts. One dart, ten thousand times. Now the "
            "body. When you step up, what's your breathing doing?",
            "Client: Holding it, probably. Never thought about it.",
            "Therapist: Stand up a sec, like you're at the oche. Before you raise the dart, breathe in "
            "through your nose, then a long slow breath out through your mouth, and let the throwing "
            "shoulder drop as you breathe out. Then throw on the empty.",
            "Client: In... out... Shoulder's come down a good inch. Didn't know it was up there.",
            "Therapist: Three more. That's going to be your routine before every visit to the double.",
            "Client: Feels daft. But the arm's looser.",
            "Therapist: Now the bigger bit. The freeze only comes with people watching, so your arm needs to "
            "get used to eyes on it, in small steps, rather than waiting for the next tour event. What's the "
            "easiest version?",
            "Client: Garage with crowd noise on the speaker, I suppose. Quiet.",
            "Therapist: Then?",
            "Client: Loud, with walk-on music and my brother doing the MC. Then him and his mates watching "
            "and giving me stick. Then Tuesday league at the Bell, proper people. Then a Challenge Tour "
            "event.",
            "Therapist: That's a good ladder. You stay on each step until the urge to freeze has come down, "
            "using the breath and the line, and only move up when it's boring. This week, the garage with "
            "the crowd noise, quiet then loud, three sessions. For each one write down how many times the "
            "arm stuck out of fifty darts at doubles, and bring the sheet next Wednesday.",
            "Client: Three sessions, fifty darts, write down the sticks. My mate swears by a hypnotist in "
            "Luton, by the way.",
            "Therapist: Let's see what the garage says first. Wednesday?",
            "Client: Wednesday.",
        ),
        techniques=frozenset({"breathing_exercise", "cognitive_restructuring", "exposure", "homework"}),
    ),
    # Halden, Norway: prison psychologist with a man six weeks from release after a robbery, in English.
    # Labels: 'bad person' on a 0-100 line, the father who turns up, three addresses weighed, Ingrid and WayBack.
    "release_plans_halden_prison": LabelledSession(
        text=_session(
            "Therapist: Hei, Kristoffer. Six weeks to go now, isn't it?",
            "Client: Forty-one days. Not that I'm counting.",
            "Therapist: How does forty-one days feel?",
            "Client: Good and bad. I lie awake thinking, what am I going out to. Four years inside. My "
            "daughter Emma was five. Now she's nine. My sister Ingrid brings her once a month. She calls me "
            "Kristoffer now, not Pappa. That hurt. But what do I expect. I'm a bad person. I robbed a petrol "
            "station with a knife. A sixteen-year-old boy behind the counter.",
            "Therapist: You've said that before, I'm a bad person. Can we try something with it? Imagine a "
            "line. At zero, the best person you can think of. At a hundred, the worst person who ever lived. "
            "Where are you?",
            "Client: Ninety. Eighty-five, maybe.",
            "Therapist: Who would you put at a hundred, and who at zero?",
            "Client: A hundred, Breivik. Easy. Zero, my grandmother. She fostered eleven kids.",
            "Therapist: Where would you put a man who robbed a petrol station with a knife at twenty-nine, "
            "high, who has been clean for three years inside, finished the mechanics course, writes to his "
            "daughter every week and wrote a letter of apology to the boy at the counter?",
            "Client: Put like that, fifty? Forty-five?",
            "Therapist: What moved it?",
            "Client: That's the same person. That's me. I only ever think about the petrol station.",
            "Therapist: The petrol station happened and it matters. It isn't all there is on the line. What "
            "kind of father do you want to be to Emma, out there?",
            "Client: One who turns up. Mine didn't. Who's there at football on Saturday, knows the names of "
            "her friends. Who doesn't lie.",
            "Therapist: Turns up, knows her friends, doesn't lie. When you're deciding things after release, "
            "could that be the test? Does this help me turn up for Emma?",
            "Client: Yeah. Like where I live.",
            "Therapist: Let's look at that. What are the options?",
            "Client: My old flat in Furuset, the lease is in my cousin's name. The halfway house in Oslo. Or "
            "Ingrid's basement in Fredrikstad, she's offered. Emma lives in Fredrikstad with her mum.",
            "Therapist: Take them one at a time, with that test.",
            "Client: Furuset, my old friends are there, the guys I used with. That's the problem. The "
            "halfway house has rules, it's okay, but it's an hour and a half from Emma. Ingrid's, I'm twenty "
            "minutes from Emma's school. But I'd be living in my sister's basement at thirty-four.",
            "Therapist: And which one helps you turn up for Emma?",
            "Client: Ingrid's. Obviously. The only problem is pride.",
            "Therapist: If it's Ingrid's, what has to happen in the next six weeks?",
            "Client: Ask probation if the address is approved. Talk to Ingrid properly, rent, rules. Ask "
            "about work at the garage near her, the one with the sign in the window. Ingrid first, on "
            "Sunday's visit.",
            "Therapist: And who else could be in your corner once you're out? The first months are hard for everyone.",
            "Client: Ingrid. Emma's mum, maybe, she's been decent. And WayBack, the guys who've been inside, "
            "one came to talk last month.",
            "Therapist: Would you like me to put you in touch with a WayBack mentor before you leave, so you "
            "meet them in here first?",
            "Client: Yeah, do that. The anger course taught us to count to ten, I still do it, and I go to "
            "yoga on Thursdays. But out there it's people I'll need.",
            "Therapist: I'll email WayBack today. Ingrid on Sunday. See you next Tuesday.",
        ),
        techniques=frozenset({"continuum_or_pie_chart", "problem_solving", "social_support", "values_clarification"}),
    ),
    # Brno: pain clinic psychologist with a forklift driver two years into low back pain, afraid to bend.
    # Labels: hurt is not harm and the sensitive alarm, the crate lifted against his prediction, basket to the 19th.
    "back_pain_crate_brno": LabelledSession(
        text=_session(
            "Therapist: Dobry den, Mr Horak. How has the back been since the clinic meeting?",
            "Client: Same. Maybe worse. I don't bend at all now. My wife ties my shoes. Forty-eight years "
            "old and my wife ties my shoes.",
            "Therapist: What do you think would happen if you bent down?",
            "Client: Something would go. The disc would slip out, like the first time at the depot. That "
            "pain was a ten. I never want that again.",
            "Therapist: I can understand that. Can I tell you what we know about pain that goes on this "
            "long? When it first happened, the pain was a proper warning, something was injured. Two years "
            "later the injury has healed, your scan shows what most people of forty-eight have, but the "
            "nerves have become very sensitive. Like a car alarm that goes off when a leaf lands on the "
            "roof. The alarm is real, the pain is real, but it no longer tells you accurately about damage. "
            "Hurt is not the same as harm.",
            "Client: The doctor said something like this. I didn't believe him.",
            "Therapist: It's hard to believe when it hurts. And there's another part: when we stop moving, "
            "the muscles get stiffer and weaker and the alarm gets even more sensitive. So protecting the "
            "back can slowly make it worse.",
            "Client: So I should just bend and ignore it?",
            "Therapist: Not ignore it. Find out. There's a plastic crate by the door, empty, it weighs "
            "almost nothing. Before you touch it: if you bend your knees and lift it onto the table, how bad "
            "will the pain be, nought to ten?",
            "Client: Eight. At least.",
            "Therapist: And how sure are you that something will go, in your back?",
            "Client: Seventy percent.",
            "Therapist: Eight out of ten pain and seventy percent sure something goes. Would you be willing "
            "to try it, slowly, with me here? Knees bent, take it at your own pace. You can stop any time.",
            "Client: Slowly. Okay. Here goes.",
            "Therapist: Take your time.",
            "Client: It's on the table.",
            "Therapist: What was the pain?",
            "Client: Four. Maybe five at the bottom. Now three.",
            "Therapist: And did anything go?",
            "Client: No. Nothing went. It pulled, but nothing went.",
            "Therapist: So you predicted eight and something going, and what happened was four or five and "
            "nothing going. What do you make of that?",
            "Client: Maybe the alarm is louder than the damage. One crate. I don't know about real work.",
            "Therapist: Fair enough, one crate is one crate. Shall we collect more results? At home, the "
            "laundry basket, once a day, the same way, knees bent, slowly. Before each time, write down the "
            "pain you expect and whether you think something will go, and after, what actually happened. "
            "Then we look at the numbers together on the nineteenth.",
            "Client: Once a day, the basket, before and after. Okay. The physiotherapist gave me a TENS "
            "machine too, and my wife has a Reiki lady she wants me to see.",
            "Therapist: Keep using what the physio gave you. The basket and the numbers are our bit. The "
            "nineteenth, then.",
            "Client: The nineteenth. And maybe I tie my own shoes tomorrow.",
        ),
        techniques=frozenset({"behavioral_experiment", "homework", "psychoeducation"}),
    ),
    # Johannesburg: gambling helpline call from a school admin clerk who plays online slots in bed at night.
    # Labels: what the slots give and take, blocks listed and two chosen, risk asked and the night plan, Nomsa.
    "online_slots_johannesburg_helpline": LabelledSession(
        text=_session(
            "Therapist: Good evening, you're through to the gambling helpline, my name is Lerato. Take your time.",
            "Client: Hi. Sorry. I've never phoned something like this. I don't even know what to say.",
            "Therapist: That's okay. You've phoned, that's the hard part. What's happening tonight?",
            "Client: I've lost the school fees. Forty thousand rand. On the slots on my phone. In bed, after "
            "the kids sleep. My husband thinks the money is still in the savings.",
            "Therapist: That's a lot to be holding alone at this hour. How long has it been like this?",
            "Client: Since about March. It started small, R50, R100. Now I'm borrowing from the loan apps to "
            "win it back.",
            "Therapist: You said it's at night, in bed. What do the slots give you, at that time?",
            "Client: Quiet. Nobody wants anything from me. The sounds, the lights, when it hits it's like, I "
            "don't know, sunshine. I forget the day.",
            "Therapist: Quiet, forgetting the day, that sunshine feeling. And what are they costing you?",
            "Client: The fees. Sleep, I play till two. I shout at the kids in the morning. I lie to Sipho "
            "every day. And I don't like myself. Sometimes I think they'd be better off without me, "
            "honestly.",
            "Therapist: Thank you for telling me that. I want to ask you straight, because it matters: are "
            "you having thoughts of ending your life?",
            "Client: Not like a plan. Just, when I'm lying there after losing, I think it would be easier if "
            "I wasn't here.",
            "Therapist: Have you thought about how, or done anything towards it?",
            "Client: No. No. I would never do that to my children.",
            "Therapist: Okay. Your children are a big reason. If those thoughts get stronger, on a night "
            "after losing, what could you do instead of lying there alone with them?",
            "Client: Get up. Go sit in the kitchen. I don't know.",
            "Therapist: Getting up is good. Who could you phone, even late?",
            "Client: My sister Nomsa. She's a night nurse, she's awake anyway.",
            "Therapist: Let's put it together then. If it gets bad: get up, go to the kitchen, phone Nomsa. "
            "If you can't get her, phone this line or the suicide crisis line, both are open all night. And "
            "if you ever feel you might act on it, go to the emergency unit. Could you write those in your "
            "phone under one name, tonight?",
            "Client: Under Nomsa. Yes.",
            "Therapist: Now the slots themselves. What could make it harder to play at night? Say anything, "
            "even things you're not sure about.",
            "Client: Delete the apps. But I always download them again. Give my card to someone. Charge my "
            "phone in the kitchen.",
            "Therapist: Others that people use: the banks can put a block on gambling payments on your card, "
            "and there's a self-exclusion programme that blocks you from the licensed sites. And blocking "
            "software on the phone itself. Which would actually work for you?",
            "Client: The bank block, I can do that tomorrow in the app. And the phone in the kitchen at "
            "night. Deleting I've done five times.",
            "Therapist: Bank block tomorrow, phone in the kitchen from tonight. And Sipho and the fees?",
            "Client: I can't tell him yet. But Nomsa, I could tell Nomsa everything. She'd help me work out "
            "how to tell him.",
            "Therapist: That sounds like a good first person.",
            "Client: My cousin saw a hypnotist on Facebook who says he cures gambling. Should I go?",
            "Therapist: I'd be careful of anyone promising a cure for money. We can send you a counsellor "
            "near you, free, who works with gambling. Shall I take your details for a call back?",
            "Client: Yes. Please. Thank you, Lerato. I feel a bit less crazy.",
        ),
        techniques=frozenset({"problem_solving", "pros_and_cons", "safety_planning", "social_support"}),
    ),
    # Birmingham: auto-transcribed CBT session five with a bus depot mechanic, with ums, false starts and gaps.
    # Labels: his record with the football, for and against 'useless dad', the fairer line, records plus a column.
    "low_dad_birmingham_transcript": LabelledSession(
        text=_session(
            "Therapist: So, um, last time we, we left it with you having a go at the, the record sheets. How "
            "did, how did that go?",
            "Client: Yeah I- I did two. Well, one and a half. The second one I sort of [inaudible] gave up on it.",
            "Therapist: One and a half is, that's more than none. Shall we, can we look at the full one?",
            "Client: Yeah. So it's, um, Tuesday. Tuesday teatime. I asked Kai if he wanted a kick about in "
            "the park, and he's like, nah, I'm going round Jordan's. And then, uh, in the box for the "
            "thought I put, he'd rather be with anyone but me. I'm a useless dad.",
            "Therapist: Right. And how much did you, how strongly did you believe that, at the time?",
            "Client: Ninety. Ninety percent. And feeling was, I put gutted. And sort of, empty. Eight out of ten.",
            "Therapist: Okay. Okay, that's, you've done that really clearly. So let's, um, let's stay with "
            "I'm a useless dad. What, what's the evidence that it's true? What makes it feel true?",
            "Client: Well he didn't want to come. And I- I've been, since the depression, I've been, I'm not "
            "much fun, am I. Lying on the settee. I missed his parents' evening in October.",
            "Therapist: Okay, so, he said no to the park, you've been low and on the settee, you missed "
            "parents' evening. Anything else?",
            "Client: No. That's, that's the main stuff.",
            "Therapist: And, um, is there anything that doesn't fit? That goes against I'm a useless dad?",
            "Client: [pause] I dunno. I, I still take him to the Villa when we've got tickets. I sorted his "
            "bike brakes last week. He, um, he asked me to help with his science thing about engines. He's "
            "thirteen, like, they all go round their mates' at thirteen, don't they.",
            "Therapist: Do they?",
            "Client: Yeah. I did. I was never in at thirteen. My mom used to say I treated the house like a "
            "hotel. [laughs]",
            "Therapist: [laughs] So, um, what, what happens to useless dad when you put all that next to it?",
            "Client: It's, it's not, it's not useless, is it. It's more like, I'm, I'm a dad who's been ill. "
            "And he's thirteen.",
            "Therapist: Could you, can you put that into a sentence? Like a, a fairer version that you could "
            "write in the last box?",
            "Client: Um. Kai going to Jordan's is what thirteen-year-olds do, it's not about me. I've been "
            "ill, but I still do stuff with him, the Villa, the bike, the engines.",
            "Therapist: That's, yeah, that's good. And, and how much do you believe useless dad now, if you "
            "rate it again?",
            "Client: Forty? Forty. And, um, the gutted is more like four.",
            "Therapist: Ninety down to forty. That's quite a shift from one, from one piece of paper.",
            "Client: Yeah. It is, isn't it. My brother-in-law said I should just, um, go the gym and snap "
            "out of it. [laughs] Thanks, Gary.",
            "Therapist: [laughs] Well. So for, for next week. Would you, could you do the sheets again, and "
            "this time have a go at the last column yourself, the fairer version, and the re-rating? Say "
            "three of them, and we'll go through them on, um, the Thursday.",
            "Client: Three, with the last column. Yeah. Yeah, I can do that.",
            "Therapist: And if you, if you get stuck on one, just bring it half done, that's still, that's "
            "still useful.",
            "Client: Half done I can definitely do. [laughs]",
        ),
        techniques=frozenset({"cognitive_restructuring", "evidence_examination", "homework", "thought_record"}),
    ),
    # Generated chat: a verbose AI assistant in long paragraphs answering a pharmacist who checks her hob for an hour.
    # Labels: the doubt-and-check loop explained, one check and leave, then steps up, kinder words. Not: band, course.
    "stove_checking_ai_assistant": LabelledSession(
        text=_session(
            "Client: I'm 41, a hospital pharmacist, and every morning I check the hob, the taps and the "
            "front door lock for about forty minutes before I can leave. I was late again today and my "
            "manager noticed. I feel pathetic. Is there anything I can actually do?",
            "Therapist: Thank you so much for sharing this with me, and I want to start by acknowledging how "
            "exhausting it must be to begin every single day with forty minutes of checking, and then to "
            "carry the worry about your manager on top of it. That is a genuinely heavy load, and it took "
            "courage to put it into words. Before I offer anything, could I ask a little more? When you "
            "check, what is the worry that drives it, what do you picture happening if you don't?",
            "Client: A fire, mostly. Or the flat flooding into the one below. I know I turned things off. I "
            "can see my hand doing it. But then I think, did I though, and I have to go back.",
            "Therapist: Thank you, that's really helpful, and it's a very common and very human experience "
            "to know something and still not feel sure of it. I'm not able to diagnose anything, and it "
            "would be really worthwhile to speak with your GP or a qualified clinician, because what you "
            "describe sounds like it could fit a pattern that responds well to specialist help. But I can "
            'gently offer the way this pattern is commonly understood. A doubt arrives ("did I really turn '
            'the hob off?"), the doubt brings a spike of anxiety, and checking brings relief. The relief is '
            "real but short-lived, and crucially it teaches the brain that the doubt was worth taking "
            "seriously, so the next doubt arrives sooner and louder. Each check also makes memory feel less "
            "certain rather than more, which is why the fifth check feels no more convincing than the first.",
            "Client: That actually makes a lot of sense. The more I check, the less sure I am. That's exactly it.",
            "Therapist: I'm really glad that resonates. I'd also like to emphasise that this loop is not a "
            "sign that you are careless, weak or pathetic. In fact, it very often shows up in careful, "
            "conscientious people, and pharmacists, with a job built around getting things exactly right, "
            "are certainly not immune. The loop simply feeds itself, and it can be changed.",
            "Client: I did a mindfulness course two years ago, and someone on a forum said to snap a rubber "
            "band on my wrist when the thought comes. Would that help?",
            "Therapist: It's completely understandable that you'd look for anything that might help, and I "
            "really appreciate you telling me what you've tried. I'd be a little cautious about the rubber "
            "band idea, as trying to punish or push away the thought tends, for many people, to make it "
            "stickier. What specialists usually work on instead is changing what happens after the doubt "
            "arrives. In practical terms, you would check the hob, the taps and the lock once, slowly and "
            "deliberately, and then leave, and let the doubt come with you without going back. The anxiety "
            "will very likely rise at first, possibly quite sharply, and the idea is to stay with it, at the "
            "bus stop or on the drive, and notice that it rises, peaks and then, usually within twenty to "
            "forty minutes, begins to fall on its own.",
            "Client: Just one check? Honestly, just reading that makes my chest tight.",
            "Therapist: That tightness is a very understandable reaction, and it's actually a sign that "
            "you're imagining the very thing the loop has been protecting you from, which in itself is a "
            "small and brave step. Because this can be very hard, it can help to build up gradually rather "
            "than all at once. For example, you might start with the taps only, on a day off when nothing "
            "depends on it; then the hob; then the front door on a workday; and later perhaps leaving "
            "without even the single check. Each step is repeated until it becomes noticeably easier before "
            "you move on to the next. I would strongly encourage doing this with the support of a therapist "
            "who can guide the pace, but I hope it gives you a sense of the direction.",
            "Client: Okay. And when I get it wrong and go back, I call myself an idiot all the way to work.",
            "Therapist: I'd like to gently pick up on that, because the way you speak to yourself matters a "
            "great deal here. You mentioned calling yourself an idiot and, earlier, pathetic. I wonder how "
            "you would speak to a junior colleague at the pharmacy who told you she was stuck in this same "
            "loop. I suspect you wouldn't call her pathetic; you might say something like, \"This is a really "
            "hard pattern, it isn't your fault, and you're doing something about it.\"",
            "Client: I'd tell her to go easy on herself. I'd probably buy her a coffee.",
            "Therapist: That's a lovely and very telling answer. It may feel strange at first, but you could "
            "try offering yourself a version of those same words when the doubt or the self-criticism shows "
            "up, perhaps even out loud in the car, and perhaps even the coffee. Being kind to yourself is "
            "not letting yourself off the hook; for most people it makes the difficult steps more possible, "
            "not less.",
            "Client: Thanks. I'll ask my GP about a referral. Maybe I'll start with the taps on Saturday.",
            "Therapist: That sounds like a thoughtful and genuinely courageous plan, and starting small with "
            "the taps on a day off is a very sensible place to begin. Please be patient with yourself, as "
            "progress with this kind of pattern is often uneven, with good days and harder days, and that is "
            "completely normal. I'd also gently remind you that if the anxiety ever feels overwhelming, or "
            "starts to affect your ability to work or look after yourself, it would be important to reach "
            "out to a healthcare professional promptly. Wishing you a calm and kind weekend.",
        ),
        techniques=frozenset({"exposure", "psychoeducation", "self_compassion"}),
    ),
    # Inverness: psychological therapies admin call booking a first appointment, consent and video link; no technique.
    # No label: admin only. Not: friend's EMDR, library CBT workbook, breathing app, sleep not asked, no task.
    "waitlist_admin_inverness_phone": LabelledSession(
        text=_session(
            "Therapist: Hello, is that Fiona Grant? It's Ewan from the psychological therapies team at New "
            "Craigs, about your referral from Dr Munro.",
            "Client: Oh, yes. Yes, that's me. Sorry, I'm just in the car, let me pull in. Right.",
            "Therapist: No bother. I'm phoning to offer you a first appointment. It would be with Dr Fraser, "
            "one of our clinical psychologists. Would you be able to take down a date?",
            "Client: Hang on, pen. Go on.",
            "Therapist: Wednesday the fourteenth at half past ten. It can be in person here or on video, "
            "whichever suits.",
            "Client: Video, I think. It's an hour and a half from Dornoch, and the A9 in January, you know yourself.",
            "Therapist: I do. Video's fine. You'll get an email with a link the day before. Is the email "
            "we've got still right? Fiona dot grant at the school's address?",
            "Client: That's me. Though maybe use my personal one, I don't want it popping up at work. It's "
            "fiona g seventy-seven at gmail.",
            "Therapist: I'll change that now. And the mobile we're on now is fine for a reminder text?",
            "Client: Yes, that's fine.",
            "Therapist: A couple of other things. The first meeting is about an hour, and it's mainly Dr "
            "Fraser getting to know what's going on and what you'd want from coming. What you say stays "
            "within the team and your GP, unless there's a worry about someone's safety, and she'll go "
            "through that with you properly on the day.",
            "Client: Right. Okay. Can I ask, is it CBT? A friend of mine had EMDR down in Glasgow and she "
            "swears by it. And I've been working through a CBT workbook from the library, and I've a "
            "breathing app I use in the staff toilets, honestly.",
            "Therapist: That's a question for Dr Fraser, she'll talk through the options with you. You're "
            "welcome to mention the workbook and the app when you meet her.",
            "Client: Okay. Sorry, I'm asking you all sorts.",
            "Therapist: Not at all. If you need to change the appointment, the number's on the letter that's "
            "going out today.",
            "Client: Okay. Will do.",
            "Therapist: That's you booked, then. Wednesday the fourteenth, half ten, video. Safe driving.",
            "Client: Thanks, Ewan. Bye now.",
        ),
        techniques=frozenset(),
    ),
    # Tangier: port staff welfare counsellor listening to a ferry ticket clerk who drives his father to dialysis.
    # No label: listening only. Not: cousin's breathing videos, his prayers, mother's herbs, sleep not asked, no task.
    "fathers_dialysis_tangier": LabelledSession(
        text=_session(
            "Therapist: Come in, Youssef. Sit. Take your time.",
            "Client: Thank you. I don't know why I'm here, really. My supervisor said come, you look tired. So.",
            "Therapist: He thinks you look tired.",
            "Client: I am tired. My father's kidneys stopped last year. Three times a week he has dialysis, "
            "at the clinic in Beni Makada. Monday, Wednesday, Friday. I take him at six, before my shift, "
            "and my brother is supposed to bring him back.",
            "Therapist: Supposed to.",
            "Client: Supposed to. Half the time he calls, I'm stuck, can you go. And I'm at the ticket "
            "window with two hundred people for the Tarifa boat. So I ask Hamid to cover, and I drive, and I "
            "come back, and the supervisor looks at me.",
            "Therapist: So you're pulled between the window and your father, all day.",
            "Client: All day. And my father, he doesn't say thank you. He says, you're late, the nurse was "
            "waiting. He was a hard man, always. He was a docker, he carried sacks on his back for thirty "
            "years.",
            "Therapist: And still hard now, even in the car.",
            "Client: Even in the car. But sometimes, when the machine is finished and he's very weak, he "
            "puts his hand on my arm. He doesn't say anything. Just the hand.",
            "Therapist: The hand on your arm.",
            "Client: Yes. That's the only time. And I think, how long will there be a hand. The doctor says "
            "maybe a transplant, maybe not, he's seventy-one.",
            "Therapist: You don't know how long.",
            "Client: No. My mother makes him herbs, some tea from the Rif, she thinks it will clean the "
            "kidneys. My cousin sends me videos on WhatsApp, breathing, calm your mind, some guy on a beach. "
            "I pray, of course. I pray more than before.",
            "Therapist: Many people around you trying to help, each in their own way.",
            "Client: Yes. And still I feel alone in the car at six in the morning. Is that strange?",
            "Therapist: Alone, even with all of them.",
            "Client: Alone. Because it's me who drives. It's always me. I'm not the eldest, but it's always me.",
            "Therapist: Always you.",
            "Client: I'm angry with my brother. And then I feel guilty, because it's our father, and you "
            "don't count with your father.",
            "Therapist: Angry, and then guilty for being angry.",
            "Client: Yes. Exactly that. I never said it to anyone. Not even my wife.",
            "Therapist: You've said it here.",
            "Client: I have. It's a bit lighter, saying it. Can I come back? Not next week, the ferry "
            "schedule changes. The week after.",
            "Therapist: Of course. The week after.",
        ),
        techniques=frozenset(),
    ),
}
