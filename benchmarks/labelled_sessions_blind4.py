"""Blind test set 4 for the technique detector: fourteen counselling sessions written from scratch.

Written by a helper session that never saw the detector: it did not open the transforms package, the catalog file
(sql/technique_catalog.json), the tests, the README, the docs, the other labelled-session modules or any benchmark;
it did not grep the repository for phrases and ran nothing of the product. The only catalog fields read were each
technique's code, name, family and description (synonyms and cue fields were withheld), plus the first 45 lines of
labelled_sessions_blind3.py and the first 22 lines of labelled_sessions.py for the interface and labelling
conventions. No text was copied from any corpus. (One lapse, reported by the writer: a final check that every label
is a catalog code loaded the catalog file and read its `code` fields, which the permitted listing shows anyway, after
the labels were fixed; nothing else of it was printed.)

The sessions deliberately vary modality, setting and voice, and avoid blind3's settings: CBT-E for an eating
disorder, trauma-focused work with a veteran (no graphic detail), the last session of a chronic-pain programme, a
carers' helpline call, alcohol relapse prevention before a family wedding, a social-anxiety group, a university
counselling drop-in, a bereaved father (listening only), couple communication work, a workplace conflict coach, a
text-message counselling service with abbreviations, a transcribed session with fillers and interruptions, a terse
machine-generated session and a nurse working in her second language. Counsellors mostly use techniques in their own
words without naming them; the social-anxiety group and the terse machine-generated session name them plainly.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or
practises in it. A client merely mentioning something (a breathing app, a diary, a support group, a friend), or the
counsellor merely asking about a topic or advising against something, is not a label; rapport_empathy, assessment
and session_structure are never labelled. ``homework`` is labelled only when a task is explicitly agreed for before
the next meeting; single-contact and final sessions that end with a plan but no next meeting carry no ``homework``.
Several sessions contain such decoys on purpose. The listening-only session carries no label.

The labels were fixed before the detector was run on these sessions, and must not be edited to match its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND4_SESSIONS: dict[str, LabelledSession] = {
    # CBT-E for a binge-restrict pattern: the monitoring sheets (with the thoughts column) reviewed, the
    # restriction-binge loop explained, the prediction "eating lunch will put 2 kg on me" set up as a test with
    # the in-session weight as the check, and the sheets plus the test agreed for the week before next Tuesday.
    "blind4/cbte_binge_restrict_cycle.txt": LabelledSession(
        _session(
            "Therapist: Before we weigh, can we go through your sheets from this week together? I'd like to see "
            "the columns you filled in, not just the food.",
            "Client: They're a bit of a mess. Tuesday and Thursday were bad. I didn't eat anything until about six "
            "and then I basically ate the whole cupboard.",
            "Therapist: Thank you for writing them down anyway, the messy days are the most useful ones. On Tuesday "
            "at three o'clock you wrote, in the thoughts column, 'If I eat lunch I won't be able to stop.' Then at "
            "eight, after the binge: 'Disgusting. No willpower.' What were you feeling at three?",
            "Client: Scared, I suppose. And kind of proud that I'd held out.",
            "Therapist: And at eight?",
            "Client: Just hatred. Of me.",
            "Therapist: Can I show you something about how these two moments connect? When your body goes nine or "
            "ten hours without food, the pull to eat builds up, physically and in your head; it isn't a character "
            "flaw. By the evening that pressure is enormous, so a binge is very likely. After a binge, the natural "
            "reaction is to cut back even harder the next day, which sets up the next binge. The restricting is "
            "what keeps the bingeing going, far more than willpower does.",
            "Client: So the holding out is the problem? That feels completely backwards.",
            "Therapist: It does to nearly everyone at first. Which is why I don't want you to take my word for it. "
            "What do you think would happen if you ate at regular times for a week: breakfast, lunch, an afternoon "
            "snack, dinner and something in the evening, no gap longer than about four hours?",
            "Client: I'd put on weight. Loads. Two kilos at least, in a week.",
            "Therapist: How sure are you, nought to a hundred?",
            "Client: Ninety.",
            "Therapist: Then that's something we can actually find out rather than argue about. The prediction is "
            "'two kilos in a week'. You eat to that pattern, we weigh here next Tuesday like we do every week, and "
            "we look at the number together. Whatever it shows, we'll have learned something.",
            "Client: And if I have gained?",
            "Therapist: Then we'll look at it honestly, and at what the binges did over the same week. Fair?",
            "Client: Fair. Scary, but fair.",
            "Therapist: So between now and next Tuesday: the regular eating pattern, and keep the sheets going, "
            "including the thoughts column, especially around three in the afternoon. Bring them with you.",
            "Client: Okay. Three o'clock is the danger zone, I'll write it all down.",
        ),
        frozenset({"psychoeducation", "thought_record", "behavioral_experiment", "homework"}),
    ),
    # Trauma-focused work with a veteran at a service charity. Decoys: the wife's breathing app is only mentioned
    # by the client; the counsellor advises against drinking to sleep (advice against, not a label); the first
    # ladder step is to be done together at the next session, so nothing is set for in between (no homework).
    "blind4/veteran_supermarket_ladder.txt": LabelledSession(
        _session(
            "Therapist: Last time you said the supermarket is the thing that's really getting in the way. Tell me "
            "what happens when you go in.",
            "Client: I don't, mostly. Wife does the shopping now. If I do go, I'm scanning the whole time, where's "
            "the exit, who's behind me, who's got their hands in their pockets. Somebody dropped a crate of bottles "
            "in there in March and I was out of the door and in the car before I knew I'd moved.",
            "Therapist: Your body was faster than your thinking.",
            "Client: Always is. She put some breathing app on my phone. I deleted it. Not my thing.",
            "Therapist: That's all right, we don't need it. Can I explain what I think is going on, because it "
            "might make the crate moment make more sense? Over there, your brain learned, for very good reasons, "
            "that crowds, noise and people behind you meant danger. That learning got stored in a part of the brain "
            "that works fast and doesn't check the calendar. So a crate smashing in a supermarket in Derby gets "
            "handled like it's happening back then. It's an alarm that's doing its job in the wrong place, not a "
            "sign you're broken.",
            "Client: Doesn't check the calendar. Yeah. That's about right.",
            "Client: Sorry. Talking about it, I'm... my chest's going.",
            "Therapist: That's fine, we'll slow down. Put both feet flat on the floor and press them down. Feel the "
            "chair holding your back. Now look around this room and tell me three things you can see.",
            "Client: Clock. Your green mug. That poster with the boat on it.",
            "Therapist: Good. Two things you can hear.",
            "Client: Traffic. The heater clicking.",
            "Therapist: And what's today's date, and where are you?",
            "Client: Twelfth of November. The centre on Albert Road.",
            "Therapist: Where's your chest now, out of ten?",
            "Client: Came down. Five maybe. It was eight.",
            "Therapist: That's something you can do anywhere, including in an aisle. Now, the supermarket. "
            "Avoiding it keeps the alarm convinced it was right. What I'd suggest is we build up to it in steps, "
            "easiest first, and at each step you stay until the alarm settles instead of leaving at the peak. "
            "What's the easiest version you could imagine?",
            "Client: Petrol station kiosk, early. Nobody there.",
            "Therapist: Then the corner shop, then the big shop at seven in the morning, and Saturday afternoon "
            "right at the top. We'll do the petrol station together next time, I'll come with you.",
            "Client: Alright. I'll do that. I've been having a couple of whiskies to get off to sleep, by the way.",
            "Therapist: I'd go careful with that, it tends to make the sleep worse later in the night. One more "
            "thing: the charity runs a breakfast on Thursday mornings, just ex-forces, bacon rolls and nobody "
            "asking questions. A lot of the lads say being around people who get it does more than I do. Would you "
            "give it a go?",
            "Client: Maybe. I knew a couple of the blokes who go. I might.",
        ),
        frozenset({"psychoeducation", "relaxation_mindfulness", "exposure", "social_support"}),
    ),
    # Final session of a chronic-pain management programme: what matters (grandchildren, garden, choir), paced
    # concrete targets, valued activities put into the week, a longer out-breath practised for flare-ups. Decoys:
    # the physio's pain diary is only mentioned; last session, so the plan carries no homework.
    "blind4/chronic_pain_last_session.txt": LabelledSession(
        _session(
            "Therapist: This is our last one, Maureen, so I'd like us to leave with something you can carry on "
            "with on your own.",
            "Client: I've been dreading that, honestly. The physio has me keeping a pain diary and all it tells me "
            "is that it hurts every day.",
            "Therapist: I believe it. Let me ask something different. If the pain weren't the one deciding, what "
            "would your weeks be about? What actually matters to you?",
            "Client: The grandchildren, first. Being a proper nan, not the one on the sofa. The garden. And I used "
            "to sing, with the choir at St Luke's, before all this.",
            "Therapist: Being a proper nan, the garden, singing. When you've given those up, has it been because "
            "they stopped mattering?",
            "Client: No. Because I was frightened of paying for it the next day.",
            "Therapist: So the pain's been steering by fear of tomorrow, and what you care about has been pushed to "
            "the back seat. Let's put those three back in the front, but at a size your body will go along with. "
            "Take the garden. How long can you potter before it really starts to bite?",
            "Client: Fifteen, twenty minutes on a good day. Then I overdo it and I'm flat for two days.",
            "Therapist: Then we start under that, on good days and bad days alike: ten minutes, then sit down with "
            "a cup of tea whether you feel you need to or not. Every fortnight, add two minutes if it's gone alright. "
            "Does ten feel doable, honestly?",
            "Client: Ten I can do. Even on a bad day, ten.",
            "Therapist: Now let's put them into an actual week. Which days for the garden?",
            "Client: Monday, Wednesday and Friday mornings. Thursday's choir, it's half past seven.",
            "Therapist: What about going for the first half of choir and leaving at the tea break, to begin with?",
            "Client: I could. Pat would drive me. And the grandchildren are Saturdays, I could read to them instead "
            "of trying to chase them round.",
            "Therapist: That's the week: garden three mornings, half of choir on Thursday, reading on Saturday. One "
            "more tool, for the flare-ups. Sit back with me. Breathe in through your nose to a count of four... and "
            "out through your mouth slowly, to six, like blowing on soup. Again. In for four, out for six.",
            "Client: Out for six is long.",
            "Therapist: That's the point, the long out-breath tells your nervous system to stand down a little. "
            "Three more together. When a flare comes, do ten rounds before you decide anything.",
            "Client: That's quite nice, actually. My shoulders dropped.",
            "Therapist: Good. There's no next session with me, but your GP review is in three months, and you can "
            "show her the plan.",
        ),
        frozenset({"values_clarification", "goal_setting", "behavioral_activation", "breathing_exercise"}),
    ),
    # Carers' advice-line call, single contact: kindness the caller would show a friend, the "no break ever"
    # problem worked through (options, choose, plan), the exact words for asking her brother, the carers' group.
    # Decoys: the caller's diary of her mother's behaviour for the memory clinic; no next meeting (no homework).
    "blind4/carer_helpline_mum_dementia.txt": LabelledSession(
        _session(
            "Therapist: Carers' line, you're through to Andrea. Take your time.",
            "Client: Hi. Sorry. I don't really know why I've rung. Mum's got dementia, she lives with me, and this "
            "morning I shouted at her because she'd put the kettle in the fridge again. She cried. I've been "
            "crying since.",
            "Therapist: That sounds like a really hard morning. How long have you been looking after her?",
            "Client: Three years. Two of them on my own, really. I keep a diary of what she does for the memory "
            "clinic, and reading it back it's relentless. And now I'm the daughter who shouts.",
            "Therapist: Can I ask you something? If your closest friend rang you and said, 'I've cared for my mum "
            "day and night for three years without a break, and this morning I lost my temper once,' what would you "
            "say to her?",
            "Client: I'd say... God, you're exhausted, of course you did. You're only human.",
            "Therapist: Would you say she's a bad daughter?",
            "Client: No. I'd tell her to go easy on herself.",
            "Therapist: I wonder if you could let some of that be for you too. Not as a treat, as a need. You're "
            "the thing holding the whole arrangement up, and you're running on empty. When did you last have a "
            "full day that was yours?",
            "Client: I genuinely can't remember.",
            "Therapist: Then that sounds like the problem to work on today: no breaks at all. Let's throw out every "
            "option, even the silly ones, before we judge any.",
            "Client: Day centre, I suppose. There's one in Hadley that takes people with dementia. A sitting "
            "service. My brother Neil, he lives twenty minutes away and does nothing. Paying someone, but I can't "
            "afford much. Putting her in a home, which I won't.",
            "Therapist: Good list. Which of those looks most doable and would make the most difference?",
            "Client: The day centre, if they've got space. Two days would change everything.",
            "Therapist: Then let's make it concrete. Who rings them, when, and what do you need to have ready?",
            "Client: Me, Monday morning when she's at the hairdresser's. I'll need her NHS number and the social "
            "worker's name.",
            "Therapist: And Neil. What would you want from him, exactly?",
            "Client: I've hinted. He says 'let me know if you need anything.'",
            "Therapist: Hints are easy to miss and 'anything' is easy to dodge. Let's get the actual words down. "
            "Something like: 'Neil, I need you to have Mum every other Saturday from ten until four, starting on the "
            "twentieth. I'm not asking if you can help in general; I'm asking for that.' Short, specific, and no "
            "apologising.",
            "Client: I always apologise. Okay. 'Every other Saturday, ten till four, starting the twentieth.' I'm "
            "writing it on the back of an envelope.",
            "Therapist: One more thing. We run a carers' group on Wednesday evenings at the centre, and the day "
            "centre can often take your mum while you're there. People in exactly your position, who won't judge "
            "the kettle morning.",
            "Client: I think I'd like that. Thank you. I feel a bit less mad.",
        ),
        frozenset({"self_compassion", "problem_solving", "assertiveness_training", "social_support"}),
    ),
    # Alcohol relapse prevention before a sister's wedding: ninety days reviewed for what worked, drinking "just
    # the toast" weighed on paper, a short refusal line, then the counsellor plays the uncle who won't take no.
    # Decoy: the client's AA meetings are only mentioned; no task set for before the next appointment.
    "blind4/relapse_prevention_wedding.txt": LabelledSession(
        _session(
            "Therapist: Ninety days on Friday, Kev.",
            "Client: Ninety-two. Not that I'm counting.",
            "Therapist: Before we get to the wedding, I want to spend a minute on how you've done ninety-two days, "
            "because you did them. What have you done that's worked?",
            "Client: Going to the gym after work instead of the pub, that's the big one. Telling the lads straight "
            "out. Going to meetings, a couple a week. Getting rid of everything in the house on day one.",
            "Therapist: That's a lot of deliberate choices. The gym swap especially, that's five o'clock every day, "
            "which used to be the hardest hour. You've also got through your birthday and a funeral sober. That's "
            "not luck, that's skill you've built.",
            "Client: Put like that. Yeah. But the wedding's different. It's my sister. Everyone'll be drinking and "
            "I was thinking I'd just have the toast. One glass of fizz.",
            "Therapist: Let's look at it properly rather than in your head at two in the morning. Draw a line down "
            "the middle of this page. On one side, what having the toast would give you; on the other, what it "
            "might cost you.",
            "Client: Give me... not standing out. Not having to explain. Feeling normal for one day.",
            "Therapist: And the costs?",
            "Client: Day one again. And if I'm honest, one glass has never once been one glass. My sister would "
            "see. She asked me not to, actually.",
            "Therapist: Now the other option, a soft drink all day. What does it give you and what does it cost?",
            "Client: Costs me some awkwardness. Gives me... being there properly. Remembering her speech. Driving "
            "Mum home. Ninety-three days on the Monday.",
            "Client: Looking at it written down, it's not really close, is it.",
            "Therapist: You said it, not me. So the hard bit is the people. What will you actually say when "
            "someone offers?",
            "Client: Dunno, something about antibiotics?",
            "Therapist: Excuses invite negotiating. Try something short and true, said once and repeated if "
            "needed: 'No thanks, I'm not drinking. I'll have a lime and soda.' No reason, no sorry.",
            "Client: 'No thanks, I'm not drinking.' Feels rude.",
            "Therapist: It's polite and it's clear. Want to try it against the worst of them? Who's the hardest?",
            "Client: Uncle Dermot. Guaranteed.",
            "Therapist: Right, I'm Dermot. 'Kevin! Get that down you, it's your sister's wedding, one won't kill you!'",
            "Client: Ha. 'No thanks, Dermot, I'm not drinking. I'll have a lime and soda.'",
            "Therapist: 'Ah, don't be soft, one little one for the toast, I'm not having my nephew toasting with "
            "juice.'",
            "Client: 'I'm not drinking, Dermot. Lime and soda's fine.' And then I'd walk off to the bar and get it "
            "myself.",
            "Therapist: That was solid. You didn't explain, you didn't apologise, you repeated it and you moved. "
            "How did it feel?",
            "Client: Weirdly easy the second time.",
        ),
        frozenset({"strengths_review", "pros_and_cons", "assertiveness_training", "role_play"}),
    ),
    # Social-anxiety CBT group, the facilitator naming things plainly: safety behaviours and self-focus
    # explained, an in-group talk done with and then without safety behaviours against a rated prediction, the
    # facilitator playing a colleague for small talk, and one experiment each agreed for before next Thursday.
    "blind4/social_anxiety_group_experiment.txt": LabelledSession(
        _session(
            "Therapist: Welcome back, everyone. Last week we drew up your lists of safety behaviours, the things "
            "you do to get through social situations. Tonight's about why they backfire. Here's the short "
            "version: when you're anxious your attention turns inwards, you monitor how red you are, how shaky your "
            "voice sounds, and you assume everyone else can see it too. Safety behaviours like rehearsing sentences, "
            "holding your cup with both hands or avoiding eye contact feel protective, but they keep the attention "
            "on yourself, they can make you come across as more distant, and they stop you ever finding out that "
            "you'd have been fine without them.",
            "Client: This is Priya. That's me with the rehearsing. I have whole sentences ready before I speak.",
            "Therapist: Thank you, Priya. Would you be willing to be our first behavioural experiment tonight? You'd "
            "talk to the group for two minutes about anything, your weekend, twice. The first time with all your "
            "usual safety behaviours, the second time dropping them and looking at people. Before you start: what "
            "do you predict will happen the second time?",
            "Client: I'll lose my thread, go bright red and everyone will think I'm an idiot. Anxiety ninety, and "
            "I think I'll look about eighty anxious.",
            "Therapist: Write those numbers on the board. Off you go, round one.",
            "Client: (after both rounds) Okay. The second one was horrible at the start and then actually easier? "
            "I felt about seventy. I didn't lose my thread.",
            "Therapist: Group, how anxious did Priya look, the second time, out of a hundred?",
            "Client: This is Tom. Twenty, maybe. She seemed more relaxed the second time, honestly, more herself.",
            "Therapist: So the prediction was looking eighty anxious, and the group saw about twenty. What do you "
            "make of that, Priya?",
            "Client: That what I feel and what people see aren't the same thing. Huh.",
            "Therapist: Tom, you said small talk at work is the one for you. Let's practise. I'll be a colleague at "
            "the coffee machine, you come in, no scripts. Ready? 'Morning. This machine's broken again, typical.'",
            "Client: Er, 'yeah, it was broken yesterday too. Did you, um, have a good weekend?'",
            "Therapist: 'Not bad, went to see my in-laws in Leeds. You?'",
            "Client: 'Just went climbing. Indoor, not, you know, mountains.'",
            "Therapist: Stepping out: you kept eye contact and you asked a question back. What did you notice?",
            "Client: I was listening to you rather than planning my answer. That's new.",
            "Therapist: So here's what I'd like each of you to do before next Thursday: one experiment of your own. "
            "Pick a real situation, write down your prediction, drop one safety behaviour, and write down what "
            "actually happened. We'll go round and hear them at the start of next week's group.",
            "Client: Priya again. Mine's the team meeting on Monday. I'm going to speak without notes.",
        ),
        frozenset({"psychoeducation", "behavioral_experiment", "role_play", "homework"}),
    ),
    # University counselling drop-in, one contact: what says the student will fail the resit and what says
    # otherwise, what actually happens if they do (worst, best, likely, coping), a concrete revision target.
    # Decoys: the counsellor asks about sleep and caffeine and advises against all-nighters; the student's
    # meditation app and flatmates are only mentioned; "come back to drop-in" is structure; no next meeting.
    "blind4/uni_dropin_stats_resit.txt": LabelledSession(
        _session(
            "Therapist: Hi, come in. This is the drop-in, so we've got about twenty-five minutes. What's brought "
            "you in today?",
            "Client: I've got my stats resit in nine days and I'm going to fail it and get kicked off the course. "
            "I haven't slept properly in a week.",
            "Therapist: Nine days, and you're already sure you'll fail. How are you sleeping, and how much coffee "
            "are we talking?",
            "Client: Four or five hours. Energy drinks, three or four a day. I've been doing all-nighters.",
            "Therapist: I'd really steer away from the all-nighters; tired brains don't hold on to formulas. Can we "
            "look at the 'I'm going to fail' part? What makes you so sure?",
            "Client: I got thirty-eight first time. Pass is forty.",
            "Therapist: Okay, that's one piece. Anything else pointing that way?",
            "Client: I just don't get regression. I freeze on it.",
            "Therapist: And is there anything that points the other way? Anything at all, even small.",
            "Client: Well, I had flu in the first exam, I was properly ill. And I got fifty-two on the mock I did "
            "last week, which surprised me. And my tutor said my coursework was fine.",
            "Therapist: So: thirty-eight while ill, fifty-two on a recent mock while well, and decent coursework. "
            "If a friend showed you that, would you say they're sure to fail?",
            "Client: No. I'd say they'll probably scrape it. Maybe better.",
            "Therapist: Let's take the fear seriously too, though. Suppose you did fail. What actually happens? Do "
            "you know the rules?",
            "Client: I assumed you're just out. And my parents go mental.",
            "Therapist: What does the student handbook say about a second resit?",
            "Client: I looked, actually. You can repeat the module next year alongside second year. It's a pain but "
            "you're not kicked off.",
            "Therapist: So the very worst case is a harder second year, not leaving. Best case?",
            "Client: I pass with a decent mark and forget about it.",
            "Client: Most likely is I pass, a bit over forty, fifty if I'm lucky.",
            "Therapist: And if the worst did happen, how would you cope with it?",
            "Client: I'd be gutted for a week, tell my parents, and take the module again. My flatmates would "
            "drag me out. I'd survive it.",
            "Therapist: That sounds very different from 'kicked off the course'. With nine days, what would a "
            "realistic target look like? Small enough that you'd actually do it.",
            "Client: Three past papers, timed, one every other day. And regression questions for forty-five "
            "minutes each morning before I do anything else.",
            "Therapist: Three timed papers and forty-five minutes of regression each morning. That's concrete.",
            "Client: I've got a meditation app I use for sleep sometimes, is that okay to keep doing?",
            "Therapist: Of course, if it suits you. And the drop-in is here every weekday if the panic comes back.",
        ),
        frozenset({"evidence_examination", "decatastrophizing", "goal_setting"}),
    ),
    # Listening only: a bereaved father, eight months on. The counsellor reflects and stays with him. Decoys: the
    # client mentions writing letters to his son, a parents' group he went to once, walking the dog and his
    # wife; the counsellor proposes none of them, does not normalise, affirm strengths or suggest self-care.
    "blind4/bereaved_father_listening.txt": LabelledSession(
        _session(
            "Therapist: Hello, Graham. Where would you like to start today?",
            "Client: It was eight months on Sunday. Daniel. I keep thinking I should be further on than this.",
            "Therapist: Eight months on Sunday.",
            "Client: People have stopped asking. At work it's like it never happened. Which I wanted, I think, but "
            "now it feels like he's being rubbed out.",
            "Therapist: Like the world has moved on and taken him with it.",
            "Client: Yes. Exactly that. Some nights I write to him. Letters. Just telling him about the football, "
            "what his mum's doing, the dog. I've got a drawer full. I don't know if that's mad.",
            "Therapist: You keep talking to him.",
            "Client: I don't want to stop. (pause) We went to a group once. Parents who've lost children. Sarah "
            "found it helpful. I sat there and couldn't say his name.",
            "Therapist: His name wouldn't come out.",
            "Client: It felt like if I said it in that room it'd make it official. Stupid.",
            "Therapist: Saying it there felt like it would make it final.",
            "Client: (long pause) I walk the dog up to the reservoir every morning, the route he used to do. It's "
            "the only time I feel anywhere near him.",
            "Therapist: Up there, on his route, he's close.",
            "Client: And then I come home and Sarah's at the kitchen table and we just don't know what to say to "
            "each other. We're both so careful.",
            "Therapist: Careful with each other.",
            "Client: Like if either of us cracks, the other one will go as well.",
            "Therapist: You're holding on so that she can.",
            "Client: (crying) I just miss him. That's all it is. I just miss him.",
            "Therapist: (pause) You miss him.",
            "Client: Thank you for not trying to fix it.",
            "Therapist: I'm here. Take all the time you need.",
        ),
        frozenset(),
    ),
    # Couple communication work: the pursue-withdraw pattern interpreted and tied to his family of origin and to
    # what is happening in the room right now, "when... I feel... I'd like..." requests coached, the old Sunday walk
    # put back in the calendar, and a nightly check-in plus the walk agreed for before the next session.
    "blind4/couple_pursue_withdraw.txt": LabelledSession(
        _session(
            "Therapist: Sam, Dan, last time ended with the row about the bins. How have the two weeks been?",
            "Client: (Sam) Same as always. I try to talk about something and he disappears into his phone.",
            "Client: (Dan) Because it's never 'talking', it's a list of what I've done wrong.",
            "Therapist: Can I point out something I've noticed, here and in what you've both described? Sam, when "
            "you feel Dan pulling away, you push harder, you get louder, you follow him into the next room. Dan, "
            "the louder Sam gets, the quieter you go. And the quieter you go, the more alone Sam feels, so the "
            "louder she gets. You're each reacting to the other's reaction.",
            "Client: (Sam) That's exactly it. It's a loop.",
            "Therapist: Dan, you told me your parents' arguments were huge, doors slamming, and that as a boy you "
            "went to your room and kept very still until it blew over. I wonder whether going quiet is that same boy "
            "keeping safe, rather than not caring.",
            "Client: (Dan) ...I've never thought of it like that. It does feel like I'm about nine.",
            "Therapist: Let's stay with this moment. Sam's just heard you say that. Dan, what's happening in you "
            "right now, as you look at her?",
            "Client: (Dan) Tight in the chest. I want to look away. I'm trying not to.",
            "Therapist: And Sam, seeing him try not to look away?",
            "Client: (Sam) I feel soft towards him. That's not what I usually feel in a row.",
            "Therapist: Sam, the bins. Instead of the list, could you say it in three parts: what happened, how it "
            "left you feeling, and what you'd like, one thing. For instance, 'When the bins didn't go out on "
            "Thursday, I felt like I'm carrying the house on my own, and I'd like us to agree who does them.'",
            "Client: (Sam) 'When the bins didn't go out, I felt like I'm doing everything alone. I'd like us to "
            "split the weekly jobs and write it down.'",
            "Therapist: Dan, how was that to hear, compared with usual?",
            "Client: (Dan) I can actually answer that. 'Okay. I'll take bins and the recycling.'",
            "Therapist: You both used to walk along the canal on Sunday mornings, you told me at the start. When "
            "did that stop?",
            "Client: (Sam) When the baby came. Then just never started again.",
            "Therapist: Let's put it back, in the calendar, like an appointment: Sunday, nine o'clock, an hour, "
            "your mum has the baby. Something you both enjoy, not something to fix.",
            "Client: (Dan) I'd like that. I miss that walk.",
            "Therapist: So before we meet again in a fortnight: ten minutes each evening after the baby's down, one "
            "of you says one thing in the three-part way and the other just listens and says it back. And the "
            "Sunday walk, both Sundays. We'll start next time with how they went.",
            "Client: (Sam) Ten minutes. We can manage ten minutes.",
        ),
        frozenset({"insight_interpretation", "assertiveness_training", "behavioral_activation", "homework"}),
    ),
    # Workplace conflict coaching: who was responsible for the failed launch divided into slices, "I must never let
    # the team down" softened into a preference, the meeting with the manager worked out (options, choice, plan),
    # then rehearsed with the coach as the manager. Decoy: advice against sending last night's angry email.
    "blind4/workplace_coach_launch_blame.txt": LabelledSession(
        _session(
            "Therapist: So the launch slipped by six weeks, and in Monday's meeting Gareth said it was down to your "
            "team. Where's your head at with it now?",
            "Client: Honestly, I think he's right. It's my fault. I drafted an email to him at midnight saying so, "
            "and also telling him exactly what I think of him.",
            "Therapist: I'd hold off on sending that one, midnight emails rarely age well. Let's look at the 'it's "
            "my fault' first. If we listed everything that contributed to the six weeks, what would be on it?",
            "Client: The supplier was three weeks late with the components. The director changed the scope in "
            "August. QA had two people off sick. And I didn't flag the timeline slipping early enough.",
            "Therapist: Good, that's honest. Now draw a circle on that pad and share it out among those, as a "
            "slice for each, by how much each one actually caused the delay. Leave your own slice until last.",
            "Client: Supplier, that's a big one, a third maybe. The scope change, another quarter. QA... a fifth? "
            "That leaves about twenty per cent for me.",
            "Therapist: Twenty per cent. How does that compare with 'it's my fault'?",
            "Client: It's not nothing. But it's not all of it.",
            "Therapist: What's the rule you're living by that turned twenty per cent into a hundred?",
            "Client: 'I must never let my team down.' I've always had that.",
            "Therapist: Is 'never' possible, for any team lead, ever?",
            "Client: No. Obviously not.",
            "Therapist: What would a version be that keeps the caring but loses the 'must never'?",
            "Client: Something like, 'I want to look after my team, and when I get something wrong I own my part "
            "and fix it.'",
            "Therapist: How much do you believe the new one?",
            "Client: Sixty, seventy. More than I expected.",
            "Therapist: Now, Gareth. What's the actual problem you need to solve with him?",
            "Client: That he's blamed my team publicly and the director now thinks we're the weak link.",
            "Therapist: What are all the ways you could respond?",
            "Client: Send the email. Say nothing. Go to HR. Ask him for a one-to-one. Raise it at the next all-hands.",
            "Therapist: Which gives you the best chance of a fair picture reaching the director without a war?",
            "Client: The one-to-one. Then maybe agree what goes in the lessons-learned report.",
            "Therapist: When, and what do you bring?",
            "Client: Thursday, his usual free slot. I bring the timeline with the supplier dates and the scope "
            "change email.",
            "Therapist: Let's run it. I'll be Gareth. You open. 'So, you wanted a chat?'",
            "Client: 'Yes. I want to talk about Monday. I own that I didn't flag the slip early enough. I'd also "
            "like the report to show the supplier delay and the August scope change.'",
            "Therapist: 'Come on, everyone has suppliers. Your team should have had a buffer.'",
            "Client: 'We had two weeks' buffer, and the supplier was three weeks late. I've got the dates here.'",
            "Therapist: Out of role: steady, factual, and you didn't apologise for the bits that aren't yours.",
        ),
        frozenset({"continuum_or_pie_chart", "cognitive_restructuring", "problem_solving", "role_play"}),
    ),
    # Text-message counselling service, one contact, abbreviations: risk asked about directly, reasons, warning
    # signs, people and the crisis line put into a plan, a 5-4-3-2-1 grounding exercise, and what got the texter
    # through last winter recalled. Decoy: "my therapist told me 2 journal" is only mentioned.
    "blind4/text_service_night_plan.txt": LabelledSession(
        _session(
            "Client: hi is this the text thing",
            "Therapist: Hi, yes, you're texting the support line. I'm Jo. What's going on tonight?",
            "Client: everything. got sacked from the cafe today, rent due fri, bf not replying. i just want it all 2 "
            "stop tbh",
            "Therapist: That's a lot landing on one day. When you say you want it all to stop, I need to ask you "
            "straight: are you thinking about killing yourself?",
            "Client: idk. kind of. not like a plan. just thinking it wd be easier",
            "Therapist: Thank you for telling me. Have you got anything with you right now you'd use to hurt yourself?",
            "Client: no. just in my room",
            "Therapist: OK. Where are you on a scale of 1-10 for how overwhelmed you are right now?",
            "Client: 9",
            "Therapist: Let's try to bring that down a bit first. Can you look round your room and text me 5 things "
            "you can see?",
            "Client: lamp, my cat, laundry pile lol, phone charger, poster",
            "Therapist: 4 things you can feel right now?",
            "Client: duvet. cat fur. my hoodie sleeve. cold feet",
            "Therapist: 3 things you can hear?",
            "Client: fridge. cat purring. car outside",
            "Therapist: Nice. Where's the 9 now?",
            "Client: 7 maybe. cat helps",
            "Therapist: Cat's doing good work. Can we put together a plan for tonight and the next few days, so "
            "you've got it written down if it gets bad again? What are the signs for you that it's getting worse?",
            "Client: when i stop replying 2 ppl and just lie there scrolling at like 4am",
            "Therapist: That's really useful to know. What helps, even a bit, when you notice that?",
            "Client: showers weirdly. music. my therapist told me 2 journal lol it doesnt work for me",
            "Therapist: Shower and music then. Who's one person you could message tonight or tomorrow, not your bf?",
            "Client: my sister amira. she'd come over",
            "Therapist: Could you text her after we finish? And if it gets to where you feel unsafe, call 999 or "
            "the 24hr line on 116 123, or text us again. Can you save those in your notes now?",
            "Client: saved. ok ill text amira",
            "Therapist: You said last winter was really bad too. What got you through that time?",
            "Client: i made myself go 2 my sisters every sunday. and i applied 4 like 30 jobs and got the cafe one",
            "Therapist: So you've climbed out of a hole like this before, and you did it by reaching out and by "
            "not giving up on the job hunt. That's still in you.",
            "Client: yeah. ok. thanks jo. feel less alone",
        ),
        frozenset({"safety_planning", "relaxation_mindfulness", "strengths_review"}),
    ),
    # Transcribed depression session with fillers, crosstalk and inaudibles: the withdrawal-low mood spiral
    # explained, activities put into specific days, an evening mood rating with a note, all agreed for the week
    # before next Wednesday. Decoy: the daughter's suggestion of breathing exercises is only mentioned.
    "blind4/transcribed_low_mood_allotment.txt": LabelledSession(
        _session(
            "Therapist: So, um, how's, how's the week been, Ray?",
            "Client: Not, er... not great. I've mostly been in the chair, you know. Telly. My daughter says I "
            "should do breathing exercises, she sent me a video, but I, er, I didn't —",
            "Therapist: Mm.",
            "Client: — didn't watch it. Didn't see the point.",
            "Therapist: Can I, um, can I draw something for you? It's, it's how low mood tends to work. So you "
            "feel low, right, and when you feel low you stop doing things, the allotment, seeing people, because "
            "it all feels like too much effort. Makes total sense. But then you're not getting any of the, the "
            "good stuff those things gave you, the sense of achievement, the, um, the enjoyment, and so the mood "
            "drops a bit more. And then you do even less. It's a spiral, it goes down.",
            "Client: So I'm, I'm making it worse by [inaudible]?",
            "Therapist: Not making — no, it's not your fault, it's what depression does to everybody. But it does "
            "mean we can work it from the doing end. We don't wait to feel like it. We do a bit, and the feeling "
            "tends to follow.",
            "Client: Right. Right. I used to love the allotment. Haven't been since, er, since August.",
            "Therapist: What would, um, a small version look like? Not dig the whole plot.",
            "Client: Just going up. Pick the last of the leeks maybe. Half an hour.",
            "Therapist: Which days? Let's actually, let's put it on this, this week sheet.",
            "Client: Tuesday. And, er, Friday, Frank's up there Fridays.",
            "Therapist: Tuesday and Friday mornings, allotment, half an hour. What else used to matter?",
            "Client: The grandson. Leo. We'd do the crossword on the phone, Sundays —",
            "Therapist: Sunday, phone Leo —",
            "Client: [crosstalk] — crossword, yeah.",
            "Therapist: Sunday, crossword with Leo. Write it in. Good. And, um, one more bit. Each evening, before "
            "bed, could you give your mood a number, nought to ten, and jot down next to it what you did that day? "
            "Just a line. So we can see if the, the doing and the mood go together.",
            "Client: Nought to ten. And what I did. Like a diary.",
            "Therapist: Like a little diary, yeah. So, um, between now and next Wednesday: allotment Tuesday and "
            "Friday, crossword with Leo on Sunday, and the mood numbers every night. Bring the sheet back and we'll "
            "go through it.",
            "Client: I'll, er, I'll give it a go. Frank'll be surprised to see me.",
            "Therapist: I bet he'll be pleased.",
        ),
        frozenset({"psychoeducation", "behavioral_activation", "journaling", "homework"}),
    ),
    # Terse machine-generated CBT session naming its tools: evidence for and against, a 0-100 line for "bad
    # employee", a thought record filled in during the session with a balanced alternative. Decoy: the session
    # ends with no task set (no homework).
    "blind4/terse_llm_fired_thought.txt": LabelledSession(
        _session(
            "Therapist: Session 4. Target thought: 'I'll be fired.' Belief 0-100?",
            "Client: 85.",
            "Therapist: Trigger?",
            "Client: Manager cancelled our 1:1. No reason.",
            "Therapist: Evidence for the thought?",
            "Client: Cancelled meeting. Missed a deadline in March.",
            "Therapist: Evidence against?",
            "Client: Good review in June. Given the new client. Manager cancels with others too.",
            "Therapist: Continuum. 0 = worst employee here, 100 = best. Where do you put yourself?",
            "Client: 60.",
            "Therapist: Where is someone who gets fired?",
            "Client: 10. Maybe 5.",
            "Therapist: Gap between 60 and 10?",
            "Client: Large.",
            "Therapist: Thought record. Situation?",
            "Client: Tuesday, 9 am, email cancelling 1:1.",
            "Therapist: Automatic thought?",
            "Client: 'I'll be fired.'",
            "Therapist: Emotion, intensity?",
            "Client: Anxiety, 80.",
            "Therapist: Balanced alternative?",
            "Client: 'Cancelled meetings are common. My record is mostly good. One missed deadline is not grounds.'",
            "Therapist: Re-rate original belief.",
            "Client: 35.",
            "Therapist: Anxiety now?",
            "Client: 40.",
            "Therapist: Noted. End of session 4.",
        ),
        frozenset({"evidence_examination", "continuum_or_pie_chart", "thought_record", "cognitive_restructuring"}),
    ),
    # Staff-wellbeing session with a Brazilian nurse working in her second language: what she has already achieved
    # recalled, the kindness she would give her sister, the hospital's international nurses' network and a
    # colleague, and small concrete steps. Decoys: her mother's video calls and church are only mentioned; no next
    # meeting is arranged (no homework).
    "blind4/second_language_nurse_lonely.txt": LabelledSession(
        _session(
            "Therapist: Hello, Luciana. You wrote on the form that you've been feeling lonely since you moved. Tell "
            "me about it.",
            "Client: Yes. I am here one year, in the hospital, night shifts. In Brazil I have big family, always "
            "people. Here I go to work, I come home, I sleep. My mother call me on video every Sunday, but after, "
            "the flat is more quiet.",
            "Therapist: So the quiet gets louder after the call.",
            "Client: Exactly this. And at work, in the break, the others talk fast, jokes, TV programmes. I don't "
            "understand everything, so I stay quiet. They think I am cold. I think my English is stupid.",
            "Therapist: Can we stop on that for a second? Look at what you've done to be here. You trained as a "
            "nurse in Brazil, how many years?",
            "Client: Four years, and five years working in intensive care, in São Paulo.",
            "Therapist: Then you passed the English exam for the nursing council, which plenty of native speakers "
            "would find hard, moved country on your own, and you're working nights on an acute ward in your second "
            "language. Your ward manager told occupational health you're one of the calmest nurses on the unit.",
            "Client: (laughs) She say this? I did not know. Yes. It was a lot of work, the exam. Eight months "
            "studying after my shifts.",
            "Therapist: Eight months of studying after shifts. That's not someone with a stupid anything. If your "
            "sister moved to London and rang you saying 'my English is stupid, nobody likes me', what would you say "
            "to her?",
            "Client: I say, you are crazy, you speak two languages, it is only one year, be patient with you. Be "
            "gentle.",
            "Therapist: Could you say a bit of that to yourself? 'It's only one year, be patient with me.'",
            "Client: It is strange. But okay. 'Only one year. Be patient with me, Luciana.'",
            "Therapist: How was that?",
            "Client: My eyes are wet. But good.",
            "Therapist: There's an international nurses' network here at the trust, they meet once a month and a "
            "lot of them came from abroad, Philippines, Nigeria, Portugal, Brazil too I think. And is there anyone "
            "on your ward you feel a little easier with?",
            "Client: Ana, she is from Portugal, she is nice to me. And I go to a church sometimes, Portuguese mass, "
            "but I don't talk to anyone there.",
            "Therapist: Ana and the network sound like good places to start. What would a small, realistic step be? "
            "Something you'd actually manage on nights.",
            "Client: Go to the network meeting this month, it is the twenty-second, I am off. And ask Ana to have "
            "the break with me, one time.",
            "Therapist: The meeting on the twenty-second, and one break with Ana. Both doable?",
            "Client: Yes. Both. Maybe I tell Ana I am shy in English. She will understand, she was the same.",
        ),
        frozenset({"strengths_review", "self_compassion", "social_support", "goal_setting"}),
    ),
}
