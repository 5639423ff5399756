"""Blind test set 23 for the technique detector: fifteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 75 lines of
labelled_sessions_blind9.py, printed with `head -n 75` (interface, docstring conventions, labelling rules, the settings
set 9 used and the start of its dict; the rest of that file was not opened); the lines of labelled_sessions_blind10.py
to labelled_sessions_blind22.py that start with four spaces and a `#`, printed with `grep -n "^    # "` (only to see
which settings those sets used, so as to avoid them; nothing else of sets 10 to 21 was opened); the first 90 lines of
labelled_sessions_blind22.py, printed with `head -n 90` (its docstring only); the LabelledSession dataclass in
labelled_sessions.py, printed with `grep -n "class LabelledSession" -A4`; each catalog technique's code, name, family
and description, printed by a python one-liner that loaded sql/technique_catalog.json and printed only those four fields
(it accepted either a list or a mapping at the top level; synonyms, cues and every other field were never printed and
the file was never opened otherwise); and the line-length and target-version keys of the [tool.ruff] table of
pyproject.toml, printed with `grep -n -A8` on the table header piped through a `grep -i` for those two keys. Two slips,
both minor. The grep output for sets 10 to 22 came back truncated in the middle (from set 14 to set 21), so the same
grep was run again on labelled_sessions_blind14.py to labelled_sessions_blind21.py alone, piped through `grep -v` to
drop their Labels and No label comment lines and through `cut -c1-150`, keeping only the setting lines. And one `sed -n
88,110p` of labelled_sessions_blind22.py, cut to five lines with `head -n 5`, showed two lines beyond the permitted
ninety: the closing sentence of that docstring, that its labels were fixed before any detector output and must not be
edited to match it. In benchmarks/techniques.py it viewed only the lines that mention blind22, printed with `grep -n`
for blind22 or BLIND22, and the lines around them with `sed -n` (the import block, lines 49 to 53, and the tuple lines
205 to 222, which also showed the closing bracket of the tuple and the first two lines of the function after it), to add
this set's import and entry beside set 22's; after editing it printed the lines naming blind22 or blind23 and the
shifted stretch (lines 49 to 54, 206 to 228 and later 218 to 223) to check the edit, and after the run it changed this
set's description from 'never tuned on' to its first-run figure, as the brief asked. Besides that it ran `date` to keep
to the time limit, made its scratch folder /tmp/s29f, and ran `test -e` on this module's own path and `test -x` on
.venv/bin/ruff and .venv/bin/mypy, to confirm that no file of this name existed yet and that the tools were there (no
directory was listed). It did not open the transforms package, the flows, the tests, the README, the docs or any other
benchmark, did not grep the repository beyond the commands above, used no search tool, ran no git command and ran
nothing of the product or its tests; the only other commands run against the project were the import check of this
module (importing it with /work/main put on sys.path, with the system python and then the venv python, counting
sessions, turns and labels, checking that every label is one of the catalog codes printed above, copied by hand into the
check, and never one of the three codes that are not labelled, and comparing each text and label set with the
hand-written source), ruff format, ruff check and ruff format --check on this file and on benchmarks/techniques.py, mypy
on those two files from /work/main as the brief asked, and one run of `benchmarks/techniques.py --techniques-only`, the
only benchmark run, made after the labels were fixed. Its output was saved in /tmp/s29f and only this set's part was
read: a grep for blind23 (the missed and extra session-label pairs listed under this set's summary line), a grep for the
summary lines of this set and set 22, and `sed -n` of this set's summary line and per-technique table (the first of
those also showed the last fourteen rows of set 22's table). The first run gave gold 35, found 38, agreed 23: precision
0.61, recall 0.66. No session text or label was changed after it. The module was emitted by a throwaway generator in
/tmp/s29f, outside the project, from session text written there by hand; before generating, a check run on that source
alone counted turns (fourteen to twenty-nine per session), confirmed every turn opens with 'Therapist:' or 'Client:' and
is plain ASCII, checked the labels against the printed codes and measured the comment lines. The generator only split
each turn into implicitly concatenated string pieces to keep lines short, ruff format may then re-join pieces that fit
on one line, and the import check confirmed every text is identical to the source. The labels were set by hand in that
source before any check and were not touched by any generating or formatting step or by the benchmark run, and this
docstring was written by hand and wrapped with textwrap. No text was copied from any corpus.

The settings were chosen to be unlike sets 9 to 22 and unlike each other, and this set leans on how counsellors really
talk: techniques mostly implicit, in everyday words, spread over several turns and mixed with a lot of plain listening.
Two sessions are auto-transcribed speech with fillers, repeats and false starts (a Tromso video session with a Dutch
marine biology PhD who re-runs her data pipeline at night; a Detroit telehealth call with a stamping plant worker,
talking from his truck, whose co-worker was hurt on a shift he had swapped); two are text chats (a youth text line in
Wollongong with a fourteen-year-old whose friends' group chat turned on her, in lower case and abbreviations; a military
family support chat on Okinawa with a Navy spouse alone with a toddler during a deployment); two are a verbose AI
assistant answering in long paragraphs (a Valencia rice restaurant owner after a failed hygiene inspection; a Karachi
software tester who has not started a German visa application). Four counsellors mostly listen: a university counsellor
in Aberystwyth with a mature nursing student whose mother has just gone into a care home (no label); a facilitator of a
drop-in group of retired nickel miners at a legion hall in Sudbury, Ontario; a stroke ward social worker in George Town,
Penang, with a char kway teow hawker whose husband cannot yet speak; and a psychodynamic therapist in Trieste, speaking
English with a Slovenian-born harbour pilot who apologises for everything. The rest are a workplace counsellor in
Belfast with a taxi dispatcher who takes every shift swap she is asked for, with the counsellor playing a colleague; a
CBT psychologist in Bath with a museum conservator sure she took original paint off a portrait; a video session with an
Argentinian expedition guide in Ushuaia deciding between another Antarctic season and an office job near his mother; a
clinic counselor in Tulsa with a school bus driver who panics at railroad crossings since a near miss; and a community
psychologist in Gdansk, in English, with a shipyard hull painter low since the winter lay-off. Group members speak as
'Client: (Name)', a counsellor playing a part marks it '(as Declan)', the chats open with the client's message, and the
assistant's answers are single 'Therapist:' lines.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises in
it. A client merely mentioning something (a flatmate's body scan app, a sister's gratitude journal and an old
counsellor's breathing, a mother's meditation app, a husband's yoga and a doctor's breathing exercises, a cousin's
journaling, a son's brain game app and a member's idea about the legion's kitchen door, a union's breathing app, a
nurse's leaflet on breathing and stretching and prayers at a temple) is not a label, and neither is the counsellor
merely recalling or setting such a thing aside without proposing it ('so the breathing you did with your last counsellor
didn't really help', 'the union sent you that app, right', 'the app can wait', 'I won't suggest those either', 'the
breathing won't fry the kway teow'), advising something outside any technique (leaving the phone in another room rather
than googling at night) or saying a technique will not be done ('I'm not going to give you any homework on it'); the
client's own choices (going to netball, calling Laura at the office) are not labelled either. A nought-to-ten or
percentage rating used only to measure is not labelled, while ratings inside a technique (the prediction for the
experiment, the belief in 'I've damaged it', the slices of the pie, the fear on the ladder) are part of it.
rapport_empathy, assessment and session_structure are never labelled. Explaining how the problem works (checking feeding
doubt, panic as a smoke alarm for toast, low mood telling you to wait until you feel like it) is psychoeducation; asking
a teenager about thoughts of hurting herself and giving her a crisis line is safety_planning; the balanced view in the
conservator's column sheet belongs to the thought record and is not labelled cognitive_restructuring separately; the
Gdansk evening notebook of what he did, how he felt and one good thing is journaling; the facilitator asking what made
Ray the man the crew called, and naming it back, is strengths_review, while the group members' own ideas are not the
counsellor's. ``homework`` is labelled only when a task is explicitly agreed for before the next meeting and is to be
reviewed (Tromso, Belfast, Bath, Tulsa, Gdansk); plans made without such a review (the Okinawa walks and the message to
Kiara, the Valencia logger, the Karachi folder, the Penang sister and Wednesday group) are not homework. The listening
session in Aberystwyth carries no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match its
output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND23_SESSIONS: dict[str, LabelledSession] = {
    # Tromso, Norway: auto-transcribed video session with a Dutch marine biology PhD who re-runs her data at night.
    # Labels: why checking feeds doubt, Kongsfjorden run once with predictions, to next Tuesday. Not: body scan app.
    "blind23/tromso_phd_rerunning_data_transcribed.txt": LabelledSession(
        text=_session(
            "Therapist: So, um, how's, how has the week been with the, with the data stuff?",
            "Client: Uh, yeah. Not great. I, um. I re-ran the whole pipeline again on Sunday. Like, the third "
            "time. Just to, just to be sure the temperature values weren't shifted.",
            "Therapist: Mm. The third time since we spoke.",
            "Client: Yeah. And they weren't. They were fine. They're always fine. But then like an hour later "
            "I'm, I'm lying in bed and I'm thinking, okay but what if the, the calibration file was the old "
            "one.",
            "Therapist: Right. And then?",
            "Client: Then I got up and checked it. At, like, one in the morning. It's so stupid.",
            "Therapist: It doesn't sound stupid, it sounds exhausting. Um, can I, can I share something about "
            "how this kind of loop tends to work? And you tell me if it fits.",
            "Client: Sure.",
            "Therapist: So when you check, the, the doubt goes down, right? For a bit. You get relief. And "
            "the brain kind of, it learns, oh, checking is what kept me safe. So the next time the doubt "
            "comes it's, it's louder, and it wants the check sooner. So the checking, it sort of feeds the "
            "thing it's trying to calm down.",
            "Client: Huh. Yeah. Yeah, that, um. That's exactly it. Like it's never enough.",
            "Therapist: Mm-hm. It's a really common pattern, you're, you're not the only one by a long way.",
            "Client: My supervisor says I'm the most careful person in the lab. (laughs) Which, I don't know "
            "if that's a compliment.",
            "Therapist: (laughs) Maybe both. Um, so, what do you, what do you think would happen, if, say, "
            "you ran the pipeline once, checked it once, the normal way, and then didn't go back?",
            "Client: Honestly? I think I'd, I'd be, like, climbing the walls. And I think, I think I'd find "
            "out later there was a mistake and I'd have sent wrong figures to Ingrid.",
            "Therapist: Okay. How sure, like, out of a hundred, that there'd be a mistake?",
            "Client: Um. Seventy? Maybe.",
            "Therapist: Seventy. And the climbing the walls, how long do you reckon that would last?",
            "Client: All night. All weekend.",
            "Therapist: So, this is, this is just an idea, and we can, we can change it. What if we actually "
            "found out? You pick one dataset this week, you run it once, you do your one normal check, and "
            "then you, you leave it. And you write down before what you expect, seventy percent mistake, "
            "all-weekend panic, and then after, what actually happened. Whether Ingrid finds a mistake, and "
            "how long the, the wall-climbing actually went on.",
            "Client: Oh god. Um. Okay. Like, as a, like a test.",
            "Therapist: Yeah, like one of your own experiments, really. You're the one who knows about data.",
            "Client: (laughs) Okay. Okay, the, the Kongsfjorden samples. Those are going to Ingrid on Thursday anyway.",
            "Therapist: Good. So Kongsfjorden, once, one check, notes before and after, and we look at what "
            "you found next Tuesday, yeah?",
            "Client: Yeah. Next Tuesday. I'm, um, I'm already nervous but yeah.",
            "Therapist: That's okay. Nervous is allowed. Um, is there anything else from the week you wanted "
            "to, to bring today?",
            "Client: Not really. Oh, my flatmate keeps telling me to do the meditation thing on her app, the, "
            "the body scan. I tried it once and just fell asleep.",
            "Therapist: (laughs) Well, sleep's not the worst outcome. So, Tuesday.",
            "Client: Tuesday.",
        ),
        techniques=frozenset({"behavioral_experiment", "homework", "psychoeducation"}),
    ),
    # Aberystwyth: university counsellor listening to a mature nursing student whose mother has just gone into care.
    # No label: listening only. Not: sister's gratitude journal, old counsellor's breathing recalled, next week booked.
    "blind23/aberystwyth_mature_student_mother_care_home.txt": LabelledSession(
        text=_session(
            "Therapist: Come in, Sian. Take whichever chair you like. How are you doing today?",
            "Client: Oh, I don't know really. I nearly didn't come. I sat in the library for twenty minutes "
            "thinking, what am I going to say to her.",
            "Therapist: Well, you're here. And you don't have to have anything worked out. Where would you "
            "like to start?",
            "Client: Mam went into Bryn Awel on Friday. The home out past Llanbadarn. We'd been putting it "
            "off for a year and then she had another fall and the social worker said, that's it really.",
            "Therapist: Friday. So it's still very new.",
            "Client: Five days. I've been every day. She keeps asking when she's going home. And I say soon, "
            "Mam, which is a lie, isn't it.",
            "Therapist: That's a hard thing to keep saying.",
            "Client: It's horrible. And then I drive back and I've got a placement write-up due and I just "
            "sit in the car outside the flat. My son thinks I'm on the phone. I'm not on the phone, I'm just "
            "sitting there.",
            "Therapist: Just sitting there in the car.",
            "Client: Yeah. Like if I go in, then it's real. Daft.",
            "Therapist: It doesn't sound daft to me.",
            "Client: My sister keeps saying I should write it all down, she does one of those gratitude "
            "journals, three things every night. I said, Ceri, what am I grateful for, that they've got a "
            "lift?",
            "Therapist: (laughs softly) Not quite the moment for it, maybe.",
            "Client: No. And I had counselling before, years ago, when I split up with Gareth, and she had me "
            "doing the breathing, in for four and out for whatever. It never did much for me, honestly. I'd "
            "just be counting and crying.",
            "Therapist: So the breathing you did with your last counsellor didn't really help. I'm glad you "
            "told me that.",
            "Client: I'm not saying it's rubbish. It's just not me.",
            "Therapist: Mm. What's sitting heaviest right now, out of all of it?",
            "Client: The guilt. I'm training to be a nurse and I couldn't look after my own mother. That's "
            "what I keep thinking. The carers are lovely to her, and it should be me.",
            "Therapist: You're training to look after people and it feels like you couldn't do it for her.",
            "Client: Yes. (pause) Sorry. I said I wouldn't cry.",
            "Therapist: There's tissues just there. Take your time, there's no rush at all.",
            "Client: She was a dinner lady for thirty years. Fed half of Penparcau. And now she's being fed.",
            "Therapist: That's a big change to watch.",
            "Client: It is. (pause) It's nice just saying it out loud, actually. I haven't said any of this "
            "to anyone. Not properly.",
            "Therapist: I'm glad you could say it here. We've got about ten minutes left. Is there anything "
            "else you want to make sure you say today?",
            "Client: No. I think I just needed to say it. Can I come back next week?",
            "Therapist: Of course. Same time Wednesday, if that suits.",
            "Client: Yes. Thank you.",
        ),
        techniques=frozenset(),
    ),
    # Wollongong, NSW: youth text service after school with a fourteen-year-old whose friends' group chat turned on her.
    # Labels: risk asked and Kids Helpline, what she'd say to Tahlia, Aunty Bec. Not: netball (her own choice).
    "blind23/wollongong_teen_text_group_chat.txt": LabelledSession(
        text=_session(
            "Client: hi idk if this is the right place",
            "Therapist: Hi, you've reached the youth text line, I'm Jess. It's totally the right place. "
            "What's going on?",
            "Client: my friends made a new gc without me and someone screenshotted it to me and theyre all "
            "saying stuff abt me",
            "Therapist: Oh no. That sounds really hurtful, finding out like that. What kind of stuff are they saying?",
            "Client: that im clingy and annoying and that i copy tahlia. and theres a poll abt who wants to "
            "sit with me at lunch lol",
            "Therapist: A poll. That's really nasty, and I'm sorry you had to see it.",
            "Client: ye. i havent gone to school since thurs. told mum i had a headache",
            "Therapist: That makes sense, not wanting to walk back in there. How have you been feeling the "
            "last few days?",
            "Client: bad. like i just lie in bed and read the screenshots over and over",
            "Therapist: When it gets really bad, do you ever have thoughts of hurting yourself, or of not "
            "wanting to be here? I ask everyone who messages, and you can be honest with me.",
            "Client: no not like that. i just want to disappear from school not like disappear disappear",
            "Therapist: Thanks for telling me, that really helps. If that ever changes, even at 2am, you can "
            "text us here or call Kids Helpline on 1800 55 1800, any time. Is that ok?",
            "Client: ok",
            "Therapist: You said you read the screenshots over and over. What do you say to yourself when "
            "you're reading them?",
            "Client: that theyre right. that im annoying and no one actually liked me",
            "Therapist: If this had happened to Tahlia, or to your cousin or anyone you care about, what "
            "would you say to her?",
            "Client: id say theyre being b*tches and shes not annoying",
            "Therapist: Yeah. Could you say even a little bit of that to yourself? You don't have to believe "
            "all of it yet.",
            "Client: maybe. its easier for other ppl",
            "Therapist: It usually is. Is there anyone who isn't in that group chat who you feel ok around? "
            "At school or outside it?",
            "Client: my netball team. esp grace. and my aunty bec, shes only like 25 shes more like a sister",
            "Client: my mum would freak out if she knew tho",
            "Therapist: Aunty Bec sounds like a good person to have in your corner. Would it feel ok to tell "
            "her what happened? She might even help you work out how to tell your mum in a way that doesn't "
            "turn into a freak-out.",
            "Client: yeah maybe. she'd probs come over w maccas lol",
            "Therapist: That sounds like a pretty great aunty.",
            "Client: i have netball training at 5. i was gonna skip but maybe not",
            "Therapist: That's your call. Will Grace be there?",
            "Client: ye. ok i might go. thx jess",
            "Therapist: You're welcome. I'm really glad you texted today. Message back any time.",
        ),
        techniques=frozenset({"safety_planning", "self_compassion", "social_support"}),
    ),
    # Okinawa: military family support text chat with a Navy spouse alone with a toddler while her husband deploys.
    # Labels: seawall walks and Saturday baking, the FRG and Kiara. Not: mom's meditation app ('can wait'), no review.
    "blind23/okinawa_navy_spouse_text_chat.txt": LabelledSession(
        text=_session(
            "Client: Hi. I'm not sure what I need, I just know I've cried every day this week.",
            "Therapist: Hi, thanks for reaching out. I'm Marcus, I'm a counselor with the family support "
            "chat. Crying every day sounds like a lot to carry. Do you want to tell me a bit about what's "
            "been happening?",
            "Client: My husband deployed six weeks ago, he's on a ship, can't say where. We moved here in "
            "March so I don't really know anyone. It's just me and Leo, he's two. Some days I don't talk to "
            "another adult at all.",
            "Therapist: Six weeks in, a new island, a two-year-old, and no adults to talk to. That's a lonely setup.",
            "Client: It is. And I feel bad complaining, other wives have three kids and they're fine.",
            "Therapist: You don't have to be the worst-off person to be struggling. What does a typical day "
            "look like right now?",
            "Client: Honestly, we stay in. I put the TV on for him, I scroll, I nap when he naps. By 4 I feel "
            "like a zombie. Then it's bath and bed and I sit on the couch until midnight waiting for an email "
            "from Dan.",
            "Therapist: And before the move, what kinds of things did you enjoy doing? Just you, or with Leo.",
            "Client: I used to run. I ran a half marathon before I got pregnant. And I liked baking, I'd bake "
            "for the neighbors back in San Diego. Seems like another person.",
            "Therapist: I wonder if we could bring a little of that person back, in small doses. Nothing big. "
            "If you picked something for a few mornings this week, what could it be? Something that gets you "
            "both out of the house.",
            "Client: There's a path along the seawall near Araha beach. I could take him in the jogging "
            "stroller. Not running, probably just walking.",
            "Therapist: Walking counts. Which mornings?",
            "Client: Monday Wednesday Friday maybe. He likes watching the planes anyway.",
            "Therapist: That sounds great. And one afternoon, maybe baking with Leo? Two-year-olds are "
            "terrible bakers but they love it.",
            "Client: Ha. He would eat all the chocolate chips. Yeah, Saturday maybe.",
            "Therapist: Saturday it is. The other piece is people. Is there anyone here you've met, even once?",
            "Client: There's an FRG, the family readiness group, for the ship. I went once and left early "
            "because Leo melted down. And my mom keeps sending me this meditation app, she swears by it, but "
            "I just haven't opened it.",
            "Therapist: The app can wait. The FRG might be worth a second try, and it could help to message "
            "one other spouse before the next meeting so there's a face you know. Does anyone come to mind?",
            "Client: There was a woman, Kiara, with twins. She was nice. I think I have her on Facebook.",
            'Therapist: Would you feel okay sending her a message? Even just "hey, it was nice meeting you, '
            'want to walk at the seawall sometime?"',
            "Client: That's actually... yeah. I could do that. She probably feels the same.",
            "Therapist: Quite possibly. How are you feeling now compared to when you first messaged?",
            "Client: A bit lighter. Like there's something to do besides wait for emails.",
            "Therapist: I'm glad. You can come back to this chat any time, day or night.",
        ),
        techniques=frozenset({"behavioral_activation", "social_support"}),
    ),
    # Generated chat: a verbose AI assistant in long paragraphs with a Valencia rice restaurant owner after inspection.
    # Labels: worst/best/likely and coping, logger and tile options. Not: yoga, doctor's breathing, googling advice.
    "blind23/ai_valencia_restaurant_inspection.txt": LabelledSession(
        text=_session(
            "Client: Hola. Can I ask you something that's not about recipes for once?",
            "Therapist: Of course, and hola! I'm happy to help with whatever is on your mind, recipes or not. "
            "Take your time and tell me what's going on.",
            "Client: I run a small rice restaurant in El Cabanyal. The health inspector came yesterday and "
            "gave us a bad report: the cold room temperature log had gaps and there was a cracked tile behind "
            "the sink. We have to fix it and they come back in three weeks. I haven't slept. I keep imagining "
            "them closing us, the papers writing about it, my father's name on the door in the news. My "
            "husband says just do yoga and stop thinking about it, which makes me want to throw a paella pan "
            "at him. And the breathing exercises my doctor gave me for stress last year just make me notice "
            "my heartbeat more.",
            "Therapist: I'm really sorry; that sounds like a frightening twenty-four hours, especially with "
            "your father's name on the door and everything the restaurant clearly means to you. It makes "
            "complete sense that your mind is running ahead to the worst version of this, and I'm not going "
            "to tell you to just stop thinking about it (or to do yoga!), and since you said the doctor's "
            "breathing exercises only make you more aware of your heartbeat, I won't suggest those either. "
            "What I can offer is a way of looking at the next three weeks a little more squarely, if you'd "
            "like. Let's start with the fear itself, because it seems to be taking up most of the room. If "
            "you let yourself spell it out, what is the very worst outcome you're picturing? And then, just "
            "as honestly, what would the best realistic outcome be, and what do you think is most likely, "
            "given what the inspector actually wrote? Sometimes putting those three side by side shows us "
            "that the mind has been living only in the first one.",
            "Client: Worst: they come back, something else is wrong, they close us, we lose the business, my "
            "staff lose their jobs, the whole barrio knows. Best: they come back, everything is fixed, they "
            "say fine, nobody ever hears about it. Most likely... honestly, the inspector said these things "
            'are common and the report is a "requerimiento", not a closure. So probably we fix it and it\'s '
            "fine. But my body doesn't believe it.",
            "Therapist: That's a really clear-eyed answer, and I notice that when you slowed down, the most "
            "likely outcome you described sits much closer to the best one than to the worst. It's "
            "understandable that your body lags behind for a while. It may also help to ask one more "
            "question: even if the worst did happen, how would you cope? Not that you'd be happy about it, "
            "but what would you actually do? People who have built and run a business usually have more "
            "resources than the 3 a.m. mind gives them credit for, and knowing you would get through even the "
            "bad version tends to loosen its grip.",
            "Client: If they closed us... I suppose I'd fix whatever it was, appeal and reopen. My cousin had "
            "his bar closed for a week in 2019 because of a drain, and it reopened and it's busy now. I'd "
            "survive. I wouldn't like it.",
            "Therapist: Exactly: you'd survive, you'd act, and you even have someone in the family who went "
            'through something like it and came out the other side. Now, since the most likely path is "fix '
            "it and it's fine\", let's turn to the fixing, because a concrete plan will probably do more for "
            "your sleep than anything else. It might help to take the two problems separately, brainstorm a "
            "few ways of dealing with each, and then pick the option that seems most workable. For the "
            "temperature log, the options might include a paper sheet on the cold room door that whoever "
            "opens up signs at set times, a small digital logger that records automatically, or making one "
            "named person responsible on each shift. For the tile, the options might be calling your usual "
            "builder, asking the landlord, or a tiler a neighbour recommends. Which of these feel most "
            "realistic to you, and what would the first step be for each?",
            "Client: The digital logger, definitely, because my staff forget paper. Pepe at the fish stall "
            "has one, I'll ask him which brand. The tile, I'll call Vicente who did our bathroom, he's slow "
            "but he's good. If he can't come this week I'll ask the landlord.",
            "Therapist: That's a solid plan: a logger (ask Pepe today, order it this week), Vicente for the "
            "tile with the landlord as your backup, and by the time the inspectors return you'll have a "
            "couple of weeks of recorded temperatures to show them, which inspectors tend to appreciate. You "
            "might write those steps on a piece of paper and put it by the till, so your mind doesn't have to "
            "hold them all at night. If the worry comes back at 3 a.m., you can remind yourself that the "
            "steps are written down and that the most likely outcome is a fixed tile and a tidy log.",
            "Client: Thank you. It helps to see it on the screen. I will call Pepe now. One more thing: at "
            'night I keep googling "restaurant closed hygiene Valencia" and reading the news stories. Is that '
            "normal?",
            "Therapist: I understand the pull of it; when something feels this big, it's natural to want to "
            "know everything about it. From what you describe, though, the searching seems to wind you up "
            "rather than settle you, so I'd gently suggest leaving the phone in another room at night for the "
            "next few weeks, or at least not taking it to bed. Your energy is better spent on Pepe and "
            "Vicente than on other people's news stories.",
            "Client: Okay. Phone in the kitchen. Pepe first.",
            "Therapist: That sounds like a good order of things. Good luck with Pepe and Vicente, and I hope "
            "the next three weeks turn out calmer than the last day has been.",
        ),
        techniques=frozenset({"decatastrophizing", "problem_solving"}),
    ),
    # Generated chat: a verbose AI assistant with a Karachi software tester who has not started a German visa form.
    # Labels: 'should' to 'would have liked', goal and steps, the 'yaar' voice. Not: cousin's journaling, no review.
    "blind23/ai_karachi_visa_procrastination.txt": LabelledSession(
        text=_session(
            "Client: hi. can you help me with procrastination? not the productivity tips kind, i've read all of those",
            "Therapist: Hi! Yes, happily, and I'll try not to hand you another list of productivity tips. It "
            "would help to know a bit more first: what is it you're putting off, and what happens when you "
            "try to start?",
            "Client: I got a job offer in Munich back in February. The start date is September. I still "
            "haven't started the visa application. Every evening I open the portal, look at the list of "
            "documents, close it and watch cricket highlights. My cousin told me to journal about my feelings "
            "about moving, she's very into that, but I don't see how that fixes a visa. I keep telling myself "
            "I should have done this months ago and that I'm a useless adult.",
            "Therapist: Thank you for writing this out so honestly. Being stuck in front of a long list of "
            "documents, with a big life change standing behind it, doesn't make you useless. I'd like to help "
            "in two ways, if that's okay: one is the voice in your head, and the other is the portal itself. "
            "Let's start with the voice. \"I should have done this months ago, I'm a useless adult\" is a very "
            "harsh sentence, and harsh sentences tend to make us avoid the task even more, because every time "
            "you open the portal you also open the verdict. A fairer and more accurate way of putting it "
            "might be something like: \"I would have liked to start sooner. I didn't, and I can start now; "
            'there is still time before September." Notice that this version keeps the wish and drops the '
            "verdict. Does it feel any more believable when you read it?",
            'Client: Yes, a bit. The "should" turning into "would have liked" is weird but it does feel less '
            "heavy. It's still four months though.",
            "Therapist: It is, and we don't need to pretend otherwise, but four months late is not too late. "
            'Now for the portal. Right now "the visa application" is one enormous task, and enormous tasks '
            "are very easy to close the tab on. What usually works better is to agree with yourself on a "
            "clear, achievable end point and then break it into steps small enough that each one feels almost "
            'too easy. For example, the overall aim could be "application submitted and consulate appointment '
            'booked by the end of June", and the steps could be: this week, only gather the documents you '
            "already have (passport, degree, offer letter) into one folder; next week, get the degree "
            "attested and request the employer's form; the week after, fill in the online form in two "
            "sittings of thirty minutes; and then book the appointment. Each step has a day and a size. Which "
            "of these would you be willing to commit to first, and when exactly?",
            "Client: The folder. Tomorrow evening before the match starts, 8 to 8:30. I actually have most of "
            "it, it's just scattered in emails.",
            "Therapist: That's an excellent first step: specific, small and with a time attached, and putting "
            "it before the match means the match can be the reward rather than the escape. One more thought, "
            "for the evenings when it's hard. If your younger brother, or a friend from work, were in this "
            "exact position, four months late and calling himself useless, you probably wouldn't shout at "
            "him; you'd say something like \"yaar, it's a big move, let's just do the first bit together\". "
            "It's worth trying to speak to yourself in that same tone. It isn't letting yourself off the "
            "hook; it is actually what makes it easier to keep going. As for your cousin's journaling: it can "
            "be valuable for some people, but you're right that it isn't what gets the visa done, so there is "
            "no need to add it to your list right now.",
            'Client: Ha, my brother would definitely get the "yaar" version. But what if I do the folder and '
            "then stall again at the attestation step?",
            "Therapist: That's quite possible, and if it happens it isn't a failure, it's useful information: "
            "it would tell us that the step was still too big. The answer then is to cut it smaller, not to "
            'push harder. "Get the degree attested" could become "find out which office does attestations and '
            'what they need", which is ten minutes on a phone, and then "book the slot", and then "go". Small '
            "steps that actually get done beat big steps that stay on the list, and each finished one makes "
            "the next one a little easier to start.",
            "Client: Okay. Smaller pieces. Folder tomorrow, 8pm.",
            "Therapist: Good luck with the folder, and enjoy the match afterwards.",
            "Client: Thanks. At least I'll have something to tell my mother, she asks about the visa every single day.",
            "Therapist: She'll be glad to hear it. I hope the folder comes together quickly.",
        ),
        techniques=frozenset({"cognitive_restructuring", "goal_setting", "self_compassion"}),
    ),
    # Belfast: workplace counsellor with a taxi dispatch operator who takes every shift swap she is asked for.
    # Labels: words ready and the no first, counsellor plays Declan, one no before next Thursday.
    "blind23/belfast_taxi_dispatcher_saying_no.txt": LabelledSession(
        text=_session(
            "Therapist: Well, Roisin, how did last week go with the rota?",
            "Client: Ach. Same as ever. Declan asked me to take his Saturday night, because of his wee girl's "
            "birthday, and then Maura asked for the Sunday, and I said yes to both. So I did five nights in a "
            "row and I was on the phone to drunk students from Botanic at three in the morning.",
            "Therapist: Five nights. How were you by the end of it?",
            "Client: Wrecked. And raging, but at myself, mostly. I just can't get the word no out. It's like "
            "it gets stuck.",
            "Therapist: What goes through your head in that second before you say yes?",
            "Client: That they'll think I'm awkward. That I'm not a team player. Then I hear myself going "
            '"aye, no bother".',
            "Therapist: It sounds like you'd like to be able to say no sometimes, without being unkind about it.",
            "Client: That's it exactly. I don't want to be a cow. I just want my Saturdays back now and again.",
            "Therapist: Would it help to have some words ready, so it's not all happening on the spot? "
            "Something short, that says what you can and can't do. You tell me what's true: if Declan asks "
            "again, what's the real answer?",
            "Client: The real answer is I've got my niece's christening on the twelfth and I'm not moving it, "
            "and I've done enough weekends this month.",
            "Therapist: Okay. So something like: \"Declan, I can't do Saturday, I've done three weekends this "
            'month. I could do your Tuesday if that helps." Short, the no comes first, and you only offer '
            "something if you actually want to.",
            "Client: That sounds grand when you say it. I'd make a mess of it.",
            "Therapist: Shall we try it out here? I'll be Declan. I'll be a wee bit pushy, because he sounds "
            "like he might be.",
            "Client: God. Okay.",
            "Therapist: (as Declan) Roisin, you're a star, any chance you'd take my Saturday? It's just this "
            "one, I'll owe you.",
            "Client: Ah, Declan, I, um, I'm not sure, it's just, I've a lot on.",
            "Therapist: (as Declan) Ach, go on, you're always great for it.",
            "Client: (laughs) See, that's where I'd fold.",
            "Therapist: Let's stop there a second. What happened?",
            "Client: I didn't say no. I said \"I'm not sure\", so he just kept pushing.",
            'Therapist: Yes, "not sure" is an open door. Try it again, the no first, and keep your voice '
            "steady even if he pushes.",
            "Client: Okay. (pause) Declan, I can't do Saturday. I've done three weekends this month.",
            "Therapist: (as Declan) Ach, but it's just the one.",
            "Client: I know, but I can't this time. I could do your Tuesday if you're stuck.",
            "Therapist: (as Declan) Right. Fair enough, I'll ask Paddy. (as himself) How did that feel?",
            "Client: Weird. Like my heart was going. But I said it.",
            "Therapist: You did, and twice, which is the hard bit. Would you be up for trying it for real "
            "before we meet next week? It doesn't have to be Declan, just one request where you say what you "
            "can and can't do. Then we'll go over how it went.",
            "Client: There's always someone asking. Aye, okay. One no, before next Thursday.",
            "Therapist: One no. And we'll look at it together on Thursday.",
        ),
        techniques=frozenset({"assertiveness_training", "homework", "role_play"}),
    ),
    # Bath: CBT psychologist with a museum paintings conservator sure she took original paint off a portrait.
    # Labels: for and against 'I've damaged it', column sheet for night thoughts, sheets to next Friday.
    "blind23/bath_conservator_varnish_swab.txt": LabelledSession(
        text=_session(
            "Therapist: You said on the phone it had been a bad fortnight. Where would you like to start?",
            "Client: The Gainsborough. Well, not Gainsborough, school of. I was taking off an old varnish on "
            "a corner of the sky and I saw a bit of blue on the swab. Tiny. And since then I've been "
            "convinced I've taken off original paint and that when the curator looks she'll know and I'll be "
            "finished.",
            "Therapist: That's a frightening thought to be carrying around. How strongly do you believe it "
            "right now, that you've damaged it and you'll be finished?",
            "Client: Ninety percent. At night a hundred.",
            "Therapist: Okay. I'd like us to look at that thought together, as carefully as you'd look at the "
            "painting. What makes you think you took off original paint?",
            "Client: The blue on the swab. And I was tired that day. And I'd changed to a slightly stronger mix.",
            "Therapist: Those are real things. What else do you know, that might not fit with it?",
            "Client: Well. (pause) I stopped straight away and looked under the microscope and the paint "
            "layer looked intact. And the blue could have been overpaint from the 1950s restoration, there's "
            "loads of it in that sky. Martin, my head of department, looked as well, and he said it was "
            "retouching.",
            "Therapist: So under the microscope it looked intact, there's known overpaint in that area, and "
            "your head of department, who presumably knows what he's looking at, said it was retouching.",
            "Client: When you put it like that it sounds a bit mad. But I still feel it.",
            "Therapist: It's not mad at all. If you weigh it all up now, how strong is the belief?",
            "Client: Forty? Maybe less.",
            "Therapist: Quite a drop from ninety. I notice this thought seems to arrive at night, when you "
            "can't check anything.",
            "Client: Every night. Two in the morning. I lie there seeing the swab.",
            "Therapist: Something that might help is catching these thoughts on paper when they come. A "
            "simple sheet with a few columns: what was happening, the thought word for word, how anxious you "
            "felt out of a hundred, then what you know for and against it, a bit like we just did, then a "
            "more balanced way of seeing it and how anxious you are after. Would you be willing to try that "
            "between now and next time?",
            "Client: I'm a conservator, I love a form. (laughs) Yes.",
            "Therapist: (laughs) I had a feeling. Let's draw the columns now so you've got it. Use it "
            "whenever the Gainsborough thought, or any of its cousins, wakes you up, and bring the sheets "
            "next Friday so we can go through them.",
            "Client: Next Friday. What if I fill in twenty of them?",
            "Therapist: Then we'll have a lot to look at. Bring them all.",
        ),
        techniques=frozenset({"evidence_examination", "homework", "thought_record"}),
    ),
    # Sudbury, Ontario: drop-in group for retired nickel miners at a legion hall; the facilitator mostly listens.
    # Labels: what made Ray the guy they called, calling each other between Thursdays. Not: brain game app, the door.
    "blind23/sudbury_retired_miners_group.txt": LabelledSession(
        text=_session(
            "Therapist: Okay, coffee's on, and there's Timbits from Gilles, thank you Gilles. Who wants to "
            "start us off this week?",
            "Client: (Ray) I will. It's a year on Tuesday since I retired. Thirty-four years at Creighton. My "
            "wife says I've been pacing like a caged bear.",
            "Client: (Gilles) A caged bear. (laughs) Mine says I reorganise the garage every week.",
            "Therapist: A year on Tuesday, Ray. What's that been like?",
            "Client: (Ray) Honestly, the first months were fine, fishing, I did the roof. Then winter come "
            "and I just. I sat. You go from being somebody, the guys rely on you, you're the one they call "
            "when the scoop breaks down, and then nothing. Nobody calls.",
            "Client: (Tom) Yeah. That's the part. Nobody calls.",
            "Therapist: Nobody calls. Tom, you're nodding.",
            "Client: (Tom) My boy told me to download one of those brain game apps, keep the mind sharp. I "
            "played it two days. I don't need my mind sharp, I need somewhere to go at seven in the morning.",
            "Therapist: Somewhere to go at seven.",
            "Client: (Gilles) I still wake up at five. Forty years of day shift, the body doesn't forget.",
            "Client: (Ray) Five-fifteen. Lunch bucket ready. And nothing to put in it.",
            "Therapist: (pause) There's a lot of loss in that. The routine, the crew, being the guy people call.",
            "Client: (Ray) Yeah. I didn't think I'd miss the crew. They were a pain in the neck half the time.",
            "Client: (Tom) (laughs) You were a pain in the neck half the time.",
            "Therapist: Ray, you said you were the one they called when the scoop broke down. What was it "
            "about you that made you that guy?",
            "Client: (Ray) I don't know. I could fix anything. I stayed calm. When we had the fall of ground "
            "in '98 I was the one who got the young fellas out of the drift and kept them talking till the "
            "rescue crew come.",
            "Therapist: Calm, good with your hands, and you looked after the young ones when it counted. "
            "Those things didn't retire with you.",
            "Client: (Ray) (pause) No. I suppose they didn't.",
            "Client: (Gilles) The Legion's always looking for guys to fix stuff, Ray. The kitchen door's been "
            "hanging off since Easter.",
            "Client: (Ray) (laughs) I seen that door.",
            "Therapist: It's partly what this group is for, too, you guys calling each other between "
            "Thursdays, not just sitting here once a week. Has anybody got Ray's number?",
            "Client: (Tom) I'll take it. I'm up at five anyway, might as well call somebody.",
            "Client: (Ray) (laughs) Don't call at five.",
            "Therapist: (laughs) Maybe six. Gilles, you've been quiet, how's your week been?",
            "Client: (Gilles) Ah, you know. My sister in Timmins had her knee done. I drove up. It was good "
            "to be useful.",
            "Therapist: Good to be useful. That seems to be the word of the day.",
        ),
        techniques=frozenset({"social_support", "strengths_review"}),
    ),
    # Trieste: psychodynamic therapist, in English, with a Slovenian-born harbour pilot who apologises for everything.
    # Labels: the first apology as making the quiet stop, the father, the sorry at the door. Not: wife's remark.
    "blind23/trieste_harbour_pilot_apologising.txt": LabelledSession(
        text=_session(
            "Client: Sorry, sorry, I'm early. I can wait outside.",
            "Therapist: You're very welcome to come in. Sit down.",
            "Client: Sorry. The tram was quick today. I am always either too early or I think I am late.",
            "Therapist: Mm.",
            "Client: Yesterday I brought a container ship in and the captain shouted at me on the bridge "
            "because the tug was slow. The tug. Not me. And I said to him sorry, sorry, three times. "
            "Afterwards on the pilot boat I thought, why did I say sorry? It was not my tug.",
            "Therapist: What do you make of it?",
            "Client: I don't know. It is a habit. My wife says I say sorry to the furniture.",
            "Therapist: You came in today apologising, too. For being early, which is not really a fault.",
            "Client: (laughs) Yes. Sorry. (pause) There, I did it again.",
            "Therapist: It seems to happen very quickly, almost before you know it. As though something in "
            "you needs to get in first with the apology, before anyone can be angry.",
            "Client: Before anyone can be angry. (pause) Yes. That is it. If I say sorry first, then it is finished.",
            "Therapist: Where do you know that from?",
            "Client: My father was a captain also. On the Koper ferries. At home, when he came back from a "
            "trip, the house had to be perfect. If something was wrong, he didn't shout so much. He went very "
            "quiet. It was worse than shouting. My mother and I, we would apologise, apologise, until he "
            "spoke again.",
            "Therapist: So apologising was how you brought him back. How you made the quiet stop.",
            "Client: (pause) I never thought of it like that. But yes. I was maybe eight and I was "
            "apologising for things I didn't understand.",
            "Therapist: And on the bridge yesterday, with a captain shouting, perhaps something of that boy "
            "was there. A captain is angry, and the old way says: apologise until it stops.",
            "Client: A captain. Of course it is a captain. (laughs quietly) This is almost too simple.",
            "Therapist: Sometimes it is simple and still very strong.",
            "Client: And here? With you? I said sorry when I came in.",
            "Therapist: Yes. I wondered about that. Perhaps part of you expects that I might be the one who "
            "goes quiet if you get something wrong. Even arriving too early.",
            "Client: (long pause) Maybe. You are not a captain.",
            "Therapist: No. But you don't know yet what I will do.",
            "Client: No. (pause) It is strange, I feel a bit angry now. Not at you. At him. That I had to do that.",
            "Therapist: That anger seems important. Let's stay with it a little.",
            "Client: I don't usually let myself. It feels dangerous.",
            "Therapist: We have time.",
        ),
        techniques=frozenset({"insight_interpretation"}),
    ),
    # Detroit: auto-transcribed telehealth call, a stamping plant worker whose co-worker was hurt on a swapped shift.
    # Labels: slices of what caused it, what he'd tell Marcus. Not: union's breathing app recalled, sleep asked.
    "blind23/detroit_stamping_plant_swap_transcribed.txt": LabelledSession(
        text=_session(
            "Therapist: Hey, Andre. Can you, can you hear me okay? You're a little, you froze for a sec there.",
            "Client: Yeah, yeah I got you. I'm in the truck, it's the only place the kids ain't yelling. Sorry.",
            "Therapist: No, that's, that's fine. The truck's fine. How you been since, uh, since last week?",
            "Client: Man, I don't, I don't know. I went back in Monday. First time on the line since, since "
            "Marcus. They got a new guard on the press now. Like, now they put a guard on it.",
            "Therapist: Mm. What was it like, walking back in?",
            "Client: I couldn't, I couldn't look at press twelve. I just kept my head down. And the whole "
            "time I'm thinking, that should've been me. That was my Tuesday. I swapped it 'cause my daughter "
            "had the, the thing at school.",
            "Therapist: The, the swap. That keeps coming back.",
            "Client: Every day. Every, every night. If I don't swap, he don't get hurt. He's got a, he had a "
            "baby, man. He's still in Henry Ford.",
            "Therapist: Yeah. (pause) That's a heavy thing to carry around. Andre, can I, can I try something "
            "with you? It might sound a little, uh, a little weird.",
            "Client: Go ahead.",
            "Therapist: If you think about everything that, that went into Marcus getting hurt that day. "
            "Like, all the pieces. What are they? Not just you. Everything.",
            "Client: I mean. The press double-cycled. They'd written it up, like, twice, maintenance had it "
            "on the list. There wasn't no light curtain on that one, the newer presses got 'em. He was on his "
            "fourth straight twelve 'cause they was short. The, um, the supervisor had him running it alone. "
            "And. And me swapping.",
            "Therapist: Okay. So if, if we drew that like a pie, like a whole circle, and you had to slice it "
            "up, how big a piece is the press not getting fixed?",
            "Client: Big. Like, half. It was written up, man.",
            "Therapist: And no, no light curtain?",
            "Client: Another big chunk. Twenty, twenty-five.",
            "Therapist: Running him four twelves, alone?",
            "Client: Yeah. Fifteen, twenty.",
            "Therapist: And, and the swap. Your piece.",
            "Client: (long pause) I mean. When you put it, when you put it like that it's like, it's a "
            "sliver. It's, like, five. Less. I didn't, I didn't make the press do that.",
            "Therapist: No. You, you went to your daughter's thing at school. And you're still gonna feel it, "
            "course you are. Um, something else. If it was the other way around, if Marcus had swapped with "
            "you, and you'd got hurt, and he was sitting in his truck saying it should've been him, what "
            "would you tell him?",
            "Client: I'd tell him, man, shut up, it ain't your fault. Go home to your baby.",
            "Therapist: Yeah. Is there, is there any way you could give yourself a little of that? Not, not "
            "all at once.",
            "Client: I don't, I don't know, man. Maybe. It's, it's easier with him.",
            "Therapist: It usually is. Um, the union sent you that app, right, you said last time, the, the "
            "one with the breathing?",
            "Client: Yeah, I deleted it. It just had a lady talking real slow. Made me wanna throw the phone.",
            "Therapist: (laughs) Fair enough. How, how you sleeping this week?",
            "Client: Bad. Better than last week, though.",
            "Therapist: Okay. Better than last week. We'll, uh, we'll pick it up Thursday, same time. Same truck.",
        ),
        techniques=frozenset({"continuum_or_pie_chart", "self_compassion"}),
    ),
    # Ushuaia: video session with an Argentinian expedition guide deciding on another Antarctic season or an office job.
    # Labels: ship and office each weighed, what he'd want to say at seventy-five. Not: 'no homework', calling Laura.
    "blind23/ushuaia_expedition_guide_season.txt": LabelledSession(
        text=_session(
            "Therapist: So, last time you said you had to give the expedition company an answer by the end of "
            "the month.",
            "Client: The twenty-eighth. And I still don't know. Every morning I decide to go back, every "
            "night I decide to take the office job in Buenos Aires.",
            "Therapist: Quite a swing. Maybe it would help to lay the two out side by side, rather than "
            "carrying them around in your head. What do you get from another season on the ship?",
            "Client: The ice. Honestly. Standing in the zodiac at Neko Harbour at six in the morning with the "
            "glacier calving. The team. I'm good at it, people come back from the landings crying because it "
            "was the best day of their life. And the money is okay.",
            "Therapist: And what does it cost you?",
            "Client: Four months away. My mother is eighty-one, my sister says she forgets things now. I come "
            "back and I've missed her birthday, my friends' weddings. The girlfriend thing never works. And "
            "my back, after eleven seasons lifting people into zodiacs.",
            "Therapist: And the office job, the good side?",
            "Client: I'm near Mama. I could see her every Sunday. Stable. A life, maybe a partner. A bed that "
            "doesn't move.",
            "Therapist: (laughs) And the not-so-good?",
            "Client: Spreadsheets. Selling cruises to other people to go where I used to go. I think I'd be a "
            "bit dead inside, honestly. And the salary is lower than people think.",
            "Therapist: So there's a lot on both sides. Can I come at it from a different angle for a moment? "
            "Imagine you're seventy-five, looking back at these years. What would you want to be able to say "
            "about how you lived them?",
            "Client: (pause) That I was there for my mother. That I didn't let her get old alone while I was "
            "taking selfies with penguins. (pause) But also that I didn't just. Shrink. That I kept doing "
            "something I believed in.",
            "Therapist: Being there for your mother, and not shrinking. Both sound really important to you.",
            "Client: Yes. That's the problem. They fight.",
            "Therapist: Yes. They pull in different directions. (pause)",
            "Client: Hmm. (pause) The company asked if I want to train the new guides here in Ushuaia, in the "
            "winter. On land. I said no, too fast, because it's not the real thing. But I'd be one flight "
            "from Buenos Aires. And I could do one short trip on the ship, not the full four months.",
            "Therapist: What happens when you hold that option up against the two things you said matter?",
            "Client: It's... It's not perfect. But it doesn't betray either of them. I'd still be teaching "
            "people to love the ice. And I could be in Buenos Aires every month.",
            "Therapist: How does it feel, saying that?",
            "Client: Lighter. Scary, because I'd have to ask for it. But lighter.",
            "Therapist: I'm not going to give you any homework on it, the twenty-eighth is enough of a "
            "deadline. But I'm curious what you'll ask them.",
            "Client: Me too. (laughs) I think I'll call Laura at the office tomorrow.",
        ),
        techniques=frozenset({"pros_and_cons", "values_clarification"}),
    ),
    # Tulsa, Oklahoma: clinic counselor with a school bus driver who panics at railroad crossings since a near miss.
    # Labels: the alarm and toast, crossing ladder, four-in six-out, first rungs with ratings to Tuesday. Not: Earl.
    "blind23/tulsa_school_bus_railroad_crossing.txt": LabelledSession(
        text=_session(
            "Therapist: Hi, Darlene. Come on in. How was the route this morning?",
            "Client: I made it. Barely. I had Earl from the depot ride along again, so I didn't have to stop "
            "at the Union Pacific crossing on 41st myself. I can't keep doing that, they're short as it is.",
            "Therapist: Tell me again what happens at the crossing.",
            "Client: You have to stop, school bus, it's the law, open the door, look and listen. And the "
            "second I stop, my heart starts pounding, my hands go numb, I feel like I can't get air. I keep "
            "thinking the train's coming, even when the arms are up. I see that freight in my head, how close "
            "it was in March.",
            "Therapist: That sounds awful, with a bus full of kids behind you.",
            "Client: Forty-two of them. That's what makes it worse.",
            "Therapist: Can I explain a bit about what your body's doing there? I think it might make it a "
            "little less scary.",
            "Client: Please.",
            "Therapist: After the near miss in March, your brain's alarm system learned \"crossing equals "
            'danger". So now, every time you stop at a crossing, it fires, even with the arms up and no train '
            "anywhere. The pounding heart, the numb hands, the feeling you can't breathe, that's adrenaline "
            "getting your body ready to run. It's really uncomfortable, but it isn't dangerous, and it's not "
            "a sign you're going crazy. It's a smoke alarm going off when there's toast in the toaster.",
            "Client: Toast in the toaster. (laughs) That's about right.",
            "Therapist: And every time Earl does the crossing for you, you feel relief, but your alarm never "
            "gets the chance to learn that the crossing is safe now. So it stays set on high.",
            "Client: So I gotta do it myself.",
            "Therapist: Eventually, yes, but we don't have to start with 41st Street and forty-two kids. "
            "Let's build a ladder, easiest at the bottom. What would be a two out of ten?",
            "Client: Sitting in my own car, parked near a crossing, with no train. Like the little one on "
            "Lewis, hardly any trains.",
            "Therapist: Good. And the top?",
            "Client: The 41st Street crossing, full bus, and a train actually going by while I'm stopped.",
            "Therapist: Okay. Let's fill in the middle together.",
            "Client: Driving my car over the Lewis one. Then the empty bus over Lewis with Earl in the seat "
            "behind me. Then the empty bus alone. Then 41st with the empty bus. Then the route.",
            "Therapist: That's a really good ladder. And for when the alarm goes off on a step, there's "
            "something you can do with your breathing. Try it now with me: in through your nose for a count "
            "of four, then out slowly through your mouth for six, like you're blowing on hot coffee. Let your "
            "belly move, not your shoulders.",
            "Client: (breathes) In, two, three, four. Out, two, three, four, five, six.",
            "Therapist: And again, a few times. Longer out than in.",
            "Client: (pause) Huh. My hands feel less tingly.",
            "Therapist: That's the slow out-breath telling your body it can stand down. So the idea is, you "
            "go to a step, you stay there until the fear comes down by about half, using the breathing if you "
            "need it, and you don't leave early.",
            "Client: Stay till it comes down. Okay.",
            "Therapist: Between now and next Tuesday, would you do the first two steps, parked by the Lewis "
            "crossing and then driving over it, three times each? And jot down your fear out of ten at the "
            "start and at the end, so we can see what happens.",
            "Client: I can do that. My husband can come with me Sunday.",
            "Therapist: Great. Bring me the numbers Tuesday and we'll decide whether you're ready for the empty bus.",
        ),
        techniques=frozenset({"breathing_exercise", "exposure", "homework", "psychoeducation"}),
    ),
    # George Town, Penang: stroke ward social worker with a hawker whose husband cannot yet speak; mostly listening.
    # Labels: her sister in Butterworth and the Wednesday family group. Not: nurse's breathing leaflet, temple, sleep.
    "blind23/penang_hawker_wife_stroke_ward.txt": LabelledSession(
        text=_session(
            "Therapist: Auntie Mei Ling, please sit. You've been here since morning, ah?",
            "Client: Since seven. I brought his porridge, but the nurse says he cannot swallow properly yet, "
            "must be the tube. So I just sit.",
            "Therapist: You just sit with him.",
            "Client: Yes. I talk to him. He cannot talk back. The doctor says maybe later, with the speech "
            "therapy. Maybe.",
            "Therapist: Maybe. That's a hard word to live with.",
            "Client: Very hard. Forty-one years, he talks, talks, talks. At the stall he is the one joking "
            "with the customers, I am the one frying. Now so quiet.",
            "Therapist: You miss his voice.",
            "Client: (nods) Even his complaining, I miss. (laughs, wipes eyes)",
            "Therapist: (pause) And the stall, while he's in here?",
            "Client: Closed. Three weeks already. My regulars keep calling, Auntie, when you open? I say, I "
            "don't know. I cannot do alone, the wok, the customers, the money.",
            "Therapist: It's a lot, the stall and the hospital and everything at once.",
            "Client: My son is in Singapore, he comes weekends. My daughter-in-law is good, she sends food. "
            "But weekday, only me.",
            "Therapist: Mm.",
            "Client: The nurse gave me a paper about stress, with breathing and stretching. I read it on the "
            "bus. I think, ah, breathing I can do, but who will fry the kway teow?",
            "Therapist: (smiles) The breathing won't fry the kway teow.",
            "Client: No. (laughs)",
            "Therapist: How are you managing at home at night?",
            "Client: I don't sleep much. I pray at the temple near the house sometimes. It helps a little.",
            "Therapist: I'm glad there's something that helps a little.",
            "Client: Mm.",
            "Therapist: You mentioned your sister to the nurse this morning. Is she nearby?",
            "Client: In Butterworth. Across the bridge. She says she can come, but I don't want to trouble "
            "her. She has her own grandchildren.",
            "Therapist: I wonder whether she might actually want to help. Family often feel better when "
            "they're allowed to do something. Maybe even a couple of weekdays, so you're not alone here. And "
            "there's a stroke family group that meets on this floor on Wednesday afternoons, other wives and "
            "husbands going through the same thing. No pressure, just so you know it's there.",
            "Client: Wednesday. Hmm. Maybe I go and see. And my sister, I will ask. She will scold me for not "
            "asking earlier. (laughs)",
            "Therapist: (laughs) Probably. Let her scold you.",
            "Client: Okay. Thank you for listening. Nobody ask me how I am, everybody ask how is he.",
            "Therapist: I'll come by again on Thursday to see how you both are.",
        ),
        techniques=frozenset({"social_support"}),
    ),
    # Gdansk: community psychologist, in English, with a Polish shipyard hull painter low since the winter lay-off.
    # Labels: walks reviewed, do it first and the feeling follows, week planned, evening notebook to next Wednesday.
    "blind23/gdansk_hull_painter_winter_layoff.txt": LabelledSession(
        text=_session(
            "Therapist: Good morning, Tomasz. Cold out there today.",
            "Client: Minus six. The Motlawa is frozen at the edges. (sits) So.",
            "Therapist: So. Last week we said you'd try to get out for a walk on two days. How did it go?",
            "Client: One day. Thursday. I walked to the Westerplatte ferry and back. Saturday I didn't go. I "
            "stayed in bed until two.",
            "Therapist: Tell me about Thursday.",
            "Client: It was okay. Grey. I saw the cranes. I thought, I used to be up there. Then I bought a "
            "zapiekanka and watched the ships. It was... not bad. Maybe the best hour of the week.",
            "Therapist: Mm. The best hour of the week.",
            "Client: It was only one hour.",
            "Therapist: What got in the way on Saturday?",
            "Client: I woke and thought, for what? Nobody needs me to be up. Marta is at work, the boy is at "
            "school. I don't have work until April. So I lay there.",
            'Therapist: That "for what" sounds very heavy. One thing we know about low mood is that it tells '
            "us to wait until we feel like doing something, and then we never feel like it. So we do the "
            "thing first, and often the feeling follows a bit later, like on Thursday.",
            "Client: Hmm. Like painting a hull. You don't wait to feel like it, you just start at the bow.",
            "Therapist: Exactly like that. So could we plan the week a little, a bit like a work schedule? "
            "What are some things that used to give you a good feeling, even small ones?",
            "Client: Fishing with my son on the pier in Brzezno. Cooking, I make bigos on Sundays for the "
            "whole family, my mother comes. Fixing things. The neighbour's bicycle is broken since October, "
            "she asks me, I keep saying next week.",
            "Therapist: Those are good. Fishing, bigos, the bicycle. Shall we put them on days?",
            "Client: Saturday morning fishing with Kuba, if it's not too cold, he has no school. Sunday "
            "bigos, my mother is coming anyway. The bicycle, maybe Tuesday. And the ferry walk Thursday "
            "again, I liked that.",
            "Therapist: Let's write it here. (writes) Tuesday the bicycle, Thursday the ferry walk, Saturday "
            "the pier with Kuba, Sunday bigos. And one more small thing. Each evening before bed, could you "
            "write a few lines in a notebook: what you did that day, how you felt, and one thing that was "
            "even a little bit good?",
            "Client: Like a diary. My wife will think I'm writing a novel. (laughs) Okay. In Polish, though.",
            "Therapist: Polish is perfect, you can tell me about it. Bring the notebook next Wednesday and "
            "we'll look at the week together, what went well and what got in the way.",
            "Client: Next Wednesday. Okay. Bigos is guaranteed, at least.",
            "Therapist: (laughs) Then we start with a success.",
        ),
        techniques=frozenset({"behavioral_activation", "homework", "journaling", "psychoeducation"}),
    ),
}
