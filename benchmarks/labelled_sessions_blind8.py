"""Blind test set 8 for the technique detector: fourteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 60 lines of
labelled_sessions_blind7.py (printed with `head -n 60`; interface, docstring conventions and labelling rules, which
end with the comment above blind7's first session; the rest of that file and every other labelled_sessions_blind*.py
module were not opened); the LabelledSession dataclass, printed with `grep -n "class LabelledSession" -A4` on
labelled_sessions.py; each catalog technique's code, name, family and description, printed by the one-line command
the brief prescribed (the catalog file itself, with its synonyms and cue fields, was never opened); and the
[tool.ruff] section of pyproject.toml, printed with an awk filter that showed [tool.ruff] and its two sub-tables
([tool.ruff.lint] and [tool.ruff.lint.per-file-ignores]) and nothing else. It did not open the transforms package, the
tests, the README or the docs, did not grep the repository, did not list the benchmarks directory, did not read
/work/shared, ran no git command and ran nothing of the product, its tests, mypy or any benchmark. The only commands
run against the project were the catalog print, the import check of this module (importing it and counting sessions,
turns and labels, repeated after each regeneration) and .venv/bin/ruff check / ruff format on this file alone. The
module was emitted by a throwaway generator kept under /tmp (the session texts were typed into it by hand and wrapped
into string literals) and then formatted with ruff format; the first count found the perinatal session at 31 turns,
so a one-line client reply ('Right. Fourteen.') was dropped and the counsellor turn after it merged into the one
before it, and the module was re-emitted. This file itself was also looked at with sed, grep and awk (line lengths,
formatting); no other project file was written and the labels were not touched by any of these steps. Slip, minor:
those looks at this file go slightly beyond the three kinds of command the brief allowed against the project. No
text was copied from any corpus.

The settings differ from blind7's and the counsellors' voices vary: a telehealth call with an Army veteran sitting in
his truck, an Australian eating-disorder dietitian-counsellor with a nurse who fasts until three, a Birmingham
perinatal counsellor with a flat new father, a prison in-reach worker on a Scottish hall, a Texas addiction counsellor
doing relapse prevention before an open-bar wedding, a trauma-focused session with a fourteen-year-old after a lorry
crash, a university chaplain with a Brazilian student who watched her grandmother's funeral on her phone (listening
only), an ACT session on chronic back pain in Brisbane, a text-based crisis line with lowercase and typos, an EAP
session in Bengaluru about a mocking team lead, a hoarding home visit in Yorkshire, a Dublin counsellor with a sister
bereaved by overdose, a Swansea counsellor with a lonely eighty-two-year-old tenor, and an LLM-generated transcript
with markdown headings and bullets. Counsellors mostly use techniques in their own words without naming them.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or
practises in it. A client merely mentioning something (a VA sleep app, a calorie app, a health visitor's leaflet, an
old anger course, naltrexone, a school stress ball, a grief leaflet with breathing exercises, physio exercises, a
therapist's coping skills sheet, an HR grievance cell, a clearance firm, a parish bereavement group, a men's shed, a
public-speaking course), or the counsellor merely asking about a topic, advising against something or using a
nought-to-ten scale or questionnaire only to measure, is not a label; rapport_empathy, assessment and
session_structure are never labelled. ``homework`` is labelled only when a task is explicitly agreed for before the
next meeting; plans made without such an agreement (a pram walk and a run offered as no homework, a problem-solving
plan with a cellmate, a wedding plan, an unsent letter the client need not bring, a hoarding client's own pace, a
lonely man's week card) are not homework. The listening-only session carries no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match
its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND8_SESSIONS: dict[str, LabelledSession] = {
    # Telehealth video call with an Army veteran sitting in his truck: explains the stuck combat alarm and how leaving
    # keeps it going, builds a five-rung grocery-store ladder, practises a four-in six-out breath, and agrees three
    # trips to the bottom rung before next Tuesday's call. Not labelled: the VA sleep app his wife mentions, counting
    # nightmares only to measure them, and advising against combat documentaries late at night.
    "veteran_telehealth_grocery_ladder": LabelledSession(
        text=_session(
            "Therapist: Okay, I've got you now. You froze for a second there, Marcus, but the audio's back. How's "
            "the connection on your end?",
            "Client: It's fine. I'm in the truck. Only place the kids won't walk in on me.",
            "Therapist: Truck works. Last time you said the grocery store has gotten to where you just don't go "
            "anymore. Dana does all of it now?",
            "Client: Yeah. I went in the Kroger on Saturday for charcoal and I was out in under two minutes. Too "
            "many people behind me, somebody dropped a cart, and I'm scanning the exits like I'm back in "
            "Kandahar. Left the charcoal on a shelf.",
            "Therapist: That's a lot to carry back out to the parking lot. Can I tell you a bit about what I "
            "think is going on in your body when that happens?",
            "Client: Go ahead.",
            "Therapist: Over there your nervous system learned that crowds and sudden noises could mean danger, "
            "and it got very, very good at spotting them. That alarm kept you alive. The trouble is it doesn't "
            "know you're home. So a dropped cart sets off the same surge - heart pounding, tunnel vision, the "
            "urge to get out. And every time you leave, your brain files it as 'good thing we got out of there', "
            "so the alarm gets a little louder next time. Getting out calms you for the moment, but it keeps the "
            "fear going.",
            "Client: So leaving makes it worse.",
            "Therapist: Over time, yeah. Not because you're doing anything wrong - that's just how the alarm "
            "learns. The way it unlearns is by staying in the situation long enough, in doses you can handle, for "
            "your body to find out the alarm settles down by itself.",
            "Client: I'm not gonna stand in the Kroger on a Saturday until I stop sweating. No way.",
            "Therapist: No, and I wouldn't ask you to start there. Let's build a ladder. Bottom rung is something "
            "that'd be maybe a three out of ten, top rung is Saturday afternoon with the whole family. What would "
            "be easy-ish?",
            "Client: Sitting in the lot at like six in the morning, I guess. Hardly anybody there.",
            "Therapist: Good, that's a rung. What's next up from there?",
            "Client: Walking in at six and buying one thing, self-checkout. Then a weekday evening with a short "
            "list. Then a weekend morning. Saturday afternoon with the kids is like a ten.",
            "Therapist: So we've got five rungs. The idea is you stay on a rung and you don't leave just because "
            "the alarm goes up. You leave after it's come down some, even a couple points. When a rung starts "
            "feeling boring, you move up one.",
            "Client: And when my heart's going a hundred miles an hour in aisle six?",
            "Therapist: That's where the next piece comes in. Let's practise right now, while you're in the "
            "truck. In through your nose for a count of four, a little pause, then out slow through your mouth "
            "for six, like you're fogging up the windshield. Longer out than in. I'll count with you. In, two, "
            "three, four... and out, two, three, four, five, six.",
            "Client: Okay. Again?",
            "Therapist: Again. Four more rounds, I'll keep counting... How's that?",
            "Client: Shoulders came down a little. Weird.",
            "Therapist: That long breath out works kind of like a brake on your heart rate. It won't shut the "
            "alarm off, but it takes the edge off enough that you can stay put on the rung.",
            "Client: Dana says I should get that sleep app the VA keeps pushing. She figures if I slept I "
            "wouldn't be like this.",
            "Therapist: Sleep matters, and we'll get to it. One thing I would say is I'd stay away from those "
            "combat documentaries late at night for now. How many nights this week did you wake up from a "
            "nightmare?",
            "Client: Four, maybe five.",
            "Therapist: Four or five. I'll note that and we'll keep an eye on the number. Now, between today and "
            "our call next Tuesday, would you be willing to do the first rung - sitting in the lot at six - three "
            "times? Jot your number down when you pull in and again when you pull out.",
            "Client: Three times. Yeah, I can do that before my shift.",
            "Therapist: Great. Then on Tuesday we'll go over how those went and decide if you're ready for rung two.",
        ),
        techniques=frozenset({"breathing_exercise", "exposure", "homework", "psychoeducation"}),
    ),
    # Australian eating-disorder dietitian-counsellor with a nurse who fasts until three: a two-column whiteboard of
    # what the rule gives and costs, weighing the evidence that everyone in the tearoom watches her eat, a three-lunch
    # experiment testing her binge prediction, agreed for before next Friday. Not labelled: the meal plan itself,
    # advising against daily weighing, and the calorie app her sister installed (client mention, not taken up).
    "dietitian_counsellor_lunch_experiment": LabelledSession(
        text=_session(
            "Therapist: G'day Jess, come in, grab whichever chair. How's the week been with food?",
            "Client: Same as always. Nothing till after my shift, then I get home and it all goes out the window. "
            "Three nights this week.",
            "Therapist: Three binges. And the rule about nothing before three o'clock, that's still running the show?",
            "Client: Pretty much. If I eat at work I feel like I've already lost.",
            "Therapist: I'm curious about that rule, because it's obviously doing something for you. Can we grab "
            "the whiteboard and do two columns - what the rule gives you, and what it costs you?",
            "Client: Sure. It makes me feel in control. Like I'm the one person on the ward who's got it "
            "together. And I don't have to eat in front of anyone.",
            "Therapist: Control, looking like you've got it together, not eating in front of people. Anything "
            "else on that side?",
            "Client: Saves money, I suppose. Ha.",
            "Therapist: Fair enough, that goes up too. Now the other column. What does it cost you?",
            "Client: Headaches by eleven. I snapped at a patient's daughter on Tuesday. I'm foggy doing the drug "
            "round. And then the nights. I hate the nights.",
            "Therapist: So there it is on the board. Looking at the two sides, what do you make of it?",
            "Client: That the rule's kind of a rip-off. It promises control and then I'm face-down in a packet of "
            "Tim Tams at nine.",
            "Therapist: You said before, eating in front of people. What goes through your head in the tearoom?",
            "Client: That everyone's watching what I've got. That they're thinking, look at her, no wonder.",
            "Therapist: Let's look at that one closely. What have you actually seen that tells you they're watching?",
            "Client: Um. Kylie said 'ooh, healthy' about my salad once. Months ago.",
            "Therapist: One comment, months ago. And what have you seen that doesn't fit with everyone watching?",
            "Client: Honestly most of them are on their phones. Or whinging about the roster. Nobody even looked "
            "up when Dev ate a whole meat pie on Monday.",
            "Therapist: So one comment months back, against the phones, the roster and the meat pie. How sure are "
            "you now that they're all watching?",
            "Client: Less. Maybe they're not looking at me at all.",
            "Therapist: Here's what I'm wondering. Your prediction is that if you eat lunch at work you'll binge "
            "that night, because you've already lost. That's something we could actually put to the test.",
            "Client: How?",
            "Therapist: Pick three shifts. On those days you have the lunch we wrote out - the wrap and the "
            "yoghurt - around one. Then that night you just tick on this sheet whether a binge happened. Same on "
            "your other days, and then we compare them.",
            "Client: What if it goes bad?",
            "Therapist: Then we learn something, and that's useful too. It's an experiment, there's no failing "
            "it. Can we agree you'll do the three lunches before I see you next Friday, and bring the sheet in?",
            "Client: Yeah. Okay. Wednesday, Thursday and Saturday shifts.",
            "Therapist: Good on you. One more thing - for now I'd rather you didn't jump on the scales every morning.",
            "Client: My sister put one of those apps on my phone that counts everything, too.",
            "Therapist: Let's leave the app for today. See you Friday with the sheet.",
        ),
        techniques=frozenset({"behavioral_experiment", "evidence_examination", "homework", "pros_and_cons"}),
    ),
    # Perinatal counsellor in Birmingham with a flat new father: explains and normalises paternal postnatal depression,
    # puts a Saturday pram walk and a Sunday run into his phone, encourages ringing his brother and posting in the
    # antenatal dads' group, and has him speak to himself as he would to his brother. Not labelled: the health visitor's
    # leaflet (client mention), the waiting-room questionnaire score (measuring only), advice against googling at 3am,
    # and the walk and run offered explicitly as no homework.
    "perinatal_new_father_flat": LabelledSession(
        text=_session(
            "Therapist: Hiya Tom, thanks for coming in. Getting out of the house with a seven-week-old isn't nothing.",
            "Client: Sarah's got her, and Mum's round. Honestly it's a relief to be out, which makes me feel worse.",
            "Therapist: Worse how?",
            "Client: Like, what kind of dad's relieved to get away from his own baby? I don't feel what I'm "
            "supposed to. Sarah lights up when Isla looks at her. I just feel flat. Tired and flat.",
            "Therapist: Flat and tired, and then guilty on top of it.",
            "Client: The health visitor gave Sarah a leaflet about the baby blues and I read it in the loo. It's "
            "all about mums.",
            "Therapist: Most of it is, and that's a gap. Can I tell you something that surprises a lot of dads? "
            "Fathers get postnatal depression too - roughly one in ten in the first year - and it often creeps in "
            "a bit later than for mums, round two or three months. Broken sleep, your whole sense of who you are "
            "shifting, worrying about your partner and money, and losing the stuff that used to keep you going. "
            "It doesn't mean you don't love her. Flat is a symptom, not a verdict on you as a dad.",
            "Client: One in ten. I thought it was just me being rubbish.",
            "Therapist: You're far from the only one. The questionnaire you did in the waiting room came out at "
            "fourteen, by the way; we'll do it again in a few weeks and compare. You said you've lost the stuff "
            "that kept you going. What was that, before Isla?",
            "Client: Five-a-side on Wednesdays. Running on the canal Sunday mornings. The pub quiz with the lads "
            "from work. All of it's just stopped.",
            "Therapist: When mood drops we stop doing the things that lift us, and then there's even less to lift "
            "us. One way back in is to put a few of them back into the week on purpose, small, before you feel "
            "like it. If we got your calendar out, where could something fit?",
            "Client: Not five-a-side. I can't leave Sarah on her own on a Wednesday night.",
            "Therapist: Okay. What's smaller?",
            "Client: I could take Isla out in the pram Saturday morning. Round Cannon Hill Park. Sarah gets a lie-in.",
            "Therapist: Saturday, nine o'clock, pram round the park. Pop it in your phone now. And one thing "
            "that's just for you?",
            "Client: Maybe a short run Sunday evening while Mum's round.",
            "Therapist: Sunday, six o'clock, twenty minutes along the canal. In it goes as well.",
            "Client: Done. Both of them.",
            "Therapist: Who else knows how you're feeling?",
            "Client: Nobody. Sarah's got enough on.",
            "Therapist: Is there anyone you could let in on it? Someone who'd get it?",
            "Client: There's a WhatsApp group from the antenatal class, the dads. Mostly memes. And my brother "
            "Ash, he's got two kids.",
            "Therapist: What would it be like to ring Ash and tell him some of what you've told me? Even just "
            "'I'm finding it hard, mate'. And maybe drop a message in the dads' group - you might find a few of "
            "them are awake and flat at 3am as well.",
            "Client: Ash'd be good about it, actually. He had a rough patch with his first.",
            "Therapist: You called yourself rubbish earlier. If Ash rang you and said he felt flat and was glad "
            "to get out of the house, what would you say to him?",
            "Client: I'd say mate, you're knackered, you're doing your best, go easy on yourself.",
            "Therapist: Could you say some of that to yourself at 3am when she won't settle? Same voice you'd use "
            "with Ash, not the one you've been using on yourself.",
            "Client: 'You're knackered, you're doing your best.' Feels weird saying it about me.",
            "Therapist: It will for a while. And I'd not go googling symptoms at 3am either. There's no homework "
            "from me, by the way - the walk and the run are yours, not something I'll be ticking off. Same time "
            "in a fortnight?",
        ),
        techniques=frozenset({"behavioral_activation", "psychoeducation", "self_compassion", "social_support"}),
    ),
    # Prison in-reach worker on a Scottish hall with a man whose cellmate plays music all night: a worked problem (one-
    # sentence definition, five options, weighing them, a chosen plan), a short calm script for saying what he needs, a
    # rehearsal with the worker playing the cellmate, and recalling four clean months, his SVQ and the servery. Not
    # labelled: advising against sorting it with his fists, the old anger course (client mention), and asking about
    # drugs on the hall.
    "prison_inreach_cellmate_music": LabelledSession(
        text=_session(
            "Therapist: Right, Darren, the officer says we've got forty minutes before movement. How are things "
            "on the hall? Much gear going about?",
            "Client: No more than usual. It's no that. I've no slept proper in a fortnight. The boy I'm padded up "
            "wi' has his music going till three in the morning. I'm going to end up battering him.",
            "Therapist: I'd not be sorting it with your fists, that's all I'll say on that. Let's take it apart "
            "properly instead. If you had to put the problem in one sentence?",
            "Client: He plays music all night, I cannae sleep, and I've work party at seven.",
            "Therapist: That's clear. Now get every option out, daft ones included, before we judge any of them.",
            "Client: Batter him. Ask him to turn it down. Put in for a cell move. Earplugs off healthcare. "
            "Complain to the SO.",
            "Therapist: Five. Let's go through them. Battering him?",
            "Client: Aye, I know. Lose my enhanced, lose my date. No chance.",
            "Therapist: Asking him yourself?",
            "Client: Might work. He's no a bad lad, just young. But if I go in wrong it'll kick off.",
            "Therapist: Cell move? Earplugs? The SO?",
            "Client: Move takes weeks and the next boy could be worse. Earplugs I can get tomorrow but they'll no "
            "block all of it. The SO'll just tell me to sort it masel.",
            "Therapist: So which one, or which mix, would you go for?",
            "Client: Earplugs tomorrow and talk to him tonight. If that doesnae work, put a cell move app in on "
            "Friday.",
            "Therapist: That's a plan. Now the talking bit. You said if you go in wrong it'll kick off. What does "
            "going in right look like?",
            "Client: No shouting, I suppose.",
            "Therapist: Say what you need, plain, once, without a dig at him and without backing down. Something "
            "like 'Kyle, I've work at seven, I need the music off by midnight. After that it's headphones.' "
            "Short. Calm. Your need and your ask, nothing else.",
            "Client: 'I need it off by midnight.' Aye. And no 'ya selfish wee...'",
            "Therapist: Leave that bit out, aye. Want to try it? I'll be Kyle. I'll give you a bit of lip, mind.",
            "Client: Go on then.",
            "Therapist: (as Kyle) What, man? It's my pad an' all. I'm no turning it off.",
            "Client: Kyle, I've work at seven. I need it off by midnight. Headphones after that, I'm no bothered "
            "what you listen to.",
            "Therapist: (as Kyle) You're no my da.",
            "Client: I'm no trying to be. I'm asking you straight. Midnight.",
            "Therapist: Out of it now. How did that feel?",
            "Client: Weird. But I didnae lose the head.",
            "Therapist: You didn't. And it's no the first time you've held it together. Four months, no nickings. "
            "You finished your SVQ in the kitchens. The servery boys come to you when there's bother. Two year "
            "ago you'd have told me you couldnae do any of that.",
            "Client: Two year ago I'd have already battered him. I did an anger course in Polmont, they telt us "
            "to count to ten. Never worked.",
            "Therapist: Well, something's working now. That's movement being called. Good luck with Kyle.",
        ),
        techniques=frozenset({"assertiveness_training", "problem_solving", "role_play", "strengths_review"}),
    ),
    # Addiction counsellor in Texas with a man ninety days sober before his sister's open-bar wedding: costs and
    # benefits of having a couple versus staying sober, brainstorming and choosing ways through the night, lining up his
    # sponsor and a sober plus-one, and riding out a craving by noticing it in the body. Not labelled: the zero-to-ten
    # craving rating (measuring only), advice against keeping beer in the garage fridge, and the naltrexone his doctor
    # started (client mention); the wedding plan is not homework.
    "addiction_relapse_prevention_wedding": LabelledSession(
        text=_session(
            "Therapist: Ninety days, Ray. I saw the chip on your key ring.",
            "Client: Yeah. Got it Thursday. Feels good. Feels kinda fragile too.",
            "Therapist: Fragile how?",
            "Client: My sister's getting married in three weeks. Open bar. My whole family drinks. Uncle Ed's "
            "gonna be handing me a Shiner before I've got my tie straight.",
            "Therapist: Then that's what we spend today on. First, zero to ten, how strong have the cravings been "
            "this week?",
            "Client: Like a four. Spiked to a seven Friday after work.",
            "Therapist: Four, with a seven Friday. Got it. Now, I'm guessing part of you has been thinking about "
            "maybe just having a couple at the wedding. Am I close?",
            "Client: ...Maybe. It's a wedding, man.",
            "Therapist: So let's be honest about it on paper. Left side, what you'd get out of having a couple. "
            "Right side, what it'd cost. Then the same for staying dry that day.",
            "Client: What I'd get. I fit in. Nobody asks why I'm drinking Sprite. Takes the edge off the dancing. "
            "Ed leaves me alone.",
            "Therapist: Got those. What would it cost?",
            "Client: The ninety days. Last New Year's 'a couple' turned into a three-day thing and I missed "
            "Kayla's recital. My sister'd be watching me all night. I'd wake up hating myself.",
            "Therapist: And staying sober at the wedding - what's the downside, what's the upside?",
            "Client: Downside, it's awkward and it's a long night. Upside, I actually remember my sister's "
            "wedding. I drive myself home. Kayla sees me sober at a party for once.",
            "Therapist: Put it all together. What jumps out at you?",
            "Client: The fitting-in stuff is like two hours of feeling okay. The other stuff lasts months.",
            "Therapist: So if staying sober is what you want, let's figure out how. Throw out every idea you can "
            "think of to make that night easier. Don't filter.",
            "Client: Drive my own truck so I can bail. Skip the reception - no, I want to be there. Keep a club "
            "soda with lime in my hand all night so nobody gives me anything. Tell Ed ahead of time. Leave after "
            "the cake.",
            "Therapist: Good list. Which ones are you going with?",
            "Client: Own truck, club soda in my hand the whole time, tell Ed before, leave after the cake.",
            "Therapist: And who's in your corner that night?",
            "Client: My sponsor, Luis. He says call any time.",
            "Therapist: Would you ask Luis to be on standby that evening, maybe agree you'll text him at eight "
            "and at ten? And is there somebody from your home group who could come as your plus-one?",
            "Client: Danny from the Tuesday meeting. Six years sober. He'd come if I asked, he likes free cake.",
            "Therapist: Having somebody at your table who gets it changes the whole night. Now, cravings are "
            "still gonna show up. Close your eyes if you're comfortable. Think back to Friday's seven. Where do "
            "you notice it in your body?",
            "Client: My jaw. And my hands, kinda restless.",
            "Therapist: Just notice the jaw and the hands. You don't have to do anything about them. Watch it "
            "like a wave - it builds, it crests, it comes down. Tell me what it's doing now.",
            "Client: Tight... now a little less. Still there, though.",
            "Therapist: You don't have to fight it and you don't have to obey it. You just ride it and watch it "
            "go by. And hey - I wouldn't keep that beer in the garage fridge 'for guests' either.",
            "Client: Yeah, yeah. Doc's got me on naltrexone now too, by the way. We'll see.",
        ),
        techniques=frozenset({"problem_solving", "pros_and_cons", "relaxation_mindfulness", "social_support"}),
    ),
    # Trauma-focused session with a fourteen-year-old after a lorry hit her mum's car: the brain's smoke alarm and why
    # brakes set it off, balloon breathing, sharing out responsibility for the crash as slices of a drawn pizza, and
    # turning 'it was my fault' into a fairer statement. Not labelled: the feelings thermometer used only to measure,
    # advising against watching the dashcam clip, and the school counsellor's stress ball (client mention).
    "trauma_teen_crash_pizza": LabelledSession(
        text=_session(
            "Therapist: Hi Maisie. Thanks for coming back. How's the week been?",
            "Client: Bad. A lorry braked really hard outside school and I just froze. Everyone was looking. I had "
            "to go to the loos and cry.",
            "Therapist: That sounds scary, and horrible with everyone there. Can I explain why that happens? It's "
            "a bit science-y.",
            "Client: Okay.",
            "Therapist: There's a part of your brain that works like a smoke alarm. Its job is spotting danger "
            "fast. On the day of the crash it went off, and it was right to. But a big shock can leave the alarm "
            "set super-sensitive, so now anything that sounds like that day - brakes, a horn, even the song that "
            "was on - sets it off, even when you're totally safe outside school. Heart races, you freeze. That's "
            "your body trying to protect you, not you being weird. And the memory comes back in flashes because "
            "it got stored in a rush.",
            "Client: So I'm not going mad.",
            "Therapist: You're not going mad. Your alarm's just doing its job too loudly. One thing that helps "
            "straight away is slowing your breathing right down. Want to try?",
            "Client: Fine.",
            "Therapist: Hand on your tummy. Breathe in slowly through your nose so your hand goes out, like "
            "blowing up a balloon in there. Then out really slowly through your mouth, like blowing bubbles you "
            "don't want to pop. In, two, three... and out, two, three, four, five.",
            "Client: Like this?",
            "Therapist: Exactly like that. Five more... How does your body feel now?",
            "Client: Slower. My hands aren't as tingly.",
            "Therapist: You can do that in the loos, in class, anywhere, and nobody can tell. On our thermometer, "
            "where's your upset now, nought to ten?",
            "Client: Like a four. It was a six when I came in.",
            "Therapist: Last week you said something I've been thinking about. You said it was your fault.",
            "Client: It was. I asked Mum to skip the song. She looked down at the phone and then the lorry hit us.",
            "Therapist: Can we try something on paper? I'll draw a big circle, like a pizza, and we share out how "
            "much of the crash was down to each thing. Who or what played a part?",
            "Client: Me, for the song. Mum, for looking down. The lorry driver. And it was raining. The police "
            "said he went through a red and he was on his phone.",
            "Therapist: Let's do the big ones first and save your slice till last. How much of the pizza for the "
            "driver who went through a red light on his phone?",
            "Client: Like... most of it. Seventy?",
            "Therapist: Seventy. The rain?",
            "Client: Ten. The road was slippy.",
            "Therapist: Mum glancing down, on a green light?",
            "Client: Ten? Maybe less.",
            "Therapist: And what's left for you?",
            "Client: Like five. Or less. Asking to skip a song isn't exactly a crime.",
            "Therapist: When you came in your slice was the whole pizza. Now it's a sliver. So next time the "
            "'it's my fault' thought turns up, what's a fairer way to say it?",
            "Client: Um. 'I asked for a song like anyone does. The driver ran the red light.'",
            "Therapist: That's a much fairer sentence. Have you watched the dashcam clip that's going round, by "
            "the way? I'd give it a miss for now.",
            "Client: No. Jayden said it's on TikTok. The school counsellor gave me a squishy stress ball thing, I "
            "keep it in my blazer.",
        ),
        techniques=frozenset(
            {"breathing_exercise", "cognitive_restructuring", "continuum_or_pie_chart", "psychoeducation"}
        ),
    ),
    # Listening-only session: a university chaplain hears a Brazilian student who watched her grandmother's funeral on
    # her phone before an exam, reflecting and staying with her, and suggests nothing. Not labelled: the mother's advice
    # to pray and the counselling service's grief leaflet with breathing exercises (client mentions), and the open door
    # offered at the end. No label.
    "chaplain_grandmother_funeral_on_phone": LabelledSession(
        text=_session(
            "Therapist: Come in, come in. Mind the pile of hymn books. Sit wherever you like. I'm Ruth, one of "
            "the chaplains.",
            "Client: Thanks. I don't really know why I came. I'm not even religious, really. My Vovo was.",
            "Therapist: You don't need a reason to be here, or to be religious. Your Vovo?",
            "Client: My grandmother. She died on Sunday, in Curitiba. The funeral was yesterday and I watched it "
            "on my phone in the library because I had an exam at two.",
            "Therapist: Oh, Ana. You watched your grandmother's funeral on your phone in the library.",
            "Client: With one earphone. The signal kept going. My cousin was holding the phone and I could see "
            "the ceiling of the church most of the time.",
            "Therapist: The ceiling of the church.",
            "Client: It's stupid, but I knew that ceiling. I went to that church every Christmas with her. So at "
            "least I saw that.",
            "Therapist: You knew that ceiling.",
            "Client: And then I went and did the exam. Statistics. I don't even know what I wrote.",
            "Therapist: Straight from the funeral into an exam hall.",
            "Client: My mum said I had to. She said Vovo would have wanted it. She told me to pray, too. She "
            "prays for me every night. I don't know how.",
            "Therapist: Mm.",
            "Client: I feel like I wasn't there. Like I chose the exam over her.",
            "Therapist: Part of you feels you chose the exam over her.",
            "Client: She used to make me arroz doce, sweet rice, and put the cinnamon on top in a cross. I "
            "thought it was just decoration until I was about twelve.",
            "Therapist: A cross of cinnamon.",
            "Client: Yeah. And now I'm crying in a chapel. That's very Catholic of me. She'd love that.",
            "Therapist: She'd love that.",
            "Client: My flatmate says the counselling service has a leaflet about grief, with breathing exercises "
            "in it. I haven't read it. I don't really want breathing exercises. I just wanted to say it to "
            "someone who isn't on a screen.",
            "Therapist: I'm not on a screen, and I'm not going anywhere for a while. Say whatever you want to "
            "about her.",
            "Client: She was tiny. Four foot ten. She called me minha princesa even when I was taller than her at "
            "eleven.",
            "Therapist: Minha princesa.",
            "Client: I think that's enough for today. Thank you. Can I come back?",
            "Therapist: Of course. The door's open most mornings. Take some tissues for the walk home.",
        ),
        techniques=frozenset(),
    ),
    # ACT session in a Brisbane pain clinic with a retired carpenter: what he would steer towards if pain sat in the
    # back seat, a present-moment exercise making room for the pain, ten minutes in the shed on set mornings, a
    # billycart by his grandson's birthday broken into weekly steps, and the shed time agreed and reviewed before the
    # next session. Not labelled: the zero-to-ten pain rating (measuring only), the physio's exercises (client mention),
    # and advice against dropping his medication alone.
    "act_chronic_back_pain_billycart": LabelledSession(
        text=_session(
            "Therapist: Morning Gary. How's the back been this week? Nought to ten, on average?",
            "Client: Seven. Eight on Wednesday after I tried to mow. Paid for it for two days.",
            "Therapist: Seven on average, eight on Wednesday. I've got that down. Can I ask you something a bit "
            "different today?",
            "Client: Go for it.",
            "Therapist: If the pain wasn't the one with its hands on the steering wheel - say it was in the back "
            "seat, still there, still loud - where would you want to be driving? What would you want your days to "
            "be about?",
            "Client: Mate. Dunno. Being a proper grandad, I suppose. Hunter's five. And I used to build things - "
            "cubby houses, furniture. The shed's been locked for eighteen months.",
            "Therapist: A proper grandad, and making things with your hands. What does 'proper grandad' mean to you?",
            "Client: Being there. Showing him stuff. My pop taught me to use a hand plane when I was seven. I "
            "want to be that for Hunter, not the bloke on the couch.",
            "Therapist: Showing him things, passing it on. That's a pretty clear direction to steer by.",
            "Client: Pity the back doesn't agree.",
            "Therapist: Let's try something for a couple of minutes. Get as comfortable as you can and let your "
            "eyes close or rest on the floor. Notice the pain in your back. Where exactly is it? Where are its "
            "edges? Hot, cold, tight, sharp? See if you can be curious about it, like you've never met it before.",
            "Client: Left side, low down. Tight. Like a fist. Sort of pulses.",
            "Therapist: Notice the fist and the pulse. Now widen out a bit - your feet on the floor, the chair "
            "under you, the air con humming, the traffic out on Ipswich Road. The pain's there, and so is all "
            "this other stuff.",
            "Client: Yeah. It's still there. But there's more room, sort of.",
            "Therapist: That's it - making room for it instead of the fight taking up the whole house. Open your "
            "eyes when you're ready. Now, the shed. What's the smallest step towards it?",
            "Client: Unlock it, I reckon. Clean off the bench.",
            "Therapist: How about ten minutes in the shed on Tuesday and Thursday mornings after breakfast, and "
            "you stop at ten even if you feel good. No mowing-style marathons. Put them on the calendar on the "
            "fridge.",
            "Client: Ten minutes. Feels like nothing.",
            "Therapist: That's the point. Ten minutes you can do on a seven day. And a bigger aim, down the track?",
            "Client: Hunter's birthday's in six weeks. I've always wanted to build him a billycart.",
            "Therapist: So the goal is a finished billycart for Hunter's birthday on the twentieth. Let's break "
            "it up. Weeks one and two, clear the shed and sort the timber. Week three, cut the base. Week four, "
            "wheels and axle. Week five, steering rope and paint. Week six is spare, in case of a bad patch. "
            "Doable?",
            "Client: With the spare week, yeah. I like the spare week.",
            "Therapist: So before I see you on the fourteenth: ten minutes in the shed Tuesday and Thursday, tick "
            "it on the fridge calendar, and we'll go through it together, bad days included.",
            "Client: Deal. I'm doing the physio's exercises most days too.",
            "Therapist: Good. And don't drop the Lyrica on your own, even on a good week - talk to Dr Nguyen first.",
            "Client: Yeah, she said that too.",
        ),
        techniques=frozenset(
            {"behavioral_activation", "goal_setting", "homework", "relaxation_mindfulness", "values_clarification"}
        ),
    ),
    # Text-based crisis line with a nineteen-year-old with suicidal thoughts (lowercase, typos): a five-four-three
    # grounding exercise, moving her mum's pills to the car, texting her cousin to come over, naming warning signs and
    # saving 988 with a plan she can find later. Not labelled: her therapist's coping skills sheet and a deleted
    # meditation app (client mentions).
    "crisis_text_line_pills_cousin": LabelledSession(
        text=_session(
            "Therapist: Hi, this is Sam. I'm a trained crisis counselor and I'm here with you. What's going on "
            "tonight?",
            "Client: idk. everything. i just want it to stop",
            "Therapist: I'm really glad you texted. When you say you want it to stop, are you having thoughts of "
            "killing yourself?",
            "Client: yeah. kinda. more than kinda",
            "Therapist: Thank you for telling me straight. Have you thought about how you would do it?",
            "Client: my moms sleeping pills r in the bathroom. i counted them earlier",
            "Therapist: Okay. Where are you right now, and is anyone with you?",
            "Client: in my room. moms on night shift. im 19 btw not a kid. i had a meditation app once but i "
            "deleted it lol",
            "Therapist: Got it, 19. Right now everything probably feels huge and fast. Can we slow it down "
            "together for a minute? Look around your room and text me 5 things you can see.",
            "Client: lamp. my cat (biscuit). laundry pile lol. posters. my phone obvs",
            "Therapist: Biscuit! Ok, now 4 things you can feel. Like the blanket, your feet on the floor.",
            "Client: the blanket. biscuit is warm. my hoodie. the carpet its kinda scratchy",
            "Therapist: 3 things you can hear?",
            "Client: fridge humming. cars. biscuit purring lmao",
            "Therapist: How are you feeling compared to when you first texted?",
            "Client: a little less like exploding. still bad tho",
            "Therapist: A little less counts. I want to work out with you how to get through tonight safely. "
            "First, the pills. Would you be willing to put them somewhere you can't easily get to them?",
            "Client: theres a lockbox in moms car for her work stuff. i could put them in there and the keys on "
            "the hook, its a pain to get to",
            "Therapist: That's a really good idea. Can you do it now while we're texting? I'll be right here.",
            "Client: ok. .... done. theyre in teh car. keys on the hook by the door",
            "Therapist: Thank you. Next - who's someone who could be with you or talk with you tonight?",
            "Client: my cousin mari. shes like 10 min away. she gets it, she had a bad yr too",
            "Therapist: Would you text Mari now and ask her to come over?",
            "Client: ok texting her.... shes coming. shes bringing taquitos lol",
            "Therapist: Mari sounds great. Before she gets there - what usually tells you things are getting bad "
            "again? Early warning signs?",
            "Client: when i stop answering ppl and just lie there scrolling. and when i start counting stuff like "
            "the pills",
            "Therapist: Those are really useful to know. If you notice them, that's your cue to reach out - Mari, "
            "or text us again, or call or text 988 any time. If you ever feel you're about to act, call 911 or go "
            "to the ER. Can you save 988 in your phone now, and screenshot this: pills in the car, Mari, warning "
            "signs, 988?",
            "Client: saved and screenshotted. my therapist gave me a coping skills sheet once but idk where it went",
            "Therapist: Then tonight's screenshot is the one you can find. Is Mari there yet?",
            "Client: shes here. ok im gonna go. thank u sam",
        ),
        techniques=frozenset({"relaxation_mindfulness", "safety_planning", "social_support"}),
    ),
    # Workplace EAP session in Bengaluru with a QA engineer mocked by her team lead: weighing the evidence for 'I am
    # useless', building a short calm statement of what she wants, rehearsing it with the counsellor playing the team
    # lead, and practising the lines aloud before next Thursday's session. Not labelled: advising against a midnight
    # resignation mail, and the friend's suggestion of the POSH committee or HR grievance cell (client mention).
    "eap_bengaluru_team_lead_remarks": LabelledSession(
        text=_session(
            "Therapist: Good evening, Divya. This is your second session through the EAP, na? Tell me, how was "
            "the week?",
            "Client: Same only, ma'am. Monday stand-up I asked one clarification on the release and Rakesh said, "
            "as usual Divya has a doubt, and everybody laughed. Thursday he did it again on the client call. I am "
            "feeling like I am useless only.",
            "Therapist: In front of the client also. That must have stung badly. You said 'I am useless'. How "
            "much are you believing that right now, out of hundred?",
            "Client: Ninety.",
            "Therapist: Ninety. Let us check it a little. What tells you that you are useless?",
            "Client: I missed two deadlines last quarter. And I ask so many doubts.",
            "Therapist: Two deadlines. Why were they missed?",
            "Client: One because the dev team gave the build four days late. The other, I was on leave for my "
            "father's surgery.",
            "Therapist: Now the other side. What is there that does not fit with 'useless'?",
            "Client: Last appraisal was exceeds expectations. The US client wrote that my test reports are the "
            "clearest. Freshers come to me to understand the framework.",
            "Therapist: And Monday's doubt - what came of it?",
            "Client: Actually the release notes were wrong. My doubt saved a bad deployment.",
            "Therapist: So put it side by side - exceeds expectations, client praise, the freshers, a doubt that "
            "saved a deployment, against two deadlines that had reasons. How much do you believe 'I am useless' "
            "now?",
            "Client: Maybe forty. It is more that he makes me feel useless.",
            "Therapist: That is an important difference. If you could say something to Rakesh, and say it well, "
            "what would you want him to hear?",
            "Client: That it is not okay. But I get tongue-tied. Either I keep quiet or I want to cry.",
            "Therapist: Then let us build a few lines you can keep ready. Short, calm, what happened and what you "
            "want. Something like: Rakesh, in stand-up you said as usual Divya has a doubt. It makes it harder "
            "for me to raise issues. I would like my questions taken without comments. Now put it in your own "
            "words.",
            "Client: Rakesh, that comment in stand-up makes it hard for me to raise issues in front of the team. "
            "Please take my questions without such remarks.",
            "Therapist: Very clear. No sorry, no attack. Shall we practise? I will be Rakesh, and I will not make "
            "it easy.",
            "Client: Okay, ma'am.",
            "Therapist: (as Rakesh) Arre Divya, it was a joke, yaar. You are too sensitive.",
            "Client: It may be a joke for you. For me it makes it hard to raise issues in front of the team. "
            "Please take my questions without remarks.",
            "Therapist: (as Rakesh) Everyone laughed, no? Nobody else is complaining.",
            "Client: I am not talking about everyone. I am telling you how it affects me. That is all I am asking.",
            "Therapist: Coming out of role now. How was that?",
            "Client: My heart was beating fast. But I said it twice and I did not say sorry even once.",
            "Therapist: Between now and our session next Thursday, will you practise those lines aloud twice a "
            "day - mirror, cab, wherever - and then we will see together how it went?",
            "Client: Yes, I can do that. My mother will think I am mad, talking to the mirror.",
            "Therapist: Tell her it is for work. One more thing: please do not send any resignation mail at "
            "midnight when you are upset.",
            "Client: No, no. My friend is saying go to the POSH committee or the HR grievance cell. I have not "
            "decided.",
        ),
        techniques=frozenset({"assertiveness_training", "evidence_examination", "homework", "role_play"}),
    ),
    # Home visit in Yorkshire with a woman whose house is filled with papers: a concrete target (a path front to back
    # and a clear kitchen table by the end of March), working up her easiest-to-hardest list by sorting the hall
    # newspapers and staying with the discomfort, worst/best/most likely if an article is lost, and testing her
    # prediction of an all-day eight out of ten. Not labelled: the environmental health letter (client mention), advice
    # against a clearance firm, her daughter's suggestion, and 'no homework, your own pace'.
    "hoarding_home_visit_newspapers": LabelledSession(
        text=_session(
            "Therapist: Morning, Pauline. I've brought the bin bags like we said. Shall we stand in the hall a "
            "minute first?",
            "Client: Mind the magazines by the radiator, love, they slide.",
            "Therapist: I'll mind them. Last time you talked about what you'd like the house to be like. Can we "
            "pin that down into something we could actually tick off?",
            "Client: I'd like our Karen's kids round. And to get to the back door without going sideways.",
            "Therapist: So what would a clear, reachable target be, say by the end of March?",
            "Client: A path from the front door to the back door. And the kitchen table cleared so four of us "
            "could sit at it.",
            "Therapist: A path front to back and the table clear for four, by the end of March. Let's write that "
            "on a card and stick it on the kitchen door.",
            "Client: Go on, then.",
            "Therapist: Remind me of the list we made last week, easiest to hardest to let go of.",
            "Client: Newspapers at the bottom, they're only a two or three. Then takeaway menus and free "
            "magazines. Then clothes I've not worn. Radio Times collection's a seven. Mum's sewing things are a "
            "ten and I'm not touching them.",
            "Therapist: And we won't go near Mum's sewing things today. We start at the bottom with the hall "
            "newspapers and only move up when the lower ones get easy. You sort, you decide, you put them in the "
            "bag. I don't touch anything without asking.",
            "Client: What if I need one of them? There might be something I meant to cut out.",
            "Therapist: Let's look at that. What's the very worst that could happen if this stack goes for recycling?",
            "Client: There's an article I meant to keep, a recipe or something about the council, and it's gone "
            "for ever.",
            "Therapist: And if that happened, what would you do?",
            "Client: I suppose I'd look it up on the computer at the library. Or ask Jean next door, she gets the "
            "same paper.",
            "Therapist: And the best that could happen?",
            "Client: I get my hallway back.",
            "Therapist: And the most likely?",
            "Client: I'd never think about any of them again. I haven't opened that pile since 2019.",
            "Therapist: Before you start, make me a prediction. Once this stack is bagged and out, how upset will "
            "you be out of ten, and for how long? And how upset are you now?",
            "Client: Eight, and all day, I'll be lying awake with it. Right now I'm a four.",
            "Therapist: I'll write down eight, all day, so we can see what really happens. Off you go, at your "
            "pace, and stay with it even when it gets uncomfortable. I'm right here.",
            "Client: This one's from the Jubilee... no, it's just telly listings. In. In. This one's got the "
            "crossword done. In. Oh, it's gone up. Six. My chest is tight.",
            "Therapist: Stay with it. Keep going. ... Two bags done. Let's sit with them by the door and have a "
            "cup of tea for twenty minutes before we check. ... Right, twenty minutes. How upset now?",
            "Client: Three. Honestly. I thought it'd be worse.",
            "Therapist: You predicted eight, all day. It peaked at six and it's down to three in twenty minutes. "
            "What do you make of that?",
            "Client: That I'm rubbish at guessing. Maybe the worry's worse than the doing. Another letter came "
            "from environmental health, by the way. Our Karen said get one of them clearance firms in.",
            "Therapist: I'd not ring a clearance firm to blitz the lot in a day because of a letter. We'll talk "
            "about the letter next time. No homework from me - you go at your own pace in between, and I'll see "
            "you in a fortnight.",
        ),
        techniques=frozenset({"behavioral_experiment", "decatastrophizing", "exposure", "goal_setting"}),
    ),
    # Dublin counsellor with a woman whose younger brother died of an overdose: interpreting her pattern of minding
    # everyone as a way of not feeling, here-and-now attention to her shaking hands, speaking to herself as she would to
    # a friend and letting someone else do the dinners, and an unsent letter to her brother (explicitly not homework).
    # Not labelled: her mam's parish bereavement group (client mention), advice against reading the coroner's report at
    # two in the morning, and asking about her drinking.
    "bereaved_sibling_overdose_anger": LabelledSession(
        text=_session(
            "Therapist: Aoife, come in. How have the last couple of weeks been?",
            "Client: Grand. Well, not grand. Mam's bad. She's not eating. I've been over every evening doing the "
            "dinners, and Dad's just out in the shed. I've been on to the parish about the month's mind and the "
            "six-month mass. I'm wrecked.",
            "Therapist: How are you, though? Not your mam. You.",
            "Client: Ah, I'm fine. I just have to keep going. Mam's started a bereavement group in the parish "
            "hall on Thursdays, so that's something.",
            "Therapist: Can I point something out? I asked about you, and within a sentence we were back with "
            "your mam. It happens a lot in here. Every time we get near you, we end up with someone else.",
            "Client: Yeah. Well. Someone has to.",
            "Therapist: Someone has to. I wonder how long that's been your job. You told me once you were the one "
            "getting Conor up for school when you were nine and your mam was in hospital.",
            "Client: I was always minding him. Even when he was using. I'd drive to Ballymun at two in the "
            "morning. I'd hide money so he couldn't get at it.",
            "Therapist: So minding him was how you loved him, and how you kept things from falling apart. And I'm "
            "wondering if minding everyone now - Mam, Dad, the mass - is also a way of not having to feel what's "
            "underneath. If you stopped minding for a minute, what would be there?",
            "Client: I'm so angry with him. I'm so angry. He promised me. He promised me at Christmas.",
            "Therapist: That's what's there. What's happening in you right now, saying it out loud to me?",
            "Client: My hands are shaking. And I feel like a horrible person. You can't be angry at someone who's "
            "dead. At your little brother.",
            "Therapist: You noticed your hands, and straight after, the judge came in: horrible person. If your "
            "friend Niamh had lost her brother this way and told you she was furious with him, what would you say "
            "to her?",
            "Client: I'd say of course you are. He broke your heart. It doesn't mean you didn't love him.",
            "Therapist: Could you say that to yourself? Out loud, even.",
            "Client: Of course I'm angry. He broke my heart. It doesn't mean I didn't love him.",
            "Therapist: How is it, hearing that in your own voice?",
            "Client: Strange. Softer. I never talk to myself like that.",
            "Therapist: Maybe that's worth practising - being as kind to Aoife as you are to Niamh and your mam "
            "and everyone else. Even leaving the dinners to someone else one night a week.",
            "Client: God. Maybe. Dad can boil a spud.",
            "Therapist: There's something else, and you can take it or leave it. Some people find it helps to "
            "write a letter to the person who died. Not to send. All of it - the anger, the promise at Christmas, "
            "what you miss, what you never got to say.",
            "Client: A letter to Conor.",
            "Therapist: You don't have to bring it here or show anyone. It's yours, if and when you want to.",
            "Client: I used to leave him notes in his jacket pocket. Stupid ones. Eat something. Ring Mam.",
            "Therapist: Then maybe this is one more note. Are you drinking more than usual, these weeks?",
            "Client: A glass of wine most nights. Not more than that.",
            "Therapist: Okay. And when the coroner's report comes, please don't read it at two in the morning.",
            "Client: No. I'll leave it till I'm off work. Same time in a fortnight?",
        ),
        techniques=frozenset({"insight_interpretation", "journaling", "self_compassion"}),
    ),
    # Swansea surgery counsellor with an eighty-two-year-old widower: reading the silent phone another way than 'nobody
    # wants an old man', recalling his years as tenor section leader and nursing his wife, ringing the choir secretary
    # and saying yes to his nephew's Sunday dinners, and a week card with Tuesday chapel coffee and Thursday chips in
    # Mumbles. Not labelled: the GP's loneliness questionnaire (measuring only), advice against driving in the dark, and
    # the link worker's men's shed (client mention, set aside).
    "older_adult_loneliness_choir": LabelledSession(
        text=_session(
            "Therapist: Come and sit down, Glyn. Bore da. How are you keeping?",
            "Client: Oh, surviving, bach. Surviving. The days are long, mind. Since Megan went I can go Sunday to "
            "Sunday without a word to a soul except the girl in the Co-op.",
            "Therapist: Sunday to Sunday, and only the girl in the Co-op. That's a long, quiet week.",
            "Client: Dr Evans had me fill in one of those forms last time, loneliness questions. Top marks for "
            "once, she said.",
            "Therapist: Eight out of nine, yes. We'll do it again in a couple of months and see if it's shifted. "
            "What about the choir? You sang, didn't you?",
            "Client: Thirty-one years with the Morriston. Tenor. I stopped when Megan got poorly and never went back.",
            "Therapist: What's kept you from going back?",
            "Client: Oh, they won't want an old man cluttering the place up. They've got younger voices now. "
            "Nobody's rung, have they? That tells you.",
            "Therapist: 'Nobody wants an old man cluttering the place up.' That's a heavy thought to carry. Can "
            "we turn it round and look at it from the other side? You stopped going while you were nursing Megan. "
            "If you were one of the tenors and Glyn stopped coming while his wife was dying, what would you "
            "think?",
            "Client: I'd think, leave him be, he's got enough on his plate. Don't want to bother him.",
            "Therapist: So is there another way to read the phone not ringing?",
            "Client: Maybe they think I want to be left alone. Maybe they don't know whether to ring. Dai Lewis "
            "sent a lovely card when she died.",
            "Therapist: So instead of 'nobody wants me', it might be 'they've given me room, and they don't know "
            "I'd like the door open again'. How does that sit with you?",
            "Client: Better, I suppose. It's possible. It's possible.",
            "Therapist: Tell me about those thirty-one years. What did you bring to that choir?",
            "Client: Section leader for the tenors twelve years. Organised the coach to the Albert Hall, twice. "
            "And I helped the young ones from over the bridge with their Welsh.",
            "Therapist: Section leader, the Albert Hall twice, teaching the Welsh. And then you nursed Megan at "
            "home for two years, on your own.",
            "Client: Well, you do, don't you.",
            "Therapist: Not everyone could. That took real strength, Glyn. You've carried a great deal and "
            "organised a great deal.",
            "Client: I suppose I have. I don't think of it like that.",
            "Therapist: Who could you get in touch with? Dai, perhaps?",
            "Client: Dai's still secretary. And my nephew Gareth in Neath is always on at me to come for Sunday "
            "dinner, and I always say no.",
            "Therapist: What if you said yes to Gareth this time? And rang Dai - not to rejoin, just to say hello "
            "and ask how the choir's getting on.",
            "Client: I could ring Dai. Gareth would fall off his chair if I said yes.",
            "Therapist: Let's look at the week itself, then. What could go into it, on fixed days?",
            "Client: There's a coffee morning at the chapel on a Tuesday, ten till twelve. Megan used to drag me. "
            "And Thursday I could walk down to Mumbles for chips if it's fine, and sit on the wall.",
            "Therapist: Tuesday chapel coffee at ten, Thursday chips on the wall in Mumbles, Sunday dinner at "
            "Gareth's. Let's write them on this card for by the kettle. And don't go driving to Neath in the dark "
            "- have Gareth fetch you.",
            "Client: Fair play. The link worker said about a men's shed as well, but I'm no good with tools.",
            "Therapist: We'll leave that one for now. I'll see you in three weeks, Glyn.",
        ),
        techniques=frozenset(
            {"behavioral_activation", "cognitive_restructuring", "social_support", "strengths_review"}
        ),
    ),
    # LLM-generated transcript with markdown headings and bullets, a junior architect dreading a client panel: a four-
    # column record (situation, automatic thought, emotion, balanced response), worst/best/most likely and coping, the
    # balanced response itself, and two more records agreed and to be brought next Wednesday. Not labelled: the
    # headings, the belief and emotion percentages inside the record, the manager's public-speaking course (mention left
    # to her), advice against coffee before presenting, and the closing summary.
    "llm_generated_presentation_four_columns": LabelledSession(
        text=_session(
            "# Session 3: Working With Presentation Anxiety",
            "## 1. Check-in",
            "Therapist: Welcome back, Lena! It's great to see you again. Before we dive in, how has your week "
            "been overall?",
            "Client: Honestly, stressful. I'm presenting the library scheme to the client panel on the 12th and I "
            "can't stop thinking about it.",
            "Therapist: Thank you for sharing that. It makes complete sense that this is on your mind. Shall we "
            "make the presentation our main focus today?",
            "Client: Yes, please.",
            "## 2. Capturing the Thought",
            "Therapist: Great. I'd like us to capture what's happening using a simple structure with four "
            "columns: (1) the situation, (2) the automatic thought, (3) the emotion and its intensity, and (4) a "
            "more balanced response. When did the anxiety spike most recently?",
            "Client: Yesterday, when my director forwarded the agenda and I saw my name next to 'design "
            "presentation, 40 min'.",
            "Therapist: Perfect, so column one is 'Seeing my name on the agenda.' What went through your mind in "
            "that moment?",
            "Client: 'I'm going to freeze, they'll see I don't know what I'm doing, and I'll be taken off the "
            "project.'",
            "Therapist: That's a very clear automatic thought for column two. And what emotions came up, and how "
            "strong, from 0 to 100%?",
            "Client: Dread, 85. Shame, maybe 60.",
            "Therapist: Thank you. Column three: dread 85%, shame 60%. We'll return to column four shortly.",
            "## 3. Worst Case, Best Case, Most Likely",
            "Therapist: Let's gently explore the prediction. If the worst-case scenario happened, what would it "
            "look like?",
            "Client: I freeze on the first slide, go red, the panel chair sighs, and afterwards my director takes "
            "me off the scheme.",
            "Therapist: And if that did happen, how might you cope?",
            "Client: I'd be mortified. But I'd probably still have a job. I'd ask my director what to work on. "
            "I've recovered from bad crits at uni.",
            "Therapist: So even in the worst case, you have ways to cope. Now, what would the best case look like?",
            "Client: I present smoothly, they love the reading garden, and we get sign-off on the day.",
            "Therapist: And realistically, what is the most likely outcome?",
            "Client: I'm nervous for the first few minutes, I stumble on a question or two, my director helps "
            "with the cost stuff, and they ask for changes to the entrance. Like every panel.",
            "## 4. Developing a Balanced Response",
            "Therapist: Now let's fill in column four. Considering everything we've discussed, what might be a "
            "more balanced way of seeing this?",
            "Client: 'I'll probably be nervous at the start, and that's okay. Panels always ask for changes; "
            "that's not a verdict on me. If it goes badly I can recover, like I have before.'",
            "Therapist: How much do you believe that balanced thought, 0-100%? And how strong are the dread and "
            "shame now?",
            "Client: About 65. Dread's down to 50, shame 25.",
            "## 5. Between-Session Practice",
            "Therapist: Before our next session, I'd like to suggest the following practice:",
            "- Complete the four-column record at least twice, whenever you notice anxiety about the presentation.",
            "- Bring the completed records next Wednesday so we can review them together.",
            "Does that sound manageable?",
            "Client: Yes, twice is fine.",
            "## 6. Additional Notes",
            "Therapist: You mentioned last week that your manager recommended a public-speaking course; that's "
            "entirely your call. One small tip: it may help to avoid a large coffee right before you present.",
            "Client: Fair point, I usually have two flat whites.",
            "## 7. Summary",
            "Therapist: To summarise: we captured a situation and automatic thought, explored worst, best and "
            "most likely outcomes, and developed a balanced response you believe at 65%. You've agreed to "
            "complete two records before next Wednesday. Thank you for your openness today, Lena.",
        ),
        techniques=frozenset({"cognitive_restructuring", "decatastrophizing", "homework", "thought_record"}),
    ),
}
