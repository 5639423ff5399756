"""Blind test set 5 for the technique detector: fourteen counselling sessions written from scratch.

Written by a helper session that never saw the detector: it did not open the transforms package, the catalog file
(sql/technique_catalog.json), the tests, the README, the docs, any benchmark or any other labelled-session module
(in particular not labelled_sessions_blind4.py); it did not grep the repository and ran nothing of the product. The
only catalog fields read were each technique's code, name, family and description, printed by a one-line command
(synonyms and cue fields were withheld, and the labels were checked against that printed list by eye), plus the
first 45 lines of labelled_sessions_blind3.py for the interface and labelling conventions and the LabelledSession
dataclass in labelled_sessions.py. No text was copied from any corpus; /work/shared was not read.

The sessions deliberately use settings not found in the earlier sets and vary the counsellor's voice: a chatty
gambling session, a clipped session with a new father, a question-heavy session with an injured student athlete, a
formal session on a refugee's resettlement stress, a metaphor-heavy session with a nurse on night shifts, a school
counsellor with a gender-questioning teenager, very directive hoarding work, a jokey coaching session on ADHD
procrastination, a formal psychodynamic-flavoured co-parenting session after divorce, structured habit reversal for
skin picking, low mood in the menopause with a Scots-speaking counsellor, a prisoner's release planning, an isolated
hill farmer visited at home, and a listening-only phone session with a poor signal. Counsellors mostly use
techniques in their own words without naming them.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or
practises in it. A client merely mentioning something (a gratitude journal, a breathing app, a yoga-loving friend,
a support meeting), or the counsellor merely asking about a topic or advising against something, is not a label;
rapport_empathy, assessment and session_structure are never labelled. ``homework`` is labelled only when a task is
explicitly agreed for before the next meeting. Several sessions contain such decoys on purpose. The listening-only
session carries no label.

The labels were fixed before the detector was run on these sessions, and must not be edited to match its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND5_SESSIONS: dict[str, LabelledSession] = {
    # Chatty counsellor, online betting: the good and not-so-good of betting laid side by side, the kind of dad he
    # wants to be, a concrete target for Easter, his brother and a Wednesday group. His father at the bookies is a
    # client mention the counsellor does not interpret; no task is set for next time.
    "blind5/gambling_two_columns.txt": LabelledSession(
        _session(
            "Therapist: Come in, come in, sit wherever suits. Kettle's just boiled if you want one. So last time "
            "you said you'd had a big week on the horses and the football accas. How's it been since?",
            "Client: Honestly? Bad. I lost four hundred on Saturday. Chased it Sunday night and lost another two "
            "hundred. Sarah doesn't know.",
            "Therapist: Ah, that's a heavy thing to be carrying round on your own. Six hundred in a weekend, and a "
            "secret on top of it.",
            "Client: Yeah. And the thing is, I'm not even sure I want to stop completely. It's the one thing I enjoy.",
            "Therapist: Right, so part of you is fed up with it and part of you isn't ready to let it go. Fair "
            "enough. Would you be up for laying both sides out on the table? I'll grab a bit of paper. What does "
            "the betting actually give you, the good stuff, and then what's it costing you?",
            "Client: Good stuff... the buzz. When the last leg comes in it's like nothing else. It's something me "
            "and the lads talk about on the group chat. And it gets me out of my head after work.",
            "Therapist: Buzz, the lads, switching off. I'll jot those on this side. And the other side?",
            "Client: Money, obviously. We're behind on the car payment. I lie to Sarah. I was checking scores at "
            "my daughter's swimming gala instead of watching her. I feel sick on Monday mornings.",
            "Therapist: And if you did cut it right back, what would be good about that, and what would you miss?",
            "Client: I'd sleep. I'd not have to lie. I'd miss the buzz though. And I'd be the boring one in the "
            "group chat.",
            "Therapist: Have a look at the two sides of the page for a sec. What jumps out at you?",
            "Client: The bad side's longer. And heavier, like. The swimming gala one gets me.",
            "Therapist: Go on, what is it about the gala?",
            "Client: Ellie looked up at the stands after her race and I had my head in my phone. She's eight. I "
            "don't want to be that dad. My own dad was always down the bookies, to be fair.",
            "Therapist: When you picture Ellie at fourteen, looking back on these years, what kind of dad do you "
            "want her to remember?",
            "Client: One who was there. Actually there. And one she could trust.",
            "Therapist: So being present and being someone she can trust, those are the big ones for you. How "
            "does the betting sit next to those two?",
            "Client: It doesn't. It's the opposite of both.",
            "Therapist: Okay. I'm not making any decisions for you here, it's your call. But if you were going to "
            "aim for something, what would you want to be true by, say, Easter? It doesn't have to be 'never bet "
            "again' unless that's what you want.",
            "Client: No online betting at all. Apps off my phone, the gambling block on my bank card, the bank "
            "does one. Maybe the odd quid on the Grand National with the lads, and that's it.",
            "Therapist: Let's pin that down then. By Easter: zero online bets, apps gone, the block on the card, "
            "and the National as the one exception. How would you know you'd stuck to it?",
            "Client: The bank statement. It'd be there in black and white.",
            "Therapist: Grand. And who could be in your corner with this? It's a hard road on your own, just you "
            "and the phone at midnight.",
            "Client: Not the lads, they'd take the mick.",
            "Therapist: Maybe not the lads. There's a Gamblers Anonymous group that meets Wednesday nights at the "
            "community centre, full of people who've been exactly where you are. And is there anyone close to "
            "you who could know?",
            "Client: My brother. He went through something like this with the drink. He'd get it.",
            "Therapist: He sounds like a good one to have on your side. Could you talk to him, and maybe take a "
            "look at that Wednesday group?",
            "Client: Yeah. Yeah, I could ring our Danny. And I might try the Wednesday thing.",
            "Therapist: Lovely. We'll leave it there and pick it up on the fourteenth.",
        ),
        frozenset({"pros_and_cons", "values_clarification", "goal_setting", "social_support"}),
    ),
    # Clipped counsellor, a new father seven weeks in: two small activities scheduled, the friend question turned
    # on himself, sixty seconds of present-moment attention at a night feed, all agreed to be ticked off and gone
    # through on Thursday. His wife's gratitude journal and the GP leaflet are client mentions.
    "blind5/new_father_clipped.txt": LabelledSession(
        _session(
            "Therapist: Dev. Sit down. Baby's how old now?",
            "Client: Seven weeks. Arlo. He's great. I'm not.",
            "Therapist: Say more.",
            "Client: I'm numb. Everyone says congratulations and I just nod. I go to work, come home, do the bath, "
            "do the three a.m. feed so Priya can sleep. Then I lie there.",
            "Therapist: Sleep?",
            "Client: Four hours. Broken. The GP gave me a leaflet about dads getting postnatal depression. I "
            "haven't read it. Priya writes in one of those gratitude journals every night. I tried it once and "
            "wrote 'nothing'.",
            "Therapist: Right. What have you stopped doing?",
            "Client: Everything. Five-a-side. Cycling. Haven't touched my guitar since he was born. Doesn't feel "
            "fair to go out when she's stuck at home.",
            "Therapist: Pick two things. Small. Fifteen minutes each. Day and time for both.",
            "Client: Guitar, maybe. Ten minutes while he naps on Saturday. And a walk with the pram round the park "
            "on Sunday morning, so Priya gets a lie-in.",
            "Therapist: Saturday, nap time, guitar. Sunday, nine, pram, park. In your phone?",
            "Client: Doing it now.",
            "Therapist: The night feeds. What goes through your head?",
            "Client: That I should feel more. That a proper dad would be over the moon. That I'm failing him.",
            "Therapist: Mate of yours. Same spot. Seven weeks in, no sleep, feels flat. What do you tell him?",
            "Client: I'd tell him to go easy on himself. He's doing the feeds, he's turning up. It's early days.",
            "Therapist: Say it to yourself.",
            "Client: Feels daft.",
            "Therapist: Try.",
            "Client: ...You're turning up. You're doing the feeds. Go easy.",
            "Therapist: Good. Next feed, Arlo on your chest. Sixty seconds. Feel his weight. His breathing. The "
            "warmth of the bottle. Mind wanders, bring it back to his weight. Nothing to fix.",
            "Client: I could do that. I'm awake anyway.",
            "Therapist: So. Before Thursday: guitar Saturday, pram Sunday, sixty seconds at one night feed. Tick "
            "them off. We go through them Thursday.",
            "Client: Okay. Should I be telling Priya about all this?",
            "Therapist: Your call. Thursday.",
        ),
        frozenset({"behavioral_activation", "self_compassion", "relaxation_mindfulness", "homework"}),
    ),
    # Question-heavy counsellor, a footballer with a ruptured cruciate ligament: evidence for and against 'I'm done',
    # a fairer rewording, what the years of training say about him, measurable rehab and exam goals. The physio's
    # breathing drills are a client mention; the sleep question is only a question.
    "blind5/student_athlete_knee.txt": LabelledSession(
        _session(
            "Therapist: What's been the loudest thought in your head this week?",
            "Client: That I'm done. Cruciate ligament, nine months out minimum. The scouts were coming to the "
            "regional final. By next season they'll have forgotten I exist.",
            "Therapist: How convinced are you of that, right now?",
            "Client: Completely.",
            "Therapist: What makes it feel so certain?",
            "Client: Coach has already moved Jordan into my position. Nobody from the academy has messaged me.",
            "Therapist: And is there anything, even small, that points the other way?",
            "Client: I guess... the academy physio did ring. She said they'd be keeping an eye on my rehab. And "
            "Coach wants me at training to help with the video analysis.",
            "Therapist: Would an academy bother tracking the rehab of someone they'd written off?",
            "Client: Probably not, no.",
            "Therapist: Do you know anyone who's come back from the same injury?",
            "Client: Half the Premier League, to be fair. And our captain two years ago did his. He's on a "
            "scholarship at a college in the States now.",
            "Therapist: So with all of that on the table, what would be a fairer way to say it than 'I'm done'?",
            "Client: Maybe... 'I'm out for this season. Coming back is hard, but people do it, and the academy "
            "hasn't dropped me.'",
            "Therapist: How does that one sit, compared with the first?",
            "Client: Lighter. I actually half believe it.",
            "Therapist: How's your sleep been, with the brace on?",
            "Client: Rubbish. The physio's given me breathing drills for before sessions because I tense up, but "
            "I keep forgetting them.",
            "Therapist: Last time you said that without football you're nothing. Can I ask: what did it take to "
            "get where you were before the injury?",
            "Client: Training six days a week. Gym at six in the morning. Doing my A-level homework on the bus to "
            "away games.",
            "Therapist: What does that tell you about yourself, apart from your left knee?",
            "Client: That I'm disciplined, I suppose. I don't quit when it's boring.",
            "Therapist: And where could that come in handy over the next nine months?",
            "Client: Rehab, obviously. And my exams, if I'm honest.",
            "Therapist: So what would you want to have achieved by the time you're back running in March? "
            "Something you could actually measure?",
            "Client: Full bend in the knee by the twelve-week check. Not missing a single physio session. And "
            "getting my predicted grade in maths up from a C to an A.",
            "Therapist: Which of those has a first step you could take this month?",
            "Client: Physio three times a week, no skipping. And asking Mr Patel for extra maths on Wednesdays.",
        ),
        frozenset({"evidence_examination", "cognitive_restructuring", "strengths_review", "goal_setting"}),
    ),
    # Formal counsellor, resettlement stress after fleeing war: startle reactions explained and normalised, a
    # five-senses grounding exercise, the council's housing letter worked through option by option, a women's group
    # and a kind neighbour. Her prayer notebook is a client mention, not journaling.
    "blind5/refugee_resettlement_formal.txt": LabelledSession(
        _session(
            "Therapist: Good afternoon, Halima. Thank you for coming. You asked to speak in English today, so "
            "please tell me if I should say anything more slowly. How have you been since our last appointment?",
            "Client: Not good. I do not sleep. When the fire engine passes at night, I am again in Khartoum. My "
            "heart goes very fast. I think I am going crazy.",
            "Therapist: I would like to explain something, because many people who have come through what you "
            "have tell me the same. When a person has lived in danger, the body learns to stay on guard. A siren, "
            "a smell, a loud door, and the body reacts before the mind has time to think. This is not madness. It "
            "is the body trying to protect you. It is a very common reaction, and for many people it becomes "
            "weaker with time and support.",
            "Client: So other people also have this?",
            "Therapist: Very many people. May I show you something you can do when the siren comes? It helps the "
            "mind come back to the room you are in, to now.",
            "Client: Yes, please.",
            "Therapist: Place both feet flat on the floor and notice the floor pressing back. Now please tell me "
            "five things you can see in this room.",
            "Client: The window. Your cup. A plant. The clock. A picture of a boat.",
            "Therapist: Thank you. Four things you can touch.",
            "Client: The chair. My scarf. My ring. The table.",
            "Therapist: Three things you can hear.",
            "Client: The traffic. The clock. Someone talking in the corridor.",
            "Therapist: And where are you now?",
            "Client: In Leeds. In this room. It is Tuesday.",
            "Therapist: You may do the same at night, with the things in your bedroom. Now, you mentioned a "
            "letter on the telephone.",
            "Client: From the council. They say I must move to a new flat in two weeks, but it is very far from my "
            "son's school. I cannot read all of it. I do not know what to do.",
            "Therapist: Let us look at it together, one step at a time. First, what exactly is the problem we want "
            "to solve?",
            "Client: My son must stay at his school. And we must have a place to live.",
            "Therapist: Those are the two needs. What are the possible ways forward? Let us write down every "
            "option, even the ones that seem unlikely.",
            "Client: I can refuse the flat, but then perhaps they give me nothing. I can accept and take two buses "
            "every day. Or... I do not know another.",
            "Therapist: A third option may be to ask the council to review the offer because of your son's "
            "school. The refugee advice service helps people to write such a request. Looking at the three, which "
            "seems best to you?",
            "Client: The review. If somebody helps me to write it.",
            "Therapist: Then let us plan it. The advice service has a drop-in on Thursday mornings. What would you "
            "need to take with you?",
            "Client: The letter. My papers. My son's school letter. I take him to school and then I go.",
            "Therapist: You also told me last time that you feel very alone here. Are there people from your "
            "community in the city?",
            "Client: There is a women's group at the Sudanese community centre. I went one time. I did not speak. "
            "At night I write my prayers in a small notebook, that is my company.",
            "Therapist: I think it may be worth returning to the women's group. Sometimes simply sitting with "
            "women who share your language and your food is a support in itself, even without speaking. And the "
            "neighbour who helped you with the shopping?",
            "Client: Mrs Okafor. She is very kind.",
            "Therapist: Perhaps she is someone you could ask to come with you to the advice service on Thursday.",
            "Client: Yes. I will ask her.",
        ),
        frozenset({"psychoeducation", "relaxation_mindfulness", "problem_solving", "social_support"}),
    ),
    # Metaphor-heavy counsellor, a ward sister asked to pick up yet another shift: a short, clean 'no' drafted,
    # rehearsed with the counsellor playing the manager, paced breathing before the call, the kindness she would
    # show a junior nurse. The sleep app is a client mention; the coffee question is only a question.
    "blind5/night_nurse_saying_no.txt": LabelledSession(
        _session(
            "Therapist: You look like you've come straight off the ward.",
            "Client: I have. Third night of four. Then Maureen texted asking if I'd pick up Saturday night as "
            "well. Again.",
            "Therapist: And what did your thumbs want to type?",
            "Client: I haven't answered yet. I always say yes. If I say no, I'm the one who let the unit down.",
            "Therapist: It sounds like you've been a jug pouring for everyone for months, and nobody's noticed "
            "you're nearly empty.",
            "Client: That's exactly it. I'm running on fumes. I even downloaded one of those sleep apps with the "
            "whale noises. Didn't help.",
            "Therapist: How much coffee are you getting through on a night?",
            "Client: Four, five cups. Six if it's busy.",
            "Therapist: Let's think about what a no could sound like. Not a slammed door, more a gate you close "
            "gently behind you. Clear, polite, short, with no essay of apology attached.",
            "Client: Like, 'Sorry, I can't, I'm really sorry, I know you're short...'",
            "Therapist: That's three sorries and the gate swinging wide open. Strip it back to the bones: what you "
            "can't do and, if you like, what you can.",
            "Client: 'I can't do Saturday. I could do the Tuesday day shift next week if that helps.'",
            "Therapist: That's a sentence that stands on its own two feet. She may well ring rather than text. "
            "Shall we run it? I'll be Maureen, you be you.",
            "Client: Okay.",
            "Therapist: 'Hiya love, I know you're off, but we're two down Saturday night and I'm desperate. "
            "You're the only one I can count on.'",
            "Client: 'I... I can't do Saturday, Maureen. I could do Tuesday day if that helps.'",
            "Therapist: 'Oh. It's just there's literally nobody else.'",
            "Client: 'I know it's hard. I still can't do Saturday.'",
            "Therapist: Stepping out of Maureen's shoes now. How was that?",
            "Client: My heart was going like the clappers. But I said it twice and I didn't cave.",
            "Therapist: You held like a lighthouse in a gale. Before you actually ring her, when your heart's "
            "galloping like that: in through your nose for a count of four, letting your belly rise like a sail, "
            "then out through your mouth for six, slower than the in-breath. Let's do three rounds together now.",
            "Client: ...Okay. That's actually better. The gallop's a trot.",
            "Therapist: One more thing. When you picture yourself on Saturday night, at home and not on the ward, "
            "what's the voice in your head saying?",
            "Client: 'Lazy. Selfish. Everyone else is coping.'",
            "Therapist: If Jess, your newly qualified staff nurse, came off four nights and said she wanted "
            "Saturday to sleep, would you call her lazy?",
            "Client: God, no. I'd tell her to go home, put her feet up, she's earned it.",
            "Therapist: Then you're owed the same kindness you'd hand Jess without a second thought. What would "
            "looking after yourself on Saturday actually look like?",
            "Client: Sleep till noon. A bath. A takeaway. Phone on silent.",
            "Therapist: That sounds like a garden finally getting some rain.",
        ),
        frozenset({"assertiveness_training", "role_play", "breathing_exercise", "self_compassion"}),
    ),
    # School counsellor, a fifteen-year-old questioning their gender and harassed in the corridor: a plan for bad
    # nights (warning signs, coping, Childline and a text line), a cousin and a Thursday youth group, writing about
    # how names feel, courage and grades affirmed. Mum's 'just ignore them' is a client mention.
    "blind5/school_counsellor_questioning_teen.txt": LabelledSession(
        _session(
            "Therapist: Hey Sam, grab a beanbag. You were pretty quiet when you dropped by on Tuesday. What's been "
            "going on?",
            "Client: idk. Some of the Year 11s saw my notebook with the name I've been trying out. Now they call "
            "me 'it' in the corridor.",
            "Therapist: Ugh. That's horrible, and it shouldn't be happening to you. How are you doing with it?",
            "Client: Bad. I don't want to come in. I don't even know what I am yet and they've decided for me. My "
            "mum says just ignore them.",
            "Therapist: You don't have to have it all figured out today. Can I ask you something a bit serious? "
            "I ask everyone who's going through a rough patch. Have you had any thoughts of hurting yourself, or "
            "of not wanting to be here?",
            "Client: Sometimes. Not like a plan. Just at night I think it'd be easier if I didn't wake up.",
            "Therapist: Thank you for telling me. I'm really glad you did. Let's make a plan for those nights "
            "together, so you're not on your own with it. What tends to happen before a night turns into one of "
            "those?",
            "Client: When I start scrolling the comments under trans stuff. And when I hear Mum and Dad arguing.",
            "Therapist: Okay, so scrolling the comments and hearing the arguments, those are your warning signs. "
            "When you notice them, what helps, even a tiny bit?",
            "Client: Headphones on. Drawing.",
            "Therapist: Headphones and drawing. And if that isn't enough? I'm writing Childline's number and the "
            "Shout text line on this card, and you can always come and find me here first thing in the morning.",
            "Client: Okay. I'll keep it in my phone case.",
            "Therapist: Is there anyone outside school who gets it? Someone you can be yourself with?",
            "Client: My cousin Leah. She's bi. She's the only one I've told.",
            "Therapist: Leah sounds like a good person to have in your corner. There's also a youth group in town "
            "for LGBTQ+ young people and people who are questioning. It meets Thursdays at the library, it's free, "
            "and there are youth workers there. Would you want me to find out more?",
            "Client: Maybe. If Leah came with me.",
            "Therapist: That could work. You could ask her. Now, that notebook. What do you write in it?",
            "Client: Just names. Lists of names.",
            "Therapist: Something some people find helpful when everything's swirling is to write about how a day "
            "felt. Like when someone used a name that fitted, or didn't, and what that felt like inside. Not for "
            "anyone else to read. Just for you to notice what feels right.",
            "Client: That's kind of what I already do, but messier.",
            "Therapist: Messy's fine. Maybe keep it somewhere safer than your school bag. And can I say: coming "
            "in, telling me about the corridor and about the nights, that took real guts. And you've kept your "
            "grades up through all of this.",
            "Client: I guess.",
            "Therapist: The Year 11s are on us, not you. I'm going to speak to Mr Hughes about the corridor today.",
        ),
        frozenset({"safety_planning", "social_support", "journaling", "strengths_review"}),
    ),
    # Very directive counsellor, hoarding after bereavement: the bottom rung of last week's ladder faced in the
    # room, a prediction written down and compared with what happened, daily discarding with ratings to bring on
    # Thursday. Advising the daughter against a skip clear-out is not a label; nothing is explained.
    "blind5/hoarding_spare_room.txt": LabelledSession(
        _session(
            "Therapist: Right, Margaret. Today we sort. Not talk about sorting. Sort. You brought the bag?",
            "Client: One bag. From the spare room. Mostly newspapers, and some of Ron's things underneath.",
            "Therapist: Good. Last week we built the ladder. Bottom rung, old newspapers. Top rung, Ron's clothes. "
            "We start at the bottom. Ron's things stay in the bag today.",
            "Client: Fine.",
            "Therapist: Before you touch anything. What do you predict happens if ten of these newspapers go in "
            "the recycling box?",
            "Client: I'll panic. I'll be sure there was something important in one of them, an article I meant "
            "to keep. I won't be able to stop thinking about it all night.",
            "Therapist: How bad at the peak, nought to a hundred?",
            "Client: Ninety.",
            "Therapist: And how long will it last?",
            "Client: All evening. Into tomorrow.",
            "Therapist: Write it down. Ninety, all evening. Now pick up the first paper. Don't open it. Don't read "
            "the front. Into the box.",
            "Client: ...Done. That one's gone.",
            "Therapist: Number?",
            "Client: Seventy.",
            "Therapist: Next one. Keep going to ten. No flicking through.",
            "Client: ...That's ten. Sixty now. It jumped at the fourth one, it had the crossword on the back.",
            "Therapist: Stay with it. Don't take it back out. We sit here.",
            "Client: My daughter keeps saying she'll hire a skip and do the whole house in an afternoon.",
            "Therapist: Not a skip. Not the whole house in an afternoon. That's not the plan. Number now?",
            "Client: Thirty-five. It's odd. It's coming down on its own.",
            "Therapist: Look at your prediction. Ninety, all evening. What actually happened?",
            "Client: It peaked at seventy and it's dropped in about fifteen minutes. I don't know what was in the "
            "crossword one and I'm... I'm all right.",
            "Therapist: Write that next to the prediction. Now. Every day this week, ten newspapers from the spare "
            "room into recycling, unread. Write down your peak number and how long it took to come down. Bring the "
            "sheet on Thursday.",
            "Client: Every day?",
            "Therapist: Every day. Same rules. Don't jump ahead to Ron's things.",
            "Client: All right. Thursday.",
        ),
        frozenset({"exposure", "behavioral_experiment", "homework"}),
    ),
    # Jokey coach, dissertation procrastination with ADHD: the problem named, options brainstormed and two chosen,
    # a word target sliced into sessions, 'I only work under pressure' tested with written predictions this week
    # and compared next week. The meditation app and Ola are client mentions; ADHD is not explained.
    "blind5/adhd_dissertation_coach.txt": LabelledSession(
        _session(
            "Therapist: Okay, Kofi! Dissertation update. On a scale from 'totally fine' to 'I've been "
            "alphabetising the spice rack', where are we?",
            "Client: Spice rack. Alphabetised. I also deep-cleaned the oven. The lit review's at three hundred "
            "words and it's due in five weeks.",
            "Therapist: Ha, classic. The oven's never been happier. Let's get specific. If you had to name what's "
            "in the way in one sentence?",
            "Client: I sit down to write and it's this giant blob, and I don't know where to start, so I don't.",
            "Therapist: Giant blob, no way in. Love it, that's a proper problem statement. Now throw ideas at it, "
            "no bad ones allowed. What could make the blob less blobby?",
            "Client: Break it into chunks? Work in the library instead of my room? Get my mate Ola to sit with me? "
            "I tried a meditation app for focus once, lasted two days.",
            "Therapist: Ha, fair. I'll chuck two more on the pile: write only the headings first, nothing else, "
            "and use a timer, twenty-five minutes on and five off. Which one or two do you fancy?",
            "Client: Headings first. And the library with the timer. Ola would just make me talk.",
            "Therapist: Headings first, library, timer. When?",
            "Client: Tuesdays and Thursdays, ten till twelve.",
            "Therapist: Now the bigger target. What does 'done' look like for the lit review, and by when?",
            "Client: Three thousand words by the twentieth. Then the methods chapter by the end of the month.",
            "Therapist: Let's slice it. Three thousand words, about six library sessions between now and then. "
            "What's that per session?",
            "Client: Five hundred. Oh. That's... actually not that much.",
            "Therapist: Right? Now, you've told me about six times that you 'only work well under pressure'. Fancy "
            "putting that to the test instead of taking it on faith?",
            "Client: How?",
            "Therapist: This week, one two-hour library session, well away from any deadline, aiming for five "
            "hundred words. Before you start, write down how many words you reckon you'll get and how good they'll "
            "be out of ten. Afterwards, write what you actually got. Then bring both numbers next week and we'll "
            "put them next to a night-before-the-deadline session.",
            "Client: I bet I'll get like fifty words.",
            "Therapist: Great, write that down: fifty words, quality three out of ten. Then we'll see who's right, "
            "you or the oven.",
            "Client: Deal. Next Monday?",
            "Therapist: Next Monday.",
        ),
        frozenset({"problem_solving", "goal_setting", "behavioral_experiment", "homework"}),
    ),
    # Formal, psychodynamic-flavoured counsellor, co-parenting after divorce: responsibility for the son's tears
    # divided into slices of a circle, the rule about never showing upset turned into a preference, the father's
    # Sunday inspections recognised in the ex-husband's tone and in the room, handover options weighed and one chosen.
    "blind5/coparenting_handover.txt": LabelledSession(
        _session(
            "Therapist: Good morning, Claire. We ended last time with the Sunday handover. Where would you like to "
            "begin today?",
            "Client: It happened again. Mark arrived forty minutes late, made a remark about Toby's football kit "
            "not being washed, and Toby burst into tears in the car park. I drove home and sat in the car for an "
            "hour. It's my fault. If I'd kept it together, Toby wouldn't have cried.",
            "Therapist: You are holding yourself wholly responsible for Toby's tears. I wonder whether we might "
            "examine that. If this circle stands for everything that contributed to Toby being upset on Sunday, "
            "what would go into it? Perhaps list everything else first, and put yourself last.",
            "Client: Mark being late. His comment. Toby's always tired on Sundays, he'd been at a sleepover. The "
            "divorce itself, he misses the old house. Having to say goodbye to his dad. And me, looking upset.",
            "Therapist: If you divided the circle between those, how large a slice would each take?",
            "Client: The divorce, a third. Leaving his dad, a quarter. Mark's lateness and the comment, perhaps a "
            "fifth. Tiredness, a tenth. And me... whatever is left. About ten percent.",
            "Therapist: You began at all of it. How does ten percent sit with you?",
            "Client: It's strange. It's still there, but it isn't the whole thing any more.",
            "Therapist: You said 'if I'd kept it together'. I have heard that phrase from you several times. It "
            "sounds rather like a rule.",
            "Client: A good mother doesn't let her children see her upset.",
            "Therapist: I wonder how it would be to hold that as a preference rather than a law. Something like: "
            "'I would rather Toby didn't see me distressed, but it is human if sometimes he does, and what matters "
            "is that he also sees me recover.'",
            "Client: That's kinder. And it might even be good for him, seeing that I can be upset and then be all "
            "right.",
            "Therapist: I'd like to go back to the moment in the car park. You said you froze when Mark commented "
            "on the kit. What happened inside you?",
            "Client: My face went hot. I couldn't speak. I felt very small.",
            "Therapist: Does that feeling, of being small and found wanting, have a familiar quality?",
            "Client: My father inspected our school uniforms on Sunday evenings. If anything was wrong he went "
            "very quiet and cold, and we had to stand there.",
            "Therapist: So perhaps when Mark remarks on Toby's kit, on a Sunday evening, in that particular tone, "
            "it is not only Mark you are facing. Something of your father is standing in the car park too.",
            "Client: I've never put those together. It's exactly the same tone.",
            "Therapist: And I notice that as you tell me this you are sitting very upright with your hands "
            "folded, almost as if you were waiting for my verdict on you.",
            "Client: I am. I'm waiting to be told I got it wrong.",
            "Therapist: Then it seems the Sunday inspection can follow you even into this room. Turning to the "
            "practical side: could the handover itself be arranged differently?",
            "Client: It's always the car park, and he's always late.",
            "Therapist: What are the possibilities, setting aside for now whether Mark would agree?",
            "Client: He could collect Toby from school on Friday so we don't meet. His mother could do the Sunday "
            "end. Or a fixed time agreed in writing through the co-parenting app.",
            "Therapist: Weighing those, which looks most workable?",
            "Client: School on Friday, and I collect Toby from his grandmother's on Sunday. Then Mark and I never "
            "stand in that car park at all.",
            "Therapist: And how would you put that to him?",
            "Client: Through the mediator. I'll write to her this week.",
        ),
        frozenset({"continuum_or_pie_chart", "cognitive_restructuring", "insight_interpretation", "problem_solving"}),
    ),
    # Structured, directive counsellor, skin picking: how body-focused repetitive behaviours work and how common
    # they are, a four-column log of situation, thought, feeling and action, a competing response (no catalog code),
    # the sister question turned on herself, all agreed until next Tuesday. The meditation video is a client mention.
    "blind5/skin_picking_habit_reversal.txt": LabelledSession(
        _session(
            "Therapist: Okay, Nadia. Plan for today: how picking works, then we set up a log, then the hands "
            "exercise. Yes?",
            "Client: Yes.",
            "Therapist: Skin picking belongs to a family called body-focused repetitive behaviours, alongside "
            "hair pulling and nail biting. It's more common than people think, one or two people in a hundred. "
            "It isn't a lack of willpower. Picking does a job: it soothes tension or boredom, or settles that "
            "'this bump isn't smooth' feeling. The brief relief is what keeps the loop turning.",
            "Client: So it's not just that I'm disgusting.",
            "Therapist: No. It's a learned loop, and learned loops can be unlearned. Step one is catching it, "
            "because most picking happens on autopilot. When does it happen for you?",
            "Client: Evenings in the bathroom mirror. And in the car at red lights, my fingers just go to my jaw. "
            "I watched a video that said meditation would fix it. It didn't do anything.",
            "Therapist: Noted. Here's the log. Every time you catch yourself, before, during or after, one line. "
            "Column one: where and when. Column two: what was going through your mind. Column three: the feeling, "
            "and how strong, nought to ten. Column four: what you did.",
            "Client: Like 'bathroom, ten p.m., that spot needs sorting, tense seven, picked for twenty minutes'?",
            "Therapist: Exactly that. Next, the hands. When the urge comes, do something with your hands that "
            "makes picking impossible, for one full minute. Gentle fists at your sides, sitting on your hands, or "
            "squeezing a ball. Choose one.",
            "Client: Fists. I can do that at traffic lights.",
            "Therapist: Practise now. Bring your hand up towards your jaw, notice the pull, then fists, arms down. "
            "Hold. I'll time a minute.",
            "Client: ...Okay. That was longer than it sounds.",
            "Therapist: It gets easier. Last thing. The morning after a bad night, when you see the marks, what do "
            "you say to yourself?",
            "Client: That I'm disgusting. That I've wrecked my face again. That I'm thirty-four and can't stop a "
            "child's habit.",
            "Therapist: Your sister bites her nails till they bleed, you said. If she showed you her fingers after "
            "a bad week, what would you say to her?",
            "Client: 'Oh love, you've had a rough week. Put some cream on them. It doesn't make you a bad person.'",
            "Therapist: That voice. Use it on yourself. Cream on the marks, and 'rough week, not a bad person'. "
            "So, between now and next Tuesday: the log every day, fists at every urge you catch, and the cream "
            "and the kind words on the mornings after. Bring the log with you.",
            "Client: Okay. Next Tuesday.",
        ),
        frozenset({"psychoeducation", "thought_record", "self_compassion", "homework"}),
    ),
    # Scots-speaking counsellor, low mood in the menopause: what falling oestrogen does to sleep and mood and how
    # common it is, a shore walk and the choir back in the diary, a nightly mood-flush-sleep diary, twenty-two years
    # and a mother nursed recalled. Morag's yoga is a client mention; no task is set for next time.
    "blind5/menopause_low_mood_scots.txt": LabelledSession(
        _session(
            "Therapist: Come away in, Fiona. Sit yersel doon. How've ye been keeping since the last time?",
            "Client: Rotten, if I'm honest. The flushes are bad at night and I'm greeting at nothing. The GP says "
            "it's likely the menopause, but I feel like I'm losing my mind.",
            "Therapist: Och, ye're no losing yer mind. Let me tell ye a wee bit about what's going on, because "
            "naebody telt me either. When the oestrogen starts tae drop, it doesnae just bring the flushes. It "
            "gets intae yer sleep, yer mood, that foggy can't-find-the-word feeling. Then the poor sleep drags the "
            "mood doon further, and roond it goes. It's awfy common, lass. Hauf the women yer age are sitting "
            "where ye're sitting. It's no a weakness.",
            "Client: I didn't know it could do all that. I thought it was just the hot flushes.",
            "Therapist: Aye, it's a good deal mair than that. Now, whit have ye stopped doing since it all started?",
            "Client: Choir. I went every Wednesday. And walking Bracken along the shore, my husband does that "
            "now. My pal Morag swears by yoga, she keeps on at me about it.",
            "Therapist: Is that right? Whit would it take tae get one o' the other two back in the diary? No baith "
            "at once, just the one tae start.",
            "Client: The walk, maybe. Saturday morning with Bracken, before the shore gets busy.",
            "Therapist: Grand. Saturday morning, the shore, Bracken. And the choir, could ye go along next "
            "Wednesday, even just tae sit at the back and listen?",
            "Client: Maybe. I've missed it, right enough.",
            "Therapist: Here's another wee thing that might help ye and the GP baith. A notebook by the bed. Every "
            "night, jot doon yer mood oot o' ten, how many flushes, how ye slept, and a line about how the day's "
            "felt. After a month ye'll see the pattern, and it gives the doctor something tae go on if ye're "
            "talking about HRT.",
            "Client: I could do that. I've a notebook somewhere in the kitchen drawer.",
            "Therapist: And afore ye go. Ye've run that school office for twenty-two year, raised two lassies, and "
            "nursed yer mother through her last year. That's no the record of a woman who's losing it. Whit's got "
            "ye through the hard times afore?",
            "Client: Stubbornness, mostly. And a laugh.",
            "Therapist: Well, haud on tae baith o' them. They've no let ye doon yet.",
        ),
        frozenset({"psychoeducation", "behavioral_activation", "journaling", "strengths_review"}),
    ),
    # Clipped counsellor, a prisoner twelve days from release: his daughter as the compass, three measurable goals,
    # disclosing a conviction rehearsed with the counsellor as a warehouse manager, warning signs, coping steps and
    # crisis numbers on a wallet card. The sister's offer and the hostel NA meetings are client mentions.
    "blind5/prison_release_planning.txt": LabelledSession(
        _session(
            "Therapist: Twelve days, Lee. How's your head?",
            "Client: All over. Excited. Bricking it as well. Last time I got out I was back inside in eight "
            "months. Went back to my old flat. Same lads, same gear. Thought I could handle it.",
            "Therapist: And this time. Where are you going?",
            "Client: My sister says I can stay at hers, but her fella's still using.",
            "Therapist: Then not there. A year from now. What do you want your life to look like?",
            "Client: Clean. Working. Seeing my daughter every weekend, not through glass.",
            "Therapist: Which matters most?",
            "Client: Kayla. She's six. She's the reason.",
            "Therapist: Then she's the compass. Every choice next year: towards Kayla, or away?",
            "Client: The old lads are away. Definitely away.",
            "Therapist: Three goals. Concrete. Measurable.",
            "Client: Thirty days clean, then ninety. Drug service in the first week. Five job applications a week "
            "through the hostel's employment worker. Contact with Kayla sorted through family court by "
            "Christmas.",
            "Therapist: Good. Jobs. They'll ask about the conviction. What do you say?",
            "Client: No idea. Normally I just walk out.",
            "Therapist: Practise. I'm the warehouse manager. 'Says here you've got a conviction. Want to tell me "
            "about that?'",
            "Client: Er... yeah. I did some stupid stuff. Drugs.",
            "Therapist: 'How do I know you won't do it again?'",
            "Client: 'I've done a course inside, I've got a key worker, I test clean. I want this job because I've "
            "got a daughter to provide for.'",
            "Therapist: Out of role. Second answer, solid. Short, honest, forward. Again. No 'er'.",
            "Client: 'I've a conviction for possession with intent. I served my time, I've been clean eighteen "
            "months, and I work with a key worker. I'm ready to work.'",
            "Therapist: Better. Now the bad nights. Early warning signs?",
            "Client: Not sleeping. Skipping meals. Thinking about ringing Dean. They run NA meetings in the hostel "
            "basement, apparently.",
            "Therapist: When you spot those signs. First thing you do?",
            "Client: Go for a run. Get out of the hostel.",
            "Therapist: Not enough?",
            "Client: Ring my key worker. Or the night staff at the hostel.",
            "Therapist: Middle of the night, thinking of using, or of ending it?",
            "Client: Samaritans. One one six, one two three.",
            "Therapist: On a card. Signs, what you do, who you ring, the numbers. In your wallet, day one.",
        ),
        frozenset({"values_clarification", "goal_setting", "role_play", "safety_planning"}),
    ),
    # Home visit to an isolated hill farmer: the auctioneer-in-the-yard picture taken to worst, best and most likely
    # and how he would cope, a farming charity and a neighbour for the mart, a sheepdog trial on the calendar, slow
    # belly breathing for the tight chest at night. The vet's advice to write things down is a client mention.
    "blind5/hill_farmer_isolation.txt": LabelledSession(
        _session(
            "Therapist: Thanks for letting me come out to the yard, Gareth. Kettle on the Rayburn, is it?",
            "Client: Aye. Sit down. Mind the dog.",
            "Therapist: You said on the phone it's been a long winter.",
            "Client: Lambing was bad. Lost sixty. The bank's written about the overdraft. The vet says I should "
            "write everything down for them. I lie awake and see the auctioneer in the yard selling the lot. Four "
            "generations, and I'm the one who loses it.",
            "Therapist: That picture of the auctioneer, that's the worst it could go. Let's walk right up to it, "
            "then. If it did come to that, what would happen next?",
            "Client: I'd have to sell. Move somewhere. Find work, at fifty-three.",
            "Therapist: And would you get through it?",
            "Client: I suppose. Plenty of lads I know work for contractors. I can drive anything with wheels.",
            "Therapist: And the best it could go?",
            "Client: Good prices at the autumn sales, and the bank gives me another year.",
            "Therapist: Somewhere between the two is usually where it lands. Honestly, what's most likely?",
            "Client: The bank wants a plan. Maybe I sell the bottom fields. Keep the house and the flock.",
            "Therapist: That's a long way from the auctioneer in the yard.",
            "Client: It is, when you say it out loud.",
            "Therapist: Who knows how bad things have got?",
            "Client: Nobody. Since Sian left I don't see anyone but the feed man.",
            "Therapist: There's a farming support charity with people who've farmed themselves. They'll sit at "
            "this table with you and the bank papers. And your neighbour, Hywel?",
            "Client: Hywel's all right. We used to go to the mart together.",
            "Therapist: Could you give him a ring and go to the mart together again on Tuesday? Don't carry this "
            "on your own.",
            "Client: I could. He's asked me before.",
            "Therapist: What did you used to enjoy, off the farm?",
            "Client: Sheepdog trials. Haven't been to one in three years.",
            "Therapist: When's the next one round here?",
            "Client: There's one at Llan, end of the month.",
            "Therapist: Put it on the calendar by the back door, then. Enter Floss.",
            "Client: She's getting on a bit. But aye, go on.",
            "Therapist: You said you lie awake with your chest tight. When that comes, slow your breath right "
            "down. In through your nose, into your belly, for four. Then let it out for six, slow, like letting "
            "the air out of a tyre. Let's do a few together now.",
            "Client: Feels daft, with the dog watching.",
            "Therapist: She doesn't mind. Again, out for six.",
        ),
        frozenset({"decatastrophizing", "social_support", "behavioral_activation", "breathing_exercise"}),
    ),
    # Listening only, a phone call with a poor signal: a daughter's fear and anger after her mother's dementia
    # diagnosis. The counsellor only reflects and stays with her. The friend's diary idea, the work breathing app and
    # the brother are client mentions; booking next week's call is session structure. No label.
    "blind5/poor_signal_phone_listening.txt": LabelledSession(
        _session(
            "Therapist: Hello, is that Rhiannon? It's Tom from the counselling service.",
            "Client: Hi, sorry, you're breaking up a bit. I'm at my mum's and the signal's terrible.",
            "Therapist: That's all right. If I drop out I'll ring straight back. Where would you like to start today?",
            "Client: It's been a weird week. Mum's diagnosis got confirmed. Dementia. We sort of knew, but hearing "
            "it...",
            "Therapist: Hearing it said out loud made it real.",
            "Client: Yeah. And I'm the one who lives nearby, so it's all going to land on... sorry, did you get that?",
            "Therapist: I caught 'it's all going to land on'. On you?",
            "Client: On me. My brother's in Dubai. He rang and said 'you're so good at this stuff'. Which is nice, "
            "but...",
            "Therapist: But it also sounded like a door closing behind him.",
            "Client: Exactly. My friend Jo keeps saying I should keep a diary of everything Mum forgets, for the "
            "doctors. And work has this breathing app. I haven't opened any of it.",
            "Therapist: A lot of people telling you what to do.",
            "Client: There are. I don't want tools. I just want somebody to... hello?",
            "Therapist: I'm here. You just want somebody to...?",
            "Client: To hear it. That I'm scared. And a bit angry with her, which is awful.",
            "Therapist: Scared and angry, both at once. And the angry part feels forbidden.",
            "Client: She's ill. How can I be angry with her?",
            "Therapist: You're angry, and you love her, and she's ill. All of that is in there together.",
            "Client: Sorry. I'm crying now.",
            "Therapist: Take your time. I'm still here.",
            "Client: This morning she asked me who I was. Only for a second. Then she laughed and said 'of "
            "course, Rhi'.",
            "Therapist: Only a second, and it sounds like it went on much longer than that.",
            "Client: It felt like the floor went. Sorry, you cut out, are you there?",
            "Therapist: I'm here. You said it felt like the floor went.",
            "Client: Yeah. I don't really know what I want from today.",
            "Therapist: You don't have to know. What's it like, saying all this out loud?",
            "Client: Lighter, a bit. Nobody asks how I am. They all ask how Mum is.",
            "Therapist: Everyone asks about her, and you've been carrying your part quietly.",
            "Client: Yeah. Can we talk again next week, same time? I'll be home with a proper signal.",
            "Therapist: Same time next week. I'll ring your home number.",
        ),
        frozenset(),
    ),
}
