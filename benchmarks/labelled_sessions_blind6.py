"""Blind test set 6 for the technique detector: fourteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 60 lines of
labelled_sessions_blind5.py (interface, docstring conventions and labelling rules, plus the opening of its first
entry), and no other labelled_sessions_blind*.py file; the LabelledSession dataclass in labelled_sessions.py, shown
by a grep with a few lines of context (which also showed the opening lines of the first LABELLED_SESSIONS entry); the
catalog's code, name, family and description fields, printed by a one-line command (the catalog file itself was never
opened, so its synonyms and cue fields stayed unseen, and the labels were checked against that printed list by eye);
and the [tool.ruff] section of pyproject.toml (the range printed also showed the per-file-ignores lines). It did not
open transforms/, tests/, README.md, docs/ or any other benchmark, did not grep the repository, did not read
/work/shared, searched no corpus, and ran nothing of the product, its tests, mypy or any benchmark. The only
commands run in the repository were the import check, ruff check and ruff format on this file, and a check that
this file matches the helper's own draft; one ``git status`` was invoked by mistake, with its output discarded unseen.

The sessions use settings and voices chosen to differ from earlier sets: a long-haul lorry driver on a counselling
app in his cab, an eating-disorder outpatient teenager with her mother present, an adult who stammers preparing for
an interview, a widowed retiree cooking from his late wife's recipe cards (the listening-only session), a ward nurse
after a patient's death, ME/CFS pacing, a grandmother with panic attacks seen through a Mandarin interpreter, a
text-based peer-support exchange with emoji, a clipped session with a new father, a PhD student with imposter
feelings, a horticultural therapy group at an allotment, a session in Indian English about marriage pressure, a
terse solution-focused session before a return to work, and a verbose LLM-style counsellor. Counsellors mostly use
techniques in their own words without naming them (the LLM-style counsellor names one, as such a voice would). When
more than one person speaks for the client side (the mother, the group members), each Client line starts with the
speaker's name in brackets; the interpreted session marks the client's lines "(via the interpreter)", and the peer
supporter writes on the Therapist lines.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or
practises in it. A client merely mentioning something (a meditation app, a speech therapist's breathing, a lunch
club, a mood diary, a gratitude journal, a cousin's pros-and-cons list, a mother's advice to breathe deeply), or
the counsellor merely asking about a topic (sleep, eating) or advising against something (pushing through at a gym,
weighing at home, a retreat or a journal for now), is not a label; rapport_empathy, assessment and session_structure
are never labelled. ``homework`` is labelled only when a task is explicitly agreed for before the next meeting;
plans made in a session without such an agreement (a lunch target, a bus ladder, a garden rota, diary entries for
football) are labelled for what they are and not as homework. Several sessions contain such decoys on purpose. The
listening-only session carries no label.

The labels were fixed from the text as written, before the detector was run on these sessions, and must not be
edited to match its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND6_SESSIONS: dict[str, LabelledSession] = {
    # Long-haul lorry driver on a counselling app, parked up at a motorway services: paced belly breathing practised in
    # the cab, the noise and parking at night worked through as a problem (options listed, one chosen and planned),
    # ringing his daughter and lining up breaks with a mate from the depot, and breathing with before/after ratings
    # agreed for before next Thursday's call. The meditation app his wife installed is a client mention only.
    "blind6/trucker_phone_app.txt": LabelledSession(
        _session(
            "Therapist: Can you hear me all right? You said you'd be parked up by eight.",
            "Client: Yeah, I'm in the cab at a services outside Carlisle. Engine's off. Got about forty minutes "
            "before I have to get my head down, legally speaking.",
            "Therapist: Forty minutes works. How's the week been on the road?",
            "Client: Long. Four nights out. I'm not sleeping, that's the main thing. I get in the bunk and my head's "
            "going, and the fridge units on the trailers either side hum all night. Then I'm wound up by the time I'm "
            "on the M6 and I'm shouting at car drivers who can't hear me.",
            "Therapist: So the nights are bad, and the bad nights spill into the days behind the wheel.",
            "Client: Pretty much. The wife put one of them meditation apps on my phone. Never opened it. Not really "
            "me, whale noises and that.",
            "Therapist: Fair enough, no whales. When you lie down and your head's going, what's happening in your "
            "body?",
            "Client: Chest's tight. Breathing's all up here. Heart thumping like I've had four coffees, which to be "
            "fair I probably have.",
            "Therapist: Would you try something with me now, while you're sat there? Nothing clever. Put one hand on "
            "your belly, just above your belt. Breathe in through your nose for a count of four and let your belly "
            "push your hand out, not your chest. Then out through your mouth, slow, for a count of six, like you're "
            "blowing on a brew to cool it.",
            "Client: Right. In... and out. Feels daft.",
            "Therapist: Daft's allowed. Let's do four more at that pace and I'll count for you. In, two, three, four. "
            "Out, two, three, four, five, six.",
            "Client: Okay. On that last one my shoulders came down a bit.",
            "Therapist: Good, keep that pace for a couple more on your own... Now, the noise and the parking. Can we "
            "take that as a problem in its own right? What exactly goes wrong?",
            "Client: I get in late, all the quiet spots are gone, so I end up between two fridge trailers. And I've "
            "no blackout for the windscreen, so the floodlights are on me all night.",
            "Therapist: Let's throw out every option you can think of, good or bad, and not judge them yet.",
            "Client: Earplugs. Park up earlier, but then I lose hours. Use the truck stop at Tebay, it's quieter. Get "
            "one of them magnetic screen covers. Sleep in a lay-by, but that's asking for trouble with a full load.",
            "Therapist: That's five. Which looks most doable and least costly?",
            "Client: Screen cover's thirty quid and earplugs are pennies. Tebay only works if I'm on that run.",
            "Therapist: So the cover and earplugs together. When and where could you get them?",
            "Client: There's a drivers' shop at the depot. Monday before I load.",
            "Therapist: And the lonely bit you mentioned last time, four nights without a proper conversation. Who "
            "could you be talking to on those nights? What would it take to actually ring them?",
            "Client: My daughter's always on at me to ring more. I could do Wednesdays, she's back from work by "
            "seven. And Gaz from the depot, we used to park up together on the Scotland run. I'll text him about his "
            "rota, see if we can line our breaks up.",
            "Therapist: So before our call next Thursday, could you do the six slow breaths in the bunk at least "
            "three nights, and give a number out of ten for how wound up you are before and after? Send me the "
            "numbers on the app and we'll go through them.",
            "Client: Three nights, before and after. I can do that.",
            "Therapist: Lovely. Drive safe, and get some sleep.",
        ),
        frozenset({"breathing_exercise", "homework", "problem_solving", "social_support"}),
    ),
    # Eating-disorder outpatient, fifteen, with her mother in the room (both speak on Client lines): what undereating
    # does to the brain and body explained and normalised, what matters to her (the cello, the orchestra trip), a
    # concrete lunch target for half-term and for April, and her friend and her mum enlisted at lunch and the night
    # before. Decoys: her yoga videos are a client mention; the counsellor's advice to keep weighing in clinic is
    # advice, not a technique; no task is set for next time.
    "blind6/ed_teen_with_mum.txt": LabelledSession(
        _session(
            "Therapist: Hi Maya, hi Claire. Sit wherever you like. Maya, I know having Mum in the room isn't your "
            "favourite thing.",
            "Client: (Maya) It's fine. I just don't see why everyone's making such a big deal. I eat.",
            "Client: (Mum) She eats dinner because we sit with her. Lunch comes home in the bag most days.",
            "Client: (Maya) Because I'm not hungry at school. And I do yoga videos after, so it's not like I'm lazy.",
            "Therapist: Okay. Maya, can I tell you a bit about what happens when a body gets less food than it needs "
            "for a while? Not a lecture, I promise, and you can tell me whether it fits.",
            "Client: (Maya) Go on.",
            "Therapist: When the body is short of fuel, the brain goes into a kind of famine mode. It becomes more "
            "preoccupied with food, not less, and the rules around food get louder and stricter. People feel colder, "
            "more irritable, sleep worse and find it harder to concentrate. Hunger signals get muffled, so not "
            "feeling hungry at school can be the starvation talking rather than a sign you've had enough. None of "
            "that is a choice or a weakness. It's what bodies do, and it happens to almost everyone in that state.",
            "Client: (Maya) The cold thing is true. I wear two jumpers in maths.",
            "Client: (Mum) And she's been snapping at her brother.",
            "Client: (Maya) He's annoying.",
            "Therapist: He may well be. Maya, can I change direction? Leave food aside for a minute. What actually "
            "matters to you at the moment? What do you want your life to have in it?",
            "Client: (Maya) Orchestra. I'm second cello. We're going to Vienna in the summer and that's the thing I "
            "care about most. And my friends, Priya especially.",
            "Therapist: What is it about the orchestra that matters?",
            "Client: (Maya) When we're all playing, it's the only time my head's quiet. And being good at something "
            "that's mine, not for Mum or anyone else.",
            "Therapist: So music that belongs to you, and being part of something with other people. Is the "
            "not-eating making that easier or harder?",
            "Client: (Maya) Harder. Mr Okafor said I might not be allowed on the trip if the doctor won't sign me "
            "off. And I was too dizzy to stand for the bows at the last concert.",
            "Therapist: So the thing that's yours is being taken by this. Would you be willing to set a target that's "
            "about Vienna rather than about pleasing us? Something concrete: what lunch could you manage, and on how "
            "many days?",
            "Client: (Maya) A sandwich and a yoghurt. Maybe three days a week. Not all five, not yet.",
            "Client: (Mum) Three would be a big change from none.",
            "Therapist: So three school days, sandwich and yoghurt, by half-term, and all five by the time the doctor "
            "reviews the trip in April. Does that sound right to you, Maya?",
            "Client: (Maya) Yeah. Three, then five.",
            "Therapist: Who could be with you at lunch, so it isn't you on your own against the lunchbox? Would you "
            "be okay telling Priya a bit more and asking her to eat with you on those days? And Claire, what could "
            "help from your side?",
            "Client: (Maya) Priya knows some of it. She'd sit with me in the music room, we eat there on practice "
            "days anyway.",
            "Client: (Mum) I could pack it with her the night before so there are no surprises. And I'll stop asking "
            "about it the minute she's through the door.",
            "Therapist: That sounds like a team. One thing I'd suggest, Claire: let's keep the weighing here in "
            "clinic, not at home.",
            "Client: (Mum) Fine. The scales can go in the loft.",
            "Therapist: Good. We'll see you both in a fortnight.",
        ),
        frozenset({"goal_setting", "psychoeducation", "social_support", "values_clarification"}),
    ),
    # Adult who stammers, three weeks before a hospital lab interview: his thought that a block will make the panel
    # think him incapable reframed via the panel's point of view and re-rated, a ladder of speaking situations from the
    # cafe to the bank, the interview rehearsed with the counsellor as panel chair, and two phone calls with ratings
    # agreed for before next Tuesday. Decoy: the easy-onset breathing his speech therapist taught is a client mention
    # that the counsellor explicitly leaves to her.
    "blind6/stammer_job_interview.txt": LabelledSession(
        _session(
            "Therapist: You said on the form the interview is in three weeks. Where would you like to start?",
            "Client: The in-in-interview. It's for a l-lab technician job at the hospital. I can do the job. It's the "
            "t-t-talking. I block on my own name.",
            "Therapist: Take all the time you need. I'm not in a hurry and I won't finish your sentences.",
            "Client: Th-thanks. People always do. It makes it w-worse.",
            "Therapist: When you picture yourself blocking in the interview, what goes through your mind about what "
            "they're thinking?",
            "Client: That I'm n-nervous, that I'm th-thick. That I c-can't talk to the n-n-nurses on the phone, so "
            "why would they hire me.",
            "Therapist: Suppose you were on that panel, and a candidate with a stammer blocked on his name. What "
            "would you make of it?",
            "Client: I'd th-think, he stammers. Then I'd w-want to know if he knows his stuff.",
            "Therapist: So if you put that next to 'if I block they'll decide I'm thick', what might a more balanced "
            "version sound like, one you could actually believe?",
            "Client: Maybe... 'If I block, they'll know I stammer. That's not the same as being bad at the job. And a "
            "decent panel will care about the job.'",
            "Therapist: How much do you believe that one, out of a hundred? And the old one?",
            "Client: Sixty. The old one's d-down from ninety to maybe fifty.",
            "Client: My speech therapist t-taught me some breathing for starting words. Easy onset. It doesn't always "
            "work in front of people.",
            "Therapist: I'll leave that side to her, she knows it far better than I do. What I can help with is the "
            "avoiding. You said you've stopped using the phone altogether?",
            "Client: I t-text everything. I got my mum to ring the GP last month. I'm thirty-four.",
            "Therapist: Could we make a ladder of speaking situations, from ones that make you a bit uneasy up to the "
            "ones that feel impossible, and then climb it one rung at a time, staying with each until it gets easier?",
            "Client: Okay. B-bottom is ordering at the cafe where they know me. Then ordering somewhere new. Then "
            "asking a stranger for directions. Then r-ringing a shop for opening hours. Then ringing the GP. Then the "
            "bank. Top is the interview.",
            "Therapist: Which rung is a bit uncomfortable but not overwhelming?",
            "Client: Ringing a shop. They don't know me and it's short.",
            "Therapist: Good. And I'd like to practise the interview itself today. I'll be the panel chair and you be "
            "you. Ready? 'Good morning, thanks for coming in. Could you start by telling us a little about yourself?'",
            "Client: G-g-good morning. I'm... I'm D-Daniel. I've w-worked in a pathology lab for six years, mostly on "
            "s-sample reception and...",
            "Therapist: (as chair) 'Take your time.' ... Stepping out for a second: what did you notice?",
            "Client: I b-blocked on my name, like always. But after that it w-went better. You didn't look away.",
            "Therapist: Let's run it again, and this time tell them at the start that you stammer and that you'll get "
            "there.",
            "Client: G-good morning. I'm Daniel. I have a st-stammer, so I might take a moment sometimes. I've worked "
            "in pathology for six years.",
            "Therapist: How was that one?",
            "Client: Easier. Like I'd already s-said the worst bit.",
            "Therapist: So before we meet next Tuesday, will you ring two shops to ask their opening hours, and write "
            "down how anxious you were before and after, out of ten? Bring it and we'll pick the next rung.",
            "Client: T-two shops. Before and after. Okay.",
        ),
        frozenset({"cognitive_restructuring", "exposure", "homework", "role_play"}),
    ),
    # Listening-only session with a widowed retiree who has started cooking from his late wife's recipe cards: the
    # counsellor reflects and asks and does nothing else. Decoys: his daughter's church lunch club (client mention),
    # his son's 'keep busy' (client mention), the pencil notes he writes to his wife on the cards (his own practice,
    # not proposed), and the counsellor's questions about sleep and eating (asking about a topic). No labels.
    "blind6/widower_learning_to_cook.txt": LabelledSession(
        _session(
            "Therapist: Hello, Ron. Come through. You've brought something with you.",
            "Client: Her recipe box. Margaret's. Thought you might like to see it. Forty-one years of cards, all in "
            "her writing.",
            "Therapist: Forty-one years of her handwriting.",
            "Client: I had a go at her shepherd's pie on Sunday. First time. The card says 'a good knob of butter'. "
            "What's a good knob? I put in half the block.",
            "Therapist: And how did it come out?",
            "Client: Swimming. Ate it anyway. Sat at the table with two plates out, like a fool, before I realised.",
            "Therapist: Two plates out.",
            "Client: Habit. You don't think about it until there's nobody to put the second one in front of.",
            "Therapist: What was it like, at the table, when you noticed?",
            "Client: I just sat. Didn't cry. I don't, much. I sat there till the gravy went cold.",
            "Therapist: You sat with it till the gravy went cold.",
            "Client: Our Karen wants me to go to a lunch club at the church hall, Tuesdays. She says I'll meet "
            "people. I don't want to meet people. I want Margaret's shepherd's pie the way she made it.",
            "Therapist: Karen is hoping for people for you, and what you want is her.",
            "Client: That's about it. And my son says keep busy, Dad, keep busy. As if I'm a dog that needs walking.",
            "Therapist: Everyone seems to have something for you to do, and it grates.",
            "Client: It does. They mean well. I've started writing on the cards, you know. Little notes in pencil. "
            "'Too much butter, Ron.' 'Burnt at two hundred, try one-eighty.' Like I'm talking to her.",
            "Therapist: Tell me about the notes.",
            "Client: It's daft. I write them as if she'll read them. 'Sorry, love, I've ruined your crumble.' She'd "
            "have laughed.",
            "Therapist: What did her laugh sound like?",
            "Client: Like a kettle. Short bursts. She'd have stood in the doorway laughing at the smoke alarm. I miss "
            "being laughed at. Isn't that a strange thing to miss.",
            "Therapist: Being laughed at by her.",
            "Client: Nobody else does it right.",
            "Therapist: How have you been sleeping, Ron, and eating, apart from the experiments?",
            "Client: Sleep's bad. Four hours, maybe. Eating, I eat what I make, fit or not.",
            "Therapist: Four hours a night, and whatever comes out of the oven.",
            "Client: I'll try the crumble again. One-eighty this time.",
            "Therapist: We've a few minutes left. Is there anything you'd like to say before we stop?",
            "Client: Just that it helped, bringing the box. Showing someone her writing.",
        ),
        frozenset(),
    ),
    # Ward nurse three weeks after a patient deteriorated and died on her night shift: the evidence for and against 'it
    # was my fault' weighed, a responsibility pie drawn and sliced, what she would say to her student applied to
    # herself, and ten minutes' writing about the night done in the session. Decoy: the staff support number from
    # occupational health is a client mention the counsellor does not take up; nothing is set for next time.
    "blind6/nurse_after_patient_death.txt": LabelledSession(
        _session(
            "Therapist: You said on the phone it was about Mr Davies, the man on your ward.",
            "Client: Yes. Three weeks ago. He deteriorated on my night shift and died before outreach got there. I "
            "keep replaying it. I should have seen it coming. It was my fault.",
            "Therapist: How strongly do you believe that right now, that it was your fault?",
            "Client: Ninety percent. More at four in the morning. Occupational health sent me the staff support "
            "number, but I haven't rung it.",
            "Therapist: Could we look at that belief carefully, rather than argue with it? What tells you it was your "
            "fault?",
            "Client: His obs at midnight were borderline. Resp rate twenty-two. I should have escalated then. I had "
            "eleven patients and I was rushing.",
            "Therapist: And what points the other way, or says it might not all be on you?",
            "Client: His early warning score at midnight didn't reach the escalation level. I repeated his obs at "
            "one, earlier than the chart asked. When he dropped at two I called outreach straight away. I'd flagged "
            "him at handover as one to watch. And at the review the consultant said the sepsis was probably too "
            "advanced by then.",
            "Therapist: So you flagged him, checked him early and called straight away. Putting that beside 'I should "
            "have seen it coming', what do you make of it?",
            "Client: That I did see something. I just couldn't stop it.",
            "Therapist: Would you try something on paper with me? I'll draw a circle. If we think of everything that "
            "contributed to how that night went, what goes in it?",
            "Client: The sepsis itself, and that he'd been ill at home for days before he came in. Staffing, we were "
            "two nurses down. Outreach stuck at an arrest across the hospital. The day-shift doctor who thought it "
            "was a chest infection. And me.",
            "Therapist: Let's give each a slice. How big are the sepsis and his coming in late?",
            "Client: Big. Forty percent. Staffing fifteen. Outreach being stuck, ten. The day review, fifteen.",
            "Therapist: Which leaves...",
            "Client: Twenty for me. If that. It's strange seeing it drawn. In my head I'm the whole circle.",
            "Therapist: Suppose it had been Chloe, the student you mentioned, on that shift, and she'd done exactly "
            "what you did. What would you say to her in the staff room?",
            "Client: That she did everything she could, that it's awful and it isn't on her, and to go home and "
            "sleep. I'd make her some toast.",
            "Therapist: And what do you say to yourself?",
            "Client: That I'm useless. That I shouldn't be a nurse.",
            "Therapist: What would it be like to give yourself even some of what you'd give Chloe? Not letting "
            "yourself off, just the same fairness and the same warmth.",
            "Client: Hard. But I'd let her cry. I haven't let myself.",
            "Therapist: Before we finish, there's something I'd like to try. Here's paper and a pen. Would you take "
            "ten minutes and write about that night, whatever comes: how it felt, what you wish you could say to Mr "
            "Davies or his daughter? It's not for anyone to read, not even me, unless you want it to be.",
            "Client: Okay. ... I wrote to his daughter. That I'm sorry, that he talked about her, that he held my "
            "hand at midnight.",
            "Therapist: What was it like to put that down?",
            "Client: Like something shifted. I cried a bit. It's okay.",
        ),
        frozenset({"continuum_or_pie_chart", "evidence_examination", "journaling", "self_compassion"}),
    ),
    # ME/CFS session: the boom-and-bust pattern sketched and normalised, her prediction that resting before she is
    # tired means getting less done set up as an alternate-day test, a body-scan rest practised in the session, and the
    # test with an evening tally agreed for the fortnight before the next session. Decoys: her friend's 'push through
    # at the gym', which the counsellor advises against, and the GP's mood diary she gave up (client mention).
    "blind6/chronic_fatigue_pacing.txt": LabelledSession(
        _session(
            "Therapist: How's the energy been this fortnight, Aisha?",
            "Client: Up and down. Mostly down. Tuesday I felt almost normal, so I cleaned the whole flat, did the big "
            "shop and went to my sister's. Then Wednesday to Saturday I couldn't get out of bed.",
            "Therapist: Can I sketch something on the whiteboard? Tell me if it looks familiar.",
            "Client: Sure.",
            "Therapist: A lot of people with ME get caught in what's called boom and bust. On a good day you do "
            "everything you've been putting off, which makes complete sense, but it overdraws the account. The crash "
            "that follows forces rest, you recover a little, feel better, and do too much again. Over months the "
            "peaks get lower and the crashes longer. It isn't a lack of willpower; it's the pattern the illness pulls "
            "people into.",
            "Client: That's literally my life. My friend keeps telling me to join her gym and push through, that I "
            "just need to build up my stamina.",
            "Therapist: I'd steer you away from pushing through for now; pushing through tends to feed the bust. What "
            "goes through your mind at the idea of stopping before you're tired?",
            "Client: That I'll never get anything done. If I stop while I feel okay, the flat will be a tip and I'll "
            "be a waste of space. Rest is for when I've collapsed.",
            "Therapist: So the prediction is: if you stop and rest before you're tired, you'll get less done overall. "
            "How sure are you of that?",
            "Client: Eighty percent.",
            "Therapist: Would you be willing to put it to the test instead of taking my word or yours? On alternate "
            "days you work in blocks of thirty minutes and then rest for fifteen, even if you feel fine. On the other "
            "days you do it your usual way. Then we compare what you actually got done, and how many crash days there "
            "were.",
            "Client: Like a proper experiment.",
            "Therapist: Exactly. What would you expect to find?",
            "Client: That I get less done on the resting days. But honestly, I don't know any more.",
            "Therapist: We'll find out. About the rest breaks themselves: scrolling on the sofa doesn't really rest "
            "the brain. Can I show you a way of resting for those fifteen minutes? Get comfortable, feet on the "
            "floor, close your eyes if you like.",
            "Client: Okay.",
            "Therapist: Bring your attention to your feet. Just notice what's there: warmth, the pressure of the "
            "floor, any tingling. No need to change anything. Now your calves... your knees... Let your attention "
            "move slowly upward, and when your mind wanders off to the washing-up, that's fine, notice where it went "
            "and come back to the body... your belly rising and falling... your shoulders... your jaw... your face.",
            "Client: My jaw was clenched. I had no idea.",
            "Therapist: How do you feel now?",
            "Client: Heavier. In a nice way. I started that mood diary the GP gave me, by the way, but I gave up "
            "after a week.",
            "Therapist: Okay. So the plan until I see you in a fortnight: the alternate-day experiment, thirty on and "
            "fifteen off, with the body scan in the breaks, and each evening you write down what you got done and "
            "your energy out of ten. Bring the sheet and we'll see what the numbers say.",
            "Client: Alternate days, thirty and fifteen, tally every night. I'll stick it on the fridge.",
        ),
        frozenset({"behavioral_experiment", "homework", "psychoeducation", "relaxation_mindfulness"}),
    ),
    # Session through a Mandarin interpreter with a grandmother raising her grandson, after panic attacks on the school
    # bus: the alarm system and panic explained (a false fire alarm), her worst fear about the boy taken through worst,
    # most likely and how it would be coped with, slow breathing counted in two languages, and a step-by-step way back
    # onto the bus. Decoys: her sister's advice to pray more and her daughter's view that she is 'too nervous' are
    # client mentions; no task is set for next time.
    "blind6/interpreter_grandmother_panic.txt": LabelledSession(
        _session(
            "Therapist: Mrs Lin, thank you for coming. I'll speak to you directly, and Mr Zhou will interpret "
            "everything both ways. If anything doesn't make sense, please stop us.",
            "Client: (via the interpreter) Thank you. My daughter made the appointment. She says I am too nervous. My "
            "sister says I should go to the temple and pray more.",
            "Therapist: Can you tell me what happened on the bus?",
            "Client: (via the interpreter) Three weeks ago, taking Jun-jun to school. Suddenly my heart was jumping, "
            "I could not breathe, my hands went numb. I thought, I am dying, this is a heart attack, and who will "
            "take the boy home? I got off at the next stop and sat on the ground.",
            "Therapist: That sounds terrifying, especially with Jun-jun beside you. And since then?",
            "Client: (via the interpreter) Twice more, at night in bed. And I do not take the bus now. We walk forty "
            "minutes. My knees hurt.",
            "Therapist: The hospital checked your heart after the first time?",
            "Client: (via the interpreter) Yes, the heart test was normal. The doctor said 'anxiety'. I do not "
            "understand how worry can make the heart do this.",
            "Therapist: Let me explain how I understand it, and Mr Zhou, please stop me if a word doesn't translate. "
            "Everyone has an alarm system in the body for danger. When it goes off, the heart speeds up to send blood "
            "to the muscles, breathing gets fast, the hands can tingle, and you feel you must escape. It's designed "
            "to save us from a tiger. In a panic attack the alarm goes off when there is no tiger. The feelings are "
            "very strong, but they are not a heart attack and they don't damage the heart. They rise, peak and pass, "
            "usually within ten or twenty minutes.",
            "Client: (via the interpreter; Mr Zhou explains he used the word for a fire alarm that rings by mistake) "
            "So my body makes a false fire alarm.",
            "Therapist: Yes, exactly. And when people become frightened of the alarm, they listen out for it, and the "
            "listening can set it off again. Does that fit?",
            "Client: (via the interpreter) Yes. At night I lie and listen to my heart.",
            "Therapist: Can we look at the worst fear, the one about Jun-jun? If you had an attack on the bus with "
            "him, what is the worst that could happen?",
            "Client: (via the interpreter) I fall, I die, and he is alone, crying on the bus with strangers.",
            "Therapist: After three attacks and a normal heart test, how likely is it that an attack would kill you? "
            "And what is the most likely thing that would happen?",
            "Client: (via the interpreter) The doctor says no. Small, I think. Most likely I feel terrible, I sit "
            "down, it passes. Like the first time: after fifteen minutes I was all right and I walked him to school.",
            "Therapist: And if the worst did happen and you became unwell, how would Jun-jun be looked after?",
            "Client: (via the interpreter) He knows his mother's number. He is eight, he is clever. The driver would "
            "help. I could put a card in his bag with his mother's number and the school's.",
            "Therapist: How frightening is the bus now, from zero to ten?",
            "Client: (via the interpreter) Before, ten. Now perhaps seven.",
            "Therapist: Let me show you something for when the alarm starts. Sit back in the chair. Breathe in slowly "
            "through your nose while I count in English and Mr Zhou in Mandarin: one, two, three, four. Now out "
            "slowly through the mouth: one, two, three, four, five, six. Again. And again.",
            "Client: (via the interpreter, after several rounds) It is slower now. My shoulders are softer.",
            "Therapist: One more thing. Avoiding the bus keeps the alarm believing the bus is a tiger. Could we plan "
            "a way back in small steps, from the easiest to the hardest, and only move up when a step has become "
            "easier?",
            "Client: (via the interpreter) First, standing at the bus stop with Jun-jun and not getting on. Then one "
            "stop with my daughter on a Saturday. Then one stop with Jun-jun. Then all six stops to the school. Alone "
            "at night is the hardest.",
            "Therapist: We'll start at the bottom and stay at each step until the fear comes down by itself. Does "
            "that suit you?",
            "Client: (via the interpreter) Yes. Slowly, slowly.",
        ),
        frozenset({"breathing_exercise", "decatastrophizing", "exposure", "psychoeducation"}),
    ),
    # Text-based peer-support exchange with emoji (the peer supporter writes on the Therapist lines): 5-4-3-2-1
    # grounding on the bedroom floor, a phone-note plan of warning signs, her own coping steps, people to contact and
    # crisis numbers, and texting her sister tonight. Decoy: the gratitude journal someone suggested is a client
    # mention the supporter sets aside; the question about thoughts of ending her life sits inside the safety plan.
    "blind6/peer_support_text_emoji.txt": LabelledSession(
        _session(
            "Therapist: hey, it's Jess from the peer chat 👋 you messaged earlier, how are you doing right now?",
            "Client: not great tbh 😞 bad day. my manager shouted at me in front of everyone and i came home and just "
            "lay on the floor",
            "Therapist: oof, that sounds awful 😔 being shouted at in front of people is horrible. i'm here, take your "
            "time",
            "Client: thanks. my head's just spinning. everything's loud. i keep thinking what's the point of any of it",
            "Therapist: when you say what's the point, are you having any thoughts of ending your life? it's ok to be "
            "honest with me",
            "Client: sometimes. not like a plan. just that it'd be easier not to be here 😶",
            "Therapist: thank you for telling me, really 💛 are you safe right now, tonight?",
            "Client: yeah. i'm not going to do anything. i just feel heavy",
            "Therapist: ok. i believe you. can we try something for the spinning first, right where you are, floor is "
            "fine? tell me 5 things you can see",
            "Client: crack in the ceiling. my lamp. a sock. the phone screen. the radiator",
            "Therapist: 👌 4 things you can feel?",
            "Client: carpet under my back. cold feet. my hoodie. phone in my hand",
            "Therapist: 3 things you can hear",
            "Client: fridge humming. a car outside. my own breathing lol",
            "Therapist: 2 things you can smell and 1 you can taste",
            "Client: toast from earlier. and mint i think. weirdly that helped a tiny bit 🙂",
            "Therapist: 🙂 glad. could we also put together a plan for if the 'easier not to be here' thoughts get "
            "stronger? like a note on your phone you can look at. what tends to happen before it gets worse?",
            "Client: i stop replying to people. and i'm awake at 3am scrolling",
            "Therapist: good to know 👍 and what can you do yourself when that starts, stuff that's helped even a bit?",
            "Client: shower. music. the 5 things thing we just did. walking to the garage for a drink",
            "Therapist: and who could you reach out to if those don't help?",
            "Client: my sister Beth. she gets it. and my mate Tom",
            "Therapist: and if you ever feel you can't keep yourself safe, you can ring Samaritans any time on 116 "
            "123, or call 999 or go to A&E. can you put all of that in one note?",
            "Client: saved it 📱 called it 'my plan'. someone told me to do a gratitude journal btw but it feels so "
            "fake when everything is crap",
            "Therapist: yeah that's fair, no need for anything like that tonight. what about Beth, would it help to "
            "message her now, even just 'bad day, can you call?'",
            "Client: i think so. she always says i never tell her stuff. texting her now",
            "Client: she's calling me 📞 gotta go. thank you jess 🙏",
            "Therapist: go talk to her 💛 i'm on here tomorrow too",
        ),
        frozenset({"relaxation_mindfulness", "safety_planning", "social_support"}),
    ),
    # Clipped session with a father of an eleven-week-old whose partner may have postnatal depression: night feeds
    # defined as a problem, options brainstormed and one chosen and planned, his fear that asking for shorter hours
    # means redundancy taken through worst, best, most likely and coping, a straight request to his manager drafted and
    # held against a hedging reply the counsellor describes rather than acts out, and five-a-side and Saturday pram
    # walks put in the diary. Decoys: the health visitor is a client mention; nothing is set for next time.
    "blind6/new_dad_night_feeds.txt": LabelledSession(
        _session(
            "Therapist: You look shattered, Tom. How old is she now?",
            "Client: Eleven weeks. Ivy. I love her to bits. But I'm on three hours' sleep, Jen's struggling, her "
            "health visitor thinks it might be postnatal depression, and I'm back at work pretending everything's "
            "fine.",
            "Therapist: That's a lot on one set of shoulders. Where do you want to start?",
            "Client: Nights. Everything falls apart at night. Ivy's up at eleven, two and five. Jen's breastfeeding "
            "so she does all of it, she's in pieces by morning, and I'm lying there feeling useless.",
            "Therapist: Say the problem in one sentence. Then list every way round it you can think of, silly ones "
            "included. We won't judge them yet.",
            "Client: Jen gets no unbroken sleep and I'm no use at night. Options: Jen expresses and I do the eleven "
            "o'clock bottle. I take Ivy downstairs after the five o'clock feed so Jen sleeps till eight. We sleep in "
            "shifts. Earplugs for me, that's the silly one.",
            "Therapist: Which look workable?",
            "Client: The eleven o'clock bottle, if Jen's up for expressing. She could go to bed at nine and get five "
            "hours straight. And me doing five o'clock at weekends.",
            "Therapist: What would it take to get that going?",
            "Client: A bottle Ivy will actually take. And talking to Jen when she isn't wrecked, so Sunday morning.",
            "Therapist: Work. What's happening there?",
            "Client: I need to finish at four for a few months so I'm home for the witching hour. But if I ask, I'll "
            "be marked down as not committed. They're restructuring. I'll be first on the list.",
            "Therapist: Follow it all the way. Worst case?",
            "Client: They say yes but mark my card, I'm made redundant in the summer, we can't pay the mortgage.",
            "Therapist: Best case?",
            "Client: They say fine. Dave in accounts did it when his twins were born.",
            "Therapist: Most likely?",
            "Client: Yes with some grumbling, and I make the hours up in the evening. The restructure's mostly the "
            "warehouse, not my team.",
            "Therapist: And if the worst did happen?",
            "Client: I'd find another job, I've done it before. Jen's back part-time in September. It'd be grim but "
            "we'd manage.",
            "Therapist: So what would you actually say to him? Go.",
            "Client: Um, 'Sorry, I know it's a bad time, I was just wondering if maybe, possibly...'",
            "Therapist: Two apologies before the ask. Try it straight: what you need, why, for how long, what you'll "
            "offer, and what you're asking.",
            "Client: 'I'd like to talk about my hours. Jen's not well after the birth and I need to be home by half "
            "four until Easter. I can log on after Ivy's in bed to make up the time. Can we make that work?'",
            "Therapist: Clear. And if he hedges, says it's awkward with the restructure and he'll have a think?",
            "Client: 'I understand it's a busy time. This matters a lot to my family, so I'd like an answer by "
            "Friday.'",
            "Therapist: Good. Last thing. You used to play five-a-side. What could fit into a week now, just for you, "
            "even small?",
            "Client: Five-a-side's Thursdays at eight, after Ivy's down. And Saturday mornings I could take her round "
            "the park in the pram with a coffee. That's nice, and Jen gets a lie-in.",
            "Therapist: Put them in the diary now. Which Thursdays, what time Saturday?",
            "Client: Done. Football every other Thursday, pram walk Saturdays at nine.",
        ),
        frozenset({"assertiveness_training", "behavioral_activation", "decatastrophizing", "problem_solving"}),
    ),
    # PhD student with imposter feelings after a silent lab meeting: 'admitted by mistake' weighed against the data for
    # and against it, her accomplishments listed in full and reflected back, the advantages and costs of her rule 'say
    # nothing unless a hundred percent sure', and her prediction about asking a 'basic' question tested by messaging a
    # labmate during the session. Decoy: the counselling centre's mindfulness course is a client mention; no task is
    # set for next time.
    "blind6/grad_student_imposter.txt": LabelledSession(
        _session(
            "Therapist: You said Tuesday's lab meeting was the worst yet.",
            "Client: I didn't say a word for ninety minutes. Everyone was debating the priors in Luca's model and I "
            "just sat there thinking, they're going to work out I don't belong here. I got in by accident. Admissions "
            "made a mistake.",
            "Therapist: 'I'm a fraud, and they'll find out.' How much do you believe that right now?",
            "Client: Like eighty-five percent. The counselling centre keeps emailing me about a mindfulness course "
            "for grad students. I just delete them.",
            "Therapist: Can we treat 'admitted by mistake' as a hypothesis, the way you'd treat one in the lab? What "
            "data supports it?",
            "Client: I don't follow half the stats in lab meeting. I took twice as long as Luca to prepare for my "
            "qualifying exam. My advisor rewrote a lot of my first paper draft.",
            "Therapist: And the data that doesn't fit?",
            "Client: I passed the qual first time, I just prepared longer. The paper was accepted. My advisor picked "
            "me out of two hundred applicants and funds me. And Luca admitted he doesn't understand the priors "
            "either, he's just loud.",
            "Therapist: If a reviewer looked at both columns, what would they conclude?",
            "Client: That the hypothesis isn't supported. Ugh. Sixty now, maybe.",
            "Therapist: Let's stay with that second column a bit longer. What have you actually done in the last two "
            "years? I'd like the whole list, not the modest version.",
            "Client: Passed the qual. First-author paper in a decent journal. Taught two sections of intro stats and "
            "got the department's TA award. Learned R from nothing. Moved countries on my own, honestly.",
            "Therapist: Learned R from nothing, moved countries alone, and won a teaching award for teaching stats, "
            "the subject you say you don't follow.",
            "Client: When you put it like that it's ridiculous. I do understand stats. I teach it.",
            "Therapist: There seems to be a rule running underneath the silence in lab meeting. How would you put it?",
            "Client: Don't say anything unless you're a hundred percent sure it's right.",
            "Therapist: What does that rule do for you? The upsides.",
            "Client: I never say anything stupid. Nobody can catch me out. It feels safe.",
            "Therapist: And what does it cost?",
            "Client: I never say anything at all. My advisor wrote 'participate more' on my review. I have ideas and "
            "Luca says them five minutes later and gets the credit. And I spend the whole meeting rehearsing instead "
            "of listening, so I actually understand less.",
            "Therapist: Weighing those up, is the rule earning its keep?",
            "Client: No. It costs way more than it protects.",
            "Therapist: You're afraid that asking a basic question makes people think less of you. Could we test that "
            "right now rather than in theory? Is there someone you could message now with a question you think is too "
            "basic?",
            "Client: Luca. I genuinely don't get how he chose the priors. Okay. 'Hey, basic question: how did you "
            "pick the priors for the hierarchical model? I didn't follow.' Sent. Oh god.",
            "Therapist: Before he answers: what do you predict he'll think, and how sure are you?",
            "Client: That I'm slow. Seventy percent.",
            "Client: He's replied. 'Not basic at all, took me a week and I'm still not sure. Coffee tomorrow and I'll "
            "show you? Also, could you look at my stats section sometime? You explain that stuff better than anyone.'",
            "Therapist: What do you make of that?",
            "Client: He asked me for help. So the 'slow' prediction, thirty percent. Less.",
        ),
        frozenset({"behavioral_experiment", "evidence_examination", "pros_and_cons", "strengths_review"}),
    ),
    # Horticultural therapy group at an allotment (members speak on Client lines with their names): mindful attention
    # to a handful of compost and to the sounds around, each member choosing a regular enjoyable garden job on a set
    # day (watering, sweet peas, a new bean frame), and two isolated members paired up for lifts plus an invitation to
    # the growers' tea. Decoys: Sean's GP advising exercise and Maureen's notebook of what comes up are client
    # mentions; nothing is agreed to bring back to the group.
    "blind6/gardening_group.txt": LabelledSession(
        _session(
            "Therapist: Morning, everyone. Gloves are in the shed and the kettle's on. Before we start on the beds, "
            "let's take a minute. Everyone take a handful of compost from the barrow.",
            "Client: (Maureen) It's cold. And wet.",
            "Therapist: Stay with it for a moment. Feel the weight of it in your palm, the temperature. Is it "
            "crumbly, sticky? Bring it up to your nose. You don't have to like it, just notice.",
            "Client: (Dev) Smells like the woods behind my nan's.",
            "Therapist: Notice that, and come back to the feel of it in your hand. If your mind goes off to the week "
            "you've had, that's fine, just bring it back to the soil... Now listen. What can you hear?",
            "Client: (Sean) A robin. And the bypass.",
            "Therapist: Both. Let the sounds come and go... Okay, drop it back in the barrow whenever you're ready.",
            "Client: (Maureen) I'd never have noticed the robin. My head's usually going at a hundred miles an hour.",
            "Client: (Sean) My GP said I should get more exercise, that's half of why I'm here. I've spent all week "
            "on the sofa.",
            "Therapist: The beds need people through the week, not just on Wednesday mornings. What would each of you "
            "like as your regular job, something you'd enjoy, and which day would be yours?",
            "Client: (Dev) Watering, Saturdays. I like it down here when it's quiet.",
            "Client: (Maureen) The sweet peas need tying in. Monday afternoons, after my daughter's been.",
            "Client: (Sean) I don't know. Everything feels like a chore.",
            "Therapist: What did you used to enjoy, before?",
            "Client: (Sean) Building things. I used to make stuff with my dad in his shed.",
            "Therapist: The bean frame blew over in the wind last week. Would you want to build us a new one?",
            "Client: (Sean) Yeah, actually. Friday mornings. I've got bamboo at home.",
            "Therapist: Friday mornings, bean frame. Put your days in your phones, all of you.",
            "Client: (Maureen) I keep a notebook of what's come up, I'll write mine in there.",
            "Therapist: A couple of you said you'd barely spoken to anyone this week. Dev, Sean, you're both over on "
            "the Park estate. Could you pair up, come down together, keep an eye on each other's jobs?",
            "Client: (Dev) I could pick Sean up on the way on Saturday, if he fancies a lift.",
            "Client: (Sean) Yeah. That'd help. I probably wouldn't come otherwise.",
            "Therapist: And Maureen, the other growers have a tea at the community hut on Thursdays. Would you come "
            "along with me?",
            "Client: (Maureen) Go on, then. I'll bring a cake.",
            "Therapist: Right. Let's get the onions in.",
        ),
        frozenset({"behavioral_activation", "relaxation_mindfulness", "social_support"}),
    ),
    # Session in Indian English with a software engineer whose father is arranging a marriage meeting while she holds a
    # team-lead offer in another city: what matters to her set out (independence, career, choosing her own partner,
    # closeness to family), the Sunday conversation rehearsed with the counsellor playing her father, the apologising
    # before authority named in the session and linked to her childhood and her appraisal, and a clear statement of her
    # decision built and held under pushback. Decoy: her cousin's pros-and-cons list is a client mention she did not do
    # and the counsellor does not take up.
    "blind6/indian_english_marriage_pressure.txt": LabelledSession(
        _session(
            "Therapist: Come, Ananya, sit. Tell me, what is happening this week?",
            "Client: Ma'am, same thing only. Papa has fixed for another boy's family to come on Sunday. Software "
            "engineer in Hyderabad, very good family, he says. And I have got the offer from the Pune office, team "
            "lead. I have to give my answer by month end.",
            "Therapist: So two things are pulling you. Before we go into what Papa wants, I want to understand what "
            "you want. If nobody was watching, no Papa, no relatives, what matters most to you in the next few years?",
            "Client: Honestly? Doing something on my own. Proving I can lead a team. Living in my own flat, cooking "
            "my own bad food. I am not against marriage, ma'am, I want it also, but with someone I choose, after some "
            "time.",
            "Therapist: And family, where does that sit?",
            "Client: Very high. I don't want to hurt them. Papa has done everything for me, he took a loan for my "
            "engineering.",
            "Therapist: So: independence, building your career, choosing your own partner, and staying close to your "
            "family, not breaking with them. When you keep the Pune offer next to that list, what do you see?",
            "Client: That Pune fits almost all. Only family is difficult, but Pune is not America, na, it is one "
            "flight. My cousin Divya told me to make a pros and cons list of this boy versus Pune. I did not do it. I "
            "felt I was comparing a person to a job.",
            "Therapist: Hmm. So what is it that stops you from telling Papa what you have just told me?",
            "Client: I don't know, ma'am. I open my mouth and the words go. I start saying sorry, sorry, whatever you "
            "think, Papa.",
            "Therapist: Shall we practise? I will be Papa. You speak to me as you would on Sunday. (as Papa) 'Beta, "
            "they are coming at five o'clock. Wear the green saree. This is a very good alliance, don't spoil it.'",
            "Client: Sorry, Papa, I... I know you have worked hard for this, sorry, only I was thinking...",
            "Therapist: Let me stop for one minute. I noticed something just now. The moment I put on Papa's voice, "
            "your eyes went to the floor and you said sorry two times before anything else. Even with me, and I am "
            "only pretending.",
            "Client: Yes. I did that.",
            "Therapist: Last month you told me the same thing happened in your appraisal with your manager. Sorry, "
            "sorry, and you accepted the lower rating. I am wondering whether some part of you learned long back that "
            "a good daughter does not disagree with the elder, and whenever someone sounds like authority, that small "
            "girl comes forward and apologises.",
            "Client: When I was small, if I argued, Papa would not speak to me for days. Ma would say, just say "
            "sorry, keep the peace. So I said sorry.",
            "Therapist: So sorry was how you kept the house peaceful. It made sense then. Now it is costing you your "
            "own voice. Let us build what you want to say, simple and clear: what you feel, what you want, what you "
            "are asking of him.",
            "Client: 'Papa, I love you and I know you want the best for me. I am not saying no to marriage. I am "
            "saying not now. I have got a team lead offer in Pune and I am going to take it. I would like you to "
            "cancel Sunday.'",
            "Therapist: No sorry anywhere. Now I will be Papa again and I will not make it easy. (as Papa) 'What will "
            "people say? Your cousins are all married. You are twenty-seven!'",
            "Client: Papa, I understand you are worried about what people will say. My decision is the same. I will "
            "take Pune, and I will come home every month.",
            "Therapist: (as Papa) 'So your father's respect means nothing to you?'",
            "Client: It means a lot, Papa. That is why I am telling you directly and not running away. But my answer "
            "about Sunday is no.",
            "Therapist: Coming out of the role. How did that feel?",
            "Client: My hands are shaking, ma'am. But I did not look at the floor.",
        ),
        frozenset({"assertiveness_training", "insight_interpretation", "role_play", "values_clarification"}),
    ),
    # Terse solution-focused session before a return to work after sick leave: scaling, what keeps her at three and how
    # she managed it, a past time work went well and what it took, concrete next steps to four and a target of six by
    # the first Monday, and noticing the better times agreed for before next session. Decoy: her mother's advice to do
    # deep breathing is a client mention the counsellor does not take up.
    "blind6/terse_solution_focused.txt": LabelledSession(
        _session(
            "Therapist: Best hopes from today?",
            "Client: Get myself ready for going back to work. Two weeks on Monday.",
            "Therapist: Zero to ten. Ten is you walking in that Monday fine. Where are you?",
            "Client: Three.",
            "Therapist: Why three, not zero?",
            "Client: I've done the phased return plan with HR. I drove past the building last week and didn't turn "
            "round.",
            "Therapist: How did you manage that?",
            "Client: Told myself I'd just drive past, not stop. Had the radio on loud.",
            "Therapist: What else?",
            "Client: Sleeping better. Up at seven most days. Alarm, and walking the dog before breakfast.",
            "Therapist: Last time work went well. When?",
            "Client: Before the sick leave. The Christmas rota. Sorted the whole team's leave and nobody moaned.",
            "Therapist: What did that take?",
            "Client: Being organised. Not letting people push me around.",
            "Therapist: Still got that?",
            "Client: Somewhere. Yeah.",
            "Therapist: What would four look like?",
            "Client: Coffee with Sam from my team. Knowing what's changed while I've been off.",
            "Therapist: When?",
            "Client: I could text her Thursday.",
            "Therapist: And by that first Monday, what number would do?",
            "Client: Six.",
            "Therapist: What's six look like?",
            "Client: Knowing my first week's hours. Lunch spot sorted. Not lying awake on the Sunday night. My mum "
            "keeps telling me to do deep breathing for that.",
            "Therapist: Okay. Between now and next time, notice when you're a notch higher on the scale. What's "
            "different then. Tell me next session.",
            "Client: Notice when it's higher. Fine.",
            "Therapist: Anything else?",
            "Client: No. That's good.",
        ),
        frozenset({"goal_setting", "homework", "strengths_review"}),
    ),
    # Verbose, LLM-style counsellor with a newly promoted team manager who replays meetings at night: a four-column
    # record of the budget meeting (situation, automatic thoughts, feelings, balanced response), the advantages and
    # costs of the replaying and whether it is an efficient way of preparing, the automatic thought reframed and
    # re-rated, and the friend's-eye view applied to his self-talk. Decoys: his wife's meditation retreat (client
    # mention) and a gratitude journal, both of which the counsellor advises holding off; the counsellor states that
    # nothing is to be done before the next meeting.
    "blind6/verbose_llm_counsellor.txt": LabelledSession(
        _session(
            "Therapist: Thank you so much for being here today, and for being so open in your message. It really does "
            "take courage to reach out, and I want you to know that this is a space where whatever you bring is "
            "welcome. To begin, could you share a little about what has been weighing on you most this week?",
            "Client: It's the meetings. I became team manager in January. After every meeting I replay everything I "
            "said for hours. Last night I was up till two going over one comment in the budget meeting. My wife's "
            "been on at me to go on a meditation retreat.",
            "Therapist: That sounds genuinely exhausting, and I really appreciate you putting it into words. I can "
            "hear how much this new role, with all the visibility it brings, is asking of you. If it feels okay, I'd "
            "like to slow down and look at one specific moment in detail, because the most useful insights often come "
            "from the specifics rather than the general picture. Would the budget meeting be a good example to work "
            "with?",
            "Client: Sure.",
            "Therapist: Wonderful. Let's give this a little structure, almost like a table with columns; some people "
            "call it a thought record. First column: the situation. Where were you, who was there, and what happened, "
            "as factually as you can put it?",
            "Client: Tuesday, the budget meeting. My director and four other managers. I said we could probably "
            "absorb the training costs in Q3. Marcus raised an eyebrow.",
            "Therapist: Thank you, that's really clear. Second column: what went through your mind at that moment? "
            "The automatic thoughts, the ones that simply popped up uninvited.",
            "Client: 'He thinks I'm out of my depth.' 'I've just made a fool of myself in front of the director.' "
            "'They're going to regret promoting me.'",
            "Therapist: And the third column: the feelings that came with those thoughts, and how strong each one "
            "was, from zero to a hundred?",
            "Client: Embarrassed, eighty. Anxious, ninety. Slightly sick.",
            "Therapist: I'm really grateful for your honesty. Before we move to the last column, I'm curious about "
            "the replaying itself, since it seems to be something you do a great deal. What would you say it gives "
            "you? What's the good side of it, honestly?",
            "Client: I suppose it feels like preparing. If I go over it enough, I'll catch my mistakes and not repeat "
            "them. It feels responsible.",
            "Therapist: That makes a lot of sense, and it's important to acknowledge that the replaying is trying to "
            "help you. And on the other side of the ledger, what does it cost you?",
            "Client: Sleep, mainly. I'm tired for the next meeting, so I do worse. I never come up with anything new, "
            "I just go round in circles. And my wife says I'm not present at dinner.",
            "Therapist: So if we weigh it up, the replaying promises preparation but, by your own account, delivers "
            "tiredness, circles and lost evenings. Would you say it's an efficient way of getting what you want from "
            "it?",
            "Client: No. It's terrible value for money, to use a budget term.",
            "Therapist: I love that framing. Now, returning to the fourth column, which is where we look for a more "
            "balanced response. If you step back from 'He thinks I'm out of my depth', is there another way of seeing "
            "what happened in that meeting?",
            "Client: Marcus raises an eyebrow at everyone, actually. And the director said 'good, let's look at that' "
            "afterwards. Maybe the eyebrow was just him thinking about his own budget.",
            "Therapist: That's such a thoughtful reconsideration. How might you phrase a thought that feels both "
            "fairer and believable to you?",
            "Client: 'I made a reasonable suggestion. Marcus's face isn't a verdict, and the director took it "
            "seriously. I'm new and still learning, and that's allowed.'",
            "Therapist: Beautifully put. How strongly do you believe that now, and what happens to the embarrassment "
            "and the anxiety?",
            "Client: Seventy percent, maybe. Embarrassment down to forty, anxiety fifty.",
            "Therapist: I'd also like to gently notice how harsh the voice in those automatic thoughts is. If your "
            "closest friend had just been promoted, said exactly what you said in that meeting, and then told you "
            "he'd been up until two punishing himself, what would you say to him?",
            "Client: I'd tell him to go easy. That nobody gets it all right in the first six months, he got the job "
            "for a reason, and to go to bed.",
            "Therapist: What might it be like to speak to yourself in that same tone when the replaying starts?",
            "Client: Odd. But I could manage 'go easy, go to bed'.",
            "Therapist: I think that's a really kind place to begin. On the retreat your wife mentioned, I'd actually "
            "suggest holding off on adding anything new like that, or a gratitude journal, for now; I'd hate for this "
            "to become one more thing to get right. There's no need to do anything with what we wrote today before we "
            "meet again. We've covered a great deal. Shall we pause there?",
            "Client: Yes. Thanks. That helped more than I expected.",
        ),
        frozenset({"cognitive_restructuring", "pros_and_cons", "self_compassion", "thought_record"}),
    ),
}
