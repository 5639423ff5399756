"""Blind test set 17 for the technique detector: sixteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 75 lines of
labelled_sessions_blind9.py, printed with `head -n 75` (interface, docstring conventions, labelling rules, the
settings set 9 used and the start of its dict; the rest of that file was not opened); the lines of
labelled_sessions_blind10.py to labelled_sessions_blind16.py that start with four spaces and a `#`, printed with
`grep -n "^    # "` on each (only to see which settings those sets used, so as to avoid them; nothing else of sets
10 to 15 was opened); the first 75 lines of labelled_sessions_blind16.py, printed with `head -n 75` (its docstring:
what its helper read and ran, its settings and its labelling rules as far as line 75; the docstring runs past line
75, so its end and its dict were not seen beyond the comment lines); the LabelledSession dataclass in
labelled_sessions.py, printed with `grep -n "class LabelledSession" -A4`; each catalog technique's code, name,
family and description, printed by a python one-liner that loaded sql/technique_catalog.json and printed only those
four fields (the one-liner accepted either a list or a mapping at the top level but printed nothing else; synonyms,
cues and every other field were never printed and the file was never opened otherwise); and the [tool.ruff] table of
pyproject.toml, printed by a python one-liner with tomllib that printed only the table's own non-table keys
(line-length and target-version), leaving out the nested lint tables. No slip is known. Besides that it ran `date`,
made its scratch folder /tmp/s26c, and ran `test -e` on this module's own path and `test -x` on .venv/bin/ruff, to
confirm that no file of this name existed yet and that ruff was there (no directory was listed). It did not open the
transforms package, the tests, the README, the docs or any other benchmark, did not grep the repository beyond the
commands above, did not read /work/shared, used no search tool, ran no git command and ran nothing of the product,
its tests, mypy or any benchmark; the only other commands run against the project were the import check of this
module (importing it with PYTHONPATH set to /work/main, counting sessions, turns and labels, checking that every
label is one of the catalog codes printed above, copied by hand into the check, and never one of the three codes
that are not labelled, and comparing each text and label set with the hand-written source), ruff check / ruff format
on this file alone, and head, awk, sed and wc on this file alone to find over-long lines and to look at its start.
The module was emitted by a throwaway generator in /tmp/s26c, outside the project, from session text written there
by hand; before generating, a check run on that source alone counted turns, confirmed every turn opens with
'Therapist:' or 'Client:' and is plain ASCII, and measured the comment lines, two of which were then shortened by
hand (comments only). The generator only split each turn into implicitly concatenated string pieces to keep lines
short, ruff format may then re-join pieces that fit on one line (it also split one long techniques line), and the
import check confirmed every text is identical to the source. The labels, set by hand in that source before any
check, were not touched by any step, and this docstring was written by hand and wrapped with textwrap, keeping the
quoted commands whole; its first run let the wrapped docstring overrun the line length, because the quoted commands
were swapped for shorter stand-ins while wrapping, so the generator was changed to use stand-ins of equal length and
run again before any ruff or import step. After the first import check the docstring was edited by hand to add
details of the check and of these runs, and the module was regenerated, reformatted and checked again. Accents are
left out in plain ASCII (Chao, Torshavn, Jogvan, Asuncion, Benitez, Guediawaye, Dona, bendicion, Gruess, Suedbahn,
Veronica, Vansu, Vecaki). No text was copied from any corpus.

The settings were chosen to be unlike sets 9 to 16 and unlike each other, and the voices vary: a GP practice link
worker in Kirkwall, Orkney, with a widowed egg farmer who has stopped going out, in Orcadian turns of phrase; a
hospital clinical psychologist in Thimphu with a Bhutanese civil servant who must fly from Paro to Bangkok; a renal
unit psychologist at the dialysis chair in Amman with an Arabic teacher who calls himself a burden on his wife; an
executive coach by video in Frankfurt with a bank's head of treasury who cannot hand work over, a coach who names
his tools; a first intake appointment at an international university counselling service in Hanoi; a community
nurse's home visit in Torshavn, Faroe Islands, with a sheep farmer whose old dog has died; a parenting group of an
NGO in a Suva church hall, week three, four parents and a facilitator; email counselling between Asuncion and a
Mennonite dairy farmer's wife in the Paraguayan Chaco, each turn an email; a walk-and-talk on the Dakar Corniche
with a young returnee whose pirogue to the Canaries was towed back, the pie chart drawn with a stick in the sand; a
Beirut clinic psychologist with an accountant who panics in lifts since a power cut, with a ride in the clinic's
lift during the session; a community health worker in San Juan, Puerto Rico, with a grandmother whose roof is still
a tarp, in Spanish-sprinkled English; a logotherapist in Graz with a retired railway signalman whose twin brother
died; family therapy in Lahore with a nineteen-year-old medical student who wants to study journalism, and her
parents; CBT in Quito, session six, with a Spanish lecturer and her thought record; an occupational psychologist at
the Riga freeport with a crane operator two days after a near miss; and psychodynamic psychotherapy in Porto Alegre
with a samba school percussion director who comes late every week. Some counsellors speak plainly without textbook
words (Kirkwall, Amman, Dakar, San Juan); some name their techniques (exposure and a hierarchy, a cost-benefit
analysis and a SMART-like goal, a thought record, Frankl). Lengths run from ten to twenty-seven turns. Group and
family members speak as 'Client: (Name)', and a counsellor playing a part marks it '(as Jone)'.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises
in it. A technique the counsellor proposes and the client turns down is still proposed and is labelled (rehearsing
the handover with the coach playing Jana in Frankfurt, slow breathing at the dialysis chair in Amman); a technique
the counsellor only recalls from an earlier meeting and does not take up again is not (the thought record dropped in
the Asuncion emails, the muscle relaxation of session two in Quito, the parish grief group's body scan in Graz),
while one recalled and practised again in the session is (the week-one breaths in Suva). A client merely mentioning
something (a daughter's meditation app, butter lamps and an astrologer's date, a cousin's diazepam, a nurse's advice
to drink less, the transplant list, a wife's smart ring, a cousin's breathing app and a diary kept alone in Hanoi, a
brother's idea of a puppy, the priest, a grandmother's smack, a pastor's sermon, a marabout's amulet, YouTube
breathing videos and counting floors in Beirut, an agency's supply list and a novena, an aunt's talk of rishtas and
a mother's prayers, coca tea, a doctor's sleeping pills, a dream notebook kept on his own), the counsellor asking
about what the client already tried, or merely asking about a topic (sleep, eating, drinking, friends), advising
against something (a cousin's diazepam, a sister's Xanax, smacking, a long kava night) or using a scale only to
measure (mood at the Hanoi intake) is not a label; rapport_empathy, assessment and session_structure are never
labelled. A scale used inside a technique (fear ratings on the flight ladder, belief ratings around the sand pie
chart, for the fairer burden sentence, for the preference rule and for the lift prediction) is part of that
technique. A lift ride set up to test a stated prediction, and repeated as a test, is a behavioural experiment, not
exposure; a graded ladder of feared steps with ratings (Thimphu) is exposure. Grounding through the feet and naming
colours is relaxation_mindfulness. safety_planning is labelled only in Riga, where risk is asked about and a crisis
card written; the brother's number on that card is part of the safety plan, not social support. ``homework`` is
labelled only when a task is explicitly agreed for before the next meeting and is to be reviewed (Thimphu,
Frankfurt, Suva, Asuncion, Beirut, Quito); plans made without such an agreement (the Orkney week, said to be no
homework and not to be checked; the Saturday with Modou in Dakar, left to think about; the street chat in San Juan;
the Lahore meeting in two weeks with nothing set) are not homework. The intake in Hanoi and the listening visit in
Torshavn carry no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match
its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND17_SESSIONS: dict[str, LabelledSession] = {
    # Kirkwall, Orkney: GP practice link worker with a widowed egg farmer who has stopped going out.
    # Labels: lunch at the kirk hall with Morag, Tuesdays and baking planned. Not: daughter's app, sleep, not homework.
    "kirkwall_link_worker_egg_farmer": LabelledSession(
        text=_session(
            "Therapist: Come away in, Mrs Rendall. Dr Flett said you might like a blether with me. I'm not a "
            "doctor and I'm not a counsellor. I'm the link worker. I help folk find things to do and people to "
            "do them with.",
            "Client: Aye, well, Dr Flett thinks I'm turning into a hermit. She's maybe right. I've hardly been "
            "off the farm since Tam died at the back end of last year.",
            "Therapist: How long is that now?",
            "Client: Fourteen months in March. The hens keep me going, I'll say that. Two hundred birds and they "
            "don't care if you're grieving, they want fed at seven.",
            "Therapist: So the mornings have a shape to them. What about the afternoons?",
            "Client: The afternoons are long. I sit with the radio. My daughter in Aberdeen put one of those "
            "meditation things on my phone, but I can't be doing with a man telling me to notice my toes.",
            "Therapist: Fair enough. Are you sleeping, do you think?",
            "Client: Not bad. I'm tired enough by nine. It's not the nights, it's the days. I used to go to the "
            "Thursday lunch at the kirk hall with Tam. I've not been back. Everybody would look at me.",
            "Therapist: What would it be like to go back, if somebody went in the door with you?",
            "Client: That would be different. Morag next door still goes. She's asked me twice and I made excuses.",
            "Therapist: Would you let her ask a third time? Or you could ask her first, even. Ring her tonight "
            "and say you'll go this Thursday if she'll call for you on the way.",
            "Client: I could. She'd be pleased, I think. She was fond of Tam.",
            "Therapist: And the long afternoons. What did you used to do in them, before, that you liked?",
            "Client: I walked to the shop at Finstown for the paper and a news with Jean at the till. I baked "
            "for the hall. I haven't had the oven on for a year for anything but a bought pie.",
            "Therapist: Then let's put a bit of shape into the week. Tuesdays, after the hens, the walk to "
            "Finstown for the paper. Thursdays, the lunch with Morag. And one afternoon you bake something, even "
            "a tray of rock buns, and take some along to the lunch. Would that suit you?",
            "Client: Rock buns. Tam liked those. Aye, I'll try that. Will you be checking up on me?",
            "Therapist: No. This isn't homework and nobody's marking it, and I'll not be phoning you about it. "
            "There's also a befriending service, a volunteer rings once a week for a chat, if you'd like that.",
            "Client: I'll not have a stranger phoning me. Morag and the hall will do me fine.",
            "Therapist: Morag and the hall it is, then. I'll write the days on this card for your fridge.",
        ),
        techniques=frozenset({"behavioral_activation", "social_support"}),
    ),
    # Thimphu, Bhutan: hospital clinical psychologist with a civil servant who must fly from Paro to Bangkok.
    # Labels: fear curve explained, flight ladder rated, slow breathing, photos daily to Thursday. Not: lamps, diazepam.
    "thimphu_fear_of_flying_civil_servant": LabelledSession(
        text=_session(
            "Therapist: Kuzuzangpo, Mr Dorji. Last week you told me about the training course in Bangkok. Today "
            "I'd like to start the real work, if you are ready. The method is called exposure. Let me explain it "
            "first.",
            "Client: Please. My director has already booked the ticket. Drukair, the sixth of next month. I have "
            "not slept properly since he told me.",
            "Therapist: Then first, what fear does. When you think of the plane, your body gets ready to run: "
            "fast heart, wet hands, tight stomach. If you avoid, the fear drops at once, and your brain learns "
            "that the plane was dangerous. If you stay, the fear rises, stays flat at the top for a while, and "
            "then comes down on its own. Each time you stay, the top is lower. That curve is what we will use.",
            "Client: Comes down on its own? For me it only goes up until I leave the room.",
            "Therapist: Because you always leave the room before the top. Have you ever stayed?",
            "Client: Never. My nephew showed me a video of the landing at Paro on his phone, the plane turning "
            "between the mountains. I gave the phone back to him after two seconds.",
            "Therapist: That tells us where to begin. Let's build a hierarchy, a ladder from the easiest to the "
            "hardest. I'll write, and you give each step a number from zero to a hundred for how frightening it "
            "is.",
            "Client: Alright. Looking at photographs of the aircraft, twenty. Sitting in the departure hall at "
            "Paro, fifty. The landing video, seventy. Being inside when the doors close, ninety. Takeoff, "
            "ninety-five.",
            "Therapist: And listening to a recording of the engines and the captain's announcements?",
            "Client: Forty. It sounds foolish when I say it aloud.",
            "Therapist: It isn't foolish. That's exactly how a ladder looks. Before the first step I'd like to "
            "teach you one thing for your body, so you have something to do while the fear rises. Slow "
            "breathing: in through the nose for four, then a long breath out through the mouth for six. Let's do "
            "five together.",
            "Client: In... and out. Again. And again. My shoulders came down a little.",
            "Therapist: Now the first step. Here are photographs of the aircraft on my tablet. Keep looking, "
            "don't look away, and tell me your number every minute.",
            "Client: Thirty-five. My hands are wet. ... Thirty. ... Twenty-five. ... Twenty. It went down. It "
            "really went down.",
            "Therapist: That's the curve. Between today and next Thursday, I'd like you to look at the "
            "photographs once a day until your number stays under fifteen, and then move on to the engine "
            "recording. Write the starting number and the end number each time on this sheet, and bring it to me "
            "on Thursday.",
            "Client: I can do it in the evening when the children are asleep. My wife says I should also light "
            "butter lamps at the lhakhang before the flight, and the astrologer said the sixth is a good day. "
            "That made me feel a little better.",
            "Therapist: Those are yours to do as you like. The sheet comes with you on Thursday.",
            "Client: One more question. My cousin has diazepam from the doctor in Phuentsholing. Should I take "
            "some on the day?",
            "Therapist: That's a question for your own doctor, not me, and please don't take your cousin's "
            "tablets. We are aiming to get you onto the plane with the ladder.",
            "Client: Then I will climb your ladder. Twenty was not so bad.",
            "Therapist: Next Thursday, then, with the sheet.",
        ),
        techniques=frozenset({"breathing_exercise", "exposure", "homework", "psychoeducation"}),
    ),
    # Amman: renal unit psychologist at the dialysis chair with an Arabic teacher who calls himself a burden.
    # Labels: evidence on 'burden', fairer sentence, his teaching recalled, breathing offered and declined. Not: list.
    "amman_dialysis_chairside_teacher": LabelledSession(
        text=_session(
            "Therapist: Marhaba, Ustaz Khaled. May I pull my chair closer? I know the machine is noisy. How are "
            "you today?",
            "Client: Alhamdulillah, the same as always. Four hours, three times a week. Two years on the "
            "transplant list. I watch the numbers on the machine and I think about my wife carrying everything.",
            "Therapist: Last time you said, 'I have become a burden on Rania.' Is that thought here today?",
            "Client: It never leaves. She works at the pharmacy, she drives me here, she cooks without salt for "
            "me. What am I giving her?",
            "Therapist: Let's look at that thought the way a teacher marks an essay. What supports it, that you "
            "are only a burden? Give me the strongest points.",
            "Client: She drives me. She sleeps less. We cancelled the trip to Aqaba. The money for the medicines.",
            "Therapist: And what goes against it? Anything, even small.",
            "Client: Against... I still sit with our two boys every evening for their school work, Arabic and "
            "maths. Rania says she could never explain grammar like I do. And I do the bank and the bills "
            "online, she hates that.",
            "Therapist: Anything else? What did she say when you told her you feel like a burden?",
            "Client: She got angry. She said, 'Don't say that, you are my husband, not a parcel.' I thought she "
            "was only being kind.",
            "Therapist: So on one side, the driving, the cooking, the money. On the other, the boys' lessons, "
            "the accounts, and her own words. If a student wrote 'I am only a burden' with that evidence, what "
            "mark would you give him?",
            "Client: (laughs) I would write in red: the conclusion does not follow. Maybe the true sentence is, "
            "'Rania carries more now, and I still carry some things that she cannot.'",
            "Therapist: That sounds fairer to me. How much do you believe it, said that way?",
            "Client: Maybe half. More than the old one, today.",
            "Therapist: Let's remember the man who did those things, too. You taught for twenty years, and you "
            "trained the young teachers at your school in Zarqa. The boys' grammar is not a small gift.",
            "Client: True. Three of my students are teachers now. One of them phoned me at Eid.",
            "Therapist: Before I go, would you like to try a slow breathing when they take the needles out, in "
            "for four and out for six? Some patients find it helps with the cramps.",
            "Client: No, thank you. Nurse Samar already tells me to drink less and breathe more. Today I prefer "
            "to talk about my students.",
            "Therapist: Then we talk about your students. Tell me about the one who phoned.",
        ),
        techniques=frozenset(
            {"breathing_exercise", "cognitive_restructuring", "evidence_examination", "strengths_review"}
        ),
    ),
    # Frankfurt: executive coach by video with a bank's head of treasury who cannot hand work over.
    # Labels: cost-benefit of the rule, must into prefer, Q2 goal, role play refused, report to next call. Not: ring.
    "frankfurt_exec_coach_treasury_head": LabelledSession(
        text=_session(
            "Therapist: Guten Abend, Mr Weber. Third session. Last time you used the phrase 'If I want it done "
            "properly, I do it myself.' I'd like to put that sentence on the table today, literally. I'm typing "
            "it into our shared board.",
            "Client: Go ahead. It's not a phrase, though, it's a fact in my department.",
            "Therapist: Let's do a cost-benefit analysis of it, the way you'd assess a position. What are the "
            "benefits of running by that rule?",
            "Client: Fewer errors. No regulator asking why the figures changed. I sleep knowing the numbers are "
            "right. Well, I sleep four hours, but the numbers are right.",
            "Therapist: Those go in the left column. Costs?",
            "Client: Four hours of sleep. My team of six is bored, two have asked for transfers. My daughter "
            "says I read her school report on my second phone. And last Saturday I missed the Eintracht match "
            "with my son to rework a slide deck.",
            "Therapist: Anything else in costs?",
            "Client: If I'm ill, nobody can run the liquidity report. The CFO said that last month. He called me "
            "a single point of failure.",
            "Therapist: Looking at both columns like an analyst, is the rule paying its way?",
            "Client: Put like that, no. The benefits are real, but the costs are compounding.",
            "Therapist: Then let's rewrite the rule. 'I must do it myself' is absolute. What would a preference "
            "version sound like?",
            "Client: 'I prefer work to be done properly, and I can check it properly without doing it myself.'",
            "Therapist: How strongly do you believe the new version, zero to ten?",
            "Client: Six. The old one is still a ten in my stomach.",
            "Therapist: Then let's give the new rule something to do. By the end of the second quarter, what "
            "would delegating look like, in concrete terms?",
            "Client: Two of the five monthly reports produced by the team without me touching them. Only my "
            "signature at the end.",
            "Therapist: Specific, measurable, dated. Steps: which report first, who, by when?",
            "Client: The liquidity report, to Jana Kraus. She's the most careful. Her first draft in April, and "
            "I review only the final version.",
            "Therapist: One suggestion. We could rehearse the handover now: I play Jana, you hand it over, so "
            "you hear yourself say it.",
            "Client: No. I'm not doing theatre on a video call. I know how to talk to my staff.",
            "Therapist: Fine, we'll leave it. Then a task for you before our next call in three weeks: speak to "
            "Jana this week, hand over the April liquidity report, and write down each time you're tempted to "
            "redo something. We'll go through the list on the call.",
            "Client: Agreed. My wife wants me to wear her smart ring to track my sleep. I told her I'd rather "
            "track the yield curve.",
            "Therapist: Ring or no ring, I'd like the list. Three weeks, same time.",
            "Client: Three weeks. I'll have Jana's draft by then.",
        ),
        techniques=frozenset({"cognitive_restructuring", "goal_setting", "homework", "pros_and_cons", "role_play"}),
    ),
    # Hanoi: first appointment at an international university counselling service with a logistics student.
    # No label: intake only. Not: questionnaire, 0-10, sleep, eating and friends asked, cousin's app, her own diary.
    "hanoi_university_intake_logistics_student": LabelledSession(
        text=_session(
            "Therapist: Chao em, Linh. Welcome. This first meeting is mostly me asking questions, so I "
            "understand what is happening. What you say stays in this room, unless I thought you or someone else "
            "was in danger. Is that okay?",
            "Client: Yes, okay. My English is not perfect, sorry.",
            "Therapist: Your English is fine. What brought you in?",
            "Client: Since the second semester I cannot concentrate. I open the supply chain book and I read the "
            "same page three times. My parents pay a lot for this university.",
            "Therapist: How has your sleep been?",
            "Client: I sleep at two or three, and I wake at six to take the motorbike to campus. Maybe four hours.",
            "Therapist: And eating? Any alcohol?",
            "Client: Breakfast pho with my roommate, then nothing until evening. I am not hungry. No alcohol, "
            "only coffee.",
            "Therapist: Who do you spend time with, friends or family?",
            "Client: My roommate Trang, and two friends from my high school in Hai Phong. We drink coffee on "
            "Sunday by Hoan Kiem lake, but I don't tell them about this. Last year my cousin sent me an app with "
            "breathing exercises, and I wrote a diary by myself for some weeks. It did not change much.",
            "Therapist: Thank you. I'll ask you to fill in this short questionnaire, nine questions about mood. "
            "And from zero to ten, how low has your mood been this week?",
            "Client: Maybe six. (fills in the form) Done.",
            "Therapist: Thank you, Linh. I'd like to see you next Wednesday at ten, and then we'll decide "
            "together what to work on. Here is a card with the time.",
        ),
        techniques=frozenset(),
    ),
    # Torshavn, Faroe Islands: community nurse's home visit with a sheep farmer whose old dog has died; listening.
    # No label: listening only. Not: brother's puppy idea, friends at the harbour, sleep, the priest.
    "torshavn_sheep_farmer_dog_listening": LabelledSession(
        text=_session(
            "Therapist: You said on the phone it was Snati. Tell me about her, Jogvan.",
            "Client: Thirteen years. She knew the hill better than I do. Last Tuesday she lay down by the stove "
            "and she didn't get up.",
            "Therapist: Thirteen years on the hill together.",
            "Client: My brother in Odense says get a puppy, get a puppy, as if you buy a new kettle. He doesn't "
            "understand. He left for Denmark in ninety-eight.",
            "Therapist: It sounds like a puppy is not what this is about.",
            "Client: No. It's the quiet. I talk to nobody all day now. The lads at the harbour on a Saturday ask "
            "how the sheep are, and I say fine. I don't say about the dog. A grown man crying over a dog.",
            "Therapist: You're missing her, and keeping it to yourself.",
            "Client: I don't sleep so well. I wake at four and listen for her nails on the floor. Then I remember.",
            "Therapist: Four in the morning, listening for her.",
            "Client: (long pause) Yes. Thank you for letting me talk about her. The priest would tell me it is "
            "only an animal. You didn't.",
        ),
        techniques=frozenset(),
    ),
    # Suva, Fiji: NGO parenting group in a church hall, week three, toddler tantrums and the parents' own tempers.
    # Labels: why toddlers flood, week-one breaths again, checkout options, facilitator plays Jone, try to Tuesday.
    "suva_parenting_group_tantrums": LabelledSession(
        text=_session(
            "Therapist: Bula vinaka, everyone. Week three. Remember the 'stop and three breaths' we did in week "
            "one? Let's do it together now, because some of you came straight from work. Feet on the floor. "
            "Breathe in slowly through the nose... and a long breath out through the mouth. Two more, slowly.",
            "Client: (Losana) Vinaka, I needed that. The bus from Nausori was packed.",
            "Therapist: Today's topic is tantrums. Who has a story from this week?",
            "Client: (Mere) Me. My son Jone, he's two and a half. In the supermarket he wanted the lollies at "
            "the checkout, I said no, and he lay on the floor screaming. Everyone looking. I smacked him. My mum "
            "says a smack is how we all learned.",
            "Therapist: Thank you for being honest, Mere. Let me say a bit about what's going on in a "
            "two-year-old. The part of the brain that calms feelings down and waits isn't built yet. It grows "
            "slowly, right into the twenties. At two, a 'no' feels like the end of the world and his whole body "
            "floods. He isn't doing it to shame you. He can't stop himself yet, so he needs us to stay calm for "
            "both of us.",
            "Client: (Sanjay) So when my daughter throws her plate on the floor, she's not being cheeky?",
            "Therapist: A bit of testing, yes, but mostly flooding. And a smack teaches them that big people hit "
            "when they're upset, which is the opposite of what we want them to learn. Let's take Mere's "
            "supermarket as our problem for today. What exactly is the problem?",
            "Client: (Mere) The checkout. Lollies right at his eye level. Every single week.",
            "Therapist: Everyone, let's brainstorm. Any idea at all, no judging yet.",
            "Client: (Tevita) Use the self-checkout, no lollies there.",
            "Client: (Losana) Give him a job, like holding the bread.",
            "Client: (Sanjay) Tell him before you go in: we're buying bread and milk, no lollies, you can choose "
            "the banana.",
            "Client: (Mere) Go on Saturday, when my husband can take him outside.",
            "Therapist: Good list. Mere, which one would you try first?",
            "Client: (Mere) Telling him before, and giving him the bread to hold. The self-checkout is always broken.",
            "Therapist: Let's practise it. I'll be Jone in the trolley and you be you. Start in the car park.",
            "Client: (Mere) Jone, we are going in for bread and milk. No lollies today. You can hold the bread, "
            "and you choose one banana. Okay?",
            "Therapist: (as Jone) Lolly! I want lolly! Noooo!",
            "Client: (Mere) I hear you, you want a lolly. Not today. Here, hold the bread, it's a big job.",
            "Therapist: (as Jone) ...Big bread.",
            "Client: (Losana) (laughing) That's exactly how my girl does it.",
            "Therapist: Mere, how did it feel, saying it calmly?",
            "Client: (Mere) Strange. I didn't raise my voice once. In real life he'll scream for longer.",
            "Therapist: He might, and you stay calm and keep walking. So, the plan for this week: Mere, try it "
            "at the supermarket. Everyone else, pick one tantrum moment at home and try naming the feeling and "
            "offering a small job. Jot down what happened, because next Tuesday we start with how it went.",
            "Client: (Tevita) Even the dads?",
            "Therapist: Especially the dads, Tevita. And no long kava night before group, please!",
            "Client: (Tevita) (laughs) Io, io.",
        ),
        techniques=frozenset({"breathing_exercise", "homework", "problem_solving", "psychoeducation", "role_play"}),
    ),
    # Asuncion and the Chaco, Paraguay: email counselling with a Mennonite dairy farmer's wife who cannot rest.
    # Labels: Anna's letter turned to herself, rest as care, evening notes, sent and reviewed. Not: dropped record.
    "asuncion_chaco_email_dairy_farmer": LabelledSession(
        text=_session(
            "Therapist: Dear Katharina, thank you for your email on Sunday. I read it twice. You wrote that you "
            "sat down for twenty minutes after the milking and felt 'like a thief'. In my last email I suggested "
            "the thought record sheet, and you told me it felt like school and you never opened it. That's fine, "
            "I'm dropping it, we don't need it. I'd like to try something different. Think of your younger "
            "sister Anna, who has four children in Filadelfia. If she wrote to you that she sat down for twenty "
            "minutes and felt like a thief, what would you write back to her?",
            "Client: Dear Mrs Benitez, this was a strange question, but I tried it at the kitchen table. I would "
            "write to Anna: 'You get up at half past four. You milk forty cows and you feed six people. Sitting "
            "twenty minutes is not stealing, it is how you keep going.' I would tell her God gave the Sabbath "
            "for a reason. Then I read it back and I thought, why is it true for Anna and not for me? Our pastor "
            "said last Sunday that idle hands are the devil's workshop. I think I only heard that part.",
            "Therapist: Dear Katharina, that is exactly the question. You wrote to Anna with warmth and to "
            "yourself with a whip. I'd like you to practise speaking to yourself the way you spoke to her, "
            "especially at the moments you feel like a thief. Resting is part of looking after the farm, because "
            "you are part of the farm. Could you try a short note each evening this week, just a few lines: one "
            "moment you rested, how you felt, and what the Anna-voice would say about it? Please send me the "
            "notes with your email next Sunday and we'll look at them together.",
            "Client: Dear Mrs Benitez, yes, I will do it. I have a small notebook from the cooperative, I will "
            "use that. You asked last time how I sleep. I sleep well, I am too tired not to. It is the "
            "afternoons when the guilt comes, when the heat is worst, forty degrees, and everyone rests but me.",
            "Therapist: Dear Katharina, thank you. Then the afternoons are where to watch. Send the notes on "
            "Sunday; I look forward to reading them.",
            "Client: Dear Mrs Benitez, here are my notes. Monday: sat with mate at two, felt lazy. Anna-voice: "
            "'the cows will still be there at three.' Tuesday: no rest, the separator broke. Wednesday: lay down "
            "twenty minutes, felt guilty, then less guilty. Anna-voice: 'you earned this before sunrise.' "
            "Thursday: rested and read a letter from my cousin in Manitoba, felt happy. Friday and Saturday: "
            "market in Loma Plata, no rest at all.",
            "Therapist: Dear Katharina, thank you for sending these. What do you notice when you read them back?",
            "Client: Dear Mrs Benitez, that the guilt was worst on Monday and smaller by Wednesday. And that I "
            "wrote 'felt happy' and did not cross it out.",
            "Therapist: Dear Katharina, let's keep the evening notes going for another week and send them again "
            "next Sunday. This time add one line about something you did for yourself, not for the farm.",
            "Client: Dear Mrs Benitez, yes. My husband Peter saw the notebook and asked if I am writing a book. "
            "I told him, only a small one.",
        ),
        techniques=frozenset({"homework", "journaling", "self_compassion"}),
    ),
    # Dakar: walk-and-talk on the Corniche with a young returnee whose pirogue to the Canaries was towed back.
    # Labels: pie of the failed crossing drawn in the sand and re-rated, fairer sentence, Modou and the returnees.
    "dakar_corniche_walk_returnee": LabelledSession(
        text=_session(
            "Therapist: We walk as far as the Mosque of the Divinity and back, okay, Ousmane? You said walking "
            "is easier than a chair.",
            "Client: Yes. In an office I feel like I am at the police. Here I can breathe, there is the wind.",
            "Therapist: Last week you said, 'I failed everyone.' Your mother, your uncles who put in money. Is "
            "it still in your head today?",
            "Client: Every day. The whole of Guediawaye knows the pirogue came back. They collected four hundred "
            "thousand francs for me. My mother sold her gold.",
            "Therapist: How much do you believe it's all your fault, from zero to a hundred?",
            "Client: A hundred. Ninety-five. I chose to go.",
            "Therapist: Let's stop here on the sand. I'll draw a circle with this stick, and we'll cut it into "
            "slices, one for every reason the crossing failed. Tell me all the reasons, not only you.",
            "Client: The captain. He was not a real captain, he was a fisherman's boy of twenty. The engine, it "
            "broke on the third day. The storm off Mauritania. The coast guard that towed us back. The man in "
            "Thiaroye who took everyone's money and promised a big boat.",
            "Therapist: And your part?",
            "Client: I paid. I got in.",
            "Therapist: So, the slices. How big is the man in Thiaroye's?",
            "Client: Big. Thirty. The engine and the captain, twenty-five. The storm, twenty. The coast guard, "
            "ten. Me... fifteen.",
            "Therapist: Look at the circle. Now, 'it's all my fault', how much do you believe it?",
            "Client: (long pause) Forty. It's strange. It was a hundred when we started walking.",
            "Therapist: If you put it in a sentence that fits this circle, what would you say instead of 'I "
            "failed everyone'?",
            "Client: 'I took a risk that many boys in Guediawaye took, and it went wrong mostly for reasons "
            "outside me. I am alive, and I can still work for my mother.'",
            "Therapist: Who could hear that sentence? You've been hiding at home for a month.",
            "Client: My cousin Modou. He came back from Libya two years ago, he never judges. And there is an "
            "association of returnees in Thiaroye, they meet on Saturdays. I never went, I was ashamed.",
            "Therapist: Would you go with Modou this Saturday?",
            "Client: Maybe. My aunt brought me an amulet from the marabout so that I sleep, and I sleep, but at "
            "the association they would understand without any amulet.",
            "Therapist: Let's walk back. Think about Saturday.",
        ),
        techniques=frozenset({"cognitive_restructuring", "continuum_or_pie_chart", "social_support"}),
    ),
    # Beirut: clinic psychologist with an accountant who panics in lifts since one stopped in a power cut.
    # Labels: panic circle and lift air explained, one-floor ride tests her prediction, three rides written to Thursday.
    "beirut_lift_panic_accountant": LabelledSession(
        text=_session(
            "Therapist: Ahlan, Rima. Last time you told me about the lift at your office in Achrafieh stopping "
            "between the fourth and fifth floors. Today I'd like to understand what happens in the lift for you, "
            "and then maybe test something.",
            "Client: Okay. Since that day I climb eleven floors to the office. I arrive in a sweat, my boss "
            "jokes I am training for the marathon.",
            "Therapist: When you imagine the lift doors closing, what's the thought in your mind?",
            "Client: That the air will finish. That I will suffocate in the box and nobody will come, because "
            "when the generator switches over, who knows.",
            "Therapist: What have you tried so far, by yourself?",
            "Client: Breathing videos on YouTube. Counting the floors. Once I took my sister's Xanax before a "
            "meeting on the ninth floor.",
            "Therapist: Please don't borrow her Xanax again; that's one for your own doctor. Let me explain a "
            "little of how panic works. The thought 'the air will finish' makes the body release adrenaline. "
            "Your heart races and you breathe fast and shallow, and fast breathing itself makes you feel you "
            "can't get enough air. You read that feeling as proof that the air is finishing, and that makes more "
            "fear. It's a circle. And about the air itself: a lift is not airtight. There are gaps around the "
            "doors and vents in the ceiling. A stuck lift with one person in it has air for days, not minutes.",
            "Client: Days? Really? I was sure it was like a fridge.",
            "Therapist: Really. But I don't want you to take my word for it. I'd like us to test your "
            "prediction. Our building has a lift. If you go in with me, one floor, what exactly do you predict "
            "will happen?",
            "Client: I will not get enough air. I will have to force the doors. Ninety per cent sure.",
            "Therapist: Ninety per cent that you won't get enough air in one floor. Let's go and see. I'll be "
            "with you.",
            "Client: (in the corridor) My legs are jelly. Okay. Press it.",
            "Therapist: We're in. The doors are closing. Tell me what you notice.",
            "Client: Heart fast... I'm breathing. It's... we've stopped. Ground floor. Already?",
            "Therapist: Did your prediction come true?",
            "Client: No. I was breathing the whole time. My heart was crazy, but the air was there.",
            "Therapist: How much do you believe now that the air will finish in one floor?",
            "Client: Thirty. Maybe twenty.",
            "Therapist: Then here's what I'd like before Thursday: three rides in your office lift, one floor "
            "each. Before each one, write your prediction and how sure you are. After, write what actually "
            "happened. Bring the paper on Thursday and we'll look at it together.",
            "Client: One floor, three times. And if the power cuts while I'm inside?",
            "Therapist: Write that prediction down too, and we'll test it another week.",
        ),
        techniques=frozenset({"behavioral_experiment", "homework", "psychoeducation"}),
    ),
    # San Juan, Puerto Rico: community health worker at a clinic with a grandmother whose roof is still a tarp.
    # Labels: worst, best, likely season and coping, la sargento after Maria, Wanda, Luis and the street chat.
    "san_juan_blue_tarp_grandmother": LabelledSession(
        text=_session(
            "Therapist: Dona Carmen, bendicion. Sit, sit. You said in the waiting room that June is coming and "
            "you can't stop thinking about it.",
            "Client: Ay, mija. Hurricane season. Seven years and my roof is still the blue tarp. Every time the "
            "wind blows at night I think, this is it, this year everything goes.",
            "Therapist: When you say everything goes, what's the worst picture in your head?",
            "Client: The tarp rips, the rain comes in, I lose my bed and my photos of Papo, and I'm alone with "
            "no light for months, like after Maria.",
            "Therapist: That's the worst. And the best that could happen this season?",
            "Client: The best? No hurricane at all. A few storms, the tarp holds, and maybe the roof money from "
            "the programa finally comes.",
            "Therapist: And the most likely, if you look back at the last six years?",
            "Client: Most likely... some storms, a few days without light, the tarp leaks in the kitchen like "
            "every year and I put out the buckets.",
            "Therapist: And if the worst did happen, how would you manage?",
            "Client: I would go to my daughter in Caguas. The photos I can put in the plastic box with my "
            "papers, upstairs at my neighbour Wanda's, her house is concrete. I would survive. I survived Maria.",
            "Therapist: Tell me about surviving Maria. What did you do in those months?",
            "Client: No light for five months on my street. I cooked every night on the gas stove for the whole "
            "block, rice and beans, bacalao when there was. I kept the old people's medicines in a notebook. The "
            "young ones called me la sargento.",
            "Therapist: La sargento. You fed a whole street for five months and kept everybody's medicines "
            "straight. That's the woman who'd be facing the next storm.",
            "Client: (laughs) I forgot that. I was proud of it.",
            "Therapist: Who do you have around you now, for this season?",
            "Client: Wanda next door, and my compadre Luis, who fixes everything. There's a WhatsApp for the "
            "street, but I never write in it.",
            "Therapist: What if you wrote in it that you're worried about the tarp? Luis and the street could "
            "help you tie it down properly before June.",
            "Client: Maybe I will. The lady from the agency gave me a list of supplies, water, batteries. And I "
            "pray a novena in May. The sleep is bad when it's windy, but the rest of the time it's okay.",
        ),
        techniques=frozenset({"decatastrophizing", "social_support", "strengths_review"}),
    ),
    # Graz: logotherapist with a retired railway signalman of seventy-three whose twin brother died in the autumn.
    # Labels: what life still asks of him, keeping the line open. Not: parish group's body scan last year, viaduct.
    "graz_logotherapy_signalman_twin": LabelledSession(
        text=_session(
            "Therapist: Gruess Gott, Herr Pichler. Last time you said, 'I'm only half a person now.' I've been "
            "thinking about that sentence.",
            "Client: It's true. Seventy-three years of Ferdl. We were born eleven minutes apart, and we worked "
            "the same signal box at Bruck an der Mur for thirty years. Now I don't know what I'm for.",
            "Therapist: Viktor Frankl, who worked not far from here in Vienna, turned that question around. He "
            "said we shouldn't ask what we can still expect from life, but what life still expects from us. May "
            "I ask you that? What is life still asking of Gottfried Pichler?",
            "Client: (pause) That's a hard question for a signalman. Nobody asks us anything. We pull the levers.",
            "Therapist: Take your time. Who or what would be missing something, if you weren't there?",
            "Client: My grandson Lukas. He's twelve. Ferdl and I were building a model railway with him in the "
            "cellar, the old Suedbahn line over the Semmering. It's half finished.",
            "Therapist: Half finished.",
            "Client: Yes. And the allotment, Ferdl's tomatoes. Someone has to water them, his wife can't with her hip.",
            "Therapist: So there's a railway to finish with Lukas, and a garden that needs watering. What "
            "matters to you about them, if you had to say it in a few words?",
            "Client: Carrying on. Passing it on. Ferdl would say 'keeping the line open'. That's what a "
            "signalman does.",
            "Therapist: Keeping the line open. When your wife died, you told me, you went to the grief group at "
            "the parish, and they did those body-scan exercises.",
            "Client: Yes, lying on the floor listening to a CD. Not for me. I don't want that again.",
            "Therapist: We won't do that. I'm more interested in 'keeping the line open'. Does it answer the "
            "question, what life is asking of you?",
            "Client: A little. Maybe more than a little. Lukas comes on Saturday. I'll show him where the "
            "viaduct goes.",
        ),
        techniques=frozenset({"values_clarification"}),
    ),
    # Lahore: family therapist with a nineteen-year-old MBBS student who wants to study journalism, and her parents.
    # Labels: her wish said plainly without 'sorry', finishing first year weighed for and against. Not: rishtas, prayer.
    "lahore_family_therapy_mbbs_to_journalism": LabelledSession(
        text=_session(
            "Therapist: Assalam-o-alaikum. Thank you all for coming. Dr Qureshi, Mrs Qureshi, Ayesha. Last time "
            "everyone spoke about Ayesha's studies, but Ayesha mostly looked at the floor. Today I'd like to "
            "hear her say, in her own words, what she wants. Ayesha, would you start?",
            "Client: (Ayesha) Sorry. I'm sorry, Abbu. I know you worked so hard. I just, maybe, I don't know, "
            "maybe medicine is not...",
            "Therapist: Let me stop you, gently. You've said sorry twice and maybe twice before the real "
            "sentence. Try it again, short and clear: what you want, why, and what you're asking your parents "
            "for. No apology at the start.",
            "Client: (Ayesha) I want to study journalism. I've written for the college magazine for two years, "
            "and when I write I feel alive. In the anatomy lab I feel nothing. I'm asking you to let me apply to "
            "the mass communication programme for next year.",
            "Therapist: How did that feel to say?",
            "Client: (Ayesha) Scary. But it's the first time I've said the whole thing.",
            "Client: (Father) She has never said it like that. Always maybe, maybe.",
            "Therapist: Dr Sahib, what did you hear?",
            "Client: (Father) I heard she is serious. I don't like it. My father was a compounder, I became a "
            "doctor. Journalists in this country get threatened, and the salary is nothing.",
            "Therapist: Those are real worries. Let's not decide yes or no today. There's one concrete question "
            "on the table: should Ayesha finish her first year of MBBS this June before any change? Let's write "
            "the advantages and the disadvantages, and all three of you contribute.",
            "Client: (Mother) Advantage: if she finishes the year, she has the option to come back. And the fees "
            "are already paid.",
            "Client: (Father) Advantage: she will be certain. People change their minds at nineteen.",
            "Client: (Ayesha) Disadvantage: five more months of something I hate, my marks will be bad, and the "
            "journalism admissions close in July.",
            "Client: (Mother) Disadvantage: she is already losing weight. And she cries at night.",
            "Therapist: Anything else, on either side?",
            "Client: (Father) Disadvantage... my sister keeps talking about rishtas, that a doctor daughter gets "
            "better proposals. I don't care about that, but she keeps saying it.",
            "Therapist: That's your sister's point, then, not yours. Look at the whole list. What stands out?",
            "Client: (Father) The fees are paid, but the July deadline... She could finish the year and still apply.",
            "Client: (Ayesha) Abbu, that's fair. I can do both if I know I'm allowed to apply.",
            "Client: (Mother) I pray for her every night. Let's see.",
            "Therapist: That's a good place to stop for today. We meet again in two weeks.",
        ),
        techniques=frozenset({"assertiveness_training", "pros_and_cons"}),
    ),
    # Quito: CBT, session six, with a university Spanish lecturer sure her students find her boring.
    # Labels: her record read, evidence for and against 'boring', full records to next Tuesday. Not: relaxation, tea.
    "quito_thought_record_spanish_lecturer": LabelledSession(
        text=_session(
            "Therapist: Buenos dias, Veronica. Did you bring the thought record?",
            "Client: Here. I did three. The worst was Wednesday.",
            "Therapist: Let's read Wednesday's across the columns. The situation?",
            "Client: Situation: second-year grammar class, eight in the morning, one student yawned and two were "
            "on their phones. Thought: 'They find me boring. I'm a boring teacher, the ratings prove it.' "
            "Feelings: shame, eighty. Sadness, sixty.",
            "Therapist: That's the hot thought. Last week we left the next columns empty. Let's fill them now. "
            "What's the evidence that supports 'I'm a boring teacher'?",
            "Client: The yawn. The phones. The ratings: three point one out of five in the student evaluations, "
            "when the department average is three point eight.",
            "Therapist: And the evidence that doesn't fit it?",
            "Client: Hmm. It was eight in the morning, they yawn in everyone's class, my colleague Patricio says "
            "they sleep in his. One of the phones, she was checking a word in the dictionary, I saw it. And in "
            "the evaluations two students wrote that my examples were funny. One wrote 'strict but clear'.",
            "Therapist: Anything from outside the classroom?",
            "Client: Three students asked me to supervise their theses this year. That's more than last year.",
            "Therapist: So what happens to 'they find me boring' when you look at both columns?",
            "Client: It looks less proven. The ratings are low, that's true. But a yawn is not proof.",
            "Therapist: For this week, I'd like you to keep the record going, and this time fill every column, "
            "the evidence for and the evidence against, each time a thought like that comes. Two or three is "
            "plenty. Bring them next Tuesday and we'll go through them.",
            "Client: Okay. You know, in our second session you did the relaxation with the muscles and I told "
            "you it didn't suit me. I'm glad we are not doing that again.",
            "Therapist: We're not. The record suits you better. How are you sleeping, with the early classes?",
            "Client: Badly, but that's Quito, the altitude. I drink coca tea at night, my mother swears by it.",
            "Therapist: Then next Tuesday, with the records.",
        ),
        techniques=frozenset({"evidence_examination", "homework", "thought_record"}),
    ),
    # Riga freeport: occupational psychologist with a crane operator two days after a container nearly hit a docker.
    # Labels: shock explained, risk asked and crisis card, feet and container colours. Not: leave, beer, pills.
    "riga_freeport_crane_operator_near_miss": LabelledSession(
        text=_session(
            "Therapist: Labdien, Mr Ozols. Thank you for coming up to the office. The foreman told me what "
            "happened on Tuesday. How are you?",
            "Client: I don't know. I keep seeing it. The forty-foot box swinging and Janis underneath, half a "
            "metre away. I didn't see him. I should have seen him.",
            "Therapist: What's been happening in your body since? Are you drinking more than usual?",
            "Client: I shake when I close my eyes. I can't eat. My heart jumps when a truck brakes. Thirty years "
            "in the cab and I never had this. Beer, no, two in the evening, the same as always. My doctor "
            "offered me sleeping pills, I haven't taken them.",
            "Therapist: What you're describing is what the body does after a big shock: the pictures replaying, "
            "the jumpiness, no appetite, the shaking. It's the alarm system still switched on after the danger "
            "has passed. It's very common after near misses, and for most people it settles over a few weeks.",
            "Client: So I'm not going crazy.",
            "Therapist: No. Let me ask you something I ask everyone after something like this. Have you had any "
            "thoughts of ending your life, or that people would be better off without you?",
            "Client: (pause) On Tuesday night, driving home over the Vansu bridge, I thought, if I turn the "
            "wheel, it's done. Only a second. Not since then. I have two daughters.",
            "Therapist: Thank you for telling me. I'd like us to write a plan together on this card, for if that "
            "thought comes back. What are the first signs you'd notice?",
            "Client: Not sleeping. Sitting in the car outside and not going into the house.",
            "Therapist: What could you do yourself, at that point?",
            "Client: Walk the dog on the beach at Vecaki. Call my brother Andris.",
            "Therapist: I'll write Andris's number here. And if that isn't enough, the crisis line number, and "
            "112 if you are in danger. Keep it in your wallet. And will you agree not to drive if you feel the "
            "way you did on Tuesday night?",
            "Client: I'll ask my wife to drive. Okay. The card is in my wallet.",
            "Therapist: One more thing, for the shaking. Put both feet flat on the floor and press them down. "
            "Now look out of the window and tell me, slowly, the colours of the containers you can see.",
            "Client: Blue, Maersk. Green... red, red, grey, orange. (breathes out) The shaking is less.",
            "Therapist: You can do that in the cab or anywhere. The foreman offered you leave; that's between "
            "you and him. I'll see you on Friday.",
            "Client: Friday. I'll bring my wife if she can come.",
        ),
        techniques=frozenset({"psychoeducation", "relaxation_mindfulness", "safety_planning"}),
    ),
    # Porto Alegre: psychodynamic psychotherapy with a samba school percussion director who arrives late every week.
    # Labels: lateness read as keeping others on the steps, here and now. Not: churrasco, his own dream notebook.
    "porto_alegre_psychodynamic_late_percussionist": LabelledSession(
        text=_session(
            "Therapist: (twenty minutes after the hour) Boa tarde, Rodrigo.",
            "Client: Desculpa. The traffic on Ipiranga, you know how it is. And we had a meeting that ran over, "
            "the carnival director wants the bateria ready by February.",
            "Therapist: This is the fifth week in a row that you've arrived twenty minutes late.",
            "Client: Is it? It's Porto Alegre, everybody's late. My friends and I had a churrasco on Sunday, it "
            "was meant to start at noon and the picanha went on at three.",
            "Therapist: I notice you tell me about the churrasco and the traffic, and it's harder to stay with "
            "the fact that I was sitting here waiting for you.",
            "Client: (pause) You're paid either way.",
            "Therapist: I am. And still, something happens between us at the start of every session. A few weeks "
            "ago you told me about Saturdays as a boy, waiting on the steps for your father to take you to the "
            "Gre-Nal, and he came at half-time, or not at all.",
            "Client: That's different. That was my father.",
            "Therapist: Maybe. But now it's you who arrives late, and someone else who waits. I wonder whether "
            "being the one who keeps others waiting feels safer than being the boy on the steps.",
            "Client: (long silence) In the bateria I'm always the last one in, too. They can't start without me. "
            "I like that, honestly. Nobody can leave me standing if I arrive last.",
            "Therapist: Nobody can leave you on the steps.",
            "Client: ... I keep a notebook of my dreams, I started it myself in the winter. Last night I dreamed "
            "I was playing the surdo on an empty avenue and nobody came. I hadn't connected it.",
            "Therapist: An empty avenue, and you there with the drum. Shall we stay with that?",
            "Client: Yes. I'd like to stay with it.",
        ),
        techniques=frozenset({"insight_interpretation"}),
    ),
}
