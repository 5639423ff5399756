"""Blind test set 18 for the technique detector: sixteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 75 lines of
labelled_sessions_blind9.py, printed with `head -n 75` (interface, docstring conventions, labelling rules, the
settings set 9 used and the start of its dict; the rest of that file was not opened); the lines of
labelled_sessions_blind10.py to labelled_sessions_blind16.py that start with four spaces and a `#`, printed with
`grep -n "^    # "` on each (only to see which settings those sets used, so as to avoid them; nothing else of sets
10 to 16 was opened); the first 90 lines of labelled_sessions_blind17.py, printed with `head -n 90` (its docstring,
which fills those lines), and that file's comment lines, printed with `grep -n "^    # "`; the LabelledSession
dataclass in labelled_sessions.py, printed with `grep -n "class LabelledSession" -A4`; each catalog technique's
code, name, family and description, printed by a python one-liner that loaded sql/technique_catalog.json and printed
only those four fields (it accepted either a list or a mapping at the top level; synonyms, cues and every other
field were never printed and the file was never opened otherwise); and the line-length and target-version keys of
the [tool.ruff] table of pyproject.toml, printed by a python one-liner with tomllib. No slip is known. Besides that
it ran `date`, made its scratch folder /tmp/s26e, and ran `test -e` on this module's own path and `test -x` on
.venv/bin/ruff, to confirm that no file of this name existed yet and that ruff was there (no directory was listed).
It did not open the transforms package, the tests, the README, the docs or any other benchmark, did not grep the
repository beyond the commands above, did not read /work/shared, used no search tool, ran no git command and ran
nothing of the product, its tests, mypy or any benchmark; the only other commands run against the project were the
import check of this module (importing it with PYTHONPATH set to /work/main, counting sessions, turns and labels,
checking that every label is one of the catalog codes printed above, copied by hand into the check, and never one of
the three codes that are not labelled, and comparing each text and label set with the hand-written source), ruff
check / ruff format on this file alone, and awk and sed on this file alone to find over-long lines and to look at
its start. The module was emitted by a throwaway generator in /tmp/s26e, outside the project, from session text
written there by hand; before generating, a check run on that source alone counted turns, confirmed every turn opens
with 'Therapist:' or 'Client:' and is plain ASCII, and measured the comment lines; after it, two comment lines were
shortened by hand, and in the Dhaka chat two turns were dropped and two were merged by hand to bring it within
thirty turns (labels untouched). The generator only split each turn into implicitly concatenated string pieces to
keep lines short, ruff format may then re-join pieces that fit on one line, and the import check confirmed every
text is identical to the source. The labels were set by hand in that source before any check and were not touched by
any generating or formatting step; after the first import check, on rereading the Nuuk session, psychoeducation was
added to it by hand for the counsellor's do-less-feel-flatter explanation (and its comment line rewritten), before
any detector output existed, and no other label was changed; and this docstring was written by hand and wrapped with
textwrap, keeping the quoted commands whole; after the first import check one phrase of it about what set 17's first
ninety lines hold was corrected by hand and details of the checks were added, and the module was regenerated,
reformatted and checked again. Accents are left out in plain ASCII (Medellin, Julian, Dona, dias, Si, Tomas). No
text was copied from any corpus.

The settings were chosen to be unlike sets 9 to 17 and unlike each other, and the voices vary: a community
counsellor in Nuuk, Greenland, with a halibut fisherman off the boats after shoulder surgery; a clinic psychologist
in Medellin with a delivery rider robbed at knifepoint who now turns down hillside orders, in Spanish-sprinkled
English; a GP surgery counsellor in Naples who only listens to a pizzaiolo who took over his father's ovens; a
hospital liver clinic nurse in Chiang Mai with a rice farmer's son who drinks lao khao; a university counsellor in
Kigali with a nursing student who freezes when the ward sister watches her, who names a role play; a health centre
psychologist in El Alto, Bolivia, with an Aymara market vendor whose son left for Buenos Aires; a night text
helpline in Dhaka with a student who failed the civil service preliminary a third time, typed in lower case; a
family centre counsellor in Sfax, Tunisia, with a woman running the house while her husband fishes from Sicily; an
occupational health counsellor at a Mauritian sugar mill with a boiler man who has tension headaches; a child
development centre psychologist in Plovdiv with a mother who blames herself for her son's autism; a psychoanalytic
psychotherapist in Yerevan with an architect who brings a gift to every session; a hospital counsellor in Apia,
Samoa, with a bank teller who was three hundred tala short; a job centre career counsellor in Tashkent with a man
back from building sites in Russia; a waiting-list check-in call in Luxembourg to an EU translator who commutes from
Thionville; a support group for mothers on a children's oncology floor in Cairo; and a CBT psychologist by video in
Bratislava with a backend developer, who names the thought record and the behavioural experiment. Most counsellors
speak plainly, with fillers and half sentences, and bring techniques in indirectly ('what if we tried', 'some people
find it helps', 'let's just try something now'). Lengths run from ten to thirty turns. Group members speak as
'Client: (Name)', and a counsellor playing a part marks it '(as the sister)'.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises
in it. A technique the counsellor proposes and the client turns down is still proposed and is labelled (the list of
streets from easiest to hardest in Medellin, the bedside notebook in Plovdiv); a technique the counsellor only
recalls from an earlier meeting and does not take up again is not (the breathing that made the vendor dizzy in El
Alto, the week-one breathing in Cairo). A client merely mentioning something (a physio's band exercises, a sister's
chamomile, a priest, an abbot's meditation, a mother's prayers, a yatiri's coca leaves, a coaching centre, a
doctor's vitamins, Panadol, a pilgrimage to Grand Bassin, a mother-in-law's talk of injections, last year's parents'
mindfulness group with its diaries, the faifeau's prayer, a brother's loan, old column sheets from therapy in Metz,
a breathing app, a sister's yoga videos, a sheikh's words, a girlfriend's meditation app), the counsellor asking
about what the client already tried, or merely asking about a topic (sleep, friends, beer, work), advising something
outside any technique (telling the doctor about the Panadol, eating more than coffee) or using a scale only to
measure (how sure the farmer is of his plan) is not a label; rapport_empathy, assessment and session_structure are
never labelled. A counsellor explaining a technique while setting it up (the behavioural experiment in Bratislava,
the role play in Kigali) is part of that technique, not psychoeducation; explaining how the problem itself works
(the do-less-feel-flatter circle in Nuuk, the alarm after a robbery in Medellin, pressure and tight muscles in Port
Louis) is psychoeducation. A scale used inside a technique (the careless line in Apia, the belief ratings before the
Bratislava test) is part of that technique. ``homework`` is labelled only when a task is explicitly agreed for
before the next meeting and is to be reviewed (Nuuk, Kigali, Port Louis, Bratislava, where last week's thought
records are also read); plans made without such an agreement (the farmer's dry weekdays, which the nurse says she
will not test; the Sunday call in El Alto; the Tuesday visit to the electricity office in Sfax; the three places on
the Chirchiq road; the breathing the rider may use if he wants) are not homework. The listening session in Naples
and the check-in call in Luxembourg carry no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match
its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND18_SESSIONS: dict[str, LabelledSession] = {
    # Nuuk, Greenland: community counsellor with a halibut fisherman off the boats after shoulder surgery.
    # Labels: do-less-feel-flatter circle, net shed and harbour walks, cousin Aqqaluk, fridge ticks. Not: physio, beer.
    "halibut_fisherman_shoulder_nuuk": LabelledSession(
        text=_session(
            "Therapist: So. Hans. How's the shoulder, first of all?",
            "Client: Stiff. The physio gave me these exercises with the rubber band, I do them, mostly. It's not "
            "the shoulder really. It's the days.",
            "Therapist: Mm. Tell me about the days.",
            "Client: I get up, my wife goes to the school, the kids go. And then, I don't know. Coffee. TV. I "
            "look out at the fjord. The boats go out and I'm on the sofa. Two o'clock I'm still in the same "
            "clothes.",
            "Therapist: Yeah. And how is that, watching them go out?",
            "Client: Like... shit, honestly. Sorry. Twelve years on the longline and now I'm the guy on the sofa.",
            "Therapist: No, say it how it is. Are you having a beer in the day, or...",
            "Client: No. Maybe one in the evening. That's not it.",
            "Therapist: Okay. Um, so, something I see a lot when people are suddenly off work, the less they do "
            "the flatter they feel, and the flatter they feel the less they do. It kind of goes round. So what if "
            "we tried, not big things, just putting two or three small things into the week. Things that used to "
            "be, I don't know, yours.",
            "Client: Like what. I can't lift anything.",
            "Therapist: You tell me. What did you like doing on land, before all this?",
            "Client: Mending. The nets, the lines. My uncle still has lines in the shed down at the old harbour. "
            "I could sit and do that with one hand, more or less.",
            "Therapist: There you go. Which days?",
            "Client: Aqqaluk, my cousin, he's in the shed Tuesday and Thursday mornings. He'd talk my ear off.",
            "Therapist: Good, so Tuesday and Thursday morning, the shed with Aqqaluk. And something on the days "
            "in between? Even small.",
            "Client: Walk down to the harbour and buy fish for dinner. My wife would faint.",
            "Therapist: Ha. Let's give her a shock then. Monday, Wednesday, Friday, the harbour. Here's what I'd "
            "like, if you're okay with it. The calendar on your fridge, you put a tick when you did it, and if "
            "you didn't, no drama, put a cross and we'll look at why. Bring a photo of it Thursday next week and "
            "we go through it together.",
            "Client: A photo of my fridge. Okay. Fine.",
            "Therapist: And if the shoulder's bad one day, you still go down and sit with him. You don't have to "
            "mend anything.",
            "Client: Sit and listen to Aqqaluk. That's harder than mending.",
            "Therapist: Ha, okay. So, Thursday next week.",
            "Client: Thursday.",
        ),
        techniques=frozenset({"behavioral_activation", "homework", "psychoeducation", "social_support"}),
    ),
    # Medellin: clinic psychologist with a delivery rider robbed at knifepoint, now refusing hillside orders.
    # Labels: the alarm after a robbery explained, belly breathing tried, a street list offered and refused. Not: tinto.
    "robbed_delivery_rider_medellin": LabelledSession(
        text=_session(
            "Therapist: Bueno, Julian, sit, sit. Your hands, still shaking like last week?",
            "Client: A bit. Less. I'm drinking a lot of tinto, maybe that's it.",
            "Therapist: Could be, could be. And the work?",
            "Client: Pues, I'm working, but only Poblado and Laureles. Flat streets, lots of people. Anything up "
            "the hill, Comuna 8, anything after seven, I reject it. The app is punishing me, my rating goes down.",
            "Therapist: Mm. And when an order from up there comes in, what happens in the body?",
            "Client: Here, in the chest, tight, and my hands go cold, and I see the guy again. The knife. It's "
            "stupid, parce, it was two months ago.",
            "Therapist: It's not stupid. Look, after something like that the brain puts an alarm on anything that "
            "looks like that street, that hour, a guy on a bike behind you. It's doing its job, it wants to keep "
            "you alive. The problem is it's too sensitive now, it goes off on streets where nothing happened. "
            "That's very normal after a robbery, really.",
            "Client: So how do I switch it off?",
            "Therapist: Well, one thing for when it starts. Let's just try something now, okay? Hand here on your "
            "belly. Breathe in through the nose, slow, let the belly push the hand out, and then out through the "
            "mouth, longer, like you're blowing on a hot coffee. Again. One more.",
            "Client: Okay... it's, okay. A bit slower.",
            "Therapist: Slower, yes. That you can do at a red light, nobody sees. And the other thing, I'll be "
            "honest, what really turns the alarm down is going back, little by little. We'd make a list, the "
            "easiest street first, in daylight, with your cousin riding behind you, then a bit harder, and you "
            "stay each time until the fear comes down before you move up.",
            "Client: No. No, doctora, not now. I have a daughter. I'm not going up there to prove something.",
            "Therapist: I hear you. It's your call.",
            "Client: Maybe later. Now I just need to earn.",
            "Therapist: Listo. We leave the list. The breathing, use it if you want. And eat something, not only "
            "tinto, eh?",
            "Client: Si, si.",
        ),
        techniques=frozenset({"breathing_exercise", "exposure", "psychoeducation"}),
    ),
    # Naples: GP surgery counsellor with a pizzaiolo who took over his father's ovens; he talks, she listens.
    # No label: listening only. Not: sleep and friends asked, sister's chamomile, the parish priest, no task.
    "pizzaiolo_fathers_ovens_naples": LabelledSession(
        text=_session(
            "Therapist: Allora, Ciro. Last time you were telling me about your father handing over the keys.",
            "Client: Yes. Eh. He gave me the keys and went to Ischia with my mother. Forty years in the pizzeria "
            "and then, ciao, he goes fishing.",
            "Therapist: And you?",
            "Client: Me, I open at eleven, I close at one in the night. Six days. The seventh I do the accounts.",
            "Therapist: How are you sleeping, with that?",
            "Client: Five hours. Maybe. My sister says, drink chamomile, Ciro. Chamomile! I'm not sick, I'm tired.",
            "Therapist: Mm. Tired. And the friends, the ones you played calcetto with, do you see them?",
            "Client: They come to eat. They sit, I'm at the oven, I wave with the peel. That's seeing them now.",
            "Therapist: Waving with the peel.",
            "Client: Yes. And Don Mimmo, the priest, he comes on Thursday, he says I look grey. Grey! Everybody "
            "has an opinion.",
            "Therapist: Everybody has an opinion about you. And yours?",
            "Client: Mine... that I don't know if I want this. First time I say it. I don't know if I want the "
            "ovens. But in my family you can't say that, the pizzeria is like, like a saint.",
            "Therapist: That's a big thing to say out loud.",
            "Client: Yes. Eh. I feel a bit sick now.",
            "Therapist: Take a moment. We don't have to do anything with it today. It's said, it's here.",
            "Client: It's here. Okay. Next week, same time?",
            "Therapist: Same time.",
        ),
        techniques=frozenset(),
    ),
    # Chiang Mai: hospital liver clinic nurse with a rice farmer's son who drinks lao khao after work.
    # Labels: what the drinking gives and costs, the father he wants to be, dry weekdays to Songkran. Not: monk days.
    "rice_farmer_lao_khao_chiang_mai": LabelledSession(
        text=_session(
            "Therapist: Sawasdee krap, Khun Somchai. Sit. The doctor sent your blood, the liver number is high. "
            "You know already?",
            "Client: He told me. He was angry.",
            "Therapist: I'm not angry, no. I want to understand. When do you drink, mostly?",
            "Client: After work. With the boys at the shop near the canal. Lao khao, small glass, small glass, "
            "then it's not small.",
            "Therapist: Mm. So tell me the good side first. What does it give you, the lao khao?",
            "Client: Good side? The doctor never asks that. It's... fun. My back stops hurting. I don't think "
            "about the debt for the tractor. And the boys, we laugh.",
            "Therapist: Okay. Fun, the back, the debt goes away for a bit, friends. That's a lot. And the other side?",
            "Client: Morning is bad. Head. I shout at my son when he's slow. My wife sleeps with the baby in the "
            "other room when I come home. Money, maybe three hundred baht a night.",
            "Therapist: Three hundred a night.",
            "Client: Yes. That's the tractor, maybe.",
            "Therapist: If you look at the two sides, the fun and the back and the boys, and the head and the "
            "shouting and your wife in the other room... what do you see?",
            "Client: I see I'm like my father. He drank lao khao too. I said, me, never.",
            "Therapist: What kind of father did you want to be, when you said never?",
            "Client: The one who takes his son to the buffalo race. Not the one who sleeps on the floor of the shop.",
            "Therapist: That's clear. So if that's the father, what's one thing, small, you could try? Not stop "
            "everything. Something you can really do.",
            "Client: No drinking Monday to Thursday. Friday, Saturday, okay, with the boys.",
            "Therapist: Until when?",
            "Client: Until Songkran. Then I see.",
            "Therapist: Monday to Thursday nothing, until Songkran. That's your plan, not mine, I'm not going to "
            "test you on it. How sure are you, honestly, one to ten?",
            "Client: Seven. Because of Thursday. Thursday the boys have the cockfight.",
            "Therapist: Then Thursday is the hard one. Okay.",
            "Client: When I was a monk, three months, before I married, I didn't drink one drop. The abbot taught "
            "us to sit, meditation. I forgot all of it.",
            "Therapist: Mm. A long time ago, that.",
            "Client: Long time.",
        ),
        techniques=frozenset({"goal_setting", "pros_and_cons", "values_clarification"}),
    ),
    # Kigali: university counsellor with a nursing student who freezes when the ward sister watches her.
    # Labels: what the sister actually said, 'useless' to 'still learning', counsellor plays the sister, two answers.
    "nursing_student_ward_sister_kigali": LabelledSession(
        text=_session(
            "Therapist: Muraho, Claudine. You said on the phone it was a bad week.",
            "Client: Very bad. On Tuesday Sister Mukamana asked me the dose for a child, paracetamol, in front of "
            "the patients and the other students, and I... nothing. My mouth was closed. And I knew it! I knew it "
            "at night. My mother says pray before the shift. I pray.",
            "Therapist: Mm. And after, what were you telling yourself?",
            "Client: That I'm useless. That I will never be a nurse. That she thinks I'm the stupidest one.",
            "Therapist: That's heavy. Can we slow down on one bit, she thinks you're the stupidest. What did she "
            "actually say, after?",
            "Client: She said, look it up and tell me at the break.",
            "Therapist: And did you?",
            "Client: Yes. At the break. She said good. Just good.",
            "Therapist: Just good. Okay. Has she ever said you're stupid, or anything like it?",
            "Client: No... She shouted at Eric once. Not at me.",
            "Therapist: And the other side, anything she's done that says she thinks you're okay?",
            "Client: Last week she gave me the dressing on the diabetic foot, alone. The others were only watching.",
            "Therapist: Hm. So if we put it all on the table, one time you froze, she said look it up, you did, "
            "she said good, and she gave you the foot alone. Does 'she thinks I'm the stupidest' fit?",
            "Client: Not really. When you say it like that. But I still froze.",
            "Therapist: You did. So what's a fairer thing to say to yourself than 'I'm useless'?",
            "Client: I froze once because she was watching. I'm... still learning.",
            "Therapist: 'I froze once, I'm still learning.' How does that one sit?",
            "Client: Better. A bit.",
            "Therapist: Okay. Here's something, it might feel silly. What if we did a little role play. I'll be "
            "Sister Mukamana, I ask you things like on the ward, and you practise answering, even if it's 'I'm "
            "not sure, let me check'. Yes?",
            "Client: You don't look like her. Okay.",
            "Therapist: (as the sister) Claudine. Child, eighteen kilos. Paracetamol dose?",
            "Client: Fifteen milligrams per kilo, so... two hundred and seventy milligrams.",
            "Therapist: (as the sister) And how often?",
            "Client: Every six hours. Sister, let me check the maximum in the chart.",
            "Therapist: (as herself) How was that?",
            "Client: My heart was going. But the words came.",
            "Therapist: They did. And 'let me check' is a real nurse's answer. So, for next week, on the ward, "
            "notice two times you answered something, even small, and tell me how it went when we meet. Deal?",
            "Client: Deal. Two times.",
        ),
        techniques=frozenset({"cognitive_restructuring", "evidence_examination", "homework", "role_play"}),
    ),
    # El Alto, Bolivia: health centre psychologist with an Aymara market vendor whose son left for Buenos Aires.
    # Labels: comadre Julia and a fixed Sunday call, five children and the stall. Not: yatiri, last time's breathing.
    "market_vendor_son_abroad_el_alto": LabelledSession(
        text=_session(
            "Therapist: Dona Teodora, buenos dias. Come, sit, it's cold today. How have you been since last time?",
            "Client: Same, doctorcita. Since Wilmer went to Buenos Aires the house is very quiet. I went to the "
            "yatiri, he read the coca leaves, he says Wilmer is fine. But I'm not fine.",
            "Therapist: Mm. Last time we tried that breathing and you said it made you dizzy, so we left it, no?",
            "Client: Yes, I didn't like it. My head went round.",
            "Therapist: That's fine, we leave it. Today I just want to know, who's around you? At the market, at home.",
            "Client: At the market, my comadres. Dona Julia, Dona Paulina, the stalls next to mine. Twenty years "
            "together.",
            "Therapist: Do they know how you're feeling?",
            "Client: No. Why bother them? They have their own troubles.",
            "Therapist: Hm. Some people find it helps, not to tell everything, just to say to one person, I miss "
            "my son, it's hard. Is there one of them you could say that to?",
            "Client: Julia. Julia's daughter went to Spain. She would understand.",
            "Therapist: She might understand better than anybody. And Wilmer, do you talk?",
            "Client: When he calls. He doesn't call much.",
            "Therapist: What if it was fixed, Sunday, after mass, a call? Could you ask him that?",
            "Client: I could ask. He'd say yes. He's a good boy.",
            "Therapist: You raised a good boy. You raised five, and you've run that stall by yourself since your "
            "husband died, in the cold, at four in the morning. That's not nothing, Dona Teodora.",
            "Client: No, it's not nothing. I had forgotten that.",
            "Therapist: So. Julia, and Sunday with Wilmer.",
            "Client: Julia, and Sunday.",
        ),
        techniques=frozenset({"social_support", "strengths_review"}),
    ),
    # Dhaka: night text helpline with a student after failing the civil service preliminary a third time.
    # Labels: risk asked, pills to her aunt, signs, steps and 999 in her notes, Tithi tomorrow. Not: coaching centre.
    "failed_civil_service_exam_chat_dhaka": LabelledSession(
        text=_session(
            "Therapist: Hi, you've reached the helpline, I'm Nadia. Take your time. What's going on tonight?",
            "Client: hi. sorry its late",
            "Therapist: No sorry needed, we're here all night. What's happening?",
            "Client: result came out today. BCS prelim. i failed. 3rd time. abba doesnt know yet",
            "Therapist: Oh. Third time. That's really hard, after all that studying.",
            "Client: 2 yrs. coaching centre, everything. abba paid so much. i feel like im just wasting space",
            "Therapist: Wasting space. I want to ask you something straight, and it's okay to answer honestly. "
            "Are you having thoughts of ending your life tonight?",
            "Client: ... sometimes. tonight yes a bit",
            "Therapist: Thank you for telling me. Have you thought about how?",
            "Client: ammu has sleeping pills in her almirah. i was looking at them before i messaged",
            "Therapist: Okay. I'm glad you messaged instead. Where are you now, and where are the pills?",
            "Client: in my room. pills are in ammu's room. everyone sleeping",
            "Therapist: Is there anyone in the house you trust, who could keep those pills tonight?",
            "Client: rumana khala is staying with us this week. my mom's sister. shes the only one who doesnt ask "
            "about exams",
            "Therapist: Could you go to her and tell her you're not okay tonight, and ask her to keep ammu's "
            "pills with her? You don't have to say everything.",
            "Client: ok. maybe. ok i can do that",
            "Therapist: Good. Can we also make a little plan, just for you, for the next few days? What tells you "
            "it's getting bad, like tonight?",
            "Client: when i stop answering my friends. and when i keep opening the result page again and again",
            "Therapist: Those are good signs to know. And when you notice them, what helps even a little?",
            "Client: going on the roof. talking to khala. music, old rabindra sangeet",
            "Therapist: Roof, khala, music. And if it's still too much, you message here again, any time, or call "
            "999 if you're in danger. Can you put all of it in your phone notes? The signs, the three things, "
            "khala, this number, 999.",
            "Client: writing it now... done",
            "Therapist: Thank you. Will you go to khala now, while we're still chatting?",
            "Client: going. brb",
            "Client: i told her. shes sitting with me. she took the pills. shes crying lol",
            "Therapist: I'm really glad. And tomorrow, you said you stop answering your friends. Is there one "
            "friend who'd want to hear from you?",
            "Client: tithi. she sent 6 msgs today i didnt open",
            "Therapist: Maybe open them tomorrow, and see her, even just for a cha. You don't have to talk about "
            "the exam.",
            "Client: ok. tithi tomorrow. khala says we tell abba together",
        ),
        techniques=frozenset({"safety_planning", "social_support"}),
    ),
    # Sfax, Tunisia: family centre counsellor with a woman running the house while her husband fishes from Sicily.
    # Labels: three problems listed, options for the electricity bill, a plain no to the brother-in-law. Not: vitamins.
    "husband_in_sicily_bills_sfax": LabelledSession(
        text=_session(
            "Therapist: Ahla, Madame Ines. So, where do we start today?",
            "Client: Everywhere. That's the problem. Karim is in Mazara, he sends money when the boat is good. "
            "The electricity bill is late, my son has the bac and needs a tutor, and Karim's brother comes every "
            "week to borrow. The doctor gave me vitamins, he says I'm tired. Of course I'm tired.",
            "Therapist: Okay. Can we put these on paper, one by one, instead of all together in the head?",
            "Client: Okay.",
            "Therapist: So. Electricity, tutor, brother-in-law. If you could only fix one this week, which one is "
            "making the most noise?",
            "Client: Electricity. If they cut it, that's everything. The fridge, my son studying at night.",
            "Therapist: Right, just that one. What are the ways? Any ways, even silly ones.",
            "Client: Ask Karim to send early. Go to the STEG office and ask to pay in parts. Sell my gold "
            "bracelet. Ask my mother.",
            "Therapist: Good, four. Which one do you like?",
            "Client: Not the bracelet, it's from my mother. Paying in parts, I think. My neighbour did it last year.",
            "Therapist: And what do you need for that? When, what papers?",
            "Client: Tuesday morning, they open at eight. The bill, my ID. Karim's name is on the contract, hm, "
            "maybe a paper from him.",
            "Therapist: So maybe call Karim tonight for the paper, then Tuesday.",
            "Client: Yes. That's possible.",
            "Therapist: Now the brother-in-law. When he comes, what happens?",
            "Client: He sits, he drinks coffee, he says, Ines, just fifty dinars until Friday. And I give. He "
            "never gives back.",
            "Therapist: What would you want to say?",
            "Client: That I can't. But he's Karim's brother, I can't be rude.",
            "Therapist: Not rude. Clear. Something like, Slim, I can't lend any more money, things are tight "
            "while Karim is away. And then you don't explain more. Try it, say it to me.",
            "Client: Slim, I can't lend... any more money. Things are tight while Karim is away. My voice is small.",
            "Therapist: Again, a bit slower, looking at me.",
            "Client: Slim. I can't lend any more money. Things are tight while Karim is away.",
            "Therapist: That's it. And if he pushes?",
            "Client: I say it again. Same words.",
            "Therapist: Same words. Like a broken radio.",
            "Client: Like the radio in Karim's car.",
        ),
        techniques=frozenset({"assertiveness_training", "problem_solving"}),
    ),
    # Port Louis, Mauritius: occupational health counsellor at a sugar mill with a boiler man with tension headaches.
    # Labels: pressure and tight muscles explained, tense-and-let-go practised, card ticked to Friday. Not: Panadol.
    "boiler_man_headaches_port_louis": LabelledSession(
        text=_session(
            "Therapist: Bonzour, Mr Ramdin. The nurse said the headaches again?",
            "Client: Every day in crop season. Here, and the back of the neck, like a belt. I take Panadol, two, "
            "sometimes four.",
            "Therapist: Four's a lot, tell the doctor that. Can I explain something about those headaches, the "
            "way I understand them?",
            "Client: Yes.",
            "Therapist: When we're under pressure, the boilers, the long shifts, the body gets ready. Muscles "
            "tighten, shoulders come up, the jaw clenches. And if it never switches off, those muscles stay tight "
            "all day and the neck and the head pull. A lot of the men here get it in crop. It's not all in your "
            "head, it's in your muscles, sort of.",
            "Client: My wife says I grind my teeth at night.",
            "Therapist: That fits. So, what if we tried something now, ten minutes. You tighten one part, hold "
            "it, then let it go, and notice the difference. Okay?",
            "Client: Here? In the office?",
            "Therapist: Here, nobody's looking. Sit back. Start with the hands. Make fists, tight, tighter... "
            "hold... and let go. Let the fingers go soft. Notice that.",
            "Client: Warm. They feel warm.",
            "Therapist: Good. Now the shoulders, pull them up to your ears, hold, hold... and drop.",
            "Client: Oof. That's where it is.",
            "Therapist: Yeah. Once more. Up... hold... and let them fall. Now the jaw, clench your teeth, hold... "
            "and let it hang loose, a bit open.",
            "Client: I didn't know my jaw was like that.",
            "Therapist: Most people don't. How's the neck now, compared to when you came in?",
            "Client: Softer. Not gone. Softer.",
            "Therapist: So here's what I'd like. Every night before bed, hands, shoulders, jaw, five minutes. "
            "Tick this card each night you did it, and Friday next week bring it back and we see if the headaches "
            "changed.",
            "Client: Friday. Okay. My brother-in-law says go to Grand Bassin and pray, it will go.",
            "Therapist: You can do both.",
            "Client: Both, okay.",
        ),
        techniques=frozenset({"homework", "psychoeducation", "relaxation_mindfulness"}),
    ),
    # Plovdiv, Bulgaria: child development centre psychologist with a mother who blames herself for her son's autism.
    # Labels: what she'd say to her sister, the sentence said to herself, a bedside notebook offered and refused.
    "mother_blames_herself_plovdiv": LabelledSession(
        text=_session(
            "Therapist: Zdraveite, Desislava. How's Niki this week?",
            "Client: He's okay. He lined up all the cars again, an hour. He's happy. I'm the one who's not.",
            "Therapist: Mm. What's been going round?",
            "Client: The same. That I did something. When I was pregnant I worked to the last day, I drank "
            "coffee, I was stressed with the flat. My mother-in-law says it was the injections. I keep thinking, "
            "I did this to him.",
            "Therapist: That's a lot of blame to carry. Can I ask you something a bit different? Your sister, "
            "Mira, she's pregnant now, no?",
            "Client: Yes, seven months.",
            "Therapist: Imagine, some years from now, Mira's child gets the same diagnosis, and she sits in your "
            "kitchen and says, I did this, I drank coffee, I worked. What would you say to her?",
            "Client: I'd say... stop it, Mira. It's not the coffee. You love him, that's what matters. Oh.",
            "Therapist: Yeah.",
            "Client: That's not fair. It's easy to say to her.",
            "Therapist: It's easy to say to her. So what if you tried saying it to yourself, the same voice you'd "
            "use with Mira. Just one sentence.",
            "Client: Desi, it's not the coffee. You love him. (she cries a little) It's strange.",
            "Therapist: Take your time. Something some parents find helps, a little notebook by the bed, a few "
            "lines at night, what happened, what you felt, and one thing that went okay with Niki.",
            "Client: No. Honestly, no. Last year the centre had a parents' group, mindfulness, diaries, I did all "
            "of it and I felt like I was failing the homework too. I don't want one more thing to fail.",
            "Therapist: Fair enough. No notebook.",
            "Client: But the sentence I can keep.",
            "Therapist: Keep the sentence.",
        ),
        techniques=frozenset({"journaling", "self_compassion"}),
    ),
    # Yerevan: psychoanalytic psychotherapist with an architect who brings apricots or brandy to every session.
    # Labels: the gifts read as not wanting to owe, his mother's list, wanting them back right now. Not: custom as such.
    "architect_brings_gifts_yerevan": LabelledSession(
        text=_session(
            "Client: I brought you dried apricots. From my aunt in Ararat. Put them somewhere, it's nothing.",
            "Therapist: Thank you. This is the fifth week something has come through the door with you.",
            "Client: Is that a problem? Here you don't go to someone empty-handed. It's normal.",
            "Therapist: It is. And this isn't quite someone's house. I wonder what it would be like to come in "
            "with nothing.",
            "Client: Naked. I'd feel, I don't know. Like I'm taking.",
            "Therapist: Taking.",
            "Client: You give me the hour, I sit, I talk about myself. I have to give something back or I'm... in "
            "debt.",
            "Therapist: You told me your mother kept a list, who brought what to the funeral, who owes. Maybe "
            "here too you're making sure nothing is owed, so that you never just... receive.",
            "Client: She'd say, never let them hold something over you. (silence) Right now I want to take the "
            "apricots back. That's ridiculous.",
            "Therapist: It's not ridiculous. Let's stay with that, wanting them back, right now, here with me.",
        ),
        techniques=frozenset({"insight_interpretation"}),
    ),
    # Apia, Samoa: hospital counsellor with a bank teller who was three hundred tala short at cashing up.
    # Labels: worst, best, likely and coping, 'careless' on a line from 0 to 100, ring Aunty Sina. Not: the faifeau.
    "bank_teller_cash_short_apia": LabelledSession(
        text=_session(
            "Therapist: Talofa, Lupe. Sit down, sit down. You look like you didn't sleep.",
            "Client: I didn't. Friday I was three hundred tala short at the end of the day. They're checking the "
            "cameras. I keep thinking they'll fire me and the whole village will know, my father's name...",
            "Therapist: Okay. Okay. Let's go through it slow, yeah? What's the worst that could happen, the very "
            "worst?",
            "Client: They say I stole it. I lose the job, maybe police. My father has to stand up in church and "
            "everybody looks at him.",
            "Therapist: That's the worst. And the best?",
            "Client: They find it. Somebody counted wrong, the camera shows it.",
            "Therapist: And if you had to bet, the most likely?",
            "Client: Probably... they see I gave too much to someone. It happened to Mele last year. She got a "
            "warning, she paid it back a bit from her pay.",
            "Therapist: And Mele's still there?",
            "Client: She's a supervisor now.",
            "Therapist: And say it was the worst, say you lost the job. How would you get through?",
            "Client: My Aunty Sina would take me at her shop in Salelologa, she always asks. And I'd find "
            "something. I'm not stupid.",
            "Therapist: You're not. Now, you've said a few times you're so careless. If we drew a line, zero is "
            "never makes a mistake, a hundred is the most careless teller in Samoa. Where are you?",
            "Client: Right now, ninety.",
            "Therapist: What would the hundred person do?",
            "Client: Be short every week. Never count twice. Lie about it.",
            "Therapist: And you, how many times short in four years?",
            "Client: This is the first. And I told them myself, straight away.",
            "Therapist: So where on the line?",
            "Client: ...Twenty. Fifteen, maybe. Okay.",
            "Therapist: And Aunty Sina, does she know about Friday?",
            "Client: No. I'm too ashamed. The faifeau says pray about it, I've been praying.",
            "Therapist: She's the one who'd take you in. Maybe she's the one to ring tonight, so you're not "
            "carrying it on your own.",
            "Client: Yeah. I'll ring her tonight.",
        ),
        techniques=frozenset({"continuum_or_pie_chart", "decatastrophizing", "social_support"}),
    ),
    # Tashkent: job centre career counsellor with a man back from building sites in Russia who wants a tyre shop.
    # Labels: what he did as brigadier, the shop by September in dated steps. Not: brother's loan, no task set.
    "returned_builder_tyre_shop_tashkent": LabelledSession(
        text=_session(
            "Therapist: Assalomu alaykum, Rustam aka. Please. So, you're back for good?",
            "Client: For good. Six years in Kazan, concrete, rebar, one winter in Moscow. Enough. My children "
            "don't know me.",
            "Therapist: And now?",
            "Client: Now I sit at home, my wife says do something. I want a tyre shop. On the Chirchiq road there "
            "are many cars, few shops. But I am nobody, I only poured concrete.",
            "Therapist: Hm. Tell me what else you did on those sites. Not only pouring.",
            "Client: The last three years in Kazan I was brigadier, twelve men. I did the timesheets, I dealt "
            "with the Russian boss, I fixed the mixer truck when it broke, the tyres, everything. The boss gave "
            "me the cash for the men.",
            "Therapist: So, you led twelve men, kept their hours, handled a hard boss, fixed machines, and they "
            "trusted you with the money. That's not nobody.",
            "Client: When you say it like that it sounds like a CV.",
            "Therapist: It is a CV. Okay, the tyre shop. What do you want, plain words, and by when?",
            "Client: Open by September. Small. Me and one boy.",
            "Therapist: September. And the very first step?",
            "Client: Find the place, to rent, on the Chirchiq road. And a course, vulcanizing, two weeks, the "
            "college has it.",
            "Therapist: So, by the end of this month, look at three places on the Chirchiq road. By May the "
            "course done. June, the machine. Does that sound right?",
            "Client: My brother says he gives a loan. But a brother's loan, you know...",
            "Therapist: I know. And the three places this month, is it possible?",
            "Client: Possible. Yes. Saturday I go with my son.",
        ),
        techniques=frozenset({"goal_setting", "strengths_review"}),
    ),
    # Luxembourg: outpatient waiting-list check-in call to an EU translator who commutes from Thionville.
    # No label: check-in only. Not: old column sheets, breathing app, sister's yoga videos, sleep and work asked.
    "waiting_list_call_translator_luxembourg": LabelledSession(
        text=_session(
            "Therapist: Hello, is this Madame Keller? It's Paul from the outpatient service, about the waiting "
            "list. Is now an okay time?",
            "Client: Oh. Yes, yes, I'm on the train, it's fine, it's quiet.",
            "Therapist: Great. Just a check-in, nothing long. How have things been since you first got in touch?",
            "Client: Um. Up and down. Work is heavy, we have the Council texts. I'm sleeping badly, four, five hours.",
            "Therapist: Okay, sleep's still bad. And work, are you managing to go in?",
            "Client: Yes, I go. I always go. That's the problem, maybe.",
            "Therapist: Mm. Anything you've been trying in the meantime?",
            "Client: I had therapy in Metz a few years ago, CBT, we did those sheets with the columns, the "
            "thoughts. I have them somewhere. I downloaded a breathing app, I used it twice. My sister keeps "
            "sending me yoga videos.",
            "Therapist: Okay, I'll put that in the notes, it's useful for the therapist to know what you've done "
            "before.",
            "Client: When do I start?",
            "Therapist: We expect a first appointment in about three weeks, with Dr Weber. She'll write with the "
            "date. Is the email on file still right?",
            "Client: Yes, the work one.",
            "Therapist: Perfect. Okay, Madame Keller, thanks for your time.",
            "Client: Thank you. Bye.",
        ),
        techniques=frozenset(),
    ),
    # Cairo: children's hospital support group for mothers on the oncology floor, week four, three mothers.
    # Labels: 'a good mother never leaves the ward' reworked, cover for each other and a WhatsApp group. Not: week one.
    "oncology_mothers_group_cairo": LabelledSession(
        text=_session(
            "Therapist: Ahlan, ahlan. Sit, there's tea. Umm Youssef, you came back, I'm glad. Did anyone try the "
            "breathing from week one? No? That's okay, we're not doing it today anyway.",
            "Client: (Hala) I tried it one night. It didn't do much.",
            "Therapist: Fair enough. Today I want to start with something Nermine said last week. You said, a "
            "good mother never leaves the ward. Can you say a bit more?",
            "Client: (Nermine) Yes. Omar is on chemo, day fifteen. If I go down to eat, or home to shower, what "
            "if something happens and I'm not there? A good mother stays.",
            "Client: (Umm Youssef) Me too. I haven't been home for nine days. My husband brings clothes.",
            "Therapist: Nermine, when did you last eat a proper meal?",
            "Client: (Nermine) Yesterday... no. Tuesday.",
            "Therapist: Tuesday. And how are you with Omar, when you haven't eaten, haven't slept?",
            "Client: (Nermine) Short. This morning I snapped at him because he wouldn't take the medicine. Then I "
            "cried in the bathroom.",
            "Therapist: So the rule says a good mother never leaves. And what happens when she never leaves?",
            "Client: (Hala) She becomes a bad mother. Sorry, Nermine, I mean, I'm the same.",
            "Client: (Nermine) No, it's true.",
            "Therapist: Is there another way to put the rule, one that fits better with what you've seen, and is "
            "still a good mother?",
            "Client: (Umm Youssef) A good mother eats so she can hold him.",
            "Client: (Hala) A good mother goes for one hour so she comes back with patience.",
            "Therapist: How does that sound to you, Nermine?",
            "Client: (Nermine) Strange. But... yes. A good mother goes for an hour so she comes back with "
            "patience. My mother used to say something like that.",
            "Therapist: And the fear, what if something happens while you're away. Who could be there?",
            "Client: (Hala) I'm in room twelve, Omar's next door. I sit with him when you go down. And you sit "
            "with Malak when I go.",
            "Client: (Nermine) You'd do that?",
            "Client: (Hala) We're all here anyway.",
            "Client: (Umm Youssef) We should make a WhatsApp group, the mothers on the floor. If someone needs to "
            "go down, she writes, and someone covers.",
            "Therapist: I like that a lot. Who'll make it?",
            "Client: (Umm Youssef) Me. Give me your numbers.",
            "Client: (Nermine) The sheikh who visits the ward says patience is from God. Maybe it's also from lunch.",
            "Therapist: Maybe both. Okay, let's go round. How is everyone leaving today?",
            "Client: (Hala) Lighter.",
            "Client: (Umm Youssef) Hungry!",
            "Client: (Nermine) Like I'm allowed to go and eat.",
        ),
        techniques=frozenset({"cognitive_restructuring", "social_support"}),
    ),
    # Bratislava: CBT psychologist by video with a backend developer sure he'll be fired if a Slack message waits.
    # Labels: his thought record read, a phone-in-drawer test named and set, results to Wednesday. Not: Headspace.
    "developer_slack_evenings_bratislava": LabelledSession(
        text=_session(
            "Therapist: Ahoj, Tomas. Can you hear me? You're frozen... okay, there you are.",
            "Client: Yeah, sorry, the wifi in the flat. Hi.",
            "Therapist: So, last week you were going to fill in the thought record, the one with the columns. Did "
            "you get to it?",
            "Client: I did three. I have them here. Should I read?",
            "Therapist: Please. Just one, the hottest one.",
            "Client: Okay. Thursday, nine forty in the evening, I'm in the shower, I hear the Slack sound. "
            "Thought: if I don't answer in five minutes, Martin will think I'm lazy and I'll be first in the "
            "layoffs. Anxiety ninety. I got out of the shower wet and answered.",
            "Therapist: And the message was?",
            "Client: A GIF. Someone's birthday cake.",
            "Therapist: Okay. And the last column, the other way of seeing it?",
            "Client: I wrote, most messages after nine aren't urgent. But I believed it like thirty percent.",
            "Therapist: Thirty. That's honest. So, we could argue about it all day, you and me, but you've got an "
            "engineer's head. What if we tested it? This is what we call a behavioural experiment. You make a "
            "prediction, we set up a test, and you see what the data says.",
            "Client: Like an A/B test on myself.",
            "Therapist: Sort of, yeah. What's the prediction, exactly, so we can check it?",
            "Client: If I leave a non-urgent message for two hours, Martin will say something, or it'll show in "
            "my review.",
            "Therapist: And how would you know? What does Martin saying something look like?",
            "Client: A comment. Where were you. Or a ping with two question marks. Or him being cold in stand-up.",
            "Therapist: Good, that's measurable. And the test?",
            "Client: Uh... after seven, the phone goes in the drawer for two hours. If it's really urgent there's "
            "PagerDuty, it calls me anyway.",
            "Therapist: Right, the pager covers the real emergencies. How many evenings?",
            "Client: Three? Monday, Tuesday, Thursday.",
            "Therapist: Three evenings. And each time you write down what came in, what you did, and whether "
            "Martin or anyone said anything. Then next Wednesday we look at the results together.",
            "Client: And if he does say something?",
            "Therapist: Then that's data too, and we look at it. I'm not promising nothing happens. I'm saying "
            "let's find out instead of guessing.",
            "Client: Okay. That's fair. That's actually how I'd debug.",
            "Therapist: Before the test, how much do you believe it, that he'll say something?",
            "Client: Seventy, maybe.",
            "Therapist: Seventy. Write that down too, we'll rate it again on Wednesday.",
            "Client: Okay. My girlfriend says I should do the Headspace thing, the meditation. I did it twice.",
            "Therapist: Mm. So. Monday, the drawer.",
            "Client: Monday, the drawer.",
        ),
        techniques=frozenset({"behavioral_experiment", "homework", "thought_record"}),
    ),
}
