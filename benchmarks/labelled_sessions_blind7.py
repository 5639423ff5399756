"""Blind test set 7 for the technique detector: fourteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 60 lines of
labelled_sessions_blind5.py (interface, docstring conventions and labelling rules; the rest of that file and every
other labelled_sessions_blind*.py module were not opened); the LabelledSession dataclass in labelled_sessions.py,
printed with `grep -n "class LabelledSession" -A15`; each catalog technique's code, name, family and description,
printed by the one-line command the brief prescribed (the catalog file itself, with its synonyms and cue fields,
was never opened); and the [tool.ruff] section of pyproject.toml. Slips, all minor: the -A15 grep also showed the
first ten lines of the first entry of LABELLED_SESSIONS (a panic session), the sed range used to print [tool.ruff]
also printed the bare [tool.mypy] header line, and a plain directory listing of benchmarks/ was taken to find the
file names (no other benchmark was opened). It did not open the transforms package, the tests, the README or the
docs, did not grep the repository, did not read /work/shared, ran no git command and ran nothing of the product,
its tests, mypy or any benchmark; the only commands run against the project were the import check of this module
(importing it and counting turns and labels) and ruff check / ruff format on it, besides listing .venv/bin to find
ruff. The module was produced by a throwaway generator piped into the interpreter, trimmed to at most thirty turns a
session by in-place string replacements in this file, then re-emitted from the imported module with the double
quotes of quoted speech turned into single quotes and formatted with ruff format (no other file was written); the
labels were not touched by any of these steps. No text was copied from any corpus.

The settings were chosen to be unlike earlier sets and the counsellors' voices vary: a rural stress worker in a
farmhouse kitchen after the 2001 foot-and-mouth cull, an upbeat LGBTQ+ service counsellor with a drag performer who
has stage fright, a formal sleep psychologist with a retired heart surgeon, a young carers' project worker with a
fifteen-year-old, a fire service occupational health counsellor a week after a fatal house fire, a wellbeing
drop-in in a library study room during exams, an online video session with a lagging line and a very quiet client
(listening only), a Glaswegian primary care worker with a redundant shipyard welder, a Nigerian English university
counsellor in Lagos with a medical student who wants to switch to architecture, a motivational session in a
diabetes clinic with a needle-phobic grandmother, a couple's session about an overdraft, a schema-therapy flavoured
session about an inner critic, a peer worker with lived experience in a night-time crisis cafe, and an AI chat
assistant that over-explains to a student with 1 a.m. health anxiety. Counsellors mostly use techniques in their
own words without naming them.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or
practises in it. A client merely mentioning something (a vet's advice to write things down, a meditation app, a
gratitude journal, a work coach's targets, a pastor's advice, a keto diet, a budgeting app, an earlier therapist's
thought records, a care coordinator's breathing), or the counsellor merely asking about a topic, advising against
something or using a nought-to-ten scale only to measure, is not a label; rapport_empathy, assessment and
session_structure are never labelled. ``homework`` is labelled only when a task is explicitly agreed for before the
next meeting; plans made without such an agreement (an activity schedule offered "not as homework", a one-off
drop-in's plan for the afternoon, a couple's money plan, steps towards a goal at the client's own pace) are not
homework. The listening-only session carries no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match
its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND7_SESSIONS: dict[str, LabelledSession] = {
    # Rural stress outreach worker in a Cumbrian farmhouse kitchen, 2001: what mattered before the cull, a few days'
    # activities written on an envelope, ringing a neighbour who lost her stock too, and treating herself as she would
    # treat that neighbour. Decoys: the vet's advice to write it all down (client mention, not taken up), the worker
    # asking about the husband's drinking without working on it, advising against watching the last pyre, and the
    # schedule explicitly offered "not as homework".
    "blind7/farmers_wife_after_the_cull.txt": LabelledSession(
        _session(
            "Therapist: Thanks for letting me in, Mrs Dobson. I'll leave my boots by the door. The lane's still got "
            "the disinfectant mats down, I see.",
            "Client: They've not lifted the restrictions yet. Call me Margaret. Sit down, the kettle's on. Not that "
            "there's much else to do now.",
            "Therapist: It's very quiet out there. I drove past the top field and there wasn't a sound.",
            "Client: Four hundred and twelve ewes and the suckler herd. Twenty-eight years of breeding, gone in two "
            "days. They burned them on the bottom pasture. You can still smell it when the wind's from the west.",
            "Therapist: Twenty-eight years of breeding. That's not stock, that's a lifetime's work.",
            "Client: Bill won't talk about it. He sits in the Land Rover in the yard of an evening. I think he's "
            "drinking up there, but I don't ask.",
            "Therapist: How much do you think he's having?",
            "Client: I find the bottles in the feed bin. A bottle of whisky every two or three days. He was never a "
            "drinker.",
            "Therapist: That's a worry on top of everything else. And your own days, what are they like now?",
            "Client: Empty. I'm up at five because my body still thinks there's milking, then I sit at this table. "
            "The young vet said I ought to write it all down, get it out of my head. I've not bothered. What would I "
            "write?",
            "Therapist: Mm. Can I ask you something, Margaret? Before all this, on an ordinary morning, what did you "
            "care about most?",
            "Client: The lambing, daft as it sounds. Being needed. Knowing the place would go on to our Stephen. And "
            "the show. I've won the fruit scone class eleven years running.",
            "Therapist: Being needed, the farm carrying on in the family, and making something with your own hands "
            "that folk admire. Those sound like the things that really matter to you.",
            "Client: They do. But the stock's gone, and Stephen's talking about the building trade in Carlisle now.",
            "Therapist: The sheep have gone. Does the being needed and the making have to go with them? If those "
            "things still matter, what might they look like in a week like this one?",
            "Client: I suppose there's the Hendersons over the fell. She's got her arm in plaster and four bairns. I "
            "could bake for them. And Bill's mother's on her own in Keswick.",
            "Therapist: Shall we put some of that down, just for the next few days? Nothing grand. Something with a "
            "day and a time on it.",
            "Client: Tuesday morning I could bake. Take it over on Wednesday after the post. Thursday was always "
            "market, there's no market, but Bill's mother likes a drive round the lake.",
            "Therapist: Tuesday baking, Wednesday over to the Hendersons, Thursday afternoon a drive with Bill's "
            "mother. I'll write it on the back of this envelope. I'm not setting you homework, mind. It's there if "
            "you want it.",
            "Client: Homework. I'm sixty-one. And Joan at Low Fold lost hers a week before us. We've not spoken. I "
            "didn't know what to say to her.",
            "Therapist: I wonder if she doesn't know what to say to you either. Would you ring her, or call in? Folk "
            "who've been through the same thing can hold each other up in a way I can't.",
            "Client: I could ring her tonight. She'll be sat at her kitchen table too.",
            "Therapist: One more thing, Margaret. Twice today you've said you should have been stronger, that you "
            "cried in front of the slaughtermen. If it was Joan who'd cried, what would you say to her?",
            "Client: I'd say anybody would. I'd say you'd have to be made of stone not to.",
            "Therapist: Could you give yourself a bit of that? The same kindness you'd give Joan. A proper dinner, a "
            "proper night's sleep, and no telling yourself off for crying.",
            "Client: It's harder with yourself. But I'll try.",
            "Therapist: And Bill said something about going up to the ridge when they burn the last of the Low Fold "
            "ones. I'd not go, either of you. There's nothing to be gained from watching that.",
            "Client: No. I'll tell him.",
            "Therapist: I'll be back up on the twenty-third, if the lane's open.",
        ),
        frozenset({"values_clarification", "behavioral_activation", "social_support", "self_compassion"}),
    ),
    # LGBTQ+ community counselling, upbeat counsellor, a drag performer who freezes in the wings before a first
    # headline: slow belly breathing with a corset, worst / best / most likely and how she would cope, a ladder of
    # performances with the first rung sung in the room, and the next rungs explicitly agreed for before next Tuesday.
    # Decoys: a drag mother's advice to drink a double vodka (advised against), a meditation app that sent her to sleep
    # (client mention).
    "blind7/drag_performer_stage_fright.txt": LabelledSession(
        _session(
            "Therapist: Dev, hello. Or is it Patti today?",
            "Client: It's Dev on a Tuesday afternoon, babe. Patti only comes out after ten. Well, she's meant to, and "
            "that's the problem. I've been booked to headline at Velvet on the twelfth. My first proper headline. And "
            "three times this month I've stood behind the curtain shaking so hard my earrings rattled. Last Friday I "
            "threw up in the fire bucket and my drag sister had to cover my number.",
            "Therapist: So it's not the performing, it's getting from behind the curtain to the middle of the stage.",
            "Client: Exactly. Once I'm out there I'm fine. It's the ten minutes before.",
            "Therapist: What does your body do in those ten minutes?",
            "Client: Heart going like a drum and bass night. I can't get a breath down past the corset. My hands go "
            "numb.",
            "Therapist: Let's sort the breath bit first, because that corset isn't helping. Sit up, hand on your "
            "belly just above where the corset sits. In through your nose for four, let your belly push your hand "
            "out, then out through pursed lips, slow, for six. Like blowing on a candle without putting it out.",
            "Client: In... and out. Oh, that's longer than I thought.",
            "Therapist: Keep it going, five or six rounds, I'll count. Four in... and six out. Again.",
            "Client: Bit calmer. My shoulders have come down.",
            "Therapist: You can do that in the wings, corset and all, if you keep it low and long. Now, the ten "
            "minutes. What are you sure is going to happen when you walk out?",
            "Client: I'll forget the words to the mix, freeze, and half of Canal Street will be filming me. It'll be "
            "on TikTok by midnight. Nobody books me again. Career over.",
            "Therapist: That's the worst version. What's the best version?",
            "Client: I nail it, the crowd loses it, somebody from the telly sees the clip.",
            "Therapist: And the most likely, honestly?",
            "Client: Probably I'm wobbly on the first verse and then I'm fine. Like every time I've actually gone on.",
            "Therapist: And if the worst did happen on the twelfth, if you forgot the words, what would you do?",
            "Client: What I tell the baby queens. Stop the track, grab the mic, take the mick out of myself. That "
            "crowd loves a disaster if you own it. I'd survive.",
            "Therapist: You'd survive it, and maybe get a laugh. What does your drag mother say about the nerves?",
            "Client: Mother Tequila says knock back a double vodka before you go on, works for her. I tried a "
            "meditation app as well, but the man's voice sent me to sleep on the bus and I missed my stop.",
            "Therapist: I'd steer well clear of the vodka. I'd rather you found out you can do it stone-cold sober. "
            "If the twelfth is the top of a ladder, what's the bottom rung? The least scary bit of performing you can "
            "think of?",
            "Client: Doing the number in my bedroom with the door shut. Then doing it for my two housemates in the "
            "lounge. Then the Monday open mic at the Rembrandt, twenty people and half of them asleep. Then a Friday "
            "spot at Velvet. Then the headline.",
            "Therapist: That's your ladder. Fancy a rung right here? Stand up and give me the first verse. No music, "
            "no wig. How scared are you, nought to ten, before you start?",
            "Client: Eight. Oh my god. Go on then. [sings the first verse, stumbles on the second line, starts again, "
            "finishes]",
            "Therapist: And now?",
            "Client: About four. I got the words wrong and nobody died.",
            "Therapist: Nobody died. So before I see you next Tuesday, would you do the next rungs: the full number "
            "for your housemates, and the Monday open mic if that goes all right? Breathing in the wings before each "
            "one.",
            "Client: Deal. Housemates on Thursday, Rembrandt on Monday, breathing before both. I'll tell you next "
            "Tuesday how it went.",
            "Therapist: I want a full report. Sequins and all.",
        ),
        frozenset({"breathing_exercise", "decatastrophizing", "exposure", "homework"}),
    ),
    # Formal sleep psychologist, retired cardiothoracic surgeon waking at 3 a.m.: how sleep pressure, the body clock and
    # arousal work after sixty, a four-column record of last night's waking filled in together, fairer alternatives to
    # "tomorrow is ruined" and "I killed him", and progressive muscle relaxation in the room. Decoys: his wife's
    # zopiclone (client mention, redirected to the GP), a nought-to-ten sleep rating used only to measure, the Wednesday
    # golf asked about and left, and no sleep diary or other task taken away.
    "blind7/retired_surgeon_insomnia.txt": LabelledSession(
        _session(
            "Therapist: Good morning, Mr Hargreaves. Do take a seat. Your GP's letter says your sleep has been poor "
            "since you retired in March.",
            "Client: Poor is generous. I go off at eleven like a stone and I'm wide awake at three. Every night. I "
            "lie there until six going over things. I've even given up the Wednesday fourball; the others still talk "
            "shop and I can't bear it.",
            "Therapist: On a scale of nought to ten, where ten is the best sleep you've had in your life, how would "
            "you rate last week's nights, on average?",
            "Client: Three. Perhaps a two. My wife has some zopiclone tablets. I confess I've been tempted to help "
            "myself.",
            "Therapist: That's one to take to your GP rather than your wife's bathroom cabinet. May I tell you a "
            "little about how sleep works? It may explain some of the three o'clock business.",
            "Client: Please. I operated on hearts for forty years; I know nothing about sleep.",
            "Therapist: Two systems decide when we sleep. One is sleep pressure, which builds the longer we are awake "
            "and active, like a level rising through the day. The other is the body clock. After sixty the clock "
            "tends to shift earlier, and sleep in the second half of the night becomes lighter. So a man of "
            "seventy-one waking at three is not broken; his sleep has simply become easier to interrupt. The third "
            "player is arousal. If the mind gets busy when you wake, the body's alarm switches on, and that is what "
            "keeps you awake until six. And you have lost the long days on your feet in theatre, so less pressure "
            "builds up.",
            "Client: So the waking is to be expected. It's the lying there churning that's the trouble.",
            "Therapist: Exactly. What are you churning on, at three?",
            "Client: Last night it was a patient from 1998. A valve repair. He died on the table. I go through every "
            "step.",
            "Therapist: Would you be willing to put last night on paper with me, now, in columns? First column, the "
            "situation.",
            "Client: Three a.m., Tuesday night, awake in bed.",
            "Therapist: Second column: what went through your mind, as close to the actual words as you can.",
            "Client: 'I should have converted to a replacement earlier. I killed him.' And then, 'If I don't get back "
            "to sleep, tomorrow is ruined.'",
            "Therapist: Third column: what you felt, and how strongly, out of a hundred.",
            "Client: Guilt, ninety. Dread about the next day, seventy.",
            "Therapist: Take the second thought first, since it's the one keeping you awake. 'If I don't get back to "
            "sleep, tomorrow is ruined.' Is there a fairer way of putting it, one that a friend who knew you well "
            "would sign up to?",
            "Client: 'A bad night makes me tired and short-tempered. It doesn't ruin a day.' I'd put that in the "
            "fourth column.",
            "Therapist: And the dread, reading that?",
            "Client: Forty, perhaps.",
            "Therapist: Now the first one, 'I killed him'. If a registrar of yours had lost that patient in those "
            "circumstances, how would you have put it to him?",
            "Client: I'd have said he made a hard call in good faith, and that losing a patient doesn't make a "
            "surgeon a killer. 'He died after a hard decision made in good faith.' Guilt, sixty. It's still there.",
            "Therapist: It may always be there a little. One last thing today: a way of letting the body settle when "
            "you're awake at three. Close your eyes if you're comfortable. Start with your feet. Curl the toes tight, "
            "hold for five seconds, and let go. Notice the difference between tight and loose.",
            "Client: All right.",
            "Therapist: Now the calves: tense, hold, release. Then the thighs, the hands, working up to the shoulders "
            "and the face, each time noticing the heaviness as you let go.",
            "Client: [after several minutes] I'd forgotten my shoulders were up round my ears. I feel half asleep.",
            "Therapist: Good. That's yours to use whenever you need it. You mentioned the Wednesday golf earlier?",
            "Client: Not since June.",
            "Therapist: We can come back to that another time. That's our hour for today.",
        ),
        frozenset({"psychoeducation", "thought_record", "cognitive_restructuring", "relaxation_mindfulness"}),
    ),
    # Young carers' project worker in a school pastoral room with a fifteen-year-old who looks after her mum (MS) and
    # little brother: a short clear script for asking a teacher for an extension, rehearsed with the worker playing the
    # teacher and then swapped, what she has managed this week and this year, and the Thursday young carers group and
    # her nan. Decoys: the worker asking how school is going without working on it, mum's mindfulness app (client
    # mention, never opened).
    "blind7/young_carer_fifteen.txt": LabelledSession(
        _session(
            "Therapist: Hiya Kayleigh. Grab a beanbag. You've got till the end of fourth period, Miss Patel's "
            "covering it.",
            "Client: Good, it's maths.",
            "Therapist: Ha. How's things at home this week?",
            "Client: Mum had a bad relapse Sunday. Couldn't get out of bed. I did Jayden's tea, got him to school and "
            "did her tablets. Dad rang from Aberdeen, but he's on the rigs till the twentieth.",
            "Therapist: That's a lot for one weekend. How's school going alongside all that?",
            "Client: Rubbish. I've got history coursework due Friday and I've done like half a page. Mr Okafor "
            "already thinks I'm lazy. He goes 'Kayleigh, again?' in front of everyone.",
            "Therapist: Does he know what's going on at home?",
            "Client: No. I don't want him feeling sorry for me. And I don't know how to say it without crying.",
            "Therapist: It sounds like you'd like more time on the coursework, but asking feels impossible. What if "
            "we worked out what you'd actually say? Short. You don't have to tell him your whole life, just what you "
            "need.",
            "Client: Like what?",
            "Therapist: Something like: 'Sir, I look after my mum, she's got MS and she's been really poorly this "
            "week. I need until next Wednesday for the coursework. Can I have that?' One line on what's happening, "
            "what you need, and you ask.",
            "Client: That's short. I could maybe say that. But if he says 'everyone's got problems, Kayleigh', I'll "
            "go red and walk off.",
            "Therapist: Then you say it again, calm: 'I know, sir, but I'm a young carer and I'm asking for till "
            "Wednesday.' You're allowed to say it twice. You're allowed to ask for what you need.",
            "Client: Feels like I'm being cheeky.",
            "Therapist: Want to have a go? I'll be Mr Okafor. I'll even do the face. 'Kayleigh, again? Where's your "
            "coursework?'",
            "Client: Um. Sir, I look after my mum, she's got MS and she's been really bad this week. Can I have till "
            "Wednesday?",
            "Therapist: 'Everyone's got things going on, Kayleigh.'",
            "Client: I know, sir, but I'm a young carer and I'm asking for till Wednesday. Oh my god, that was so "
            "awkward.",
            "Therapist: Your voice was steady the second time. Let's swap. You be him, I'll be you, and you'll hear "
            "it from his side.",
            "Client: 'Kayleigh, again?' [the worker says her lines] Actually, if someone said that to me I'd just "
            "give them the extension.",
            "Therapist: You would. And think about Sunday. You got a poorly mum her tablets on time, got an "
            "eight-year-old fed and to school in a clean shirt, and you're here today. Your attendance is ninety-four "
            "percent in a year like this one. That's not a lazy person.",
            "Client: I never think of it like that. It's just what you do.",
            "Therapist: It's what you did. Who else knows what it's like, looking after your mum?",
            "Client: Nobody. My nan a bit, but she lives in Hull. Mum's always on at me to use her mindfulness app, "
            "she says it'd help me chill. I've never even opened it.",
            "Therapist: The young carers group meets Thursdays after school in the library. There's pizza, and "
            "there's a girl in Year 11 whose dad's got MS too. I'd really like you to meet them. And what about "
            "ringing your nan on the bad nights, not only when something's gone wrong?",
            "Client: My nan would like that. The group, maybe, if you come with me the first time.",
            "Therapist: I'll walk you down on Thursday.",
            "Client: Go on then. If there's pizza.",
        ),
        frozenset({"assertiveness_training", "role_play", "strengths_review", "social_support"}),
    ),
    # Fire service occupational health counsellor, a firefighter a week after a house fire in which a four-year-old
    # died: how minds and bodies react after a call like this, a pie of everything that played a part, looking after
    # himself as he would look after a young crew member, and a direct risk question with a crisis card. Decoys:
    # "breathing apparatus" and "exposure" to smoke (lexical), the station's hot debrief and a mate's advice to write it
    # down (client mentions), advising against re-watching the news clip and the comments.
    "blind7/firefighter_after_the_call.txt": LabelledSession(
        _session(
            "Therapist: Dean, thanks for coming over to headquarters. Occ health's kettle is better than the "
            "station's, I promise.",
            "Client: Wasn't my idea. Watch manager said I had to.",
            "Therapist: Fair enough. You're here now. It was the house fire on Ashby Road last Thursday.",
            "Client: Yeah. Child's bedroom at the back. I was first in with the breathing apparatus on. The smoke "
            "exposure was that bad you couldn't see your own glove. I found her under the bed. She was four. We got "
            "her out, but she didn't make it.",
            "Therapist: I'm sorry, Dean.",
            "Client: Station did a hot debrief next morning. Everyone said the right things. Then I went home and "
            "I've not really slept since. I keep smelling it. I'll be making toast and it's there. I jumped a mile "
            "when the smoke alarm went at my mum's.",
            "Therapist: What you're describing, the smell coming back, jumping at alarms, not sleeping, is how a "
            "brain and body react after something this awful. In the first weeks the mind keeps replaying it because "
            "it's trying to file it away, and it stays on high alert in case it happens again. For most people it "
            "settles over the following weeks. If it's still this strong in a month, there's treatment that works "
            "well and we'd get you to it. You're not losing it. It's a normal reaction to something that isn't "
            "normal. What's going through your head the most?",
            "Client: That if I'd gone left instead of right at the top of the stairs, I'd have got to her two minutes "
            "sooner. It's on me.",
            "Therapist: Can we draw that out? A circle, a pie, for everything that played a part in how that night "
            "ended. What goes in it?",
            "Client: The chip pan, where it started. The smoke alarm with no battery. The call coming in eleven "
            "minutes late. The layout of the house. The neighbour who tried to get in and had to turn back. The crew. "
            "Me.",
            "Therapist: Give each one a slice. How big is the chip pan and the fire itself?",
            "Client: Big. Forty percent. The alarm with no battery, twenty. The late call, fifteen. The layout, ten. "
            "The crew, five.",
            "Therapist: And you, going right at the top of the stairs?",
            "Client: There's not much left. Ten, if that. And right was the drill; the bedroom was on the right on "
            "the plan.",
            "Therapist: So how does 'it's on me' look next to that circle?",
            "Client: Like most of it isn't on me. It still feels like it is.",
            "Therapist: Feelings take longer to catch up. How are you treating yourself this week?",
            "Client: Badly. Not eating much. Double sessions at the gym to knacker myself so I sleep.",
            "Therapist: If it was young Ryan off your watch who'd found her, how would you look after him?",
            "Client: Tell him to eat something, get his head down, stop beating himself up. Make him a brew.",
            "Therapist: Would you let yourself have a bit of that? Proper meals, go easy in the gym, stop beating "
            "yourself up?",
            "Client: I'll try.",
            "Therapist: Dean, I ask everyone this after a call like this, so bear with me. Have you had any thoughts "
            "of not wanting to be here, or of ending your life?",
            "Client: Not like that. Once or twice I've thought it'd be easier not to wake up. I wouldn't do anything. "
            "My mum.",
            "Therapist: Thanks for telling me straight. Let's put a plan on a card in case those thoughts get louder. "
            "What would tell you it's getting worse? What could you do first yourself? And then the numbers: my "
            "direct line, the Fire Fighters Charity line, Samaritans on 116 123 day or night, and 999 or A&E if you "
            "ever felt you might act on it.",
            "Client: If I stop going out, or start drinking on my own, that's the sign. First thing, I go for a run. "
            "Card's going in my wallet, in with my licence.",
            "Therapist: One more thing. A lot of people keep watching the news clip and reading the comments. I'd "
            "stay off those; they'll tell you nothing you don't know.",
            "Client: My mate Gaz says I should write it all down. I haven't. Maybe one day.",
            "Therapist: How are you getting home today?",
        ),
        frozenset({"psychoeducation", "continuum_or_pie_chart", "self_compassion", "safety_planning"}),
    ),
    # University wellbeing drop-in in a bookable library study room during exams, a one-off meeting with a pharmacology
    # student who fled the silent floor: paced breathing with a count, worst / best / most likely and the resit, the
    # clearance problem defined with options brainstormed and one chosen, and a realistic target for the next three
    # hours. Decoys: nought-to-ten panic ratings used only to measure, a flatmate's gratitude journal (client mention),
    # advising against an all-nighter and energy drinks; no next meeting is set, so no homework.
    "blind7/exam_panic_library_study_room.txt": LabelledSession(
        _session(
            "Therapist: Come in, shut the door, it's fine, this room's soundproofed. I'm Tom from Wellbeing, we're "
            "doing drop-ins up here during exams. You look like you've been running.",
            "Client: I was on the third-floor silent bit and I just couldn't breathe, I had to get out. Everyone was "
            "typing and I thought I was going to pass out.",
            "Therapist: Sit down. How bad is it right now, nought to ten?",
            "Client: Eight. Seven.",
            "Therapist: Let's slow the breathing down together. Drop your shoulders. In through your nose while I "
            "count to four, and out slowly through your mouth for six. In, two, three, four. Out, two, three, four, "
            "five, six. And again, let the out-breath be longer than the in-breath. A few more rounds.",
            "Client: Okay. Okay. That's a bit better. About a five.",
            "Therapist: What happened up there?",
            "Client: I was doing past papers for pharmacokinetics on Thursday and I couldn't do question three. And I "
            "just thought, I'm going to fail. And if I fail I'll have to resit in August, and if I fail the resit I'm "
            "off the course, and my parents have spent everything.",
            "Therapist: That's a long chain. What's the very worst that could happen on Thursday?",
            "Client: I blank and fail.",
            "Therapist: And the best?",
            "Client: I get a first. Ha.",
            "Therapist: And the most likely, going by how your other exams have gone?",
            "Client: I got sixty-two in January. Probably something like that. Maybe a bit less.",
            "Therapist: And if the worst did happen, you failed on Thursday, what would you actually do?",
            "Client: Resit in August. My friend Ana resat one last year and she's fine, she's in third year. I'd be "
            "gutted, but I'd revise over the summer. It's not actually the end.",
            "Therapist: There's still a real problem in there, though. Can we pin it down in one sentence?",
            "Client: I've got two days and I don't understand clearance calculations, and question three on every "
            "paper is clearance.",
            "Therapist: Right. What could you do about it? Throw everything out, even the daft ones.",
            "Client: Watch the lecture recording again. Email Dr Mensah. Go to the revision session tomorrow at ten. "
            "Pretend question three doesn't exist. Pull an all-nighter and do every paper.",
            "Therapist: I'd cross off the all-nighter myself, and go easy on the energy drinks. Of the others, which "
            "look best?",
            "Client: The revision session, because it's literally on clearance. And the lecture recording tonight, "
            "the clearance one is only forty minutes. Email would take too long.",
            "Therapist: So the plan is?",
            "Client: Clearance lecture tonight after tea, revision session at ten tomorrow.",
            "Therapist: And this afternoon, what's realistic to aim for? Not everything.",
            "Client: Questions one, two, four and five on the 2022 paper. Skip three. Stop at six and eat something.",
            "Therapist: Four questions in three hours, stop at six and eat. Achievable?",
            "Client: Yeah, that I can actually do. My flatmate does a gratitude journal before exams, she swears by "
            "it. Not my thing. Panic's about a three now.",
            "Therapist: Go on then. Maybe try the group study area on two.",
        ),
        frozenset({"breathing_exercise", "decatastrophizing", "problem_solving", "goal_setting"}),
    ),
    # Listening only: an online video session with a poor connection and a very quiet client whose partner of eleven
    # years has moved out. The counsellor reflects, waits and checks what was lost in the lag, and proposes nothing.
    # Decoys: a sister's mindfulness course link and a GP's mood diary (client mentions, not taken up), a question about
    # sleep with nothing done about it, "breathing" heard on the line.
    "blind7/online_quiet_client_lag.txt": LabelledSession(
        _session(
            "Therapist: Hello, can you see me? I've got you, but you're a bit pixelated.",
            "Client: Yes. Hi.",
            "Therapist: Hi Rhian. There's a bit of a delay, so if we talk over each other, that's just the line. Take "
            "your time. Where would you like to start today?",
            "Client: I don't know. [long pause] Sorry.",
            "Therapist: No rush. I'm here.",
            "Client: [pause] He came and got the rest of his things on Saturday.",
            "Therapist: He came for the rest of his things.",
            "Client: Yeah. He packed the [screen freezes] and then he just left the keys on the side.",
            "Therapist: Sorry, you froze there. I got 'he came for his things', and then 'he left the keys on the "
            "side'.",
            "Client: That's it, really. The keys on the side.",
            "Therapist: The keys on the side.",
            "Client: [long pause] Eleven years.",
            "Therapist: Eleven years, and it ended with a set of keys on a worktop.",
            "Client: Mm. My sister sent me a link to a mindfulness course. And the GP said I could keep a mood diary. "
            "I've not done either.",
            "Therapist: Your sister and your GP both have ideas about what you should be doing.",
            "Client: Everyone has ideas. [pause] I just want it to be quiet.",
            "Therapist: You want some quiet, away from all the ideas.",
            "Client: Yes. [audio drops] ...can you hear me?",
            "Therapist: I lost you for a second. I can hear you breathing now, so the sound's back. What did you say?",
            "Client: I said it's quiet in the house now. Too quiet. But the other kind of quiet, in my head, I can't "
            "get.",
            "Therapist: The house has gone quiet, and inside it's still noisy.",
            "Client: Yes. That's it exactly.",
            "Therapist: How are you sleeping?",
            "Client: On the sofa. I can't go in the bedroom. His side of the wardrobe's empty. I keep the doors shut.",
            "Therapist: You keep the doors shut on the empty side.",
            "Client: [pause] Thank you for not telling me what to do.",
            "Therapist: I'm listening. We've about ten minutes left. Is there anything else you want to say today?",
            "Client: No. I think that's enough. Same time next week?",
            "Therapist: Same time next week. Take care, Rhian.",
        ),
        frozenset(),
    ),
    # Glaswegian primary care mental health worker with a welder made redundant after thirty-one years at the yard:
    # testing "there's nae point, I'll no enjoy it" by predicting and then rating enjoyment, three activities put on a
    # sheet with days and times, the sheet and its numbers explicitly agreed for before next Wednesday, and his years at
    # the yard recalled. Decoys: the Jobcentre work coach's targets (client mention), the worker asking about the drink
    # without working on it, a pal's parkrun (client mention, left alone).
    "blind7/glasgow_welder_redundancy.txt": LabelledSession(
        _session(
            "Therapist: Come in, Tam, sit yersel doon. How's it gaun?",
            "Client: No bad. Well. Same as last time. Rotten.",
            "Therapist: Aye? Tell us aboot the week.",
            "Client: Nothin tae tell. Up at ten, telly, messages at the Asda, telly, bed. The wife's at her work, so "
            "it's me an the dug.",
            "Therapist: An how's the drink been?",
            "Client: Couple o cans at night. Nae mair than before.",
            "Therapist: Right. An the Jobcentre?",
            "Client: Work coach has me on targets. Apply for five jobs a week. Five. Who's takin on a welder at "
            "fifty-four?",
            "Therapist: Sounds like a right scunner. Tell me this, Tam: whit did a good week look like, back when ye "
            "were at the yard?",
            "Client: Early start, the boys, the patter at the piece break. Saturday the bowlin club. Sunday I'd take "
            "the grandweans tae the park. An I made stuff in the shed, bird boxes an that, for the weans' school.",
            "Therapist: An how many o they things are ye still daein?",
            "Client: None. Whit's the point? I'd no enjoy it. I'd sit at the bowlin club like a spare part wi "
            "everybody askin when I'm back at work.",
            "Therapist: So yer heid's tellin ye 'there's nae point, ye'll no enjoy it'. How aboot we test that, "
            "instead o just takin its word for it? Pick wan o they things. Before ye go, ye write doon how much ye "
            "think ye'll enjoy it, oot o ten. Then after, ye write how much ye actually did.",
            "Client: An if it's a zero?",
            "Therapist: Then we've learned somethin. But I'd like tae see the numbers afore we believe yer heid.",
            "Client: Fine. The bowlin club. I'd say two. Maybe.",
            "Therapist: Two. Right. An when could ye go?",
            "Client: Thursday's the pairs night. Seven o'clock.",
            "Therapist: Let's get it on the sheet. Thursday, seven, bowlin club, guess two. Whit else could go in the "
            "week? Somethin wee.",
            "Client: I could get the shed sorted on Tuesday mornin. Take the grandweans on Sunday if oor Lorraine's "
            "wantin.",
            "Therapist: Tuesday mornin the shed, Thursday the bowls, Sunday the park wi the weans. Each wan wi a day "
            "an a time, yer guess oot o ten before an yer real score after.",
            "Client: Aye. Fine.",
            "Therapist: So that's the deal afore I see ye next Wednesday: the three things on the sheet, an ye bring "
            "the sheet back in wi the numbers on it.",
            "Client: I'll bring it. Ma pal Davie's been on at me tae dae the parkrun at Pollok an aw. I'm no runnin "
            "anywhere.",
            "Therapist: Ha, fair enough. Can I say somethin, Tam? Thirty-one year at the yard. Ye trained half the "
            "apprentices in Govan, ye told me. Ye welded bits o destroyers. Ye got through the closures when half the "
            "yards on the Clyde shut. That's no a man that's fit for nothin.",
            "Client: Never thought o it like that. It was just the job.",
            "Therapist: It was a lot mair than the job. An they hands can still make a bird box.",
            "Client: Aye, if the shed's no fell doon.",
            "Therapist: See ye next Wednesday, then. Mind the sheet.",
        ),
        frozenset({"behavioral_experiment", "behavioral_activation", "homework", "strengths_review"}),
    ),
    # Nigerian English counsellor at a Lagos university counselling unit, a 300-level medical student who wants to
    # switch to architecture: staying and switching laid out in two columns of gains and losses, the rule "a good son
    # never disappoints his father" turned into a preference, a short calm script for telling his father, rehearsed with
    # the counsellor playing the father. Decoys: the counsellor asking about his sleep and eating without working on it,
    # his pastor's advice to pray about it (client mention), avoiding going home (advised against, not worked on).
    "blind7/lagos_medicine_or_architecture.txt": LabelledSession(
        _session(
            "Therapist: Tunde, you are welcome. Sit down, sit down. Ehen. Your HOD wrote that you have missed three "
            "anatomy practicals. That is not like you. What is happening?",
            "Client: Ma, I don't want to do medicine again. I have been sitting in the architecture studio instead. "
            "Since 200 level I have been drawing buildings at the back of my notes.",
            "Therapist: Eh-hen. So the body is in the anatomy lab, but the heart is in the studio.",
            "Client: Exactly. But my father is a consultant at LUTH. His own father was a doctor. If I tell him, it "
            "will be war.",
            "Therapist: How are you sleeping and eating these days?",
            "Client: Not well. Two, three hours some nights. I eat once a day.",
            "Therapist: Hmm. We will keep an eye on that. Now, this decision is heavy o. Let us bring it out of your "
            "head and put it on paper. Draw a line down the middle. One side, staying in medicine: what you gain and "
            "what you lose. Other side, switching to architecture: the same.",
            "Client: Staying: my father is happy, job security, respect, and I'm already in 300 level. Losses: I'm "
            "miserable, I'm failing practicals, I'll spend my life doing something I don't love.",
            "Therapist: Write them down. And architecture?",
            "Client: Gains: I'm good at it, I come alive in the studio, I would actually finish. Losses: I lose three "
            "years, my father may stop paying, people in church will talk, and architects struggle for jobs in Lagos.",
            "Therapist: Good. Look at the two columns side by side. What do you notice?",
            "Client: The losses of staying are all about me. The losses of switching are mostly about other people. "
            "And money.",
            "Therapist: Mm. That is a serious observation. Now, when you imagine telling your father, what is the "
            "thought in your head?",
            "Client: 'A good son never disappoints his father. If I disappoint him, I am a failure.'",
            "Therapist: 'Never.' That is a law, my dear, not a wish. How would it sound if you said it as something "
            "you prefer, instead of something you must?",
            "Client: 'I would prefer not to disappoint my father, and I will show him respect. But if I disappoint "
            "him, it does not make me a failure.' That one is lighter. I can breathe with that one. But I don't know "
            "how to start with him. Maybe I will just not go home for Christmas.",
            "Therapist: Hmm-hmm. Staying away will not solve it. Let us build what you will say. Say what you have "
            "decided, say why in one sentence, and say what you are asking him for. No long story, no begging, no "
            "apologising ten times.",
            "Client: 'Daddy, I have decided to change to architecture. I have been unhappy in medicine for two years "
            "and I am good at design. I am asking you to support me for the extra years, and I will work during the "
            "holidays to help.'",
            "Therapist: Very good. Calm and clear. And if he shouts, you do not shout back. You say it again: 'Daddy, "
            "I hear that you are angry. I have still decided.' Now let us practise. I will be your father. Stand up. "
            "He will be standing, abi?",
            "Client: Yes, ma. He paces.",
            "Therapist: [deep voice] 'Tunde! What is this nonsense I am hearing? Do you know how much I have spent on "
            "you?'",
            "Client: Daddy, I have decided to change to architecture. I have been unhappy in medicine for two years "
            "and I am good at design.",
            "Therapist: [deep voice] 'Unhappy? Who is happy? Was I happy in housemanship? You will finish that "
            "course!'",
            "Client: Daddy, I hear that you are angry. I have still decided. I am asking you to support me.",
            "Therapist: [own voice] How was that?",
            "Client: My hands are shaking. But I said it twice and I didn't cry.",
            "Therapist: You said it twice. And your pastor, did you tell him?",
            "Client: He said I should pray about it and God will direct my path.",
            "Therapist: Okay. We will stop here for today.",
        ),
        frozenset({"pros_and_cons", "cognitive_restructuring", "assertiveness_training", "role_play"}),
    ),
    # Health psychologist in a diabetes clinic, motivational style, a grandmother who has left her blood glucose meter
    # in a drawer since Christmas: the good and not-so-good of leaving it there and of starting to check, what it is for
    # (her granddaughter, her mother's amputations), a ladder from looking at the meter to pricking alone with the first
    # two steps done in the room, and a concrete target for the summer. Decoys: a nought-to-ten importance rating used
    # only to measure, the DESMOND course and a friend's keto diet (client mentions), advising against stopping
    # metformin; the remaining steps are at her own pace, with no task agreed for next time.
    "blind7/diabetes_clinic_needle_fear.txt": LabelledSession(
        _session(
            "Therapist: Hello Linda, I'm Sam, one of the psychologists in the diabetes team. Dr Kaur thought you "
            "might be up for a chat about how things are going.",
            "Client: She means my numbers are bad. My HbA1c's gone up to sixty-eight. She's talking about injections.",
            "Therapist: How do you feel about that?",
            "Client: Terrified. I can't even do the finger-prick test. The meter's been in the drawer since "
            "Christmas. The nurse on the DESMOND course showed us how, and I went all hot and had to sit down. I "
            "fainted at my jabs at school.",
            "Therapist: Needles have been a real struggle for a long time. On a scale from nought to ten, how "
            "important is it to you right now to be checking your blood sugar?",
            "Client: Seven, I'd say. I know I should.",
            "Therapist: Seven. Let's look at both sides. What's good about leaving the meter in the drawer?",
            "Client: I don't feel sick and shaky. I don't see a bad number and feel guilty. It's one less thing.",
            "Therapist: And the not-so-good side of leaving it there?",
            "Client: I've no idea what's going on inside me. Dr Kaur's making decisions in the dark. And if I end up "
            "on insulin, I'll be doing needles four times a day anyway.",
            "Therapist: And if you did start checking, the good and the bad?",
            "Client: Good: I'd know what the chips do to me, and I might keep off the insulin. Bad: the fear. "
            "Pricking myself.",
            "Therapist: So it's mixed. Can I ask what makes this matter to you, beyond the numbers? What's it for?",
            "Client: My granddaughter, Evie. She's three. My mum lost both legs to diabetes and died at sixty-four. I "
            "want to see Evie grow up. I want to be the nan who gets down on the floor and plays, not one in a "
            "wheelchair.",
            "Therapist: Being there for Evie, being an active nan, not going the way your mum did.",
            "Client: When I put it like that, seven's a nine.",
            "Therapist: How would it be to take the fear on a bit at a time, in small steps you choose? What's the "
            "smallest, least scary bit?",
            "Client: Getting the meter out and looking at it. Then holding the pricker without a lancet in. Then "
            "loading a lancet. Then pricking my finger with somebody there. Then on my own.",
            "Therapist: You said the meter's in your bag today. Would you be willing to do the first step here, now?",
            "Client: Go on. [takes it out] My heart's going.",
            "Therapist: Stay with it. Just hold it and notice the fear; it doesn't have to go anywhere. How high is "
            "it, out of ten?",
            "Client: Six. It's going down. Four.",
            "Therapist: And the pricker, unloaded, against your finger?",
            "Client: [clicks it] Five. Three now. It's a plastic thing.",
            "Therapist: Where would you like to be with this? Something you could actually reach.",
            "Client: By the summer, when Evie comes to stay, I'd like to be checking three mornings a week, on my own.",
            "Therapist: Three mornings a week, on your own, by the summer. And the steps in between at your own pace.",
            "Client: My friend Maureen's doing keto and says she's come off her tablets. I've wondered about stopping "
            "my metformin.",
            "Therapist: I'd really not stop the metformin off your own bat. That's a conversation for Dr Kaur first.",
            "Client: Fair enough. Tell her I held the pricker.",
        ),
        frozenset({"pros_and_cons", "values_clarification", "exposure", "goal_setting"}),
    ),
    # Couple counsellor with a saver and a spender after a row about an overdraft: weighing what fits and what does not
    # fit "he doesn't care about our future", interpreting the husband's silence and the wife's dread through their
    # parents' money and noticing it as it happens in the room, each placing themselves on a line from "money is for
    # enjoying" to "money is for safety", and the overdraft defined, options brainstormed and a plan chosen. Decoys: a
    # budgeting app (client mention), advising against secret accounts, asking how their daughter is; no task is set for
    # next time.
    "blind7/couple_overdraft_row.txt": LabelledSession(
        _session(
            "Therapist: Thanks for coming back, both of you. Last time ended pretty heated, over the overdraft. Where "
            "are you today?",
            "Client: [Jo] Still furious. He spent four hundred pounds on a bike part while we're eight hundred "
            "overdrawn, and I found out from the bank statement.",
            "Therapist: Let me stop you both there. Jo, what's the thought that goes with furious?",
            "Client: [Jo] That he's hiding things. That he doesn't care about our future.",
            "Therapist: 'He doesn't care about our future.' Can we look at that one carefully? What makes it seem "
            "true?",
            "Client: [Jo] The bike part. He never looks at the bank app. Last year he bought the telly on finance "
            "without asking.",
            "Therapist: And is there anything that doesn't fit with it?",
            "Client: [Jo] He set up the pension top-up for me when I went part-time. He did the spreadsheet for the "
            "nursery fees. He works Saturdays at his brother's garage to pay for Lily's swimming.",
            "Therapist: Weighing both lots up, then?",
            "Client: [Jo] He cares about the future. He's rubbish with small impulse things. That's different.",
            "Therapist: Marcus, when Jo said 'hiding things', you looked at the floor and went quiet, and you're "
            "doing it again now. What's happening?",
            "Client: [Marcus] That's what my dad used to say to my mum. She hid shopping bags in the boot. He'd go "
            "through her purse. I hated it.",
            "Therapist: So when Jo checks the statement, it lands like your dad going through your mum's purse. And "
            "the way out you learned as a boy was your mum's: keep it hidden.",
            "Client: [Marcus] God. I'm doing exactly what she did.",
            "Therapist: And Jo, you told me your family lost the house when you were nine. I wonder whether the "
            "overdraft brings that nine-year-old back, so that a bike part feels like the bailiffs at the door.",
            "Client: [Jo] It's exactly that. I go sick in my stomach.",
            "Therapist: Try this. Imagine a line on the floor. Nought at one end, 'money is for enjoying now, life's "
            "short'. Ten at the other, 'money is for safety, every penny saved'. Where would each of you stand, and "
            "where could the two of you live together without either feeling robbed?",
            "Client: [Marcus] Three, probably. I could live at six. [Jo] Nine. No, ten. Together, six, I suppose.",
            "Therapist: Then the gap is real, but not impossible. Now the practical problem, in one sentence.",
            "Client: [Jo] We're eight hundred overdrawn and we've no way of deciding about spending. [Marcus] That's "
            "fair.",
            "Therapist: Let's get every idea out, no judging yet.",
            "Client: [Marcus] Anything over a hundred quid, we talk first. I sell my old groupset. My mate uses some "
            "budgeting app that splits everything up. [Jo] A joint account for bills and spending money each. Cancel "
            "the Sky sports.",
            "Therapist: Taking them one at a time, which look best?",
            "Client: [Jo] The hundred-pound rule and the spending money; I don't care what he does with his own "
            "money. [Marcus] And selling the old groupset clears two hundred.",
            "Therapist: So: the hundred-pound rule, a bills account with spending money each, and the groupset on "
            "eBay. Who does what?",
            "Client: [Jo] I'll sort out the accounts with the bank. He lists the groupset. [Marcus] Fine by me.",
            "Therapist: One thing I'd caution against. Some couples deal with this by each keeping a secret account "
            "just in case. I'd not go there; it's the hiding all over again. We've a few minutes left. How's Lily "
            "been with all the arguing?",
            "Client: [Jo] She asked why we shout. [Marcus] That one hurt.",
        ),
        frozenset({"evidence_examination", "insight_interpretation", "continuum_or_pie_chart", "problem_solving"}),
    ),
    # Schema-therapy flavoured session with a solicitor and her inner critic: the critic's voice traced to her mother
    # and interpreted as getting in first, the apologising noticed as it happens with the therapist, the grown-up
    # speaking kindly to the frightened eight-year-old, and a letter to that eight-year-old explicitly agreed for before
    # next Thursday. Decoys: an earlier therapist's thought records (client mention), a question about working hours.
    "blind7/schema_inner_critic_letter.txt": LabelledSession(
        _session(
            "Therapist: Hi Jess. You look tired today.",
            "Client: I'm fine. Sorry I'm late, the tram. Sorry.",
            "Therapist: Two sorries in the first minute. Shall we come back to that? What's happened this week?",
            "Client: I made a mistake in a contract. A small one. The partner caught it, said it was no big deal. I "
            "went home and couldn't stop. 'You're useless, you're lazy, you'll be found out.' I was up till two "
            "redoing the whole file.",
            "Therapist: That voice, 'you're useless, you'll be found out'. Whose voice does it sound like?",
            "Client: My mum's. Not the words, exactly. The tone. When I got ninety-two in a test she'd ask about the "
            "other eight.",
            "Therapist: So the part of you we've been calling the Demanding Critic learned its voice from your mum. "
            "And it seems to come in hardest just when you've been praised or let your guard down, as if it's trying "
            "to get in first before anyone else can criticise you.",
            "Client: That's so true. The partner was nice about it, and that made it worse.",
            "Therapist: And underneath the Critic, who's there? How old does the Jess feel who's up at two in the "
            "morning with the file?",
            "Client: About eight. Scared and on her own.",
            "Therapist: Little Jess, eight, scared of being found out, on her own in her room.",
            "Client: [tearful] Sorry.",
            "Therapist: There it is again. Right now, with me, you're crying, and something is telling you to "
            "apologise for it. What do you expect from me in this moment?",
            "Client: That you'll be annoyed. Like mum would have been.",
            "Therapist: I'm not annoyed. I'm glad she's here. If little Jess was sitting in front of you now, up at "
            "two, scared, what would you want to say to her?",
            "Client: That she's not useless. That one mistake is nothing. That she can go to bed. That she's loved "
            "even when she gets things wrong.",
            "Therapist: Could you say that to yourself now, as the grown-up who looks after her? In your own words.",
            "Client: 'Jess, you made a small mistake. You're allowed to. You're tired and you need to go to bed. "
            "You're not in trouble.' That feels weird. But kind.",
            "Therapist: It's new. The Critic's had thirty years of practice; the kind voice has had about three "
            "minutes.",
            "Client: My old CBT therapist got me doing thought records. I'd fill them in perfectly and then feel I'd "
            "done them wrong.",
            "Therapist: The Critic even marked those. I'd like to suggest something different. Before we meet next "
            "Thursday, would you write a letter to eight-year-old Jess from the grown-up you, saying what she needed "
            "to hear back then and never did? No marks, no spell-check.",
            "Client: A letter. Handwritten?",
            "Therapist: However you like. Messy is good. Bring it if you want to read it to me, or don't.",
            "Client: Okay. I'll do it on Sunday, when the flat's quiet.",
            "Therapist: And how are the hours at work?",
            "Client: Sixty a week. Less than January.",
            "Therapist: Next Thursday, then.",
        ),
        frozenset({"insight_interpretation", "self_compassion", "journaling", "homework"}),
    ),
    # Peer worker with lived experience of self-harm in a night-time crisis cafe, a young man who came in instead of
    # cutting: a direct risk question and a crisis plan typed into his phone, encouraging him to let a mate in or try
    # the peer group, five-four-three-two-one grounding, and writing a page about tonight in the room. Decoys: the
    # worker's own story (self-disclosure), urge ratings used only to measure, no homework set ("I'm not going to give
    # you homework"), a care coordinator's "the breathing" (client mention).
    "blind7/peer_worker_crisis_cafe.txt": LabelledSession(
        _session(
            "Therapist: Alright, Aaron. Grab a seat, I've got the sofa by the window. Tea? There's biscuits if Mo's "
            "not had them all.",
            "Client: Just water. Cheers.",
            "Therapist: I'm Kez. I'm a peer worker here, which means I'm not a nurse or a therapist. I used to hurt "
            "myself, for about eight years, and I ended up in A&E after an overdose when I was twenty-five. So "
            "nothing you say is going to shock me.",
            "Client: Right. Okay. That actually helps.",
            "Therapist: What brought you in tonight?",
            "Client: Had a row with my dad. I was in my room with the blade out. I didn't do it. I walked for an hour "
            "and came here instead.",
            "Therapist: You came here instead. Nought to ten, how strong is the urge right now?",
            "Client: Four. It was nine.",
            "Therapist: Are you having any thoughts of ending your life tonight, Aaron? I ask everybody straight out.",
            "Client: Not tonight. Some nights, yeah. Last month was bad.",
            "Therapist: Thanks for being straight with me. Would you be up for making a plan together for nights like "
            "tonight? I made one when I was where you are, and I still keep it on my phone.",
            "Client: What goes on it?",
            "Therapist: First, what tells you a bad night's coming. Your signs.",
            "Client: When I stop answering my phone. When I stay in my room with the curtains shut. When I start "
            "counting the tablets in the cupboard.",
            "Therapist: Put those in your notes app just like that. Next, what you can do on your own to get through "
            "it, and how to make things safer, the blades and the tablets.",
            "Client: Walking. Loud music. A cold shower. I could give you the blades, and ask my mum to keep the "
            "tablets in her room.",
            "Therapist: I'll put them in the sharps box. Then who to call if it gets past that: us here, six till "
            "midnight, Samaritans on 116 123, the crisis team number on your card, and 999 if you're in danger.",
            "Client: Okay. It's all on my phone now.",
            "Therapist: And outside of crisis nights, who's actually in your corner?",
            "Client: My mum, when my dad's not around. My mate Liam from college texts me. He knows bits.",
            "Therapist: For me it was a game-changer, letting one mate in properly. You could think about telling "
            "Liam a bit more, or dropping into our Tuesday peer group. It's just people like us, a brew and a natter.",
            "Client: Maybe the group. Liam's got his own stuff going on. My care coordinator keeps telling me to do "
            "'the breathing', but I always forget how.",
            "Therapist: Can I show you something I still use? Feet flat on the floor. Tell me five things you can see.",
            "Client: The window. The lamp. Mo. A poster. Your lanyard.",
            "Therapist: Four things you can feel. Three you can hear. Two you can smell, one you can taste.",
            "Client: The sofa, my hoodie, the cold glass, my feet in my trainers. The fridge humming, traffic, "
            "someone laughing in the kitchen. Tea, toast. The water tastes sort of metal. Huh. I'm here. Urge is "
            "about a two.",
            "Therapist: You can do that anywhere. One more thing. When it was bad for me, I used to write it down. "
            "Want to try a page now, while I make a brew? What tonight was like, in your own words. Nobody has to "
            "read it.",
            "Client: Go on then. Pass us that pad.",
            "Therapist: And my care coordinator used to give me homework sheets I never did, so I'm not going to give "
            "you homework. I'll put the kettle on.",
        ),
        frozenset({"safety_planning", "social_support", "relaxation_mindfulness", "journaling"}),
    ),
    # Text chat with an AI wellbeing assistant that over-explains, a student awake at 1 a.m. sure a headache is a brain
    # tumour: a numbered account of the health anxiety loop, a situation / thought / feeling / alternative record filled
    # in in the chat, weighing what supports and what does not fit "it's a brain tumour", and testing the prediction
    # that not googling will send the anxiety to ninety, there and then. Decoys: the assistant's disclaimer, a friend's
    # breathing app (client mention), "no need to commit to anything" (no task set).
    "blind7/ai_assistant_health_anxiety.txt": LabelledSession(
        _session(
            "Therapist: Hello! Thank you for reaching out. Before we begin, I want to be transparent: I'm an AI "
            "wellbeing assistant, not a doctor or a licensed therapist, and I can't diagnose medical conditions. If "
            "you are experiencing a medical emergency, please contact emergency services. With that said, I'm here to "
            "listen and to help you work through whatever is on your mind. What would you like to talk about today?",
            "Client: its 1am and ive had a headache for three days and i think its a brain tumour. ive been googling "
            "for two hours",
            "Therapist: That sounds really distressing, and thank you for telling me. Three days of a headache, two "
            "hours of searching, and it's one in the morning: that is a lot of fear to carry alone at night. If it "
            "would be helpful, I'd like to explain a little about how health worries tend to work, because "
            "understanding the pattern can make it feel less overwhelming. Would that be okay?",
            "Client: ok",
            "Therapist: Health anxiety usually runs in a loop. (1) You notice a body sensation, here the headache. "
            "(2) Your mind interprets it in the most threatening way: 'this is a tumour.' (3) That interpretation "
            "triggers anxiety, and anxiety produces physical symptoms of its own, such as tension in the neck and "
            "scalp, which can make a headache worse. (4) To relieve the anxiety, you check: searching online, "
            "pressing on your head, asking others. (5) Checking brings brief relief, but search results tend to "
            "surface the rarest and scariest possibilities, so the worry returns stronger. Over time the loop "
            "tightens. This pattern is very common, and it isn't a sign that you're being silly; it's how a "
            "threat-focused brain behaves when it is trying to protect you.",
            "Client: the googling definitely makes it worse. every site says tumour",
            "Therapist: You've spotted an important part of the loop. Would you be willing to organise tonight's "
            "worry into a simple structure? I'll suggest some headings and you fill them in. Situation: what was "
            "happening when the worry started? Thought: what went through your mind? Feeling: which emotion, and how "
            "strong, from 0 to 100? A little later we'll add a fourth heading for an alternative response.",
            "Client: situation: in bed, headache behind my eyes. thought: its a brain tumour and ill die and no one "
            "will find out until its too late. feeling: terror 95",
            "Therapist: Thank you, that's very clear. Let's look at the thought 'it's a brain tumour' a little as a "
            "detective would. It's completely understandable that it feels true. What evidence is there that supports "
            "it?",
            "Client: the headache wont go away. some websites say a persistent headache is a sign",
            "Therapist: Noted. And what evidence, if any, doesn't fit with it, or points towards another explanation?",
            "Client: i guess ive been on my laptop 12 hrs a day for a deadline. sleeping like 5 hrs. not drinking "
            "much water. no being sick or weird vision or anything. and i had the same thing last year in exam season "
            "and it went",
            "Therapist: Those are important observations. Long screen hours, short sleep, little water and stress are "
            "all very common causes of tension-type headaches, and the warning signs doctors look out for, such as "
            "vomiting or changes in vision, are absent. If you were to write a more balanced thought under the fourth "
            "heading, what might it be?",
            "Client: ive got a headache thats probably from the deadline and no sleep, like last year. if it doesnt "
            "get better in a week or something new happens ill see the gp",
            "Therapist: That is a balanced response. How strong is the terror now, 0 to 100?",
            "Client: 60",
            "Therapist: I'd like to suggest a small experiment we can do right now, within this conversation. Your "
            "mind may be predicting that if you stop searching, the anxiety will keep rising until it's unbearable. "
            "Is that roughly what it says?",
            "Client: yeah. like if i dont check ill freak out",
            "Therapist: What number do you predict your anxiety would reach if you closed the browser tabs and didn't "
            "check for the next fifteen minutes while we keep talking?",
            "Client: 90 probably",
            "Therapist: Then let's test it. Close the tabs now and we'll check in at intervals. I'm noting your "
            "prediction: 90. We'll compare it with what actually happens.",
            "Client: closed them. its 65 now",
            "Therapist: About five minutes have passed. Where is it now?",
            "Client: 55",
            "Therapist: And now, fifteen minutes in?",
            "Client: 40. huh. i thought it would go up not down",
            "Therapist: So the prediction was 90, the highest it actually reached was 65, and it came down to 40 "
            "without any checking. There's no need to commit to anything further tonight.",
            "Client: my friend has a breathing app she says helps with this stuff",
            "Therapist: Different things help different people. For now, how do you feel about trying to get some "
            "sleep?",
            "Client: tired. i think i can sleep now. thanks",
        ),
        frozenset({"psychoeducation", "thought_record", "evidence_examination", "behavioral_experiment"}),
    ),
}
