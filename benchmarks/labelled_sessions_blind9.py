"""Blind test set 9 for the technique detector: fourteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 60 lines of
labelled_sessions_blind7.py, printed with `head -n 60` (interface, docstring conventions and labelling rules; the
rest of that file and every other labelled_sessions_blind*.py module were not opened); the LabelledSession dataclass
in labelled_sessions.py, printed with `grep -n "class LabelledSession" -A4`; each catalog technique's code, name,
family and description, printed by the one-line command the brief prescribed (the catalog file itself, with its
synonyms and cue fields, was never opened); and the [tool.ruff] section of pyproject.toml, printed with an awk
filter. One slip, minor: that awk filter also printed the subtables [tool.ruff.lint] and
[tool.ruff.lint.per-file-ignores] with the latter's one comment line, which are ruff settings but not strictly the
bare [tool.ruff] table. Besides that it ran `ls` on .venv/bin/ruff and on this module's own path, to confirm that
ruff was there and that no file of this name existed yet (no directory was listed). It did not open the transforms
package, the tests, the README, the docs or any other benchmark, did not grep the repository, did not list the
benchmarks folder, did not read /work/shared, ran no git command and ran nothing of the product, its tests, mypy or
any benchmark; the only other commands run against the project were the import check of this module (importing it
and counting sessions, turns and labels, and comparing each text and label set with the hand-written source below)
and ruff check / ruff format on this file alone. The module was emitted by a throwaway generator kept in /tmp,
outside the project, from session text written there by hand; the generator only split each turn into implicitly
concatenated string pieces to keep lines short, ruff format then re-joined the pieces that fit on one line, and the
import check confirmed every text is identical to the source. The labels, set by hand in that source, were not
touched by any step, and this docstring was last edited by hand. No text was copied from any corpus.

The settings were chosen to be unlike earlier sets and the counsellors' voices vary: an Irish staff-support
counsellor in Cork with a ward nurse worn out by extra night shifts; an Afghan man in Leeds who cannot sleep, seen
through a Dari interpreter; a gambling helpline call from a pickup truck outside an Ontario coffee shop; a South
African counsellor in the Free State with a farmer's son who checks gates at night; a Singaporean school counsellor
with a first-year teacher who marks until 2 a.m.; a Brisbane cardiac rehab psychologist with a bowls player six
weeks after a heart attack; a London perinatal practitioner with a mother who has intrusive thoughts about her baby;
a Manchester academy coach with a nineteen-year-old after a cruciate rupture; a DBT skills group in Auckland; a
typo-ridden, emoji-heavy text chat with a low young woman; a one-to-one on a court-mandated anger course in Cardiff;
an Edinburgh counsellor with a man who stammers and avoids the phone, with live practice in the session; an AI
assistant with bold headings and inline bullet points answering an IT worker who panics on the Tube; and a carers'
centre counsellor who only listens to a husband whose wife has dementia. Counsellors mostly use techniques in their
own words without naming them. Group members speak as 'Client: (Name)', interpreted turns start 'Client:
[interpreted from Dari]', and the assistant's answers are single 'Therapist:' lines with inline bullets.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises
in it. A client merely mentioning something (a hospital mindfulness app, a cousin's prayers, GP sleeping tablets,
one Gamblers Anonymous meeting years ago, a pastor's prayer, a colleague's bullet journal, a cardiologist's walking
advice, a yoga DVD, a health visitor's breathing leaflet, a physio's breathing cues, an old counsellor's thought
diaries, a kapa haka group, a sister's vision board, a probation officer's count to ten, childhood speech therapy, a
colleague's beta blockers, a carers' group, respite and antidepressants), or the counsellor merely asking about a
topic (sleep, feeding), advising against something (borrowed tablets, a payday loan, googling, a replayed tackle
clip, 3 a.m. job scrolling, confronting the other driver) or using a nought-to-ten scale only to measure, is not a
label; rapport_empathy, assessment and session_structure are never labelled. ``homework`` is labelled only when a
task is explicitly agreed for before the next meeting and is to be reviewed; plans made without such an agreement (a
cardiac walking plan in a one-off session said to be no homework, a mother told she is being set no homework, a
rehab diary the coach will not check, anger-course boxes filled in only in the room, an AI's table with no session
booked) are not homework. The listening-only session carries no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match
its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND9_SESSIONS: dict[str, LabelledSession] = {
    # Labels: short no, night-manager role play, kind to herself, eldest-child pattern. Not: app, 0-10, tablets.
    "night_nurse_burnout_cork": LabelledSession(
        text=_session(
            "Therapist: Come in and sit down there, Aoife. You're only off a night, are you?",
            "Client: Four nights on the trot. Sorry, I know I look like something the cat dragged in. And "
            "sorry for being late.",
            "Therapist: You're grand, honestly. Before we go anywhere, nought to ten, how wrecked are you "
            "this morning, ten being you can't stand up?",
            "Client: Eight. Maybe nine. I was bawling in the car park before I came in, which isn't me at all.",
            "Therapist: That sounds like a rough few weeks. What's been going on?",
            "Client: We're three down on the ward. Every second day there's a text from the night "
            "manager, can anyone do an extra, and I always end up saying yes. Then I'm lying awake at two "
            "in the afternoon with the blinds down and my heart going.",
            "Therapist: So the text comes in. What happens inside you?",
            "Client: Guilt, straight away. If I don't go in, some poor young one is on her own with "
            "twenty-eight patients. I can't be the one that leaves them short.",
            "Therapist: Can I point something out? That's twice you've said sorry to me since you sat "
            "down, for your face and for being two minutes late, and you're here on your own time. I "
            "wonder is there an old habit of putting everyone else first that's even showing up in here, "
            "with me.",
            "Client: Ha. My mam says I was born apologising. I'm the eldest of six, I was minding the "
            "small ones from when I was eight.",
            "Therapist: So maybe the girl who minded the small ones is still the one answering the night "
            "manager's texts. Holding it all together was how you got by in that house, and it's in this "
            "room as well, in the sorrys.",
            "Client: I never thought of it like that. It's like I'm not let be tired.",
            "Therapist: Let's look at the text itself so. If you were going to say no, kindly but "
            "clearly, what would you send?",
            "Client: Probably, so sorry, I'd love to but I'm not sure, maybe, let me see how I am.",
            "Therapist: That leaves the door wide open, doesn't it? Try something shorter. Thanks for "
            "asking, I can't do an extra this week, I'm in on Thursday. No sorry, and no reason beyond "
            "that.",
            "Client: It feels rude.",
            "Therapist: It's plain, it isn't rude. Will we practise it out loud? I'll be the night "
            "manager ringing you and you turn me down. Right. Hiya Aoife, look, I'm stuck, would you ever "
            "come in tonight, even a half shift?",
            "Client: Oh. Em. Thanks for asking, I can't tonight. I'm in on Thursday.",
            "Therapist: Ah go on, you're the only one I can ask, I'm desperate here.",
            "Client: I know you're stuck, and I'm sorry you are... but no, I can't do tonight.",
            "Therapist: Stepping out of being the manager now. How was that?",
            "Client: My stomach flipped. But I said it, twice.",
            "Therapist: You kept it short both times, even when I leaned on you. Now the other side of "
            "it. Say a student nurse on your ward had done four nights, was crying in the car park and "
            "lying awake all day. What would you say to her?",
            "Client: I'd tell her to go home and mind herself. Eat a proper dinner, have a bath, turn off "
            "the phone. That it's not on her to staff the whole ward.",
            "Therapist: Could you say some of that to yourself when you get home this morning, in the "
            "same voice you'd use with her?",
            "Client: It'd feel strange. But I could try it. Eat something that isn't toast, and not look "
            "at the roster app.",
            "Therapist: One more thing. You said a colleague offered you some of her sleeping tablets. "
            "I'd steer well clear of that, and see your GP if the sleep doesn't settle.",
            "Client: I didn't take them. The hospital gives us a mindfulness app for free as well, I "
            "downloaded it but I've never opened it.",
            "Therapist: That's grand, we don't need it today. What'll you bring away with you from this morning?",
            "Client: The short no. And that I'm let be tired.",
        ),
        techniques=frozenset({"assertiveness_training", "insight_interpretation", "role_play", "self_compassion"}),
    ),
    # Labels: body on guard, out-breath, grounding, noise options, nightly practice. Not: cousin's Quran, GP pills.
    "refugee_sleep_dari_interpreter_leeds": LabelledSession(
        text=_session(
            "Therapist: Thank you both for coming. Farid, I will speak in short pieces so that Mrs "
            "Hashimi can interpret each part. Last time you told me the nights are the hardest. How has "
            "this week been?",
            "Client: [interpreted from Dari] The same. I sleep maybe two hours. At three o'clock I wake, "
            "my heart is running, and I think I am back on the road near the border. Then I cannot sleep "
            "again.",
            "Therapist: You wake at three with your heart running, back on that road. That sounds "
            "frightening, and very tiring.",
            "Client: [interpreted] Yes. I think maybe I am becoming mad. Where I come from a man does not "
            "speak about these things.",
            "Therapist: May I explain something about what happens in the body? When a person has been in "
            "great danger for a long time, the body learns to stay on guard, like a soldier who is never "
            "allowed to go off duty. Even now that you are safe in Leeds, the alarm keeps ringing at "
            "night. Bad dreams and waking like this are a normal reaction of a body that kept you alive. "
            "It is not madness.",
            "Client: [interpreted] A soldier who never goes off duty. Yes, this is how it is. "
            "[Interpreter: he is nodding, he says this makes sense to him.]",
            "Therapist: One way to tell the body it can stand down is with the breath. Shall we try it "
            "now, together? In through the nose while I count four, then out slowly through the mouth "
            "while I count six. The breath out is longer than the breath in.",
            "Client: [interpreted] Okay.",
            "Therapist: In, two, three, four. And out, two, three, four, five, six. Again, in, two, "
            "three, four, and out, slowly, to six. We will do five of these.",
            "Client: [interpreted] My shoulders came down a little. The breath out is difficult, I want "
            "to breathe in again quickly.",
            "Therapist: That is usual at the beginning, it becomes easier. And when you wake from the "
            "dream, before the breathing, you can bring yourself back into the room. Put both feet on the "
            "floor and feel how cold it is. Find five things you can see, the lamp, the window, your "
            "jacket on the chair. Tell yourself, I am in my room in Leeds, and this is now.",
            "Client: [interpreted] My cousin says I should recite Quran before I sleep. I do this and it "
            "gives me peace. But the dream still comes.",
            "Therapist: That sounds precious to you. What else makes the nights hard?",
            "Client: [interpreted] The house is very noisy. We are five men. One works nights, he comes "
            "home at two, he cooks, the door bangs, and then I am awake.",
            "Therapist: So there is a practical problem as well. Let us think about it properly. What "
            "could be done about the noise? Tell me every idea, even ones that seem silly.",
            "Client: [interpreted] I could ask him to be quiet, but my English is not good and he is "
            "older than me. I could ask the housing officer for a different room. Earplugs. Or I could "
            "sleep in the day.",
            "Therapist: Four ideas. Which one could you do this week?",
            "Client: [interpreted] Earplugs are easy. The housing officer is slow, but I can ask her too, "
            "for a room away from the kitchen.",
            "Therapist: So earplugs this week, and you will ask the housing officer at the Thursday "
            "drop-in. Last time you mentioned tablets from the GP?",
            "Client: [interpreted] Yes. I do not take them, they make my head heavy in the morning for English class.",
            "Therapist: Please talk about that with the GP, I cannot advise about medicines. Now, before "
            "we meet again next Tuesday, could you do the slow breathing every night in bed, five "
            "breaths, and the feet on the floor if you wake from the dream? Mrs Hashimi will write the "
            "counts for you in Dari.",
            "Client: [interpreted] Yes. Every night, five breaths. I will try.",
            "Therapist: Then next Tuesday we will start by looking at how it went.",
        ),
        techniques=frozenset(
            {"breathing_exercise", "homework", "problem_solving", "psychoeducation", "relaxation_mindfulness"}
        ),
    ),
    # Labels: risk plan and 988, rush vs cost, dad in stands, blocks, tell Kyle. Not: GA, payday advice, urge 0-10.
    "gambling_helpline_call_ontario": LabelledSession(
        text=_session(
            "Therapist: Gambling Support Line, this is Marc, you've got a real person. What's going on tonight?",
            "Client: Hey, uh, yeah. I'm Darren. I don't really know why I called. I just lost like two "
            "grand on the Leafs game and I'm sitting in my truck in the Tim's parking lot.",
            "Therapist: Okay. I'm glad you called, Darren. How bad is it, all told?",
            "Client: Eight thousand since the summer, maybe more. It's on the line of credit. My wife "
            "thinks it's for the roof.",
            "Therapist: That's a lot to be carrying by yourself. When things get this heavy, some folks "
            "start thinking about not being around anymore. I ask everybody, so I'll ask you, has "
            "anything like that crossed your mind?",
            "Client: Honestly? Tonight, yeah, kinda. Like everyone'd be better off with the life "
            "insurance. I wouldn't do anything. I don't think.",
            "Therapist: Thanks for telling me straight. Do you have a plan, or anything with you in the "
            "truck you'd use?",
            "Client: No, nothing like that. It's more just the thought going round.",
            "Therapist: Okay. Let's put a plan together for tonight then. What are the signs things are "
            "getting worse for you?",
            "Client: When I'm on the app at three in the morning, chasing. When I stop answering my brother's texts.",
            "Therapist: And when that's happening, what could you do that helps, even a little? And who "
            "could you call?",
            "Client: Take the dog out. Have a shower. Not drive around, that's when I make bets. And my "
            "brother Kyle, he's been through his own stuff.",
            "Therapist: Kyle, and us here any hour, and if the thought gets stronger you call or text "
            "9-8-8, or go straight to emerg. Can you put 988 in your phone now while we're on?",
            "Client: Okay. Done.",
            "Therapist: Now let me ask you something, and I mean it honestly. What does the betting do "
            "for you? It must give you something.",
            "Client: The rush. Feeling like I know something the bookies don't. It's the only time my "
            "head's not full of work.",
            "Therapist: And the other side of the ledger?",
            "Client: The money, obviously. Lying to Jen. I missed Owen's first goal because I was "
            "watching a parlay on my phone. Feeling like garbage after.",
            "Therapist: So on one side the rush and a quiet head, on the other the money, the lying and "
            "Owen's goal. Lined up like that, what stands out? And what kind of dad do you want to be, "
            "Darren?",
            "Client: Owen. Honestly, Owen. The dad in the stands, not looking at his phone. I used to "
            "coach his team, I stepped back when things got bad.",
            "Therapist: Being there in the stands, being straight with Jen. Let's keep those right in "
            "front of us. What could make it harder to bet tonight and tomorrow? Throw out every option, "
            "we'll sort them after.",
            "Client: Delete the app, but I'd just put it back. Self-exclude on the provincial site. Ask "
            "the bank to block gambling on my card. Give Jen my card, no, not yet.",
            "Therapist: Which of those could you actually do tonight?",
            "Client: The self-exclusion I can do on my phone right now. The bank block tomorrow at nine "
            "when they open.",
            "Therapist: Good. And please don't take a payday loan to cover the line of credit, that'll "
            "make this a whole lot worse.",
            "Client: Yeah. I'd thought about it. I went to one Gamblers Anonymous meeting like six years "
            "ago, it wasn't for me.",
            "Therapist: What about Kyle? Would you be willing to tell him tonight, even part of it, so "
            "you're not carrying it alone?",
            "Client: I could text him. He wouldn't freak out, he'd just come over.",
            "Therapist: Before you go, zero to ten, how strong is the urge to bet right now?",
            "Client: Like a four. It was a nine when I called.",
        ),
        techniques=frozenset(
            {"problem_solving", "pros_and_cons", "safety_planning", "social_support", "values_clarification"}
        ),
    ),
    # Labels: checking loop, blame pie, gate ladder, evening practice agreed. Not: dominee, pa, googling advice.
    "ocd_gate_checking_free_state_farm": LabelledSession(
        text=_session(
            "Therapist: Morning Ruan. Last week you said the checking got worse after harvest. Tell me "
            "about last night.",
            "Client: Eish. I checked the kraal gate and the bottom fence maybe eleven times. At one in "
            "the morning I drove back in the bakkie because I wasn't sure the chain was hooked.",
            "Therapist: Shame, man, that sounds exhausting. What goes through your head when you drive "
            "away from the gate?",
            "Client: What if it's open. What if the cattle get onto the N5 and someone hits them and "
            "dies, and it's my fault.",
            "Therapist: And when you go back and see it's closed?",
            "Client: Relief, for like two minutes. Then I think, ja, but did I really look properly.",
            "Therapist: Can I draw you something? Here's the doubt, then the anxiety shoots up, then you "
            "check, and the anxiety drops, that's the relief. But your brain learns, that gate was "
            "dangerous, good thing we checked. So next time the doubt comes quicker and louder. The "
            "checking is feeding it. This loop is what OCD is, and lots of very responsible people get "
            "stuck in it. It isn't you going mad.",
            "Client: So the checking makes it worse? My pa just says I must stop being silly.",
            "Therapist: It's not silliness, and willpower on its own doesn't break the loop. You said the "
            "dominee prayed with you?",
            "Client: Ja, my ma asked him to. I still pray. The checking doesn't stop though.",
            "Therapist: Let's look at the part about it being your fault. Say the worst happened and the "
            "cattle got onto the road. What are all the things that would play a part?",
            "Client: The gate. Me.",
            "Therapist: What else?",
            "Client: The neighbour's fence on the top side that he hasn't fixed. Jackals spooking them at "
            "night. The driver going too fast. The old chain my pa won't replace. The weather.",
            "Therapist: Let's draw a circle and give each one a slice for how much of it would be down to "
            "that. Start with the ones that aren't you.",
            "Client: Neighbour's fence, big slice, thirty. Driver speeding, twenty. The old chain, "
            "fifteen. Jackals and weather together, ten. So what's left for me is twenty-five.",
            "Therapist: When we started you said it would be all your fault. Now?",
            "Client: Twenty-five percent. Still a lot, but not all of it. Hey, that's weird.",
            "Therapist: Now, the way out of the loop is to do the opposite of what the OCD asks, a step "
            "at a time. Let's make a ladder from easiest to hardest, and rate how scary each step is out "
            "of a hundred.",
            "Client: Easiest, checking the small camp gate once and walking away, thirty. The kraal gate "
            "once, sixty. Driving off without looking in the mirror, seventy. Not going back at night at "
            "all, ninety-five.",
            "Therapist: We start at the bottom. You close the small camp gate, check it once, properly, "
            "and walk away, and let the anxiety be there without going back. It climbs, and then it comes "
            "down on its own if you give it time.",
            "Client: And if it doesn't come down?",
            "Therapist: Stay with it and note the number every ten minutes, it will. Before we meet next "
            "Wednesday, will you do the small camp gate like that every evening and write down your "
            "rating at the start and after half an hour? We'll go through it together.",
            "Client: Ja, okay. The small one I can do.",
            "Therapist: And stay off the internet looking for stories about cattle causing accidents. "
            "That just feeds the doubt.",
            "Client: Ja, I did that on Sunday. Lekker bad idea.",
        ),
        techniques=frozenset({"continuum_or_pie_chart", "exposure", "homework", "psychoeducation"}),
    ),
    # Labels: rule softened, worst-best teacher line, 3E comments test agreed. Not: bullet journal, HOD, stress 0-10.
    "perfectionist_new_teacher_singapore": LabelledSession(
        text=_session(
            "Therapist: Hi Wei Ling, come, sit. First term almost over already. How are you finding it?",
            "Client: Honestly quite sian. I mark until two a.m. every night. For every compo I write like "
            "half a page of comments. My colleague Mdm Rahman uses some bullet journal system and "
            "finishes in ten minutes, I tried, cannot.",
            "Therapist: Half a page for every script. What happens if you write less?",
            "Client: Then I'm not doing my job properly. A good teacher must give full feedback on every "
            "script. If not, parents will complain and my HOD will say I'm lazy. Last week she even gave "
            "us a talk on growth mindset, I felt she was looking at me.",
            "Therapist: I'm hearing a rule inside there, something like, I must do everything perfectly, "
            "otherwise I'm a bad teacher. Correct or not?",
            "Client: Ya, quite correct lah.",
            "Therapist: Let me draw a line on this paper. Left end is the worst teacher you can imagine, "
            "right end the best. Where's Mdm Rahman?",
            "Client: She's very good. Maybe eighty-five.",
            "Therapist: And the worst teacher you can imagine, what does that person do?",
            "Client: Never mark, scold the kids, never prepare. Zero.",
            "Therapist: And where are you?",
            "Client: Before this I would say thirty, because I'm always behind. But actually I prepare "
            "every lesson, and the kids like my class. Maybe sixty-five?",
            "Therapist: So nowhere near the bad end. And Mdm Rahman writes short comments and still sits "
            "at eighty-five.",
            "Client: Hmm. When you put it like that.",
            "Therapist: Shall we try rewriting the rule so it's less rigid? Instead of must be perfect or "
            "I'm a bad teacher, what would be fairer?",
            "Client: I want to give useful feedback, and it's okay if it's not perfect for every script. "
            "Good enough that the kids know what to fix.",
            "Therapist: How much do you believe the new one, out of a hundred?",
            "Client: Forty. The old voice still there.",
            "Therapist: That's honest. Then let's test the old voice's prediction. For one class's "
            "compositions this week, you write at most three lines of comments each. What do you predict "
            "will happen?",
            "Client: At least two parents will email to complain, and my HOD will notice.",
            "Therapist: Write that down: two complaint emails, HOD comments. After you return the "
            "scripts, write what actually happened. Can you agree to do that with 3E before we meet next "
            "Thursday?",
            "Client: Can. 3E, three lines each. Wah, scary, but okay.",
            "Therapist: Zero to ten, how stressed are you now?",
            "Client: Six. I was eight when I came in.",
            "Therapist: Okay. Next Thursday we look at your prediction and what happened, side by side.",
        ),
        techniques=frozenset(
            {"behavioral_experiment", "cognitive_restructuring", "continuum_or_pie_chart", "homework"}
        ),
    ),
    # Labels: walk worst/best/likely, shed-and-dog week, one end goal. Not: cardiologist, yoga, 0-10, not homework.
    "cardiac_rehab_after_heart_attack_brisbane": LabelledSession(
        text=_session(
            "Therapist: G'day Graham, grab a seat. How have the last couple of weeks been since you came off the ward?",
            "Client: Bit crook, to be honest. Not the ticker, the head. I just sit in the recliner "
            "watching the cricket. Sue's had a gutful of me.",
            "Therapist: What stops you getting up and about?",
            "Client: Every time I feel a twinge I reckon that's it, here comes the big one. The "
            "cardiologist said walk thirty minutes every day. I've done it twice.",
            "Therapist: Nought to ten, how much worry is that, on a normal day?",
            "Client: Seven, easy.",
            "Therapist: Let's take the walk to the bowls club. It's about a kilometre? What's the worst "
            "you picture happening?",
            "Client: I drop dead on the footpath outside the servo and nobody finds me till the arvo.",
            "Therapist: And the best?",
            "Client: I get there, have a lemon squash, and the boys shout me a beer I'm not allowed to drink.",
            "Therapist: And the most likely, going on what the rehab team told you about your heart now?",
            "Client: Probably I get there a bit puffed and sweaty. Maybe a twinge that's just me being a sook.",
            "Therapist: And if you did get chest pain on the way, what would you do?",
            "Client: Sit on the bench by the servo, use the spray, ring triple zero if it doesn't settle. "
            "The nurse went through all that.",
            "Therapist: So even the bad version has a plan you'd follow. How does that sit with you?",
            "Client: Better than the recliner, I s'pose.",
            "Therapist: Before the heart attack, what filled up your week?",
            "Client: Bowls Tuesdays and Saturdays. Pottering in the shed, fixing the neighbours' mowers. "
            "Taking Bluey down to the creek.",
            "Therapist: Reckon we could put a few of those back in, small doses? Let's map out the week. Monday?",
            "Client: Monday arvo, an hour in the shed, sitting down, just the carby on the little Victa.",
            "Therapist: Wednesday?",
            "Client: Take Bluey halfway to the creek and back. Friday I could go and sit at the club and "
            "watch, not play.",
            "Therapist: Pop those on the card. And where would you like to be in, say, a month?",
            "Client: Bowling an end on a Saturday. Just the one end.",
            "Therapist: One end on a Saturday by the end of next month. What are the steps to get there?",
            "Client: Walk to the club and back without stopping. Then roll a few down the practice rink. Then the end.",
            "Therapist: That's your plan, not homework from me. This is our only session, the rehab "
            "nurses will keep an eye on you on Thursdays. Sue's been on at you about yoga, you said?",
            "Client: Ha. She bought a DVD. Not for me, mate.",
            "Therapist: Fair enough. Good luck with that end.",
        ),
        techniques=frozenset({"behavioral_activation", "decatastrophizing", "goal_setting"}),
    ),
    # Labels: intrusions explained, 'dangerous' evidence, kind to self, sister Meera. Not: leaflet, sleep, no homework.
    "postnatal_intrusive_thoughts_london": LabelledSession(
        text=_session(
            "Therapist: Hello Priya, and hello little one. She's fast asleep. How are you doing?",
            "Client: I'm okay. Tired. I don't really know how to say this. I haven't told anyone, not even Sam.",
            "Therapist: Take your time. Whatever it is, we can look at it together.",
            "Client: When I carry her down the stairs I get this picture in my head of just, letting go. "
            "Of her falling. It's so vivid. I've started making Sam carry her down, I tell him it's my "
            "back.",
            "Therapist: That sounds really frightening to have in your head, especially when you love her this much.",
            "Client: What kind of mother thinks that? Maybe I'm dangerous. Maybe they'll take her off me.",
            "Therapist: I want to tell you something about these thoughts, because you're far from alone. "
            "The large majority of new parents get sudden, unwanted thoughts or pictures of harm coming "
            "to their baby, even of causing it themselves. After a birth the brain's alarm system goes "
            "into overdrive, because there's this tiny person to protect, and it throws up worst-case "
            "scenes. The more horrified you are and the harder you push them away, the stickier they get. "
            "They're thoughts, not wishes and not plans.",
            "Client: Really? Most people?",
            "Therapist: Really. Can we look at the idea that you're dangerous, though, and see what the "
            "evidence says? What do you actually do on the stairs with her?",
            "Client: I hold the banister, I hold her so tight against me. I go really slowly. I check the "
            "stair gate twice.",
            "Therapist: And in six weeks, has there been a single moment where you acted on one of those pictures?",
            "Client: No. Never. I'd never.",
            "Therapist: So what's the evidence for I'm dangerous to her?",
            "Client: Just the thought, I suppose. And against, well, everything I do. When I bath her I "
            "test the water with my elbow and the thermometer.",
            "Therapist: If your best friend told you she had exactly these thoughts and did exactly those "
            "things, what would you think of her?",
            "Client: I'd think she was a really careful mum who's knackered. I'd give her a hug and tell "
            "her to go to bed.",
            "Therapist: Could you offer yourself some of that? You're six weeks in, you've got stitches, "
            "you're up three times a night.",
            "Client: I keep thinking I should be coping better. The other mums at the baby group look so together.",
            "Therapist: Maybe say to yourself what you'd say to her. You're knackered, you're doing a "
            "careful job, and you're allowed to lie down when Anya naps instead of scrubbing bottles.",
            "Client: I could try that. Sorry, I'm crying.",
            "Therapist: That's okay. How has the sleep been, and the feeding?",
            "Client: She feeds every three hours. I don't sleep in between, I just lie there. The health "
            "visitor gave me a leaflet about breathing when you're stressed, it's still in the nappy bag.",
            "Therapist: Who's around you at the moment?",
            "Client: Sam's back at work. My sister Meera keeps offering to come over and I keep saying no, I'm fine.",
            "Therapist: What would it be like to say yes to Meera, maybe a couple of afternoons a week? "
            "And perhaps to tell Sam some of what you've told me today.",
            "Client: Meera would be thrilled. Sam, I'm scared he'll look at me differently. But maybe if "
            "I tell him it's really common.",
            "Therapist: You could bring him next time if that would help. And I'm not setting you any "
            "homework, you've got plenty on your plate.",
        ),
        techniques=frozenset({"evidence_examination", "psychoeducation", "self_compassion", "social_support"}),
    ),
    # Labels: ankle comeback, why he plays, four-week targets, rehab diary. Not: physio breathing, clip advice, 0-10.
    "academy_footballer_acl_manchester": LabelledSession(
        text=_session(
            "Therapist: Alright Jaden, grab a seat, mate. How's the knee?",
            "Client: Swollen. Physio's got me doing quad sets and that, breathing through the pain like "
            "she says. It's just boring, man. And watching the lads train from the window is proper grim.",
            "Therapist: Yeah, I bet it is. Nine months is a long time. What's been going round your head?",
            "Client: That I'm done. That the gaffer'll sign someone and forget about me. I keep watching "
            "the clip of the tackle on my phone.",
            "Therapist: I'd knock the clip on the head, honestly. It does nowt for you except replay the worst moment.",
            "Client: Yeah. I know.",
            "Therapist: Can I take you back to when you were sixteen, the ankle? You were out, what, four months?",
            "Client: Five.",
            "Therapist: What did you do back then that got you through it?",
            "Client: I was first in the gym every day. I did all the boring stuff without anyone chasing "
            "me. Watched loads of footage of wingers, worked on my left foot in the pool. Then came back "
            "and scored in my second game.",
            "Therapist: So you've got previous for this. You were patient, you did the dull work on your "
            "own back, and you used the time to get better on your weaker side. That's all still in you.",
            "Client: Suppose. Didn't think of it like that.",
            "Therapist: Let me ask you something different. Forget contracts for a sec. Why do you play?",
            "Client: My grandad. He took me to every Sunday league game, stood in the rain. When I'm on "
            "the ball I feel free, like nothing else matters. And the lads, the dressing room.",
            "Therapist: Feeling free on the ball, your grandad, being one of the lads. Are there ways of "
            "living some of that while you're injured?",
            "Client: I could be in the dressing room more, before matches. Grandad'd want me to graft.",
            "Therapist: Right. Let's set some targets you control, not the gaffer. What do you want done "
            "in the next four weeks?",
            "Client: Full straight leg by the end of the month. Gym four mornings a week. In the dressing "
            "room before every home game.",
            "Therapist: Let's pin them down. Which mornings, what time?",
            "Client: Monday, Tuesday, Thursday, Friday, eight o'clock, before physio. Home games are Saturdays.",
            "Therapist: Mint. One more idea, take it or leave it. Some lads keep a rehab diary, a few "
            "lines each night on how the knee felt and how their head was. It's yours, I won't be reading "
            "it or asking about it.",
            "Client: Might do it on my phone.",
            "Therapist: Nought to ten, how confident are you right now about getting back?",
            "Client: Five. Would've been two last week.",
        ),
        techniques=frozenset({"goal_setting", "journaling", "strengths_review", "values_clarification"}),
    ),
    # Labels: mindful mandarin, long out-breath, asking script, use it before next Tuesday. Not: thought diaries, haka.
    "dbt_skills_group_auckland": LabelledSession(
        text=_session(
            "Therapist: Kia ora koutou, welcome back everyone. Let's start with our settling-in practice. "
            "Grab a mandarin from the bowl, but don't eat it yet. Just look at it like you've never seen "
            "one before.",
            "Client: (Tama) It's a mandarin, eh.",
            "Therapist: Sweet as, notice that thought, it's a mandarin, and come back to what you can "
            "actually see. The colour, the little dimples in the skin. Feel the weight of it in your "
            "palm. Smell it. If your mind wanders off to your to-do list, that's fine, just bring it back "
            "to the mandarin.",
            "Client: (Jess) Mine's got a leaf on it. It smells like Christmas.",
            "Therapist: Lovely. Now peel it really slowly. Notice the sound, the little spray, the white stringy bits.",
            "Client: (Mere) I kept thinking about my son's court date. I kept having to drag myself back.",
            "Therapist: That's exactly the practice, eh. Noticing you've drifted and coming back, as many "
            "times as it takes.",
            "Client: (Jess) I'm normally at kapa haka on Thursdays and that's the only time my head's "
            "quiet, so this was weird.",
            "Therapist: Tonight's first skill is for when you're at a ten and about to do something "
            "you'll regret. We slow the breath right down. In for four, out for six or even eight. The "
            "long out-breath is like the brake pedal. Let's do it together for a minute.",
            "Client: (Jess) In, two, three, four. Out, two, three, four, five, six. I feel a bit dizzy.",
            "Therapist: Ease off then, no need for big breaths. Just make the out-breath longer than the in-breath.",
            "Client: (Tama) My old counsellor in Rotorua had me doing thought diaries, eh, writing everything down.",
            "Therapist: Different thing to this, but good memory. Second skill tonight is asking for what "
            "you need without blowing up or caving in. Mere, you said last week your landlord still "
            "hasn't fixed the mould?",
            "Client: (Mere) Three months. I either say nothing or I go off at him.",
            "Therapist: Let's build it together. First, just the facts of what's happened. Then how it's "
            "affecting you, starting with I. Then ask for one clear thing. Then what's in it for him. "
            "Give it a go.",
            "Client: (Mere) Um. The back bedroom's had black mould since March. I'm worried because my "
            "boy's asthma is worse. I need it treated by the end of the month. That way the house stays "
            "in good nick and you keep getting your rent on time.",
            "Therapist: How did that feel?",
            "Client: (Mere) Like someone else talking. But clear.",
            "Therapist: And if he fobs you off, you say the ask again, calm, like a stuck record. No need "
            "to argue the rest.",
            "Client: (Jess) I need to ask my manager about swapping my Sunday shifts.",
            "Therapist: Perfect. So here's the practice for the week: before next Tuesday, everyone uses "
            "the script once with someone, big or small, and comes back ready to tell us how it went. And "
            "the slow breathing once a day if you can.",
            "Client: (Tama) Chur. Do I have to do it with my nana? She'll laugh at me.",
            "Therapist: Pick something small, eh. Even asking at the dairy for a bag counts.",
        ),
        techniques=frozenset({"assertiveness_training", "breathing_exercise", "homework", "relaxation_mindfulness"}),
    ),
    # Labels: wins affirmed, one thing a day, 3-line mood diary, agreed till Thursday. Not: vision board, 1-10, 3am.
    "emoji_heavy_text_chat_low_mood": LabelledSession(
        text=_session(
            "Client: heyyy sorry im late 😅 was in bed lol",
            "Therapist: Hey Zoe! No worries at all 😊 Good to see you here. How's this week been?",
            "Client: honestly kinda 💩 didnt leave my room til like 3pm most days. just scrolling jobs "
            "then tiktok then jobs again 🙃",
            "Therapist: That sounds like a heavy week. Out of 10, where's your mood at right now?",
            "Client: like a 3?? maybe 4 bc ur here haha",
            "Therapist: Haha I'll take it 😄 Can I say something though. Last week you said you hadn't "
            "showered in 4 days, and today you've told me you showered AND replied to Liv. That's real "
            "movement, even if it doesnt feel like it.",
            "Client: i mean its not exactly winning a nobel prize lol 🏅",
            "Therapist: Maybe not, but when you're this low those are proper wins. What else have you "
            "pulled off in the past that took guts?",
            "Client: idk... i finishd my illustraton portfolio last yr while working 30hrs at the cafe. "
            "and i looked after my lil sis when mum was in hosptial",
            "Therapist: A whole portfolio while working 30 hours a week, and holding the fort for your "
            "sister. That's determination and a lot of care, and it's still you ❤️",
            "Client: 🥺 ok stop u'll make me cry",
            "Therapist: 😊 Ok switching gears! What used to give you even a little lift, back before things got heavy?",
            "Client: drawing tbh. and bubble tea walks w liv. playing my ukelele badly 😂",
            "Therapist: Love that. What if we picked one small thing for each day till Thursday? Tiny is totally fine.",
            "Client: ok umm mon - draw for 10 min. tues - bubble tea walk (if liv is free). wed - ukelele "
            "1 song. thurs - idk",
            "Therapist: Thursday could be a short walk round the block before our chat?",
            "Client: ok deal 👍",
            "Therapist: And one more thing. Each night, could you jot 3 lines in your notes app: what you "
            "did, your mood out of 10, and one thing that felt ok? Then on Thursday we'll look at it "
            "together.",
            "Client: like a diary?? my sister does a vision board thing w manifesting lol is it that",
            "Therapist: Ha no, no manifesting required 😂 just a little mood diary.",
            "Client: ok i can do that. 3 lines. dont judge my speling 😂",
            "Therapist: Never! So before Thursday: your one thing each day, plus the 3-line diary each night. Deal?",
            "Client: deal 🤝",
            "Therapist: Oh and maybe leave the job sites alone after midnight, the 3am scrolling tends to "
            "make everything look worse.",
            "Client: ugh ur right. ok ttyl 💛",
        ),
        techniques=frozenset({"behavioral_activation", "homework", "journaling", "strengths_review"}),
    ),
    # Labels: boxes, other reading of the laugh, gets vs costs, made-small pattern. Not: not homework, count to ten.
    "court_mandated_anger_course_cardiff": LabelledSession(
        text=_session(
            "Therapist: Alright Lee, come in by here. Tidy. So this is your one-to-one before group on "
            "Thursday. How you doing, butt?",
            "Client: Honestly? I shouldn't be here. The judge said twelve weeks or else. The other bloke started it.",
            "Therapist: I hear you. You're here whether you want to be or not, so let's make it worth "
            "your while, is it. Tell me about the day in the car park.",
            "Client: Some fella in a Golf nicked the space I was waiting for at Asda. Looked right at me "
            "and laughed. Next thing I'm out the van banging on his window.",
            "Therapist: Let's put it down in these boxes, now in a minute. First box, what happened.",
            "Client: Bloke takes my space and laughs.",
            "Therapist: Second box, what went through your head?",
            "Client: He's taking the mick. He thinks I'm a mug. Everyone's watching me get mugged off.",
            "Therapist: Third box, what you felt, and how strong out of a hundred.",
            "Client: Rage. A hundred. And, I dunno, like a fool, maybe.",
            "Therapist: Last box, what you did and what came of it.",
            "Client: Banged on the window, cracked it. Police. Court. This.",
            "Therapist: Have a look at that second box. He's taking the mick, he thinks I'm a mug. Is "
            "there any other way of seeing that laugh?",
            "Client: He could've been laughing at summat on the radio. Or he's just a prat who never saw "
            "me. Doesn't mean I'm a mug.",
            "Therapist: And how does that one sit, compared to the first?",
            "Client: Less hot. Still annoyed, mind.",
            "Therapist: Let's be straight about it as well. What does kicking off get you?",
            "Client: People don't mess with me. It gets it out. Feels lush for about ten seconds.",
            "Therapist: And what does it cost you?",
            "Client: A court case. Nearly my licence. The missus left with the kids last year, partly cos "
            "of it. I only see my daughter Saturdays now.",
            "Therapist: You've gone quiet, and you're gripping the arm of that chair. What's happening "
            "for you right now, in here with me?",
            "Client: Nothing. Just, you going through it all like that made me feel like a kid.",
            "Therapist: Like a kid being told off? I noticed that word mug, and now kid. I wonder if "
            "underneath the rage there's a feeling of being made small, laughed at, and the anger comes "
            "in fast to cover it. Last group you talked about your dad laughing at you in front of his "
            "mates.",
            "Client: Yeah. He'd take the piss till I cried, then call me soft.",
            "Therapist: So a laugh in a car park lands right on that old bruise. Maybe it was never "
            "really about the parking space.",
            "Client: Never thought of it like that. That's mental, that is.",
            "Therapist: We'll fill these boxes in together in here each week. It's not homework, I don't "
            "expect you to take them home.",
            "Client: Good, cos I wouldn't. My probation officer told me to count to ten, by the way. "
            "Doesn't work, I'm out the van by three.",
            "Therapist: Fair play for being honest. And whatever you do, don't go looking for that Golf "
            "driver, mun. Leave it lie.",
            "Client: I won't. He's not worth it.",
        ),
        techniques=frozenset({"cognitive_restructuring", "insight_interpretation", "pros_and_cons", "thought_record"}),
    ),
    # Labels: speaking ladder and live call, pharmacy role play, stammer-on-purpose test. Not: speech therapy, 0-10.
    "stammering_phone_avoidance_edinburgh": LabelledSession(
        text=_session(
            "Therapist: Right, Callum, good to see you. Last time you said the phone's the big one. How's "
            "the week been?",
            "Client: S-same. I had to ph-phone the dentist and I, I g-got my flatmate to do it. Again.",
            "Therapist: And what does getting him to do it save you from?",
            "Client: The s-silence. When I b-block on my name and the other p-person goes, hello, hello, "
            "and h-hangs up. Or laughs.",
            "Therapist: Nought to ten, how anxious does picturing that make you?",
            "Client: Eight.",
            "Therapist: The speech therapist you saw as a wean, did she give you anything for it?",
            "Client: Aye, easy onset, b-breathing before you start. It helps s-sometimes. I don't really use it.",
            "Therapist: I'm not going to work on your fluency, that's not my trade. I want to work on the "
            "avoiding, because it's shrinking your life. Can we build a wee ladder of speaking "
            "situations, easiest at the bottom?",
            "Client: Easiest, asking a sh-shop assistant where something is. Then ordering the c-coffee I "
            "actually want, a flat white, instead of t-tea cos T's easier. Phoning a shop to ask when "
            "they close. Phoning the GP. Hardest, s-saying my name on a c-conference call at work.",
            "Therapist: We'll climb from the bottom, and in each one you stay in it till the fear comes "
            "down, rather than escaping. Before you phone anyone for real, shall we rehearse? I'll be the "
            "pharmacy. Ring ring. Good afternoon, Bruntsfield Pharmacy, how can I help?",
            "Client: H-hi, I was... (block) ... w-wondering what time you c-close today.",
            "Therapist: Sorry, can you say that again?",
            "Client: What t-time you close today.",
            "Therapist: Out of role now. You stayed on even when I asked you to repeat it. How was that?",
            "Client: Horrible. B-but I d-did it.",
            "Therapist: The real pharmacy's number is on that leaflet. Fancy doing it now, on speaker, "
            "with me sitting here?",
            "Client: N-now? Okay. (dials) H-hello, what t-time do you c-close today? Six. Th-thanks, bye.",
            "Therapist: Nought to ten?",
            "Client: Seven going in, four now. She j-just said six. No laugh.",
            "Therapist: You told me people laugh or hang up. Let's test that properly. The cafe "
            "downstairs: you order a flat white and stammer on the F on purpose, and we watch what the "
            "barista does. What do you predict?",
            "Client: She'll smirk. Or finish the word for me. Eighty percent sure.",
            "Therapist: Write it down. Eighty percent, smirk or finishes the word. Then we'll go down "
            "together and note what actually happens.",
            "Client: (after returning) I did f-f-f-flat white on p-purpose. She just waited and said, oat "
            "or regular? No smirk. The guy b-behind me was on his phone.",
            "Therapist: So what happened to the prediction?",
            "Client: W-wrong. I'd say ten percent now.",
        ),
        techniques=frozenset({"behavioral_experiment", "exposure", "role_play"}),
    ),
    # Labels: panic loop, heart evidence, worst/best/likely, Samaritans check, table. Not: beta blockers, no homework.
    "ai_assistant_tube_panic_it_worker": LabelledSession(
        text=_session(
            "Client: hi. is it normal to think you're dying on the tube? happened again this morning "
            "between camden and euston",
            "Therapist: That sounds genuinely frightening, and I'm glad you've reached out. **What's "
            "probably happening** - What you describe sounds like a panic attack: your body's alarm "
            "system fires without a real threat. - Adrenaline speeds up your heart, you breathe faster, "
            "and you can feel dizzy, tingly or unreal. - On a hot, packed carriage you notice those "
            "sensations, read them as danger, and that releases more adrenaline, so it loops. - It's "
            "extremely common and, while horrible, it is not dangerous. **A question for you** - When it "
            "happened this morning, what was the scariest thought?",
            "Client: that I'm having a heart attack. chest goes tight, arms tingle, I'm sure I'll "
            "collapse and everyone will just step over me. I'm 31 and in IT, I sit all day, so maybe it "
            "IS my heart",
            "Therapist: Let's look at that thought carefully rather than just reassure you. **Some "
            "questions** - Roughly how many times has this happened? - Has a doctor checked your heart? - "
            "Have you ever actually collapsed during one?",
            "Client: maybe 20 times since march. GP did an ECG and bloods in may, all normal. never "
            "collapsed. I get off at the next stop, sit on the bench and it goes in like 10 min",
            "Therapist: **Weighing it up** - For heart attack: tight chest, tingling arms, a desk job. - "
            "Against: about 20 episodes, every one passing in around 10 minutes with no treatment; a "
            "normal ECG and bloods; never once collapsing; being 31. - Looking at both lists side by "
            "side, which seems stronger to you?",
            "Client: ok put like that, against. but in the moment it doesn't feel like that at all",
            "Therapist: That's how panic works, it is very convincing in the moment. **Worst, best, most "
            "likely** - Worst: what's the worst you imagine, and if it happened, what then? - Best: "
            "what's the best way the journey could go? - Most likely: based on the 20 times so far, what "
            "usually happens?",
            "Client: worst: I faint and people stare and someone films it. best: nothing happens and I "
            "get to work. most likely: I feel awful for 10 min, get off at euston, sit down, get the next "
            "one. and tbh if I fainted someone would press the alarm, people helped a woman who fainted "
            "last month",
            "Therapist: **So even the worst case** - would likely mean someone pressing the alarm, a few "
            "awkward minutes, and you getting help. - The most likely case is one you've already got "
            "through about 20 times.",
            "Client: my colleague takes beta blockers for presentations, should I ask for some?",
            "Therapist: That's a question for your GP, I can't advise on medication.",
            "Client: fair. honestly some nights I think I'd rather not wake up than keep doing this every day",
            "Therapist: Thank you for telling me that, it matters. **Checking you're safe** - Are you "
            "having thoughts of ending your life, or any plan to? - If you ever feel you might act on "
            "thoughts like that, call 999 or go to A&E. - You can call Samaritans any time on 116 123, "
            "free, day or night. - It can help to decide now who you'd contact and what you'd do if those "
            "thoughts got stronger.",
            "Client: no plan, nothing like that. more just wanting it to stop. I'm ok. saved the "
            "samaritans number. I'd call my sister if it got bad",
            "Therapist: I'm glad you've got the number and your sister in mind. **A tool for next time** "
            "- Try a table with columns: Situation | Automatic thought | Feeling (0-100) | Balanced "
            "thought | Feeling after. - Shall we fill in this morning together?",
            "Client: situation: northern line, camden to euston, packed. thought: heart attack, I'll "
            "collapse. feeling: terror 90. balanced: it's panic, normal ECG, it always passes in 10 min. "
            "after: 50 maybe",
            "Therapist: **About using this** - We have no session booked, so it isn't homework; use the "
            "table only if it helps. - Try not to google symptoms mid-panic, it tends to feed the loop.",
            "Client: thanks. this helped more than 3 hrs of googling last night lol",
        ),
        techniques=frozenset(
            {"decatastrophizing", "evidence_examination", "psychoeducation", "safety_planning", "thought_record"}
        ),
    ),
    # Listening only, no label. Not: carers' group, respite offer, GP's tablets (all client mentions).
    "dementia_carer_husband_listening_only": LabelledSession(
        text=_session(
            "Therapist: Come in, Dev. Sit wherever's comfortable. Where would you like to begin today?",
            "Client: She didn't know me on Sunday. Forty-six years, and she asked me who I was, very "
            "politely, as if I'd come to read the meter.",
            "Therapist: She looked at you and didn't know you. After forty-six years.",
            "Client: I went into the kitchen and stood by the kettle for I don't know how long. Then I "
            "made her tea as usual. Two sugars. She still knows two sugars.",
            "Therapist: She's lost your face but not the two sugars.",
            "Client: (laughs) Yes. That's it exactly. Funny what stays.",
            "Therapist: There's a laugh in that, and something else as well.",
            "Client: I'm angry, if I'm honest. Not at her. At God, the doctors, I don't know. And then I "
            "feel terrible for being angry.",
            "Therapist: Angry, with nowhere to put it, and then the guilt lands on top.",
            "Client: My daughter keeps telling me to go to the carers' group at the temple on Wednesdays. "
            "The social worker offered respite, a week in a home so I can rest. I said no.",
            "Therapist: People keep offering things, and you keep saying no.",
            "Client: If I put her in a home for a week and she's frightened there, I'd never forgive "
            "myself. She'd think I'd left her.",
            "Therapist: The thought of her frightened, thinking you'd left her. That's what stops you.",
            "Client: And the GP says I'm depressed, he wants me on tablets. Maybe he's right. I don't "
            "sleep. I listen for her all night in case she goes out of the front door again.",
            "Therapist: Listening for her all night. You're never really off duty.",
            "Client: Never. But I promised her. In sickness and in health. I said it and I meant it.",
            "Therapist: You made her a promise, and you meant every word.",
            "Client: I did. Sorry, I don't usually cry in front of people.",
            "Therapist: There's no hurry. Take whatever time you need.",
            "Client: It's a relief, actually, just to say it out loud to someone who isn't telling me what to do.",
            "Therapist: Just to say it, without anyone telling you what to do.",
            "Client: Yes. Same time next week?",
            "Therapist: Same time next week.",
        ),
        techniques=frozenset(),
    ),
}
