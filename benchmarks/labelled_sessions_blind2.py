"""Blind test set 2 for the technique detector: twelve counselling sessions written from scratch.

Written by a helper session that never saw the detector: it did not open transforms/techniques.py, the move
modules, the other labelled-session modules, the technique tests, the README techniques section or the catalog's
synonyms and cue fields, did not grep the repository for phrases, and ran no benchmark. The only catalog fields read
were each technique's code, name, family and description. No text was copied from any corpus.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or
practises in it. A client merely mentioning something, or the counsellor merely naming a topic, is not a label;
rapport_empathy, assessment and session_structure are never labelled. ``homework`` is labelled only when a task is
explicitly agreed for before the next meeting. The listening-only session carries no label.

The labels were fixed and committed before the detector was run on these sessions, and must not be edited to
match its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession

BLIND2_SESSIONS: dict[str, LabelledSession] = {
    "blind2/act_cello_critic.txt": LabelledSession(
        (
            "Therapist: Last time you mentioned the cello has been sitting in its case since March. How has it "
            "been this week?\n"
            "Client: Same. I open the case and my head goes, you're thirty-four, you missed your chance, nobody "
            "needs another average cellist. So I close it again and watch something instead.\n"
            "Therapist: That voice sounds very familiar to you by now. Can I try something a bit different with "
            "it? Rather than arguing with it, just say it back to me, but start with \"I'm having the thought "
            'that..."\n'
            "Client: I'm having the thought that I missed my chance.\n"
            "Therapist: What happens when you say it that way?\n"
            "Client: Huh. It's sort of... a step further away. Still there, but it's a sentence now, not a fact.\n"
            "Therapist: A sentence your mind produces, yes. Let's stay with that for a minute. If it's all right,"
            " let your eyes close or rest on the floor. Feel your feet, the chair holding you up. Notice your "
            'breathing without changing it. Each time a thought like "too late" shows up, imagine placing it on a'
            " leaf floating down a stream, and watch it drift, then come back to your feet.\n"
            "Client: (pause) It kept coming back. I must have put it on about twenty leaves.\n"
            "Therapist: That's exactly the practice. Not making the thought go away, just noticing it and coming "
            "back. Now, with the critic set to one side for a moment, picture yourself at eighty looking back. "
            "What would you want music to have been about in your life?\n"
            "Client: Not being good enough for an orchestra. I think... playing with people. At uni we had a "
            "quartet and there was this feeling of listening to three other people at once. I miss being part of "
            "something like that.\n"
            "Therapist: So connection, and staying close to something you love, rather than being the best. Those"
            " sound like things that really matter to you.\n"
            "Client: They do. I hadn't put it that way before.\n"
            "Therapist: If you took one small step towards that this week, even with the critic coming along for "
            "the ride, what might it be?\n"
            "Client: Maybe twenty minutes of scales? Or I could email the community orchestra, but that feels "
            "huge.\n"
            'Therapist: Which one feels doable, knowing the "too late" thought will probably show up either way?\n'
            "Client: The scales. Twenty minutes, maybe Tuesday, Thursday and Sunday morning before the kids wake "
            "up.\n"
            "Therapist: Tuesday, Thursday and Sunday, twenty minutes, and the critic is allowed to sit in the "
            "corner and complain. And perhaps two minutes of the leaves exercise each day. Shall we look at how "
            "both went when we meet next week?\n"
            "Client: Yes. That I can actually do.\n"
        ),
        frozenset(
            {"values_clarification", "relaxation_mindfulness", "behavioral_activation", "goal_setting", "homework"}
        ),
    ),
    "blind2/dbt_roommate_coaching.txt": LabelledSession(
        (
            "Counsellor: You sounded really wound up on the phone. What's happening right now?\n"
            "Client: My roommate left the kitchen disgusting again and ate the food I'd labelled. I've written a "
            "massive text telling her exactly what I think of her and I'm about to send it and then pack my stuff"
            " tonight.\n"
            "Counsellor: Okay. Before we decide anything about the text, where's your distress out of a hundred?\n"
            "Client: Like ninety. My hands are shaking.\n"
            "Counsellor: Let's bring that down first so the wise part of you can make the call. Breathe in "
            "through your nose for a count of four, and out slowly through your mouth for six or seven. Longer "
            "out than in. I'll count with you. In, two, three, four. Out, two, three, four, five, six. Again, a "
            "few more rounds like that. Good. Now look around your room and tell me five things you can see, four"
            " you can hear, three you can touch.\n"
            "Client: Lamp, my blue mug, the window, a poster, my shoes. I can hear traffic, the fridge, my own "
            "breathing, a dog. I'm touching the duvet, my phone, my jeans.\n"
            "Counsellor: Where's the number now?\n"
            "Client: Maybe sixty. Less shaky.\n"
            "Counsellor: Good work. Now, what do you actually want from your roommate, underneath the anger?\n"
            "Client: For her to clean up after herself and leave my food alone. I don't actually want to move "
            "out, the rent is good.\n"
            "Counsellor: So let's build something you can say to her tomorrow instead of the text. Describe just "
            "the facts, say how it affects you, ask clearly for what you want, and say what's in it for both of "
            "you. Want to try putting it into words?\n"
            'Client: Um. "The last three nights the pans have been left in the sink and my labelled food was '
            "eaten. I feel disrespected when that happens. I'd like you to wash your things the same day and ask "
            'before taking anything of mine. Then we can both actually enjoy living here."\n'
            "Counsellor: That's clear and fair. Let me be her for a second. \"Oh my god, it's just pasta, you're "
            'so uptight."\n'
            "Client: It's not just the pasta, it's every week. I'm asking you to wash up the same day and ask "
            "first. Can you do that?\n"
            'Counsellor: Nicely done. You didn\'t get pulled into the "uptight" argument, you just came back to '
            "your request. How did that feel?\n"
            "Client: Weird, but better than the text.\n"
            "Counsellor: Will you hold off on sending anything tonight, and do the paced breathing morning and "
            "evening this week? Then tell me on Thursday how the breathing went and how the conversation with her"
            " goes.\n"
            "Client: Yeah. I'll delete the text. Well, save it in notes. But not send it.\n"
        ),
        frozenset({"breathing_exercise", "relaxation_mindfulness", "assertiveness_training", "role_play", "homework"}),
    ),
    "blind2/school_chemistry_test.txt": LabelledSession(
        (
            "Counselor: Hey Maya, come on in. Your form tutor said you left chemistry in tears this morning. Want"
            " to tell me what happened?\n"
            "Student: We got our tests back and I got a 38. Everyone else was fine. I'm just stupid at science, I"
            " always have been.\n"
            "Counselor: A 38 really stings, especially when it feels like you're the only one. Can I check "
            "something? When you say everyone else was fine, did you actually see everyone's scores?\n"
            "Student: Just Jade's and Tom's. Jade got a 71. Tom got like 45 actually.\n"
            'Counselor: So at least one other person struggled too. And "always been stupid at science", what '
            "were your science grades last year?\n"
            "Student: B in biology. C in chemistry, but that was with Mr Hart and he explained things better.\n"
            'Counselor: A B in biology doesn\'t really fit with "stupid at science", does it? It sounds more like '
            "this particular unit, with this teacher, is hard for you right now.\n"
            "Student: I guess. Moles and stuff just make no sense.\n"
            "Counselor: I also remember you telling me in September you taught yourself the whole guitar intro to"
            " that song off YouTube. That's someone who can learn hard things when they get it broken down in the"
            " right way. So what's actually the problem we're trying to fix here?\n"
            "Student: That I don't understand moles and the retest is in two weeks.\n"
            "Counselor: Okay. Let's throw out every idea, even silly ones, for how you could get your head around"
            " moles in two weeks.\n"
            "Student: Cry. Drop chemistry. Um, ask Ms Reyes to explain it again? There's a homework club on "
            "Wednesdays. Jade offered to help me but I was embarrassed. There are videos.\n"
            "Counselor: Which one or two of those sound most likely to actually help?\n"
            "Student: Probably Ms Reyes at lunch, and maybe Jade. She's actually good at explaining.\n"
            "Counselor: Is there anyone at home you could tell about the test, so you're not carrying it by "
            "yourself?\n"
            "Student: My aunt. She's nice about school stuff. Mum just panics.\n"
            "Counselor: So talk to your aunt tonight, go and see Ms Reyes at lunch on Tuesday, and ask Jade if "
            "her offer still stands. Come and find me Friday and let me know how it went?\n"
            "Student: Okay. Friday.\n"
        ),
        frozenset({"evidence_examination", "strengths_review", "problem_solving", "social_support", "homework"}),
    ),
    "blind2/couple_shutdown_pattern.txt": LabelledSession(
        (
            "Therapist: Priya couldn't make it today, so it's just us. You said Sunday's argument was a bad one.\n"
            "Client: It started about the bank statement and ended with her crying and me in the car for two "
            "hours. And then I feel like it's all my fault, because I walked out.\n"
            'Therapist: "All my fault". Let\'s look at that a bit more carefully. If we drew a circle for '
            "everything that went into Sunday blowing up, what slices would be in it?\n"
            "Client: Me walking out. Her bringing up money when we were both tired. The overdraft itself. Her mum"
            " phoning in the middle. Me not telling her about the car repair.\n"
            "Therapist: If you had to size those slices, how big is walking out?\n"
            "Client: Maybe a quarter. Not telling her about the repair, another quarter. Being tired and the "
            "timing, a chunk. Her mum, a small slice. Her tone, some.\n"
            "Therapist: So your part is real, about half by your own estimate, but it isn't the whole pie.\n"
            "Client: When you put it like that, yeah. It's not everything.\n"
            "Therapist: I noticed something a moment ago. When you described her voice going up, you went very "
            "still and looked at the door, almost the way you describe leaving the room. Earlier you told me your"
            " dad's temper filled the whole house. I wonder whether going quiet and getting out was what kept you"
            " safe as a boy, and now it switches on whenever Priya gets loud, even though she isn't him.\n"
            "Client: (long pause) That's... yeah. I don't even decide to leave. I'm just in the car.\n"
            "Therapist: That makes sense of why it feels so automatic. What if, instead of vanishing, you could "
            "tell her what's happening and when you'll be back?\n"
            "Client: Like what?\n"
            "Therapist: Something like: \"I'm getting overwhelmed and I want to keep talking about this. I need "
            "twenty minutes to calm down, then I'll come back and we'll finish.\" Try it in your own words.\n"
            "Client: \"Pri, I'm flooding. I'm not leaving you, I need twenty minutes and then I'll come back and "
            "we'll sort the statement out.\"\n"
            'Therapist: Good. Let me be Priya. "You always do this, you just run away whenever it\'s hard!"\n'
            "Client: I know it looks like that. I'm not running. Twenty minutes, I'll set a timer, and I'll come "
            "back and sit down with you.\n"
            "Therapist: Good, you stayed with it even when she pushed. Would you be willing to use that sentence "
            "the next time you notice the urge to walk out, even once, and tell me when we next meet what "
            "happened?\n"
            "Client: Yeah. I'll try it this week.\n"
        ),
        frozenset(
            {"continuum_or_pie_chart", "insight_interpretation", "assertiveness_training", "role_play", "homework"}
        ),
    ),
    "blind2/grief_husband_seven_months.txt": LabelledSession(
        (
            "Counselor: How have the last couple of weeks been since we spoke?\n"
            "Patient: Worse, if anything. It's seven months now and I thought I'd be coping better. Everyone else"
            " seems to think I should be. Some days I'm fine and then I see his handwriting on a jar in the "
            "freezer and I'm on the kitchen floor.\n"
            "Counselor: That sounds so painful, being knocked down by something as ordinary as a label on a jar.\n"
            "Patient: I feel like I'm going backwards.\n"
            "Counselor: A lot of people describe grief that way, but it often doesn't move in a straight line. It"
            " comes more in waves, and the waves can still be enormous at seven months, especially around "
            "anniversaries or little reminders. It isn't a sign you're doing it wrong; it's what losing someone "
            "you loved for thirty-one years tends to look like.\n"
            "Patient: That helps a bit. But the thing I can't get past is that I didn't notice. He was tired for "
            "weeks and I told him it was the job. If I'd pushed him to see the doctor sooner...\n"
            "Counselor: You've been carrying that one a long time. Can I ask you something? If your sister had "
            "been in your shoes, if it were her husband who'd been tired and she'd thought it was work, what "
            "would you say to her?\n"
            "Patient: I'd tell her she couldn't have known. That he was a grown man and he didn't want to go "
            "either. That she loved him.\n"
            "Counselor: Those are such kind words. I wonder what it would be like to offer even a little of that "
            "kindness to yourself, the way you'd offer it to her.\n"
            "Patient: It's harder. But I can see I'm much tougher on myself than I'd ever be on her.\n"
            "Counselor: One thing some people find helps, and this is just an idea, not something you have to do,"
            " is writing to the person they've lost. Telling him about the jar, or the guilt, or what you wish "
            "you'd said. Some people write every evening, some only once.\n"
            "Patient: I used to write him notes when he was away on site. Maybe I could do that.\n"
            "Counselor: It could be a way of keeping talking to him. You also mentioned your friends have gone "
            "quiet. Who's still around?\n"
            "Patient: Joan from church calls sometimes. I don't ring back much. And the hospice sent a leaflet "
            "about a bereavement group on Thursday mornings.\n"
            "Counselor: How would it be to let Joan in a bit more, or to go along to that group, where everyone "
            "there knows what waves like this feel like?\n"
            "Patient: I think I'd like that. Joan would drive me if I asked.\n"
        ),
        frozenset({"psychoeducation", "self_compassion", "journaling", "social_support"}),
    ),
    "blind2/cbt_i_presentation.txt": LabelledSession(
        (
            "Therapist: So your sleep diary shows you're in bed from about ten until eight, but actually asleep "
            "maybe five and a half hours of that.\n"
            "Client: Right, and I lie there for hours. I'm exhausted all day, so I go to bed early to catch up, "
            "and then I just lie there.\n"
            "Therapist: Can I explain a bit about how sleep works, because it might explain why that happens? "
            "There are two systems. One is sleep pressure, which builds up the longer you're awake, a bit like "
            "hunger. The other is your body clock. When you go to bed early or lie in, you're going to bed before"
            " the pressure has built up enough, so you lie awake. And after months of lying awake in bed, your "
            "brain starts to connect the bed with being alert and frustrated instead of sleepy.\n"
            "Client: So going to bed early is actually making it worse?\n"
            "Therapist: It can. That's why part of the treatment is spending less time in bed, not more, at least"
            " for a while. What's worrying you most about sleep right now?\n"
            "Client: I've got a big presentation on the 14th. If I don't sleep the night before, I'll be a mess, "
            "I'll blank on stage and my manager will think I can't do the job.\n"
            "Therapist: Let's look at that properly. What's the very worst that could happen if you sleep badly "
            "the night before?\n"
            "Client: I freeze, forget everything, get sacked.\n"
            "Therapist: And the best case?\n"
            "Client: I sleep fine and it goes great.\n"
            "Therapist: And realistically, thinking about all the times you've had bad nights this year and still"
            " gone to work, what's most likely?\n"
            "Client: I'd be tired and a bit slower. I've actually done two client meetings on about four hours "
            "and nobody noticed.\n"
            "Therapist: And if you were tired and a bit slow on the 14th, how would you handle it?\n"
            "Client: I'd have my notes, I'd have a coffee, I know the material. I'd get through it.\n"
            "Therapist: So even the bad-night version looks survivable. Now, one more thing I'd like to practise "
            "with you, for winding down. Get comfortable. Start with your feet: curl your toes tightly, hold for "
            "five seconds... and let go. Notice the difference between tension and release. Now your calves, "
            "tense... and release. We'll work up through the body.\n"
            "Client: (after several minutes) My shoulders were up by my ears. I didn't know.\n"
            "Therapist: For this week, then: the same wake-up time every day, seven o'clock, including the "
            "weekend. Don't go to bed until half past twelve, or until you're actually sleepy. If you're awake "
            "for what feels like twenty minutes, get up and do something calm in dim light, then go back. Do the "
            "relaxation in the hour before bed, and keep filling in the diary so we can adjust the window next "
            "session.\n"
            "Client: Half twelve sounds brutal but okay. I'll try it.\n"
        ),
        frozenset({"psychoeducation", "decatastrophizing", "relaxation_mindfulness", "homework"}),
    ),
    "blind2/anger_road_and_son.txt": LabelledSession(
        (
            "Counsellor: You said on the phone there was an incident on Saturday.\n"
            "Client: A guy cut me up on the ring road. I followed him for two miles leaning on the horn, and my "
            "son was in the back. He's nine. He was crying when we got home. I'm not proud of it.\n"
            "Counsellor: That sounds like it shook you, seeing him upset. Let's slow Saturday right down and put "
            "it on paper. I've got a sheet here with columns. First one is just the situation, the facts.\n"
            "Client: Saturday, ring road, a white van cut into my lane without indicating.\n"
            "Counsellor: Next column: what went through your mind in that moment? And then the feelings, and how "
            "strong, out of a hundred.\n"
            "Client: He thinks he owns the road. He's treating me like I'm nothing. He did it on purpose. Rage, "
            "ninety-five. Humiliated, maybe seventy.\n"
            "Counsellor: And in the column for what you did?\n"
            "Client: Chased him, horn, shouting.\n"
            "Counsellor: Now this last column is for another way of seeing it. Is there any other explanation for"
            " why a van might cut in like that? If you wrote down something more balanced than \"he's treating me "
            'like nothing", what would it be?\n'
            'Client: I suppose he might not have seen me, I was probably in his blind spot. "He was probably '
            "careless or rushing, it wasn't about me, and I'm not going to let a stranger decide how my son's day"
            ' goes."\n'
            "Counsellor: And reading that back, what happens to the rage number?\n"
            "Client: Down. Maybe forty.\n"
            "Counsellor: Let's also weigh it up honestly. What does chasing someone and blowing up actually get "
            "you, and what does it cost you?\n"
            "Client: In the moment it feels powerful, like I'm not being walked over. For about a minute. The "
            "cost is my son crying, nearly crashing once last year, my wife not wanting to be in the car with me,"
            " feeling like rubbish all evening. The costs win, no contest.\n"
            "Counsellor: For the moment itself, when you feel the heat rising behind the wheel, here's something "
            "to try. Breathe in slowly for four, and let it out for six, letting your shoulders drop on the out-"
            "breath. Let's do five rounds now.\n"
            "Client: (breathing) That's calmer. Bit daft, but calmer.\n"
            "Counsellor: Would you take some of these sheets and fill one in whenever you get angry this week, "
            "even small stuff, and we'll look at them together next time?\n"
            "Client: Yeah, alright. I'll keep them in the glovebox.\n"
        ),
        frozenset({"thought_record", "cognitive_restructuring", "breathing_exercise", "pros_and_cons", "homework"}),
    ),
    "blind2/burnout_ward_manager.txt": LabelledSession(
        (
            "Therapist: You look exhausted today. What's been going on at work?\n"
            "Client: Two nurses off long-term, I'm covering shifts on top of my manager role, and now the "
            "director wants me to lead the new audit as well. Fourteen-hour days. I cried in the car park on "
            "Tuesday and then went back in.\n"
            "Therapist: That's an enormous load. Can we try to untangle it a bit? If we had to name the single "
            "most pressing part of it, what would it be?\n"
            "Client: The audit. It's the extra thing that's tipping me over.\n"
            "Therapist: Okay. What are all the possible ways of handling the audit, however unrealistic?\n"
            "Client: Just do it. Quit. Do it badly. Ask for the deadline to move. Hand the data collection to "
            "Sam, my deputy, he's been asking for development. Say no outright.\n"
            "Therapist: Which of those look best once you think about the consequences?\n"
            "Client: Probably Sam doing the data side, and me asking to push the deadline to after the new "
            "starters arrive in March. But raising it with the director is the bit I'm dreading. I always end up "
            "saying \"it's fine, I'll manage.\"\n"
            "Therapist: What would it sound like if you said what you actually need, plainly and without "
            "apologising?\n"
            "Client: \"I can lead the audit, but not on the current timeline while I'm covering two vacancies. I'd"
            ' like to delegate data collection to Sam and move the deadline to the end of March."\n'
            "Therapist: That's clear, and it's reasonable. Can I also ask what's happened to the things that used"
            " to keep you going? You mentioned swimming when we first met.\n"
            "Client: I haven't been since August. When I get home I just scroll and fall asleep on the sofa.\n"
            "Therapist: What if we put a couple of those things back into the week on purpose, like appointments "
            "you don't cancel? Which days could realistically work?\n"
            "Client: Wednesday morning before a late shift, I could swim. And Sunday I could walk the dog "
            "somewhere nice instead of round the block.\n"
            "Therapist: I also notice how hard you are on yourself. Crying in the car park and then going "
            "straight back in. If one of your nurses did that, what would you tell her?\n"
            "Client: To go home. That she's allowed to be human. That looking after herself isn't letting the "
            "team down.\n"
            "Therapist: Maybe that's advice you deserve too. So before next week: have the conversation with the "
            "director, swim on Wednesday, the Sunday walk, and notice when you're talking to yourself more "
            "harshly than you would to one of your staff. We'll see how it went.\n"
            "Client: Okay. Writing it down before I forget.\n"
        ),
        frozenset(
            {"problem_solving", "assertiveness_training", "behavioral_activation", "self_compassion", "homework"}
        ),
    ),
    "blind2/textchat_new_city.txt": LabelledSession(
        (
            "Seeker: hey, not sure if this is the right place but i just moved to leeds for work 4 months ago and"
            " i dont know anyone. weekends are the worst, i dont talk to anyone from friday to monday\n"
            "Helper: hi, glad you reached out. thats a long stretch with nobody to talk to, sounds really lonley\n"
            "Seeker: yeah. and work people are fine but i think they find me boring. theres a group that goes for"
            " lunch and ive never been asked\n"
            "Helper: have you ever asked to go along with them\n"
            "Seeker: no. if i asked theyd just say sure to be polite and then it would be awkward and id know for"
            " sure they dont want me there\n"
            "Helper: ok so your guess is theyd be polite but not want you there. how sure are you about that, "
            "like out of 100\n"
            "Seeker: 80 maybe\n"
            "Helper: what if you tested that guess instead of just trusting it. like ask one of them tmrw if you "
            "can join and see what actually happens, do they chat to you, ask you stuff etc. then check what you "
            "predicted vs what happened\n"
            "Seeker: thats scary but i guess i wouldnt know otherwise. theres a girl called priti who always says"
            " hi\n"
            "Helper: sounds like a good one to ask. and if it goes meh thats one lunch, not proof about you. "
            "outside work, is there anything you did back home that got you around people\n"
            "Seeker: i ran a book club at my old uni for 2 years lol. and i used to climb\n"
            "Helper: wait you ran a whole book club for 2 years? thats not something boring people do, thats "
            "someone who brings people together. and you moved to a new city by yourself for a job, that takes "
            "guts\n"
            "Seeker: never thought of it like that\n"
            "Helper: leeds has a bunch of climbing walls and most have social nights, and theres meetup book "
            "groups too. and is there anyone from home you could video call on saturdays so the weekend isnt so "
            "empty\n"
            "Seeker: my sister would, shes always asking me to call more\n"
            "Helper: sounds like shed love that\n"
            "Seeker: ok ill try the lunch thing tmrw and call her saturday. thanks this actually helped\n"
            "Helper: anytime, good luck tmrw, youve got this\n"
        ),
        frozenset({"behavioral_experiment", "social_support", "strengths_review"}),
    ),
    "blind2/terse_social_anxiety.txt": LabelledSession(
        (
            "T: So. Um. Last week. The meetings.\n"
            "C: Yeah. Didn't say anything. Again. Everyone would look, you know. Think I'm thick.\n"
            "T: Has that happened? Someone, um, actually saying that?\n"
            "C: No. Not really.\n"
            "T: What happened the last time you did speak up?\n"
            "C: Um. March? Sarah said good point. Used my idea, actually.\n"
            "T: So the evidence. Um. Is it pointing at thick?\n"
            "C: Not that time. No.\n"
            "T: Okay. We talked about a ladder. Easiest to hardest. Let's write it. Bottom rung?\n"
            "C: Ask a question in the team chat. Like, twenty out of a hundred.\n"
            "T: Then?\n"
            "C: Say hi first. In the kitchen. Forty. Um, agree with someone in a meeting, sixty. Give my own "
            "idea, ninety.\n"
            "T: Good. Start at the bottom. Three times this week, team chat. Do it till it's, you know, boring. "
            "Rate it before, rate it after.\n"
            "C: And if it's still high?\n"
            "T: Keep going. It drops. Stay with it, don't, um, don't duck out.\n"
            "C: Okay. Three. I'll write the numbers down.\n"
            "T: Bring them next week.\n"
        ),
        frozenset({"exposure", "evidence_examination", "homework"}),
    ),
    "blind2/llm_style_layoff_low_mood.txt": LabelledSession(
        (
            "Client: I got laid off six weeks ago and I can't get out of bed anymore. I just feel like a complete"
            " failure.\n"
            "Counselor: Thank you so much for sharing this with me. Losing a job can be incredibly destabilising,"
            " and it makes complete sense that you're feeling this way. You are not alone in this, and I'm really"
            " glad you reached out. Can you tell me a little more about what a typical day looks like for you "
            "right now?\n"
            "Client: I wake up around eleven, look at job sites for a bit, feel sick, and then just lie there. "
            "Sometimes I think it wouldn't matter if I didn't wake up at all.\n"
            "Counselor: I really appreciate your honesty in telling me that, and I want to make sure I "
            "understand. When you say it wouldn't matter if you didn't wake up, are you having any thoughts of "
            "ending your life or hurting yourself?\n"
            "Client: Not really doing anything. Just that it would be easier. I wouldn't actually do anything, "
            "I've got my cat and my mum.\n"
            "Counselor: Thank you for telling me. It's really important that you have support if those thoughts "
            "ever get stronger, so let's put a few things in place together. What tends to be a sign that things "
            "are getting worse for you, and when you notice it, what helps even a little, and who could you reach"
            " out to?\n"
            "Client: When I stop answering my phone, or start drinking on my own in the afternoon. Taking the cat"
            " out in the garden helps, weirdly. And my mum would come over if I asked. Or my friend Dev.\n"
            "Counselor: Those are really valuable things to know about yourself, and it's wonderful that you have"
            " your mum and Dev. And if you ever feel you might act on those thoughts, please call or text 988, or"
            " go to your nearest emergency department. Could you save that number in your phone now, next to your"
            " mum's?\n"
            "Client: Okay. Done.\n"
            "Counselor: Thank you. Now, I'd like to share a little about how low mood often works, because it may"
            " help make sense of what you're going through. When we feel down, we naturally pull back from "
            "activities. But doing less means we get fewer experiences of pleasure or accomplishment, which "
            "lowers our mood further, which makes us want to do even less. It's a very common cycle, and it isn't"
            " a sign of weakness or failure.\n"
            "Client: That's exactly what it feels like. A spiral.\n"
            "Counselor: Exactly, and the encouraging part is that the spiral can work in the other direction too."
            " Rather than waiting until you feel motivated, we can start with very small actions, and often the "
            "motivation follows. What's one small activity that used to give you a sense of enjoyment or "
            "achievement, and could you plan a specific time for it, such as a particular morning this week? "
            "Writing it into your calendar can make it more likely to happen.\n"
            "Client: I used to walk to the bakery on Saturdays. I could do Saturday at ten. And cook pasta on "
            "Wednesday, maybe.\n"
            "Counselor: That's a great plan. I'd also like to gently come back to the word \"failure\". You "
            "mentioned you're still looking at job sites even though it makes you feel sick. What does it say "
            "about a person that they keep showing up for something that painful?\n"
            "Client: That I'm... trying, I guess.\n"
            "Counselor: Absolutely. And it's worth remembering that you held a job for eight years, supported "
            "your mum through her surgery last year, and taught yourself to code in the evenings. Those are real "
            "achievements. Being laid off was a decision about budgets, not a verdict on your worth. If you were "
            "to replace \"I'm a complete failure\" with something that's both honest and fair, what might it be?\n"
            "Client: \"I lost my job because of cuts, I'm having a hard time, and I'm still trying.\"\n"
            "Counselor: That is a beautifully balanced statement, and I'd encourage you to keep it somewhere "
            "you'll see it. Remember, progress isn't linear, and every small step counts. Is there anything else "
            "you'd like to talk about today?\n"
        ),
        frozenset(
            {
                "safety_planning",
                "psychoeducation",
                "behavioral_activation",
                "cognitive_restructuring",
                "strengths_review",
            }
        ),
    ),
    "blind2/listening_mum_diagnosis.txt": LabelledSession(
        (
            "Therapist: Where would you like to start today?\n"
            "Client: Mum got the diagnosis on Monday. It's Alzheimer's. We sort of knew, but hearing the word out"
            " loud was different.\n"
            "Therapist: Hearing it said out loud made it real in a way it hadn't been.\n"
            "Client: Yeah. The consultant was kind, but he kept talking to me instead of her, and she just sat "
            "there smiling like it was about someone else. It made me so angry. And then I felt guilty for being "
            "angry. I just wanted him to look at her.\n"
            "Therapist: You wanted her to still be treated as the person in the room.\n"
            "Client: She is still her. She still does the crossword, half of it anyway. She still tells me my "
            "hair needs cutting.\n"
            "Therapist: There's a lot of her still there.\n"
            "Client: There is. But I keep noticing the gaps now. She asked me twice on the way home whether I'd "
            "fed the cat, and the cat died two years ago.\n"
            "Therapist: And each gap you notice lands somewhere.\n"
            "Client: It's like grieving in instalments. She's here, and I'm already missing her.\n"
            "Therapist: Missing her while she's sitting right next to you.\n"
            'Client: (crying) Sorry. My brother just said "well, she\'s eighty-three, what did you expect." Like '
            "that's supposed to help.\n"
            "Therapist: It sounds like that landed as him brushing it off, when you were hurting.\n"
            "Client: He's always been like that. And I'm the one who lives ten minutes away, so I know it'll all "
            "come to me.\n"
            "Therapist: So there's the sadness about Mum, and also a worry about how much is going to fall on "
            "you.\n"
            "Client: Both. I don't even know which one I'm crying about.\n"
            "Therapist: Maybe it doesn't have to be just one.\n"
            "Client: No. I suppose not. It feels a bit better to have said it all out loud, at least.\n"
        ),
        frozenset(),
    ),
}
