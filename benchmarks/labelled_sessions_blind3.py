"""Blind test set 3 for the technique detector: fourteen counselling sessions written from scratch.

Written by a helper session that never saw the detector: it did not open the transforms package, the catalog file
(sql/technique_catalog.json), the tests, the README, the docs, the other labelled-session modules or any benchmark;
it did not grep the repository for phrases and ran nothing of the product. The only catalog fields read were each
technique's code, name, family and description (synonyms and cue fields were withheld), plus the first 45 lines of
labelled_sessions_blind2.py for the interface and labelling conventions. No text was copied from any corpus.

The sessions deliberately vary modality and voice (CBT for health anxiety, motivational interviewing, a lower-case
peer-support chat, telehealth with a teenager, an older adult with insomnia, an employee-assistance phone call,
perinatal low mood, OCD exposure, panic in a GP surgery, schema-flavoured perfectionism work, a halting
second-language session, a verbose machine-generated session, a crisis text chat and a listening-only session).
Counsellors mostly use techniques in their own words without naming them; a few sessions name them plainly.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or
practises in it. A client merely mentioning something (breathing, a diary, a friend), or the counsellor merely
asking about a topic or advising against something, is not a label; rapport_empathy, assessment and
session_structure are never labelled. ``homework`` is labelled only when a task is explicitly agreed for before the
next meeting. Several sessions contain such decoys on purpose. The listening-only session carries no label.

The labels were fixed before the detector was run on these sessions, and must not be edited to match its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND3_SESSIONS: dict[str, LabelledSession] = {
    # CBT for health anxiety: the checking cycle explained, evidence for/against, worst/most-likely outcome,
    # a week without photos as a test of the prediction, ratings brought back next week.
    "blind3/cbt_health_anxiety_mole.txt": LabelledSession(
        _session(
            "Therapist: You wanted to put the mole on your shoulder at the top of the list today. Where are you "
            "with it since Thursday?",
            "Client: I've checked it probably forty times. I take photos in the bathroom mirror and compare them "
            "with the ones from last month. Last night I was convinced the edge had gone blurry, and I was up "
            "until two reading melanoma survival figures.",
            "Therapist: Forty times in four days. Each time you check, what happens to the worry in the first "
            "minute, and then an hour later?",
            "Client: First minute, relief, if it looks the same. An hour later I'm thinking, but what if the "
            "angle was wrong. And I'm back in the bathroom.",
            "Therapist: That's worth slowing down on, because it's the engine of the whole thing. The checking "
            "buys you a minute of relief, and the relief teaches your brain that the mole was dangerous and the "
            "checking is what kept you safe. So the urge comes back stronger, and the bar for feeling reassured "
            "creeps higher. Searching online does the same thing, only faster. It isn't weak will; it's how "
            "health worry keeps itself going for nearly everyone who has it.",
            "Client: So I'm making it worse by looking.",
            "Therapist: You're doing what makes sense when you're frightened. It just happens to keep the fright "
            "alive. Can we take the thought itself, 'the edge has gone blurry, it's melanoma', and look at it "
            "properly? What points towards it?",
            "Client: The blurry bit. My uncle had skin cancer. And it's quite a big mole.",
            "Therapist: And what points the other way? Take your time.",
            "Client: The dermatologist looked at it in January and said it was an ordinary mole. She measured "
            "it. And the photo last night was taken under that yellow bulb, the old ones were in daylight.",
            "Therapist: Anything else?",
            "Client: It hasn't bled or itched. And honestly, I've been certain I had something serious four "
            "times in two years, and none of them were.",
            "Therapist: That last one seems important. With both sides laid out, how much do you believe 'it's "
            "melanoma' right now, out of a hundred?",
            "Client: Maybe thirty. It was ninety last night.",
            "Therapist: Let's take the thirty seriously rather than argue it down to nothing. Suppose the very "
            "worst happened and it did turn out to be something. Walk me through what would actually follow.",
            "Client: They'd cut it out, I suppose. Most of the ones caught early are just removed. I'd be "
            "terrified, I'd tell my sister, I'd have check-ups for a while.",
            "Therapist: And would you get through it?",
            "Client: Yes. It would be awful but I'd get through it. The picture in my head is far worse than "
            "that, though. I picture the kids being little and me not being there.",
            "Therapist: So there's the picture your mind leaps to, there's the realistic worst case you've just "
            "described, and then there's the most likely outcome, which is...?",
            "Client: That it's a mole. Like she said.",
            "Therapist: Here's what I'd like to suggest. Your prediction is that if you stop photographing it "
            "you'll miss something and the anxiety will become unbearable. What if we find out? For the next "
            "seven days, no photos and no searching. When the urge comes, note the time and rate the anxiety, "
            "then rate it again half an hour later. We see what the anxiety actually does when it isn't fed.",
            "Client: What if it really does change, though?",
            "Therapist: Fair question. You've got the dermatology review in April, and we can agree that "
            "bleeding or a sore that won't heal is a reason to ring the surgery. That's the proper check. What "
            "we're dropping is the forty mirror checks in between.",
            "Client: Okay. No photos, rate it when the urge comes and again after half an hour.",
            "Therapist: And bring the sheet next Thursday, whatever it shows. If the anxiety goes up and stays "
            "up, that's worth knowing too.",
            "Client: Alright. A week. I'll bring it.",
        ),
        frozenset(
            {"psychoeducation", "evidence_examination", "decatastrophizing", "behavioral_experiment", "homework"}
        ),
    ),
    # Motivational interviewing with an apprentice about vaping: decisional balance, values (football, coaching),
    # affirming a past change, a self-chosen first step. No task is set for a next meeting. Girlfriend = decoy.
    "blind3/mi_vaping_apprentice.txt": LabelledSession(
        _session(
            "Counsellor: Your tutor said you might want to talk about the vaping. Just so you know, I'm not here "
            "to make you stop. What made you say yes to coming?",
            "Client: Honestly? Got caught vaping in the workshop again. It was this or a written warning.",
            "Counsellor: So you're here partly because you had to be.",
            "Client: Pretty much. I don't think it's that deep. Everyone on my course does it. My girlfriend "
            "hates it, says I smell like a melon, but whatever.",
            "Counsellor: Fair enough. Tell me what you like about it. Properly, what does it do for you?",
            "Client: Something to do on breaks. Calms me down when the foreman's kicking off. Tastes good. "
            "Everyone's out by the skips together, it's a social thing.",
            "Counsellor: Breaks, stress, the taste, being with the lads. And the flip side, is there anything "
            "about it that gets on your nerves?",
            "Client: The money, I suppose. I'm going through three of the big ones a week, that's nearly thirty "
            "quid. And I get chesty at football. I was blowing after twenty minutes on Sunday, which never used "
            "to happen.",
            "Counsellor: So on one hand it gets you through the shouting and it's part of the breaks, and on the "
            "other it's thirty quid a week and it's showing up on the pitch. Where does football fit in for you?",
            "Client: It's my thing. I played county under-sixteens. I want to get into a decent Sunday side "
            "again, maybe coach the little ones one day, like my dad did with me.",
            "Counsellor: Fit enough to play properly, and one day giving kids what your dad gave you. That "
            "sounds like it matters a lot more than 'not that deep'.",
            "Client: Yeah. When you put it like that.",
            "Counsellor: I'm curious about 'never used to happen'. Have you ever knocked something on the head before?",
            "Client: Energy drinks. I was on four cans a day last year. Stopped in about a month because they "
            "were wrecking my sleep. Headaches for a week, then fine.",
            "Counsellor: So you've done this before. You spotted something getting in the way and cut it out, "
            "headaches and all. That took some backbone.",
            "Client: Didn't think of it like that. I just did it.",
            "Counsellor: If you did decide to change something about the vaping, and it's entirely your call, "
            "what would a first step look like that you'd actually stick to?",
            "Client: Not quitting. Not yet. Maybe not vaping before a match, and not in the van on the way to "
            "site. That's when I do loads, just out of boredom.",
            "Counsellor: Nothing before a match and nothing in the van. How confident are you, one to ten?",
            "Client: The van, seven. Before football, nine, because I'll feel the difference.",
            "Counsellor: What would get the van up to an eight?",
            "Client: If I left it in my bag in the back instead of my pocket.",
            "Counsellor: That's a plan you've built yourself, bag in the back and all. I'll leave it with you.",
            "Client: Cheers. Less painful than I thought, this.",
        ),
        frozenset({"pros_and_cons", "values_clarification", "strengths_review", "goal_setting"}),
    ),
    # Peer-support text chat in lower case: 5-4-3-2-1 style grounding, the best-mate question, texting a sister.
    # The client's old diary is a decoy: the supporter reflects it but does not propose it.
    "blind3/peer_chat_driving_test.txt": LabelledSession(
        _session(
            "Client: hey sorry is this the chat thing",
            "Counselor: hey yes you're in the right place :) i'm jo, i'm one of the peer supporters. no rush, "
            "what's going on tonight",
            "Client: idk. cant switch off. failed my driving test today, second time, and i feel like such an "
            "idiot lol",
            "Counselor: ugh second time is rough. not an idiot tho. whats happening for you right now, like in "
            "your body",
            "Client: chest is tight and my hands are kinda shaky. ive been lying in bed replaying the roundabout "
            "bit over and over",
            "Counselor: that replay loop is the worst. want to try something quick with me? it helps me when my "
            "heads spinning",
            "Client: ok",
            "Counselor: look round your room and type me 5 things you can see. anything, doesnt matter",
            "Client: lamp. my hoodie on the chair. phone charger. a poster. the radiator",
            "Counselor: nice. now 3 things you can hear",
            "Client: fridge humming downstairs. a car outside. my cat snoring lol",
            "Counselor: love that. and 1 thing you can feel on your skin",
            "Client: the duvet. my feet are cold",
            "Counselor: hows the chest now compared to when you first messaged",
            "Client: bit looser actually. weird",
            "Counselor: not weird, your brain just got pulled off the roundabout for a sec. can i ask, if your "
            "best mate had failed their test twice what would you say to them",
            "Client: that its literally just a test and loads of people pass on the 3rd or 4th go. and the "
            "examiners round here are well strict",
            "Counselor: would you call them an idiot",
            "Client: no obviously not",
            "Counselor: so maybe give yourself a bit of that too? you were nervous, you messed up one roundabout, "
            "thats it. you can be gutted and still go easy on yourself",
            "Client: yeah. i used to write stuff in a diary when i was like 14 when i felt like this. havent for ages",
            "Counselor: sounds like that was your way of getting it out back then. is there anyone around you "
            "could tell about the test? sometimes saying it to someone who gets it takes the sting out",
            "Client: my sister passed on her 4th go. she'd probably just laugh about it with me",
            "Counselor: sounds like exactly the kind of laugh you need. could you message her?",
            "Client: yeah ill text her in the morning",
            "Counselor: good plan. how are you feeling about trying to sleep now",
            "Client: better. thanks jo",
            "Counselor: anytime. come back on here whenever, we're open til 2",
        ),
        frozenset({"relaxation_mindfulness", "self_compassion", "social_support"}),
    ),
    # Telehealth with a teenager: defining the problem and brainstorming, then rehearsing talking to a teacher
    # with the therapist playing him, a clear no-apology script, affirming organising skill. Asking who is in the
    # group chat is assessment, not social support; no task is agreed.
    "blind3/telehealth_teen_group_project.txt": LabelledSession(
        _session(
            "Therapist: Can you hear me okay? Your picture froze for a second there.",
            "Client: yeah sorry the wifi's bad in my room. is this better",
            "Therapist: Much better. Last time you said the history project was doing your head in. What's "
            "happening with it?",
            "Client: it's me and three others and literally nobody does anything. Kai hasn't even joined the "
            "group chat and it's due in two weeks and I'm gonna end up doing the whole thing again like in year 9",
            "Therapist: Again, like year 9. That sounds really unfair. Who is in the group chat?",
            "Client: me, Priya and Tom. Priya's ok she's just disorganised. Tom sends memes.",
            "Therapist: Okay. If we had to squash the problem into one sentence, what would it be?",
            "Client: that I do all the work and get the same mark as people who did nothing",
            "Therapist: That's really clear. Let's chuck out every option you can think of, even silly ones, "
            "and sort them afterwards.",
            "Client: do it all myself. tell the teacher. drop out of school lol. split it up and tell everyone "
            "what their bit is. have a go at Kai.",
            "Therapist: I'll add one: ask Mr Okafor if each person can hand in a note of what they did. Which of "
            "those actually look doable?",
            "Client: splitting it up. and maybe the teacher one but I don't wanna be a snitch",
            "Therapist: Makes sense. What would splitting it up involve, step by step?",
            "Client: I'd post in the chat with like four sections and who's doing what and a deadline. and if "
            "Kai hasn't replied by Friday I'd go to Mr Okafor",
            "Therapist: That's a plan with a backup built in. The Mr Okafor bit, what would you actually say? "
            "Because not being a snitch and not doing four people's work can both be true.",
            "Client: idk. probably mumble something and say it's fine",
            "Therapist: Want to practise? I'll be Mr Okafor. You've come up to my desk at the end of the lesson. "
            "Go whenever you're ready.",
            "Client: um. sir, can I talk to you about the project",
            "Therapist: (as Mr Okafor) Yes, quickly, I've got year 7 coming in.",
            "Client: it's just, Kai hasn't done anything. it's fine I guess",
            "Therapist: Let's pause there. Did you notice the 'it's fine'? Have another go, and this time say "
            "what you want him to do. Short, and no apologising. Something like, I've done my part and shared "
            "out the rest, and I'd like the marks to show who did what.",
            "Client: ok. sir, I've split up the project and done my section. Kai hasn't replied in a week. I'd "
            "like us to each write down what we did so the marks are fair",
            "Therapist: (as Mr Okafor) Right. Yes, that's reasonable, I'll have a word with him. And, stepping "
            "out of being him now, how did that feel compared to the first go?",
            "Client: weird but better. I didn't say sorry like five times",
            "Therapist: You didn't. And honestly, you've just organised a whole project plan in ten minutes. "
            "You did it in year 9 too, you just did it on your own. That's a real skill.",
            "Client: haha yeah. I'm good at the organising bit. just not the saying bit",
            "Therapist: You just did the saying bit as well. Whether you go to him is up to you.",
            "Client: I'll see how the group chat goes first.",
        ),
        frozenset({"problem_solving", "role_play", "assertiveness_training", "strengths_review"}),
    ),
    # Older adult with insomnia: sleep explained, the eight-hours thought rewritten, progressive muscle
    # relaxation in the room, an evening worry notebook, all agreed for the fortnight before the next visit.
    "blind3/older_adult_insomnia.txt": LabelledSession(
        _session(
            "Therapist: Good morning, Mr Hughes. You look tired.",
            "Client: I'm always tired, love, that's the trouble. I go up at half nine because that's what we "
            "always did, Margaret and me, and I lie there till two or three. Then I'm up at six like clockwork.",
            "Therapist: So maybe four hours' sleep out of eight or nine in bed.",
            "Client: If that. And I lie there thinking, you need your eight hours at your age or your heart "
            "packs in. A doctor said so on the television.",
            "Therapist: Can I tell you a bit about how sleep changes as we get older? It might take some of the "
            "pressure off.",
            "Client: Go on.",
            "Therapist: Most people in their seventies sleep more lightly and for fewer hours than they did at "
            "forty. Six hours or so is very common and quite normal. And the longer we lie awake in bed, the "
            "more the body starts to link bed with being awake and fretting. Sleep builds up while we're awake "
            "during the day, a bit like an appetite. A doze in the armchair at four o'clock is like a biscuit "
            "before dinner.",
            "Client: I do nod off in the afternoon. After the racing.",
            "Therapist: That's very common. Now, the thought about needing eight hours or your heart will pack "
            "in. What's it like when that arrives at one in the morning?",
            "Client: Frightening. I lie there listening to my heart.",
            "Therapist: Which would keep anyone awake. Knowing what we've just said about sleep at seventy-eight, "
            "what might be a fairer thing to tell yourself at one in the morning?",
            "Client: That I'm getting what a man my age gets? And lying awake won't kill me. It's just boring.",
            "Therapist: Boring, not dangerous. I like that. Would it help to have it written on a card by the bed?",
            "Client: It might. My memory's not what it was.",
            "Therapist: There's something else I'd like to try with you now, if you're willing. I'll ask you to "
            "tighten one group of muscles for a few seconds and then let go. Start with your hands. Make a fist "
            "and squeeze, hold it, and let it go. Notice the difference between tight and loose.",
            "Client: Tingly. Warm.",
            "Therapist: Now lift your shoulders up towards your ears, hold, and drop them. Let them hang heavy.",
            "Client: (exhales) I carry everything up there. Margaret always said so.",
            "Therapist: We'll work down through the legs and feet the same way, slowly. (later) How was that?",
            "Client: To be honest, I could drop off in this chair.",
            "Therapist: Good. One more idea. A lot of the thinking happens at one in the morning because it's the "
            "first quiet moment of the day. What if, an hour before bed, you sat at the kitchen table and wrote "
            "down whatever's on your mind? Worries, things about Margaret, the letter from the council. Out of "
            "your head and onto the paper before you go up.",
            "Client: I've never been one for writing.",
            "Therapist: It doesn't need to be good writing. A few lines, then you close the pad and that's the "
            "day put away.",
            "Client: I could do that. I've got a pad from the chemist.",
            "Therapist: So between now and my next visit in a fortnight: the card by the bed, the muscle "
            "exercise once you're in bed, and ten minutes with the pad at half eight. Does that sound "
            "manageable?",
            "Client: Card, muscles, pad. Yes, I'll give it a go.",
        ),
        frozenset({"psychoeducation", "cognitive_restructuring", "relaxation_mindfulness", "journaling", "homework"}),
    ),
    # Employee-assistance phone call: dividing responsibility for a missed deadline into slices, brainstorming
    # and choosing options, drafting a direct email to a director. The wife's breathing app is a decoy; this is a
    # one-off call and no task is agreed for a next session.
    "blind3/eap_call_missed_deadline.txt": LabelledSession(
        _session(
            "Counsellor: You're through to the employee assistance line, my name's Dev. We've got about forty "
            "minutes. What's made you call today?",
            "Client: Um, my manager suggested it, after the thing with the Henley contract. I'm a project lead at "
            "a logistics firm and we missed a go-live by three weeks. The client's threatening to walk. And I "
            "feel like it's all on me. I haven't slept properly since.",
            "Counsellor: That sounds like a heavy few weeks. When you say it's all on you, how much of it, if "
            "you put a number on it?",
            "Client: Ninety percent? I'm the lead. It's my project.",
            "Counsellor: Can we look at that a bit more closely? List everything that fed into the three weeks, "
            "every piece, not only yours.",
            "Client: The supplier shipped the scanners late, that was ten days on its own. Two of my team were "
            "off sick the same week. Finance sat on the extra spend. The client changed the spec in month two. "
            "And I didn't flag the risk early enough. I should have escalated in September.",
            "Counsellor: If we drew a circle and cut it into slices, supplier, sickness, finance, the spec change "
            "and you not escalating, how big would each slice be?",
            "Client: Supplier thirty. Sickness fifteen. Finance fifteen. Spec change twenty. Me, twenty.",
            "Counsellor: Twenty. From ninety.",
            "Client: Huh. Yeah. Still twenty, though.",
            "Counsellor: It is, and it's the slice you can actually do something with. So what's the problem you "
            "most need to crack in the next month?",
            "Client: I've got another rollout in February with the same supplier and I'm scared it'll happen "
            "again. My wife keeps telling me to download one of those breathing apps, but I don't think that's "
            "going to fix a supplier.",
            "Counsellor: (laughs) Probably not the supplier, no. Let's get every idea out, however half-baked.",
            "Client: Build in a buffer. Get a quote from a second supplier. Weekly risk call. Escalate anything "
            "over five days' slip straight away. Ask for another analyst.",
            "Counsellor: Which of those gives you the most for the least effort?",
            "Client: The five-day rule, honestly. And the buffer. The analyst won't happen.",
            "Counsellor: What would getting the buffer take?",
            "Client: Telling my director the February date isn't realistic without two extra weeks. Which she "
            "won't like.",
            "Counsellor: How do you usually tell her things she won't like?",
            "Client: I don't. I sort of hint, and then work weekends.",
            "Counsellor: Shall we draft the first lines of that email together? Keep it short: the facts, what "
            "you need, and what happens if you don't get it. No softening.",
            "Client: Okay. 'Sarah, based on Henley, the February date carries a high risk. I need two extra "
            "weeks in the plan, or a penalty clause in the supplier contract. Without one of those I can't "
            "commit to the date.'",
            "Counsellor: Read it back to yourself. How does it sound?",
            "Client: Like someone who knows what they're doing. Not like me.",
            "Counsellor: It's clear, and there's no 'sorry, it's probably me, but' in it.",
            "Client: There normally would be. There really would.",
            "Counsellor: The programme also gives you up to six sessions with a counsellor near you, if you'd "
            "like to book some.",
            "Client: Maybe. I'll think about it. Thanks, Dev.",
        ),
        frozenset({"continuum_or_pie_chart", "problem_solving", "assertiveness_training"}),
    ),
    # Perinatal low mood: normalising postnatal depression, scheduling small rewarding activities, accepting help
    # from a mother-in-law and a postnatal group, the sister question, agreed for the next meeting. The joke about
    # "still breathing" is a decoy; the risk question is assessment.
    "blind3/perinatal_low_mood.txt": LabelledSession(
        _session(
            "Therapist: How have the last couple of weeks been with Ava?",
            "Client: She's fine. She's lovely, she's feeding well. It's me. I thought I'd feel more. Everyone says "
            "it's the best time of your life and I just feel flat. Grey. And then guilty for feeling grey.",
            "Therapist: Flat, and then guilty on top of the flat.",
            "Client: Yes. I keep thinking a proper mum wouldn't feel like this.",
            "Therapist: Can I share something about that? Low mood after having a baby is really common, around "
            "one mum in ten, probably more because so many never say. It isn't a measure of how much you love "
            "her. Hormones, broken nights, a huge change in who you are, being stuck indoors, it all piles up. "
            "And it does get better with the right support. It says nothing about whether you're a proper mum.",
            "Client: Nobody told me that. The midwife just asked if I was coping.",
            "Therapist: What does an ordinary day look like at the moment?",
            "Client: Feed, change, sit on the sofa with her, telly on. Feed again. I haven't left the flat since "
            "Tuesday. I used to swim three times a week. I used to see people.",
            "Therapist: When mood drops, we tend to stop doing the things that used to lift us, and then there's "
            "even less to lift us, and it spirals. One way out is to put a few small things back on purpose, "
            "before you feel like it. The feeling tends to follow the doing rather than the other way round.",
            "Client: I can't exactly swim with a four-month-old.",
            "Therapist: Not yet. What's a small version? Something with Ava, or something just for you.",
            "Client: There's a park with a café ten minutes away. I used to get a flat white there. I suppose I "
            "could walk there with the pram.",
            "Therapist: Which days and times would be realistic?",
            "Client: Mornings are better, she naps in the pram. Wednesday and Friday, after the ten o'clock feed.",
            "Therapist: Wednesday and Friday after the ten o'clock feed. And something for you?",
            "Client: A bath. On my own, door shut. That sounds ridiculous.",
            "Therapist: It doesn't. Who could have Ava for forty minutes?",
            "Client: My partner, when he's in. Or his mum, she offers all the time and I say no because I feel "
            "like I should manage.",
            "Therapist: What would it be like to say yes to her once this week?",
            "Client: She'd be thrilled, honestly. She keeps hinting. And the health visitor gave me a leaflet for "
            "a postnatal group at the children's centre on Thursdays.",
            "Therapist: Would you be open to trying the group, even once, just to see who's there?",
            "Client: Maybe. If I'm still breathing by Thursday. (laughs) Sorry, dark joke.",
            "Therapist: I'm glad you can joke, and I do want to check. Have you had any thoughts of harming "
            "yourself, or of not wanting to be here?",
            "Client: No. Nothing like that. Just tired.",
            "Therapist: Thank you for telling me. I also notice how hard you are on yourself: ridiculous, I "
            "should manage. If your sister had a four-month-old and told you she wanted a bath on her own, what "
            "would you say?",
            "Client: I'd go and run it for her.",
            "Therapist: Could you offer yourself some of that? Looking after you is part of looking after Ava.",
            "Client: I'll try.",
            "Therapist: So before we meet in two weeks: the café walk on Wednesday and Friday, one bath while "
            "your mother-in-law has Ava, and the Thursday group if you feel up to it. We'll go through how they "
            "went next time.",
            "Client: Walk, bath, maybe the group. Okay.",
        ),
        frozenset({"psychoeducation", "behavioral_activation", "social_support", "self_compassion", "homework"}),
    ),
    # OCD exposure and response prevention: reviewing practice, the hierarchy, an in-session step without washing,
    # why not to neutralise, the next step agreed for the week. The counting-breathing is advised AGAINST (decoy).
    "blind3/ocd_contamination_exposure.txt": LabelledSession(
        _session(
            "Therapist: Last week you got to touching the kitchen bin lid and waiting twenty minutes before "
            "washing. How has the practice gone?",
            "Client: I did it five days out of seven. The first day was a nine out of ten. By Friday more like a "
            "four. Saturday I skipped, my mum was visiting.",
            "Therapist: Five out of seven, nine down to four. That's exactly what we hoped for, and you did it, "
            "not me. Three weeks ago you couldn't stay in the kitchen while the bin was being emptied.",
            "Client: I know. It still feels like cheating, like I got lucky.",
            "Therapist: It isn't luck. Let me go over why it works. When you touch something that feels "
            "contaminated, the anxiety shoots up. If you wash, it drops fast, and your brain learns 'washing "
            "saved me'. If you don't wash, the anxiety still comes down, more slowly, and your brain learns "
            "something new: I can stand this, and nothing terrible happened. The washing is what keeps the fear "
            "stuck in place.",
            "Client: It makes sense in here. At home it feels different.",
            "Therapist: That's normal. On your ladder, the next rung was the bathroom door handle, then the "
            "toilet flush, and the top was public toilets. Where do you want to go today?",
            "Client: The door handle. The flush is still a ten.",
            "Therapist: Let's do the handle here, in this building. There's a staff toilet down the corridor and "
            "I'll come with you. You hold the outside handle with your whole hand for a minute, then we come back "
            "and you touch your face, your hair and your phone. No washing and no wipes until the end of the "
            "session.",
            "Client: My face. Okay. Okay.",
            "Therapist: (back in the room) Both hands on your cheeks now, and your hair. Where's the anxiety, zero "
            "to ten?",
            "Client: Eight. My heart's going. Can I do my breathing? I usually do the counting thing to calm down.",
            "Therapist: I'd rather you didn't right now. The counting tends to become another way of making "
            "things safe, and then your brain doesn't get to find out the anxiety passes on its own. Let it be "
            "there and tell me what you notice.",
            "Client: Tingling in my hands. Like they're filthy. I keep picturing germs crawling.",
            "Therapist: Let the picture be there. We'll check again in five minutes.",
            "Client: (later) Six. Now five. It's coming down. I didn't think it would while I was still dirty.",
            "Therapist: And you are still dirty. You haven't washed. That's the learning.",
            "Client: Weird. Good weird.",
            "Therapist: For this coming week, shall we swap the bin lid for your bathroom door handle at home? "
            "Once a day, same rules: touch it, then your face and phone, and no washing for at least an hour. "
            "Rate it at the start and at the end on the sheet.",
            "Client: Once a day, an hour. I'll try for all seven days this time.",
            "Therapist: Good. We'll look at the ratings together next Tuesday.",
        ),
        frozenset({"exposure", "psychoeducation", "strengths_review", "homework"}),
    ),
    # Panic in a GP surgery: normal ECG, the adrenaline cycle, what actually happened the three times, slow breathing
    # with a long out-breath, stepping to test "a racing heart means collapse". Referral and leaflet are not labels;
    # no task is agreed for a next appointment.
    "blind3/gp_surgery_panic.txt": LabelledSession(
        _session(
            "Therapist: Come in, have a seat. I've got your ECG from last week here. It's completely normal, and "
            "so were the bloods.",
            "Client: Right. Then what was it? Because it felt like a heart attack. Third time this month. I was "
            "in Tesco, my chest went tight, my heart was going like a drum, my arms were tingling. I thought, "
            "this is it.",
            "Therapist: From what you describe, and with normal tests, these sound like panic attacks. I know "
            "that can sound like I'm saying it's just nerves, and I'm not. They're frightening and very physical.",
            "Client: But why would I get them? I'm not an anxious person.",
            "Therapist: Lots of people who get panic aren't. The body's alarm, the adrenaline response, goes off "
            "when there's no real danger. Your heart speeds up and your breathing gets quick and shallow, which "
            "is what causes the tingling and the light-headedness. Then you notice the symptoms and think heart "
            "attack, which is terrifying, which releases more adrenaline, and round it goes. The thought feeds "
            "the body and the body feeds the thought.",
            "Client: So I'm scaring myself.",
            "Therapist: Your alarm is oversensitive, and a very understandable interpretation keeps it going. "
            "The three times this month, how did each one end?",
            "Client: It peaked and then went after ten or fifteen minutes. The first time I sat in the car park. "
            "The second time the paramedics came out and said my heart was fine.",
            "Therapist: If it had been a heart attack, what would you expect to happen after fifteen minutes?",
            "Client: I suppose it wouldn't just go away. I'd be worse.",
            "Therapist: And has any test, ever, found something wrong with your heart?",
            "Client: No. I ran a half marathon in April.",
            "Therapist: So your heart has coped with twenty-one kilometres, three tests and three of these episodes.",
            "Client: When you put it like that. I did try a breathing video on YouTube, though, and it made me "
            "dizzier.",
            "Therapist: That often happens, because those videos have you taking big deep breaths, which can add "
            "to the over-breathing. Let's do a gentler one now. A small breath in through your nose for four, "
            "then out slowly through your mouth for six, like cooling soup. Hand on your tummy so that's what "
            "moves, not your chest. In, two, three, four. Out, two, three, four, five, six.",
            "Client: (after a few rounds) That's slower. Less like gulping.",
            "Therapist: The long out-breath is the brake pedal. One more thing, if you're up for it. You believe a "
            "racing heart means something dangerous. Let's check. Step up and down on that step in the corner, "
            "quickly, for a minute, and see what your heart does and whether anything bad follows.",
            "Client: Here? Okay. (steps) It's pounding now. Nearly like in Tesco.",
            "Therapist: What did you expect would happen when it got this fast?",
            "Client: That I'd collapse. I'm not collapsing. It's slowing down already.",
            "Therapist: So a pounding heart on its own is...",
            "Client: Just a pounding heart. Huh.",
            "Therapist: I'm going to refer you to the talking therapies team for a course of CBT for panic, and "
            "here's a leaflet on what we talked about.",
            "Client: Thank you. Honestly, I thought you were going to tell me I was imagining it.",
        ),
        frozenset({"psychoeducation", "evidence_examination", "breathing_exercise", "behavioral_experiment"}),
    ),
    # Schema-flavoured perfectionism: linking the standard to a father's red pen and noticing it with the therapist,
    # what the standard gives and costs, turning "must" into "would like", speaking kindly to the child self.
    # The client's old thought records are a decoy; the therapist explicitly declines them.
    "blind3/schema_perfectionism_architect.txt": LabelledSession(
        _session(
            "Therapist: You said on the way in that you redrew the Marsh Lane elevations at two in the morning.",
            "Client: Four times. Nobody asked me to. The partner had signed off the first version.",
            "Therapist: What was driving the fourth redraw?",
            "Client: The window proportions on the west side were a touch off. Nobody would notice. I would notice.",
            "Therapist: 'I would notice.' When you hear that, whose voice is it?",
            "Client: Mine? Well, it sounds like my dad, I suppose. He was an engineer. He went over my homework "
            "with a red pen even when it was right, and if I got ninety-eight he'd ask where the other two went. "
            "As a joke, supposedly.",
            "Therapist: As a joke, supposedly. It sounds as if the eight-year-old learned that being loved and "
            "being flawless were the same thing, and the forty-year-old architect is still sitting that exam at "
            "two in the morning.",
            "Client: (quiet) That's a bit close.",
            "Therapist: Something happened just then, actually. When I said that, your eyes went to my notepad, "
            "as if you were checking whether I'd marked you down.",
            "Client: Ha. I do that with everyone. I was wondering whether I'd said the right thing in here.",
            "Therapist: Nobody's marking in here. But it's telling that it turns up even in this room. The "
            "standard follows you everywhere.",
            "Client: My last therapist gave me thought records. Columns, ratings. I did them perfectly. "
            "Colour-coded. Didn't help at all.",
            "Therapist: (smiles) Perfect thought records. That says a lot. Let's leave the columns, then. Can we "
            "look at what the standard does for you, what it gives you and what it costs you?",
            "Client: It gives me good work. Reputation. The partners trust me. I never get caught out.",
            "Therapist: And the cost?",
            "Client: Sleep. My marriage, a bit. Hannah says I'm never really home even when I'm home. I turned "
            "down a competition entry because I didn't think I could make it good enough in time. I'm exhausted.",
            "Therapist: So it buys trust and never being caught out, and it's costing sleep, your marriage and, "
            "interestingly, chances to do great work. Looking at both sides, is it doing the job it claims to?",
            "Client: No. Not any more.",
            "Therapist: The rule sounds like 'I must get everything exactly right or I've failed'. If you could "
            "rewrite it so it keeps what's good in it, what would it say?",
            "Client: 'I'd like to do excellent work, and sometimes good enough is good enough'? It feels like "
            "letting myself off.",
            "Therapist: It sounds more like a preference than an order. 'I'd like to' instead of 'I must'. How "
            "much do you believe the new version?",
            "Client: Thirty percent. More than zero, though.",
            "Therapist: I want to go back to the eight-year-old with his ninety-eight. If you could sit beside him "
            "now, what would you want to tell him?",
            "Client: That ninety-eight is brilliant. That he's allowed to go out and play.",
            "Therapist: Could you say that to the man at the drawing board at two in the morning, too?",
            "Client: (long pause) I'll try. It feels strange, being kind to myself.",
        ),
        frozenset({"insight_interpretation", "pros_and_cons", "cognitive_restructuring", "self_compassion"}),
    ),
    # Halting second-language session after a sea crossing: nightmares normalised, grounding in the room, a
    # community-centre group. Unsent letters and prayer are the client's own (decoys); no task is agreed.
    "blind3/halting_english_nightmares.txt": LabelledSession(
        _session(
            "Therapist: Thank you for coming. We go slowly today. If something is not clear, you stop me. Okay?",
            "Client: Okay. My English... small. But I try.",
            "Therapist: Your English is good. We take time. How is the sleep, this week?",
            "Client: Sleep... not good. Two hours, three hours. Then the dream. Always same dream. The boat. The "
            "water. I wake, I am shaking.",
            "Therapist: The dream about the boat. Every night?",
            "Client: Most night. Five, six night. I think... I am going crazy. My head is broken.",
            "Therapist: I want to tell you something important. Many, many people who lived what you lived, the "
            "war, the sea, losing people, have these dreams. The mind is trying to put the memory away, but it is "
            "too big. So it comes back in the night. It is not crazy. It is a normal answer to something not "
            "normal.",
            "Client: Normal?",
            "Therapist: Normal, yes. Your head is not broken. It is hurt. It can heal.",
            "Client: (pause) Nobody say this before. In the camp they say, forget, forget.",
            "Therapist: When you wake up shaking, where are you? Do you know you are in your room?",
            "Client: Not at first. I think I am in the water still.",
            "Therapist: Can we practise something now, for that moment? Put your feet flat on the floor. Feel the "
            "floor. Press down. Good. Now look around and tell me three things you see. English or your language, "
            "both okay.",
            "Client: Table. Window. Your... cup. Green cup.",
            "Therapist: Good. Now touch the arm of the chair. How does it feel?",
            "Client: Hard. Little bit cold.",
            "Therapist: You are here. In this room. In Leeds. It is Tuesday. The boat was before. Now is now.",
            "Client: Now is now. (breathes out) Yes. Little bit better.",
            "Therapist: When you wake in the night, you can do the same. Feet on the floor. Three things. Say, "
            "now is now.",
            "Client: Feet, three things, now is now. Okay.",
            "Therapist: Who do you see in the day? Who is with you here?",
            "Client: Nobody. My brother is in Germany. I write letters to him, long letter, but I don't send.",
            "Therapist: Letters you don't send.",
            "Client: I don't want he worry.",
            "Therapist: There is a group at the community centre on Thursday. Men from Sudan, from Eritrea. They "
            "cook, they talk, some play football. Some of them know the sea also. Would you like the name of the "
            "man who runs it?",
            "Client: Maybe. I am shy. But... yes. Maybe I go with Yusuf, my neighbour. He is from Sudan also.",
            "Therapist: Going with Yusuf sounds good.",
            "Client: Thank you. Also I pray. In the night, after the dream, sometimes I pray. It helps little.",
            "Therapist: I am glad something helps a little.",
        ),
        frozenset({"psychoeducation", "relaxation_mindfulness", "social_support"}),
    ),
    # Verbose machine-generated style that names techniques plainly: behavioural activation, a SMART goal, a thought
    # record practised in session with an alternative thought, all agreed before next session. The client's old
    # gratitude journal is a decoy; the therapist does not propose it.
    "blind3/verbose_generated_low_motivation.txt": LabelledSession(
        _session(
            "Therapist: Thank you so much for sharing that with me. It sounds like you've been carrying a "
            "tremendous amount lately, and I want to acknowledge the courage it takes to show up and speak "
            "openly about feeling stuck. Could you tell me a little more about what a typical day has looked "
            "like over the past few weeks?",
            "Client: I work from home, so I wake up late, open the laptop, do the bare minimum, and then scroll "
            "on my phone until one in the morning. I used to go climbing and cook proper meals. Now it's cereal "
            "for dinner.",
            "Therapist: I hear you, and I want to validate how draining that cycle can feel. What you're "
            "describing is something many people experience when their mood dips: the less we do, the less "
            "energised we feel, and the less energised we feel, the less we do. One evidence-based approach that "
            "can be really helpful here is called behavioural activation. The core idea is that rather than "
            "waiting for motivation to arrive before acting, we gently schedule small, meaningful activities, "
            "and motivation often follows. Would you be open to exploring that together?",
            "Client: I guess. I'm not sure I can do much, though.",
            "Therapist: That's completely understandable, and we can start very small. You mentioned climbing and "
            "cooking. Could we identify one or two activities that feel doable this week, perhaps cooking one "
            "simple meal, or visiting the climbing wall for just thirty minutes?",
            "Client: Cooking's probably easier. I could make the pasta thing I used to make. I did try a "
            "gratitude journal last year, by the way, and it felt really fake.",
            "Therapist: Thank you for telling me that, it's helpful to know what hasn't fitted for you. Cooking "
            "the pasta dish sounds like a wonderful choice. To make it as concrete and achievable as possible, "
            "let's set a SMART goal: specific, measurable, achievable, relevant and time-bound. For example, 'I "
            "will cook my pasta dish on Tuesday and Thursday at 7 pm.' How does that sound?",
            "Client: Tuesday and Thursday, fine. And maybe the wall on Saturday morning, if I'm feeling okay.",
            "Therapist: Excellent. I'd also like to gently explore something you said earlier, that you 'can't do "
            "much'. It sounds as though there may be some automatic thoughts contributing to how you feel. A tool "
            "many people find valuable is a thought record. When you notice your mood drop, you note the "
            "situation, the thought that went through your mind, the emotion and how intense it was, and then a "
            "more balanced alternative thought. Over time this helps you notice patterns and build more flexible "
            "thinking.",
            "Client: Like, on paper?",
            "Therapist: Paper or your phone, whichever feels more natural. Shall we try one together now, using "
            "a moment from today? What was happening when you felt low?",
            "Client: My manager messaged 'can we chat later?' and I immediately thought I was getting fired.",
            "Therapist: Thank you for sharing that. So the situation was the message, the automatic thought was "
            "'I'm getting fired', and the emotion was...?",
            "Client: Dread. Eighty percent.",
            "Therapist: And if we look for a more balanced alternative, what else might 'can we chat later?' mean?",
            "Client: It could be about the roadmap. She does that a lot, actually.",
            "Therapist: That's a great example of an alternative thought. How strong is the dread now?",
            "Client: Maybe forty.",
            "Therapist: What a meaningful shift. So, to summarise what we've agreed for between now and our next "
            "session: cooking on Tuesday and Thursday at 7 pm, an optional visit to the climbing wall on "
            "Saturday, and at least two thought records when you notice your mood drop. We'll review them "
            "together next week. Does that feel manageable?",
            "Client: It's a lot, but yeah. I'll try.",
            "Therapist: It's perfectly okay if it doesn't all go to plan. Every step you take is meaningful, and "
            "we'll learn from whatever happens.",
        ),
        frozenset({"behavioral_activation", "goal_setting", "thought_record", "cognitive_restructuring", "homework"}),
    ),
    # Crisis text chat: means restriction and a written crisis plan with helplines, grounding through the senses,
    # reaching a brother tonight. The old counsellor's breathing is a decoy (the counsellor offers something else).
    "blind3/crisis_text_car_park.txt": LabelledSession(
        _session(
            "Counsellor: Hi, you're through to the crisis text line, I'm Sam. I've read your first message, that "
            "you don't want to be here any more. I'm really glad you texted. Are you safe right now?",
            "Client: i dont know. im sitting in my car in a car park. ive got my mums tablets in my bag",
            "Counsellor: Thank you for telling me, that's really important. Have you taken any of them?",
            "Client: no. not yet",
            "Counsellor: Okay. I'm going to stay with you. Could you put the tablets in the boot, somewhere you "
            "can't reach from where you're sitting, while we talk?",
            "Client: why",
            "Counsellor: Because your mind is in a lot of pain right now, and I'd like some distance between you "
            "and them while we get through the next hour together. Tell me when it's done.",
            "Client: ok. done. theyre in the boot",
            "Counsellor: Thank you. That was a big thing to do. What's happened tonight?",
            "Client: my girlfriend ended it. and i lost my job last month. everything is just gone. i tried the "
            "breathing thing my old counsellor taught me and it doesnt do anything",
            "Counsellor: Two huge losses, close together. It makes sense that everything feels gone tonight. Can "
            "we try something different, not breathing? Tell me what you can see through the windscreen.",
            "Client: a trolley shelter. the big asda sign. rain on the glass",
            "Counsellor: And what can you feel? Your hands, the seat under you?",
            "Client: the steering wheel is cold. my hands are freezing actually",
            "Counsellor: Keep your hands on the wheel for a moment and notice the cold. You're in your car, in the "
            "Asda car park, texting me. Out of 10, where 10 is you can't keep yourself safe, where are you now?",
            "Client: 7. it was 9 when i messaged",
            "Counsellor: Nine down to seven. Is there anyone who could be with you tonight?",
            "Client: my brother lives like 15 mins away. were not close but he'd come i think",
            "Counsellor: Would you be willing to text him, tell him you're having a really bad night and need "
            "him? I can help with the words.",
            "Client: what do i even say",
            "Counsellor: Maybe: 'I'm not in a good way tonight. Can you come and get me?' You don't have to "
            "explain everything.",
            "Client: ok sent it. hes ringing me",
            "Counsellor: Before you answer, can we jot down a few things so you've got them later? What tells you "
            "it's getting bad, what helps even a little, who you can contact, and where to go if it gets worse.",
            "Client: its bad when i sit in the car and dont drive home. what helps... my dog. being at my brothers.",
            "Counsellor: People: your brother. If you can't reach him, text us any time, ring Samaritans on "
            "116 123, or call 999 or go to A&E if you feel you might act on it. Could you screenshot this so it's "
            "on your phone?",
            "Client: ok screenshotted",
            "Counsellor: And the tablets stay in the boot and go back to your mum tomorrow. Deal?",
            "Client: deal. hes here now",
            "Counsellor: I'm so glad. Thank you for reaching out tonight.",
        ),
        frozenset({"safety_planning", "relaxation_mindfulness", "social_support"}),
    ),
    # Listening only: the client herself mentions slow breathing, a neighbour who sat with her, and an evening
    # notebook; the counsellor only reflects and proposes nothing. No label.
    "blind3/listening_only_allotment_grief.txt": LabelledSession(
        _session(
            "Therapist: Where would you like to start today?",
            "Client: I went up to the allotment on Saturday. First time since Pete died. His mug's still in the "
            "shed, with the tea ring in the bottom.",
            "Therapist: His mug was still there.",
            "Client: I couldn't move it. I sat on his bench. I had to do that breathing, you know, in and out "
            "slowly, because I thought I'd cry in front of the people on the next plot.",
            "Therapist: You were holding a lot in, sitting on his bench.",
            "Client: Then Maureen from three plots down came over with a flask and just sat with me. Didn't say "
            "anything. We've never really talked before. She lost her husband two years back.",
            "Therapist: She just sat with you.",
            "Client: Which was the right thing. Everyone else wants to talk about it, or tells me to keep busy.",
            "Therapist: Being told to keep busy hasn't been what you need.",
            "Client: No. I'm busy enough. I've been writing in a notebook in the evenings, little things I "
            "remember about him. The way he hummed when he was pruning. I don't know why I'm doing it.",
            "Therapist: Something about getting the humming down on paper.",
            "Client: I'm scared I'll forget. That's the truth of it. Forty-one years and I'm scared I'll forget "
            "his voice.",
            "Therapist: Losing his voice as well as him.",
            "Client: (crying) Sorry.",
            "Therapist: There's nothing to be sorry for.",
            "Client: The runner beans need picking. He always did the beans. I'll have to do them myself this year.",
            "Therapist: The beans were his.",
            "Client: They were. I'll make a mess of it. But I'll do them. He'd have laughed at me.",
            "Therapist: You can almost hear him laughing.",
            "Client: I can. (pause) That's nice, actually. I can still hear that.",
            "Therapist: His laugh is still there.",
            "Client: Yes. Maybe I won't forget after all.",
            "Therapist: We're nearly at time. How are you leaving today?",
            "Client: Lighter, I think. Thank you for just letting me talk.",
        ),
        frozenset(),
    ),
}
