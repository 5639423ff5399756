"""Blind test set 13 for the technique detector: fourteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 75 lines of
labelled_sessions_blind9.py, printed with `head -n 75` (interface, docstring conventions, labelling rules, the
settings set 9 used and the start of its dict; the rest of that file was not opened); the lines of
labelled_sessions_blind10.py, labelled_sessions_blind11.py and labelled_sessions_blind12.py that start with four
spaces and a `#`, printed with `grep -n "^    # "` on each (only to see which settings those sets used, so as to
avoid them; nothing else of those files was opened); the LabelledSession dataclass in labelled_sessions.py, printed
with `grep -n "class LabelledSession" -A4`; each catalog technique's code, name, family and description, printed by
a python one-liner that loaded sql/technique_catalog.json and printed only those four fields (the synonyms and cue
fields were never printed and the file was never opened otherwise); and the [tool.ruff] table of pyproject.toml,
printed by a python one-liner with tomllib. One slip, minor: that one-liner printed the whole tool.ruff dict, so
the nested [tool.ruff.lint] settings (the select list and the per-file-ignores entry) came with it, which are ruff
settings but not strictly the bare [tool.ruff] table. Besides that it ran `test -e` on this module's own path and
`test -x` on .venv/bin/ruff, to confirm that no file of this name existed yet and that ruff was there (no directory
was listed). It did not open the transforms package, the tests, the README, the docs or any other benchmark, did
not grep the repository beyond the commands above, did not read /work/shared, ran no git command and ran nothing
of the product, its tests, mypy or any benchmark; the only other commands run against the project were the import
check of this module (importing it, counting sessions, turns and labels, and comparing each text and label set
with the hand-written source) and ruff check / ruff format on this file alone. The module was emitted by a
throwaway generator kept in /tmp/blind13, outside the project, from session text written there by hand; the
generator only split each turn into implicitly concatenated string pieces to keep lines short, ruff format may
then re-join pieces that fit on one line, and the import check confirmed every text is identical to the source.
The labels, set by hand in that source, were not touched by any step, and this docstring was written by hand. No
text was copied from any corpus.

The settings were chosen to be unlike sets 9 to 12 and unlike each other, and the voices vary: a Vancouver team
sports psychologist on video with a nineteen-year-old esports pro who tilted in a qualifier, typing in gamer slang;
a Dundee hospice supervisor debriefing a Scots night nurse after a young man's hard death; a Durham university
chaplain with a Chinese PhD student in non-native English who wants to leave chemistry; a Nottingham tinnitus
clinic with a retired lorry driver in East Midlands dialect; a Melbourne IVF clinic counsellor with a couple after a
third failed transfer; a Toronto gender-affirming care counsellor with a trans woman about to tell her manager; a
wellbeing worker at a Sheffield debt advice charity with a man who mentions his life insurance; a workplace
grievance mediation between two library staff in Wellington; a school psychologist in Lima with a fifteen-year-old
volleyball player who hates her legs, in Spanish-flavoured English; a befriending line volunteer's weekly call to
an 84-year-old widower in a Swansea valley; a Malmo refugee health counsellor with an Iraqi carpenter who panics in
supermarkets, through an Arabic interpreter; a Zoom session with a francophone float-plane pilot in Yellowknife,
grounded since an engine failure; an online CBT course's chat support with a warehouse picker in text-speak; and an
AI assistant answering a Marseille illustrator about unopened tax letters with bold headings and inline bullets.
Counsellors mostly use techniques in their own words without naming them; a few name them (thought records, an
experiment, a ladder, a goal with steps). Couples and mediation parties speak as 'Client: (Name)', interpreted turns
start 'Client: [interpreted from Arabic]', and the assistant's answers are single 'Therapist:' lines.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises
in it. A client merely mentioning something (a coach's fourteen-hour scrims, a chaplain's prayer on the ward, a
counselling service's waiting list, a roommate's prayers, hearing aids, ginkgo tablets, acupuncture, a doctor's
success figures, HRT, an HR inclusion policy, cans of beer, a debt consolidation firm, the Breathing Space debt
scheme, a union delegate, a detox tea, TikTok, a chapel lunch club, a daughter's Sunday calls, meals on wheels, an
imam's verse, the evil eye, hospital heart tests, a medical examiner's offer of medication, a company peer support
pilot, a course's mindfulness module, an accountant friend, a productivity video), or the counsellor merely asking
about a topic (sleep, eating, daily routine), advising against something (an all-night solo queue, ginkgo, a
consolidation firm, a laxative tea, giving a card number to a phone caller, leaving letters unopened, a 5 a.m.
routine) or using a nought-to-ten scale only to measure (tilt, tinnitus loudness), is not a label; rapport_empathy,
assessment and session_structure are never labelled. ``homework`` is labelled only when a task is explicitly agreed
for before the next meeting and is to be reviewed; plans made without such an agreement (an esports player's round
targets said to be no homework and not checked, a debrief with nothing set, an unsent letter the student need not
bring, a meeting with a manager the counsellor does not ask to hear about, a debt plan said to be no homework, a
signed mediation agreement, an activity card the client need not report back on, an AI's Friday goal with no
follow-up possible) are not homework. The befriending call, where the volunteer only listens, carries no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match
its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND13_SESSIONS: dict[str, LabelledSession] = {
    # Vancouver: team sports psychologist on video with a nineteen-year-old esports pro after a 0-2 loss.
    # Labels: tilt as arousal, caster's reframe, long out-breath, round targets. Not: 0-10, all-nighter, no homework.
    "esports_tilt_vancouver": LabelledSession(
        text=_session(
            "Therapist: Hey Kai. My camera's a bit dark on this side, can you see me okay? Your coach said last "
            "weekend's qualifier was rough.",
            "Client: yeah I see you. rough is one word for it lol. we went 0-2, I was bottom frag both maps and "
            "I kinda lost it on comms in the second half",
            "Therapist: Lost it how? Walk me through what happened, round by round if you like.",
            "Client: we threw a 4v2 retake and that was on me, I whiffed two shots on the guy behind the box. "
            "after that my hands were shaking, I was peeking way too early, flaming our duelist for not trading. "
            "full tilt. coach muted me at half",
            "Therapist: On a scale of nought to ten, how tilted were you by the end of that map?",
            "Client: ten. like an actual ten no cap. I couldnt even see the minimap anymore, just my crosshair",
            "Therapist: That last bit is worth slowing down on, because it's exactly how tilt works in the body. "
            "After a big miss your system reads the moment as a threat: adrenaline goes up, heart rate goes up, "
            "and attention narrows to a tunnel. Great for running from a bear, terrible for reading a minimap. "
            "Peeking early is part of the same thing, your body wants the threat over with. It's not a character "
            "flaw, it's arousal climbing faster than you can think.",
            "Client: huh. so the tunnel vision is literally adrenaline? I thought I was just washed. like my aim "
            "is gone and everyone on twitter is right",
            "Therapist: Let's look at that sentence, 'I'm washed.' It's a big verdict from two maps. If you were "
            "casting that match, how would you describe what was happening to you in the second half?",
            "Client: like a caster? they'd say 'Kai's had a rough retake and now he's forcing it, he needs a "
            "reset.' they wouldnt say washed. they'd say tilted",
            "Therapist: So what would be a more balanced sentence for you, one you'd actually believe on Saturday?",
            "Client: idk. maybe 'I had a bad map under pressure and my hands went, that happens, it doesnt mean "
            "my aim left'",
            "Therapist: That's a lot closer to what the VOD shows. Now, the hands. Between rounds you get about "
            "thirty seconds in buy phase. Let's try something right now: in through your nose for four, out "
            "through your mouth for six, so the out-breath is longer than the in-breath. The long out-breath is "
            "the brake pedal for your heart rate. Five of them together, I'll count.",
            "Client: ok. ... thats weird, my shoulders just dropped like two inches",
            "Therapist: For the next qualifier, let's set two targets that are about what you do, not what the "
            "scoreboard says. What could you control on every single round?",
            "Client: first info call within ten secs of the round starting. and one of those breaths in buy "
            "phase before I even open the shop",
            "Therapist: Those are concrete. And if the round's lost, the target is still hit if you did those "
            "two things. Every round: one long out-breath in buy phase, first call inside ten seconds. Deal?",
            "Client: deal. also coach wants us scrimming like fourteen hours a day and I was gonna solo queue "
            "all night after to fix my aim",
            "Therapist: I'd steer you away from the all-nighter, honestly, tired hands whiff more. And I'm not "
            "giving you homework and I won't be checking up on you; the targets are yours for the weekend. "
            "Message me after if you want to, or don't.",
            "Client: bet. thanks doc, gg",
        ),
        techniques=frozenset({"breathing_exercise", "cognitive_restructuring", "goal_setting", "psychoeducation"}),
    ),
    # Dundee: hospice staff supervisor debriefing a night nurse after a young man's hard death.
    # Labels: slices of the night, what she did, the card, own kind voice. Not: chaplain, sleep asked, none set.
    "hospice_nurse_debrief_dundee": LabelledSession(
        text=_session(
            "Therapist: Thanks for staying on after handover, Morven. We've got the wee quiet room till ten. You "
            "said on the phone it was Mr Dalgleish on Tuesday night.",
            "Client: Aye. Forty-one. Two weans. He was that sore from about half two and I couldnae get hold of "
            "the out-of-hours doctor to put the driver up. By the time the new dose was in he was agitated and "
            "his wife was shouting at me in the corridor. He died at ten past five.",
            "Therapist: That's a hard night to be carrying. What's been going round your head since?",
            "Client: That it's my fault. I should've phoned earlier. I should've seen it coming at midnight when "
            "he got restless. I keep seeing her face.",
            "Therapist: How are you sleeping?",
            "Client: No much. Lying there replaying it. The chaplain came up the ward on Wednesday and said a "
            "prayer with the night staff, which was nice, but it didnae shift it.",
            "Therapist: Can I try something on paper with you? I'll draw a circle, and we'll list everything "
            "that had a hand in how bad his pain got that night, and give each one a slice. Your bit goes in "
            "last, not first.",
            "Client: Okay. Well, the cancer was in his spine, that's the big one. Then the out-of-hours line, I "
            "was forty minutes on hold. Pharmacy hadnae sent the stronger ampoules on Monday like we asked. And "
            "the day staff said he was settled at handover.",
            "Therapist: So how big are those slices, roughly?",
            "Client: The disease, half the circle easy. The phone line and the ampoules, a quarter between them. "
            "Handover a wee bit. And me... when you look at it like that, maybe a tenth. For the midnight bit.",
            "Therapist: A tenth. And on Wednesday you had yourself as the whole circle. Tell me what you did do "
            "that night, step by step, from half two.",
            "Client: Sat with him. Mouth care, turned him, gave the breakthrough dose I had, kept ringing. Made "
            "his wife a tea and got her into the family room so she didnae have to watch the worst of it. Held "
            "his hand at the end because she'd gone out for air.",
            "Therapist: You kept ringing for forty minutes, you gave every dose you were allowed to give, you "
            "got his wife out of the room, and he didn't die alone. That's skilled nursing on a night with one "
            "nurse short. And his wife wrote to the unit yesterday to thank 'the night nurse with the red hair'.",
            "Client: (long pause) I didnae know that.",
            "Therapist: If a newly qualified nurse came to you next week with that same night, what would you "
            "say to her?",
            "Client: I'd tell her she did everything she could, and to go home and run a bath and stop battering "
            "herself.",
            "Therapist: Could you say some of that to yourself, in that same voice? And run the bath. You're "
            "allowed to look after yourself after a death like that.",
            "Client: It feels daft. But I'll try.",
            "Therapist: I'm not setting you anything to do; this is just a debrief. If the replaying hasn't "
            "eased in a fortnight, come and find me.",
        ),
        techniques=frozenset({"continuum_or_pie_chart", "self_compassion", "strengths_review"}),
    ),
    # Durham: university chaplain with a Chinese chemistry PhD student thinking of leaving.
    # Labels: life's purpose, stay v leave, never-a-burden daughter, unsent letter. Not: waiting list, prayers, no list.
    "chaplain_phd_student_durham": LabelledSession(
        text=_session(
            "Therapist: Come in, Lin. The kettle's just boiled, there's green tea if you'd like. You wrote in "
            "your email that you weren't sure a chaplain was the right person, since you're not religious.",
            "Client: Yes, sorry. The counselling service has six weeks waiting, my supervisor said maybe the "
            "chaplaincy is quicker. I am sorry to take your time.",
            "Therapist: You don't need to be religious to sit in that chair. What brings you?",
            "Client: I think I want to stop my PhD. It is third year. My reactions fail every week since "
            "January. But my parents in Chengdu, they sold my grandmother's apartment to pay my master's in "
            "London. If I quit, I cannot say it to them.",
            "Therapist: That's a great deal to hold. Before we get anywhere near deciding, can I ask what you'd "
            "want your life to be about, five years from now, if nobody else's hopes were in the room?",
            "Client: (pause) Teaching, I think. When I demonstrate in the undergraduate labs I am happy. I like "
            "the moment the first-year student sees the colour change. Also I want to be honest with my parents, "
            "not to live a secret. And to be healthy. Now I eat instant noodle at one o'clock at night in the "
            "lab.",
            "Therapist: Teaching, honesty with your family, your health. Let's hold those up against the two "
            "choices. Shall we take a sheet and write, for staying and for leaving, what each gives you and what "
            "each costs you?",
            "Client: Okay. Staying: I get the title Doctor, my parents are proud, maybe I can teach in "
            "university later. Cost: two more years like this, my health, and I am not honest, I tell them every "
            "Sunday 'all is going well'. Leaving: I can train as chemistry teacher next September, I can sleep. "
            "Cost: the money they paid, the shame, and my visa.",
            "Therapist: When you read that back, which of those weighs most against the three things you said matter?",
            "Client: The not honest. Both ways I am not honest, because already I tell them it is going well. "
            "That is the worst part. Not the chemistry.",
            "Therapist: May I tell you something I've noticed? Three times since you came in you've said sorry "
            "for taking my time. And you speak about your supervisor and your parents in the same way, as if "
            "your job is never to be a weight on anyone. I wonder if that's an old role, the good daughter who "
            "must never cost anything, and whether it's here in the room with me too.",
            "Client: (laughs a little) My mother says I was an easy baby. Never cried. Maybe yes. I am "
            "apologising to the chaplain for existing.",
            "Therapist: You're very welcome to exist in here.",
            "Client: Should I pray? My roommate is Christian, she says she prays for me every night.",
            "Therapist: If it helps you, of course. One other thing you might try, only if you want to: write "
            "the letter you'd send your parents if you were being completely honest, about the lab and about how "
            "you feel, and don't send it. You don't need to bring it to me. It's for you.",
            "Client: In Chinese or in English?",
            "Therapist: Whichever one you feel in. And I'm not giving you a list of things to do. The door's "
            "open on Thursdays if you want to keep thinking out loud.",
            "Client: Thank you. I think I will come Thursday.",
        ),
        techniques=frozenset({"insight_interpretation", "journaling", "pros_and_cons", "values_clarification"}),
    ),
    # Nottingham: hearing therapist in a tinnitus clinic with a retired lorry driver.
    # Labels: brain flags the noise, tense and let go, three-column diary, both to next visit. Not: 0-10, aids, ginkgo.
    "tinnitus_clinic_nottingham": LabelledSession(
        text=_session(
            "Therapist: Morning, Derek, take a seat. Audiology fitted your hearing aids last month, and you said "
            "on the form the ringing's still keeping you up. How's it been?",
            "Client: Ay up, duck. Aids are alright for the telly, but the whistling's still there. Worse of a "
            "night. I lie there listening to it and I think, that's it now, it'll send me barmy.",
            "Therapist: If you put the loudness on a nought to ten, most nights, what would it be?",
            "Client: Seven at night. Three, four in the day when I'm out with the dog.",
            "Therapist: That difference tells us something. Can I explain what we think goes on with tinnitus? "
            "Most people's hearing makes a bit of background noise all the time, and the brain normally filters "
            "it out as unimportant. But once it gets labelled as a threat, something's wrong, listen out, the "
            "brain turns the volume up on it, the way you'd catch your own name across a noisy cafe. The more "
            "you worry and check on it, the more it's flagged as important, and round it goes. It isn't getting "
            "louder because the damage is spreading. It's being monitored.",
            "Client: So me lying there listening for it is what's making it louder? Well I'll go to the foot of "
            "our stairs.",
            "Therapist: It's part of it, and it's very common. Quiet rooms make it stand out as well, which is "
            "why night is worst.",
            "Client: Our lass bought me some ginkgo tablets off the internet. Twenty quid. Should I keep on with them?",
            "Therapist: I wouldn't spend any more on those, there's no good evidence they help tinnitus; ask "
            "your GP if you're unsure. What I'd like to try is something for your body. Lean back in the chair. "
            "We're going to tense and let go of the muscles one group at a time. Clench your fists... hold it... "
            "and let go. Notice the difference. Now your shoulders up to your ears... hold... and drop them.",
            "Client: Ooh. Me shoulders have been up there since nineteen eighty-five.",
            "Therapist: We'll work all the way down to your feet, it takes about fifteen minutes, and I'll give "
            "you a recording of it. The other thing is a tinnitus diary, but not just how loud. Three columns: "
            "what was happening, what went through your head, and how you felt and how loud it seemed. So: 'in "
            "bed, eleven o'clock', 'it'll send me barmy', 'panicky, loudness eight'.",
            "Client: Like a logbook. I kept one of them in the cab for forty year.",
            "Therapist: Exactly like a logbook. So can we agree: the relaxation recording once a day, and the "
            "three columns whenever the ringing bothers you, from now until your next appointment in three "
            "weeks? Bring the diary in and we'll go through it together.",
            "Client: Aye, I can do that. Three weeks Tuesday. I'll bring it.",
            "Therapist: Good. Any questions before you go?",
            "Client: Just one. Will it ever go away altogether?",
            "Therapist: For some people it fades a lot; for most it stops mattering much. Let's see where you "
            "are in three weeks.",
            "Client: Right you are, me duck. Ta-ra.",
        ),
        techniques=frozenset({"homework", "psychoeducation", "relaxation_mindfulness", "thought_record"}),
    ),
    # Melbourne: IVF clinic counsellor with a couple after a third failed transfer.
    # Labels: worst/best/likely, Aunty Meena played, line without sorry, sister and peer group. Not: acupuncture.
    "fertility_couple_melbourne": LabelledSession(
        text=_session(
            "Therapist: Thanks for coming in, both of you. I know the clinic rang on Monday with the result. How "
            "are you each going?",
            "Client: (Priya) Numb. I went back to work on Tuesday and sat in the car park for an hour first.",
            "Client: (Tom) I'm alright. Well. I've been trying to be alright for her. We've started acupuncture "
            "on Thursdays, the bloke in Carlton, mostly so we've got something to do.",
            "Therapist: Priya, what's the loudest thought for you at the moment?",
            "Client: (Priya) That it's never going to happen. That we'll be the couple at every barbecue with no "
            "kids, and Tom will end up resenting me because it's my eggs.",
            "Therapist: That's a frightening picture, so let's look at it head on instead of out of the corner "
            "of your eye. If the worst did happen and you never had a child, what would your life look like, and "
            "how would you two get through it?",
            "Client: (Priya) Awful. But... we'd still have each other, I suppose. We'd travel. I'd throw myself "
            "into being an aunty. Tom wouldn't leave. He's said that.",
            "Client: (Tom) I'd never. It's not your eggs, it's our thing.",
            "Therapist: And the best case? And the most likely, going on what Dr Nguyen said about your numbers?",
            "Client: (Priya) Best, the next round works and this whole year is a story we tell. Most likely... "
            "she said one more round is reasonable, maybe thirty per cent. And if not, donor eggs are on the "
            "table. So most likely is we don't know yet, and there are still doors.",
            "Therapist: You mentioned Christmas at your aunty's is next weekend.",
            "Client: (Priya) Don't. Aunty Meena will ask in front of everyone, 'Any good news?' She does it "
            "every year.",
            "Therapist: Let's practise it now. I'll be Aunty Meena. 'Priya, beta, you're looking thin, any good "
            "news for us this year?'",
            "Client: (Priya) Um. Not yet, Aunty... sorry...",
            "Therapist: Try it without the sorry. Something short and true, then a line that closes the topic. "
            "For example, 'That's private for us, Aunty, but I want to hear about your trip.'",
            "Client: (Priya) 'That's something Tom and I keep between us, Aunty. Tell me about Fiji.' ... That "
            "felt okay, actually.",
            "Therapist: Who else knows what you're going through?",
            "Client: (Priya) Nobody. My sister thinks we just haven't started trying.",
            "Therapist: That's three rounds carried in secret. Would you think about telling your sister, even a "
            "little? And the clinic runs a peer group on the first Wednesday of the month for couples after "
            "unsuccessful cycles. You could come the first time just to listen.",
            "Client: (Tom) I'd go. I haven't got anyone to talk to about it, honestly.",
        ),
        techniques=frozenset({"assertiveness_training", "decatastrophizing", "role_play", "social_support"}),
    ),
    # Toronto: gender-affirming care counsellor with a trans woman about to come out to her manager.
    # Labels: evidence on 'everyone', what she has done, known by name, Gary played. Not: HR policy, HRT, pharmacist.
    "gender_affirming_work_toronto": LabelledSession(
        text=_session(
            "Therapist: Hi Roz, good to see you. Last time you said you wanted to use today for the work question.",
            "Client: Yeah. So. I booked a one-on-one with my manager, Gary, for the 14th. I'm going to tell him "
            "I'm transitioning and that I'll be Roz, she/her, from March. Fourteen months on HRT, it's getting "
            "hard to hide anyway. And I'm kind of spiralling about it.",
            "Therapist: What's the spiral saying?",
            "Client: That everyone on the team will think I'm a joke. That Gary will be polite in the meeting "
            "and then quietly move me off the client projects. That I'll be the punchline in the group chat.",
            "Therapist: Let's take 'everyone will think I'm a joke' and check it against what you actually know. "
            "What's happened so far when you've told people?",
            "Client: My brother was weird for about a week, then he sent me a meme about it and it was fine. My "
            "friend Dev cried and hugged me. The pharmacist at Shoppers calls me Roz and doesn't blink. Nobody "
            "has laughed at me. Not to my face, anyway.",
            "Therapist: And is there anything on the other side, evidence that the team would treat you as a joke?",
            "Client: One guy, Mark, made a gross comment about Caitlyn Jenner back in like 2017. And Gary is "
            "awkward about everything. But he went to bat for Anita when she came back from mat leave. And HR "
            "put out that inclusion policy last year.",
            "Therapist: So when you put both sides together?",
            "Client: Some people will be clumsy. Mark might be a jerk. But 'everyone' isn't what the evidence says.",
            "Therapist: Can I point out something in what you just listed? You told your brother, he was weird, "
            "and you stayed steady until he came round. You walked into that pharmacy on your own with your "
            "first prescription. You've already done this several times, and done it well.",
            "Client: Huh. When you say it like that I sound kind of brave.",
            "Therapist: Why does it matter to you to tell Gary yourself, rather than emailing HR and letting it "
            "filter down?",
            "Client: Because I don't want to hide anymore. I spent thirty-three years managing how other people "
            "felt about me. I want to be known by my actual name at the place I spend forty hours a week. And I "
            "want it to come from me, face to face, not as gossip.",
            "Therapist: Known by your name, in your own words, face to face. Let's keep that at the centre of "
            "the meeting itself. Want to run it? I'll be Gary. 'Hey, uh, you wanted to talk? Is this about the "
            "sprint review?'",
            "Client: 'No, it's... um, something personal. I wanted you to hear it from me. I'm transgender, and "
            "from March I'll be going by Roz, she/her.'",
            "Therapist: (as Gary) 'Oh. Okay. Wow. I, uh, don't really know what to say. Do I have to tell the team?'",
            "Client: 'I'd like to tell the team myself at stand-up, and I'd really appreciate you backing me up. "
            "HR has a transition guideline, I can send you the link.'",
            "Therapist: (as herself again) How was that?",
            "Client: Shaky. But I said it. He didn't fire me in my imagination, so that's something.",
        ),
        techniques=frozenset({"evidence_examination", "role_play", "strengths_review", "values_clarification"}),
    ),
    # Sheffield: wellbeing worker at a debt advice charity with a man who mentions his life insurance.
    # Labels: risk asked and card, tell Mick, bailiff options. Not: cans, consolidation, Breathing Space, no homework.
    "debt_charity_wellbeing_sheffield": LabelledSession(
        text=_session(
            "Therapist: Hiya Lee, I'm Fatima, I'm the wellbeing worker here. Jo asked me to pop in because you "
            "said summat to her about not coping. Is it alright if we have a chat while she sorts the paperwork?",
            "Client: Aye, go on. I'm not mental or owt, I'm just skint. Thirty-one grand, between the cards and "
            "the catalogue, and I'm four month behind on council tax. Bailiffs' letter come Friday.",
            "Therapist: Jo said you mentioned your life insurance. Can I ask you straight, Lee: have you been "
            "having thoughts of ending your life?",
            "Client: ... Some nights. Not that I'd do owt. But I've sat there thinking the policy'd clear the "
            "lot and our Kelly'd be sorted. Then I think of her face.",
            "Therapist: Thank you for telling me. Have you thought about how, or made any plans?",
            "Client: No. Honest. It's more like wishing I just wouldn't wake up.",
            "Therapist: Okay. I'd like us to write down a plan for those nights, so it's there when you need it. "
            "What tends to come first, before the thoughts get bad?",
            "Client: Post. Brown envelopes. And when I've had a few cans on me own after Kelly's gone up to bed.",
            "Therapist: So the warning signs are a brown envelope and drinking on your own at night. What gets "
            "you through, when it's like that?",
            "Client: Taking the dog out. Ringing our Mick, me brother-in-law, he's been through it himself.",
            "Therapist: Let's put those on the card: walk Bess, ring Mick. And if it still gets bad, Samaritans "
            "on 116 123, any time of day or night, or 999 if you're in danger. Keep this in your wallet, will "
            "you? And you said Mick's been through it. Does he know how bad things are now?",
            "Client: Not really. I've said money's tight. I've not said the rest.",
            "Therapist: Would you be willing to tell him more, and maybe ask him to come with you next time you "
            "see Jo? Someone in your corner on the money side as well as the nights.",
            "Client: He'd come. He'd bring biscuits, knowing him.",
            "Therapist: Now the bailiffs' letter, because that's the one keeping you up. What could you do about "
            "it this week? What options can you see?",
            "Client: Ignore it. Give them the fifty quid I've got. Or there's a firm keeps ringing me, says "
            "they'll consolidate the lot into one payment.",
            "Therapist: I'd stay well clear of that firm; Jo can tell you why. Other options: Jo rings the "
            "council today and asks them to pull it back from enforcement while you're in a debt plan, or you "
            "apply for Breathing Space, the scheme that pauses most interest and action for sixty days. Which "
            "looks doable?",
            "Client: Jo ringing the council today. Then the breathing space thing. I'll sign whatever she needs.",
            "Therapist: So the plan is: Jo rings the council before you leave, you sign the Breathing Space form "
            "with her, and the fifty quid stays for food. This isn't homework, Jo will ring you with what the "
            "council says.",
        ),
        techniques=frozenset({"problem_solving", "safety_planning", "social_support"}),
    ),
    # Wellington: workplace mediation between two public library staff after a grievance.
    # Labels: talking past each other via me, when/felt/would like, Saturday options. Not: union delegate, write-up.
    "library_grievance_mediation_wellington": LabelledSession(
        text=_session(
            "Therapist: Kia ora, both of you, thanks for coming. As I said on the phone, I'm not here to decide "
            "who's right, and the grievance process is paused while we try this. Jess, you raised the complaint, "
            "would you like to start?",
            "Client: (Jess) Sure. On the 3rd, in the staff room, in front of four of my team, Hemi said my "
            "roster was 'a shambles' and that he'd fix it himself. Then he changed the Saturday shifts without "
            "asking me. That's the third time this year.",
            "Client: (Hemi) Because the Saturday roster left the children's floor with one person during "
            "Storytime. Forty kids. Somebody had to fix it.",
            "Client: (Jess) (to the mediator) See, this is what he does. He won't even look at me.",
            "Therapist: Can I pause us for a moment and point out what's happening in the room right now? Jess, "
            "each time Hemi speaks, you turn to me and talk about him as 'he'. Hemi, you've been talking to the "
            "table. You're both talking past each other through me, a bit like what you've described in the "
            "staff room. What's it like to notice that?",
            "Client: (Hemi) ... Fair. I do that. Eyes down, say it, get out.",
            "Client: (Jess) I suppose I go to whoever's senior. I'd rather not face him.",
            "Therapist: Let's try speaking to each other directly, with a particular shape: 'When you..., I "
            "felt..., and what I'd like is...'. One specific event, one request. Jess, would you try it, to "
            "Hemi?",
            "Client: (Jess) When you called my roster a shambles in front of my team, I felt humiliated, and I "
            "think I lost some of their respect. What I'd like is, if you see a problem, you tell me first, "
            "privately.",
            "Therapist: Hemi, same shape, back to Jess.",
            "Client: (Hemi) When I saw the Saturday sheet had one person on Storytime, I got worried about the "
            "kids and I went in too hard. What I'd like is that the children's floor always has two on a "
            "Saturday, and that I see the roster before it goes up.",
            "Therapist: So underneath there's a real problem: Saturday cover on the children's floor, and who "
            "sees the roster when. Let's get some options up on the whiteboard, no judging them yet.",
            "Client: (Jess) I could send him a draft by Wednesday each week.",
            "Client: (Hemi) We could make two on Storytime a fixed rule in the template, so it's not personal.",
            "Client: (Jess) Or ask the casual pool for a standing Saturday person.",
            "Therapist: Which of those could you agree today, and which needs the branch manager?",
            "Client: (Hemi) The template rule and the Wednesday draft, today. The casual pool goes to Aroha.",
            "Client: (Jess) Agreed. And Hemi talks to me first, not in the staff room.",
            "Therapist: I'll write that up as your agreement for you both to sign. Whether the grievance is "
            "withdrawn is Jess's decision, with her union delegate, not mine.",
        ),
        techniques=frozenset({"assertiveness_training", "insight_interpretation", "problem_solving"}),
    ),
    # Lima: school psychologist with a fifteen-year-old volleyball player who skips PE and lunch.
    # Labels: real v filter legs, words for Luciana, Stitch notebook to Thursday. Not: detox tea, TikTok, changing room.
    "body_image_school_lima": LabelledSession(
        text=_session(
            "Therapist: Hola, Valeria, pasa, sit down. Your tutor told me you've been missing educacion fisica "
            "and not eating at lunch. You're not in trouble, I only want to understand.",
            "Client: Is not a big deal, miss. I just don't want to change in the vestuario with the other girls. "
            "My legs are horrible. And I am not hungry at lunch.",
            "Therapist: What goes through your mind when you think about changing in front of them?",
            "Client: That they are looking at my thighs. That I am the fattest of the class. All the girls on "
            "TikTok have legs like sticks. And my cousin Camila sent me a detox tea that she says works in one "
            "week.",
            "Therapist: Please don't take that tea, it's a laxative and it can make you ill. About the girls on "
            "TikTok: how many of those videos do you think use a filter, or good light, or they chose one photo "
            "out of fifty?",
            "Client: ... Most of them. Camila uses the filter that makes the face small. Even in the video from "
            "the beach.",
            "Therapist: So 'I'm the fattest in the class' is you comparing yourself with people who are edited. "
            "If you said it in a fairer way, with what you know now, how would it sound?",
            "Client: Maybe... 'I am comparing my real legs with filter legs.' And 'my legs are normal for a girl "
            "who plays volley.' I am the best at the net, actually. My legs jump.",
            "Therapist: Keep hold of that second sentence. Now let me ask you something. Your little sister, "
            "Luciana, she's eleven, no? If one day she came home crying and said 'my legs are horrible', what "
            "would you say to her?",
            "Client: I would say, 'No, tonta, your legs are perfect, they carry you everywhere, stop watching "
            "those videos.' And I would hug her and make her a sandwich.",
            "Therapist: What if you said that to yourself, in the same way? You deserve the same kindness. And "
            "the sandwich.",
            "Client: (laughs) Is weird. But okay.",
            "Therapist: I have an idea. A small notebook, only for you. Every night, write three things your "
            "body did for you that day. Not how it looked, what it did. 'Jumped for the block in volley.' "
            "'Walked to the combi.' 'Hugged my abuela.' And how you felt that day.",
            "Client: Like a diary? I have a notebook with Stitch on it that I never use.",
            "Therapist: Perfect, the Stitch notebook. Can we agree you write in it every night until our next "
            "meeting, Thursday after recreo? Bring it, and we'll read some together, only the parts you want to "
            "show me.",
            "Client: Okay, miss. Thursday. And the PE?",
            "Therapist: For now you can change in the bathroom next to the nurse's office, I'll tell the "
            "profesora. We'll talk about the vestuario another day.",
            "Client: Gracias, miss.",
        ),
        techniques=frozenset({"cognitive_restructuring", "homework", "journaling", "self_compassion"}),
    ),
    # Swansea valley: befriending line volunteer's weekly call with an 84-year-old widower.
    # No label: listening only. Not: lunch club, daughter's calls, meals on wheels, eating asked, bank scam advice.
    "befriending_call_swansea": LabelledSession(
        text=_session(
            "Therapist: Hello, Emrys? It's Sian from the befriending line. Tuesday, our usual time. Is now still "
            "alright?",
            "Client: Sian! Yes, yes, I've been sat by the phone since two, mun. Hang on, let me turn the "
            "wireless down.",
            "Therapist: No rush at all. How's your week been?",
            "Client: Quiet, isn't it. Very quiet. Nobody's knocked since the chap come about the meter on "
            "Thursday. I talk to the telly, tell you the truth. I was telling the weatherman off last night like "
            "he could hear me.",
            "Therapist: What are your days like at the moment?",
            "Client: Up at six, habit from the colliery. Porridge. Radio Cymru. I do the crossword, I get stuck "
            "on about half. Then it's a long old afternoon. Margaret used to do the talking for both of us. "
            "Forty-nine years. Now the house is that quiet you can hear the clock in the passage.",
            "Therapist: You miss her voice in the house.",
            "Client: Terrible. Three years in March. I still put two cups out some mornings, silly old fool.",
            "Therapist: Not silly at all, Emrys.",
            "Client: Our Bethan rings on a Sunday from Perth, Australia. Half eleven at night their time, bless "
            "her. And the chapel used to do a lunch club on a Wednesday, but I haven't been since my hip. It's "
            "up the hill, see.",
            "Therapist: Are you managing to eat properly, getting a hot meal in?",
            "Client: Oh aye. Meals on wheels three days, and I do a bit of cawl on a Sunday. Bethan would kill "
            "me otherwise.",
            "Client: Oh, and a man rang Monday saying he was from the bank, wanting my card number to stop some "
            "fraud. I nearly gave it him.",
            "Therapist: Please don't ever give your card number to someone who rings you, Emrys; the bank won't "
            "ask for it like that. Put the phone down and ring the number on the back of your card.",
            "Client: That's what Bethan said. I put the phone down on him in the end. Told him where to go, in "
            "Welsh. Margaret would have had him crying for his mam. Taught infants thirty years, she did, nobody "
            "got past her.",
            "Therapist: (laughs) She sounds like she had some fire.",
            "Client: Oh, she was a one. Told me my tie was a disgrace the night we met, at the Regal in "
            "sixty-one. Green with horses on. I kept it, mind. It's in the wardrobe still.",
            "Therapist: I'll need to go in a minute, Emrys. Same time next Tuesday?",
            "Client: Same time. Diolch, bach. It's nice to hear a voice.",
        ),
        techniques=frozenset(),
    ),
    # Malmo: refugee health counsellor with an Iraqi carpenter who panics in shops, via an Arabic interpreter.
    # Labels: alarm, belly breath, feet and colours, workshop and park. Not: imam's verse, evil eye, no report.
    "arabic_interpreter_panic_malmo": LabelledSession(
        text=_session(
            "Therapist: Good morning, Mr Khalid. This is Rania, who will interpret for us today. What you say "
            "stays between the three of us. Can you tell me what brings you?",
            "Client: [interpreted from Arabic] Thank you. The doctor at the health centre sent me. Three times "
            "now in the supermarket my heart starts hammering, I cannot breathe, I think I am dying. The last "
            "time the staff called an ambulance. At the hospital they did the tests and said my heart is "
            "healthy.",
            "Therapist: That sounds terrifying. When it starts, what do you notice first?",
            "Client: [interpreted from Arabic] The noise. The trolleys, the beeping at the tills. Then heat in "
            "my chest, my hands shake, I must leave the basket and go outside. In Mosul, before we left, there "
            "was a market. I was there when... (pause) I do not want to speak of that today.",
            "Therapist: We don't need to. Can I explain what we understand happens in a panic attack? Your body "
            "has an alarm for danger. After what you have lived through, that alarm has become very sensitive, "
            "so a loud noise in a shop can set it off as if the danger were real. The alarm floods you with "
            "adrenaline: the pounding heart, the fast breathing, the shaking. It feels like dying, but it is not "
            "dangerous, and it passes, usually within ten or twenty minutes. Your heart is doing what a healthy "
            "heart does when the alarm rings.",
            "Client: [interpreted from Arabic] So I am not going mad. My wife thinks it is the evil eye. The "
            "imam told me to recite Ayat al-Kursi when it comes. I do, it helps a little.",
            "Therapist: I'd like to show you something for when the alarm starts. Put one hand on your belly. "
            "Breathe in slowly through your nose so your hand rises, then breathe out slowly through your mouth, "
            "longer than the in-breath. Rania will count with us in Arabic. Let's do it together for a few "
            "minutes.",
            "Client: [interpreted from Arabic] (after some minutes) My chest is softer. Like after Friday prayer.",
            "Therapist: And one more thing for the shop. Press your feet into the floor and feel them there. "
            "Then look around and name to yourself three colours you can see and two sounds you can hear. It "
            "brings your mind back here, to Malmo, today, instead of to the market.",
            "Client: [interpreted from Arabic] Here, today. Yes. I understand.",
            "Therapist: Tell me about your days. What do you do from morning to night?",
            "Client: [interpreted from Arabic] Nothing. Swedish class two mornings. The rest I sit. In Mosul I "
            "had a workshop, twelve men, we made doors and kitchens. Here I am nobody. I sleep in the afternoon "
            "and then at night I cannot sleep.",
            "Therapist: Your hands know wood. Is there anywhere here you could use them?",
            "Client: [interpreted from Arabic] My neighbour says an association in Rosengard has a carpentry "
            "room. They repair bicycles and make furniture for new families.",
            "Therapist: Could we put that into your week, on the days without Swedish class? Which days, and "
            "what time would you go?",
            "Client: [interpreted from Arabic] Tuesday and Thursday, after I take my son to school. Nine "
            "o'clock. And Saturday I could walk with my son to the park. He asks me always, and I always say "
            "tomorrow.",
            "Therapist: Tuesday and Thursday at nine in the workshop, Saturday morning the park with your son. "
            "Let's write them on this card, in Arabic and in Swedish. It isn't a test and you don't have to "
            "report back to me; it's your week.",
            "Client: [interpreted from Arabic] Good. It is good to have somewhere to go.",
            "Therapist: We'll meet again in two weeks, same time, with Rania.",
            "Client: [interpreted from Arabic] Inshallah. Thank you, both of you.",
        ),
        techniques=frozenset(
            {"behavioral_activation", "breathing_exercise", "psychoeducation", "relaxation_mindfulness"}
        ),
    ),
    # Yellowknife: Zoom with a francophone float-plane pilot grounded since an engine failure.
    # Labels: mail run by June, photo held, dock prediction, both to the 28th. Not: medication, peer support pilot.
    "zoom_floatplane_pilot_yellowknife": LabelledSession(
        text=_session(
            "Therapist: Marie-Claude, can you hear me now? You froze for a second there.",
            "Client: Yes, yes, now it's good. The internet in Yellowknife in January, eh. Sorry, the dog is "
            "barking also.",
            "Therapist: No problem. Last time you said you wanted to be flying again by breakup, when the ice "
            "goes off the lake. Let's make that more specific today. What exactly would flying again look like?",
            "Client: Doing the Tuesday mail run again, across Great Slave. That's maybe too much. First, to sit "
            "in the left seat of the Otter with the engine running and not panic. Then a circuit with Jean-Guy, "
            "my chief pilot, beside me. Then solo circuits. Then the mail run, by the middle of June.",
            "Therapist: Let's write that down: the goal is the mail run by mid-June, and those are the steps. "
            "Now let's turn it into a ladder, from least to most frightening, with a number out of a hundred for "
            "how anxious each would make you.",
            "Client: Okay. Looking at photos of the Otter: twenty. Sitting in it on the dock, engine off: forty. "
            "Engine running: sixty. The circuit with Jean-Guy: eighty. Solo: ninety. The mail run over the water "
            "where the engine quit: one hundred.",
            "Therapist: We start at the bottom and stay with each step until the anxiety comes down by about "
            "half, without escaping, before we go up a rung. Shall we do the first one together now? Can you "
            "pull up a photo of the plane?",
            "Client: (pause) Okay. It's on my phone. There. That's the one from the day. My heart is going.",
            "Therapist: Stay with it. Keep looking. Tell me what you see, and give me your number every minute or so.",
            "Client: The float struts. The prop. Thirty-five... thirty... the dog is licking my hand, maybe that "
            "helps... twenty-five... fifteen. Huh. It came down.",
            "Therapist: It came down, and all you did was stay. Now, the dock. What do you predict will happen "
            "if you sit in the Otter on the dock this week, engine off, for twenty minutes? And how strongly do "
            "you believe it, out of a hundred?",
            "Client: I think I will have a full panic, I will have to get out after maybe two minutes, and the "
            "guys in the hangar will see me shaking. I believe it... seventy-five.",
            "Therapist: Then that's our experiment. Sit in the Otter on the dock, engine off, twenty minutes, "
            "and write down what actually happens: how long you stay, your highest number, whether anyone "
            "notices. Then we compare it with the prediction.",
            "Client: And if I do get out after two minutes?",
            "Therapist: Then that's information too, and we learn from it. So can we agree: before our next Zoom "
            "on the 28th, the photo exercise every day, the dock experiment at least twice, and your prediction "
            "sheet filled in each time? We'll go through them together at the start of that session.",
            "Client: D'accord. The 28th. I'll email you the sheet before.",
            "Client: Oh, also, the Transport Canada medical examiner said I could ask about a medication for the "
            "anxiety. And the company has a peer support pilot I could call.",
            "Therapist: Medication is a question for your medical examiner and your doctor, not for me. For now "
            "we'll stay with the ladder.",
            "Client: Okay. Merci. Ah, the dog is on the keyboard now, bye bye!",
        ),
        techniques=frozenset({"behavioral_experiment", "exposure", "goal_setting", "homework"}),
    ),
    # Online CBT course: chat support with a warehouse picker stuck on module four, in text-speak.
    # Labels: five columns, facts for and against, say alright first, all by Friday. Not: module 6, pick-rate target.
    "online_cbt_chat_support": LabelledSession(
        text=_session(
            "Therapist: Hi Jaz, I'm Owen, one of the support workers on the Steady course. I saw your comment on "
            "the Module 4 page that thought records 'make no sense'. Want to go through one together here?",
            "Client: hiya. ye pls. ive tried 3 times n i just write 'bad day' in every box lol",
            "Therapist: That's useful to know, thanks. Let's pick one specific moment from this week. When did "
            "your mood drop fastest?",
            "Client: tues. team leader walked past me at the packing bench n didnt say nothing. normally he says "
            "alright jaz",
            "Therapist: That's the Situation column: 'Tuesday, packing bench, TL walked past without saying hi.' "
            "Next column: what went through your head right then? Word for word if you can.",
            "Client: hes gonna sack me. he knows my pick rate is down. everyone can see im useless",
            "Therapist: And the Feelings column: what did you feel, and how strong, 0 to 100?",
            "Client: sick. scared 80. bit angry 30",
            "Therapist: That's exactly how the boxes are meant to look. Let's test the one that hurts most, "
            "'he's going to sack me'. What's the evidence that supports it? Just facts, things a camera would "
            "have recorded.",
            "Client: he didnt say hi. my rate was 88% last wk n target is 95",
            "Therapist: And the evidence that doesn't fit the thought?",
            "Client: erm. he had his headset on i think, prob on a call. in my review in march he said im "
            "reliable. n theyre hiring not sacking its peak. n loads of ppl r under 95 since the new scanners",
            "Therapist: So looking at both sides, what would a more balanced thought be for the last column?",
            "Client: 'he was prob on a call. my rate is a bit low but im not the only one n they need ppl rn.' "
            "scared more like 40 now",
            "Therapist: That's a full thought record, all five columns. One more idea: your prediction is that "
            "he's gone cold on you. On your next shift, say 'alright' to him first, and write down what you "
            "expect him to do and what he actually does. Before our check-in on Friday, could you do that test, "
            "plus two more thought records for moments your mood drops, and post them in this chat? I'll go "
            "through them with you on Friday.",
            "Client: ok. say alright first n 2 records by fri. can do",
            "Client: also module 6 is mindfulness n my mate says thats just sitting there doing nothing. do i "
            "have to do it",
            "Therapist: One module at a time; we'll talk about Module 6 when you get there.",
            "Client: lol fair. ty owen",
        ),
        techniques=frozenset({"behavioral_experiment", "evidence_examination", "homework", "thought_record"}),
    ),
    # AI assistant with bold headings and inline bullets: a Marseille illustrator's unopened tax letters.
    # Labels: 0-100 adult-life line, worst/best/likely, Friday goal in steps. Not: 5 a.m. video, no follow-up.
    "ai_assistant_tax_letters_marseille": LabelledSession(
        text=_session(
            "Client: can i ask you something kind of stupid",
            "Therapist: Of course, ask away. What's going on?",
            "Client: ok this is embarrassing. im 34, freelance illustrator in marseille, and i never did my tax "
            "declaration for last year. the deadline was june. there are three letters from the tax office on my "
            "shelf i havent opened. i feel like a total failure at adult life. my friend is an accountant and "
            "she says its easy but i just freeze",
            "Therapist: Thanks for telling me. **About the letters** - I'd gently advise against leaving them "
            "closed much longer; whatever is inside, it's better known than guessed. **About the 'total failure "
            "at adult life' thought** - Let's check how accurate it is. - Picture a line from 0 ('completely "
            "failing at every part of adult life') to 100 ('flawlessly on top of everything'). - Where would you "
            "put yourself on it? - Where would you put your accountant friend?",
            "Client: me like 15. my friend 90",
            "Therapist: **Let's put some facts on the line** - **Work:** how long have you run your freelance "
            "business? Do you invoice clients and pay your rent? - **Home:** are you fed, housed, is anyone "
            "depending on you doing okay? - **Your friend:** is there anything she avoids? - Then: where would "
            "someone who does all of that, but has one overdue form, honestly sit on the line?",
            "Client: 8 years freelance. i pay rent, i did a book cover for a publisher last month, my cat is "
            "very fat and happy. my friend hasnt been to a dentist in 6 years lol. ok. maybe im like 60. with a "
            "0 on taxes specifically",
            "Therapist: **60 overall, 0 on one form** - 'A 60 who is behind on one form' is a very different "
            "description from 'a total failure at adult life'. **Now the fear about the letters** - What's the "
            "worst that could realistically be inside them? - What's the best? - What's the most likely? - And "
            "if the worst were true, how would you cope with it?",
            "Client: worst: a huge fine and they take money from my bank account. best: just a reminder. most "
            "likely... a late penalty, like 10% of what i owe? and i would cope by paying in instalments i "
            "guess, you can ask for that. annoying but not the end of the world",
            "Client: also i watched a productivity youtuber who gets up at 5am and does cold showers, should i "
            "do that to get my life together",
            "Therapist: **On the 5 a.m. routine** - I wouldn't start there; you don't need a new life to send "
            "one form, and a big overhaul is easy to abandon. **One goal, small steps** - **Goal:** declaration "
            "submitted by Friday at 6 p.m. - **Step 1 (today, 10 minutes):** open the three letters and write "
            "down the amounts and dates. - **Step 2 (tomorrow):** log in to the tax website and find last year's "
            "form. - **Step 3 (Thursday):** fill it in from your invoice spreadsheet. - **Step 4 (Friday):** "
            "submit, and set up instalments if there's a penalty.",
            "Client: ok. friday. i can do 10 min today. will you remind me?",
            "Therapist: **I can't follow up** - I can't send reminders or check in later; I only see this "
            "conversation while it's open, so there's nothing here I'll be reviewing with you. - A phone alarm "
            "for Step 1 would do the job. - The plan is yours to change.",
            "Client: opening the first one now. wish me luck",
            "Therapist: Good luck. One letter at a time.",
        ),
        techniques=frozenset({"continuum_or_pie_chart", "decatastrophizing", "goal_setting"}),
    ),
}
