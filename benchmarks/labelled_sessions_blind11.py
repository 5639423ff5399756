"""Blind test set 11 for the technique detector: fifteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 75 lines of
labelled_sessions_blind9.py, printed with `head -n 75` (interface, docstring conventions, labelling rules, the
settings set 9 used and the start of its dict, including the `_session` helper and the name BLIND9_SESSIONS); the
first 30 lines of labelled_sessions_blind10.py, printed with `head -n 30`, which did not list all of set 10's
settings, so also its lines starting with four spaces and a `#`, printed with `grep -n "^    # "` (one comment line
naming each setting; the rest of set 10 and every other labelled_sessions_blind*.py module were not opened); the
LabelledSession dataclass in labelled_sessions.py, printed with `grep -n "class LabelledSession" -A4`; each catalog
technique's code, name, family and description, printed by a Python one-liner that loaded sql/technique_catalog.json
and printed only those four fields of each entry under "techniques" (the synonyms and cue fields were never printed
and the file was never opened otherwise); and the bare [tool.ruff] table of pyproject.toml (line-length and
target-version only), printed with an awk filter that stopped at the next table header, so no lint subtable was
seen. Those commands were run in two shell calls, so their outputs came back together; the first 75 lines of set 9
include the opening turns of its first session. Besides that it ran `ls -l` on .venv/bin/python, .venv/bin/ruff and
this module's own path, to confirm that the tools were there and that no file of this name existed yet (no directory
was listed). It did not open the transforms package, the tests, the README, the docs or any other benchmark, did not
grep the repository beyond the commands above, did not list the benchmarks folder, did not read /work/shared, ran no
git command and ran nothing of the product, its tests, mypy or any benchmark; the only other commands run against
the project were the import check of this module (importing it and counting sessions, turns and labels, and
comparing each text and label set with the hand-written source), ruff check / ruff format (and format --check) on
this file alone, and awk and sed on this file alone, to measure its line lengths and view it. The module was emitted
by a throwaway generator kept in /tmp/blind11, outside the project, from session text written there by hand; the
generator only split each turn into implicitly concatenated string pieces to keep lines short and copied two
hand-written comment lines per session, ruff format then re-joined the pieces that fit on one line, and the import
check confirmed every text is identical to the source. Before the module existed some turns were merged or cut in
the source to keep each session at 20 turns or fewer; no label was changed by that. The labels, set by hand in that
source, were not touched by any later step, and this docstring was written by hand (its paragraphs only re-wrapped
by Python textwrap). No text was copied from any corpus.

The settings were chosen to be unlike sets 9 and 10 and unlike each other, and the voices and registers vary: an
EMDR-informed preparation session in Zagreb with a Brazilian software tester after a tram collision (calm place and
grounding, no memory work); schema therapy chair work in Rotterdam with a Turkish-Dutch pharmacist after a labelling
slip; compassion-focused therapy in Nairobi with an accounting graduate who failed a CPA paper twice; interpersonal
therapy in Cebu City with a ship's cook retired after thirty years at sea; behavioural couples therapy in Kraków
with a Polish-Spanish couple who share English as a second language; family therapy in Accra with a fifteen-year-old
gamer and his parents; enhanced CBT for an eating disorder in Copenhagen; insomnia CBT by auto-transcribed voice
notes with a retired Minnesota teacher living in Lisbon; CBT for psychosis in Kingston, Jamaica, with a warehouse
worker and a commanding voice; a Vet Center counsellor in San Antonio with a former convoy commander before an
anniversary; a prison counsellor in Maghaberry, Northern Ireland, with a man pressed to hold drugs for his cellmate;
a university counselling centre in Kuala Lumpur with a student who never speaks in tutorials; a text-speak peer
support forum thread at 3 a.m. with a peer moderator; a generated transcript with markdown headings, bold text and
inline bullets, with a remote developer from Rosario alone in Tallinn; and a bereavement counsellor in Newcastle
upon Tyne who only listens to a widowed retired welder. Counsellors mostly use techniques in their own words; a few
name them (calm place, window of tolerance, three systems, sleep pressure, values). Family and couple members and
forum posters speak as 'Client: (Name)', the forum moderator as 'Therapist: (Sol, peer moderator)', voice notes
start with '[voice note, m:ss]', and the generated transcript has its markdown headings as lines of their own.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises
in it. A client or another member merely mentioning something (a sister's rosary, GP sleeping tablets, a workplace
mindfulness course, a colleague's advice to ignore it, a pastor's prayer and a church WhatsApp group, a meditation
app, a wife's novena, a priest, Youth Fellowship, a mother's calorie app, melatonin, a husband's CPAP, a daughter's
sleep app, an antipsychotic injection, a grandmother's bush tea, a friend's service dog, a chaplain's group, an
officer's cell-move advice, a housemate's meditation app, cold showers, the gym, a weighted blanket, a CBT app, a
company wellbeing webinar, a church-hall grief group, a son-in-law's 'keep busy' and a widower's notes to his wife),
or the counsellor merely asking about a topic (sleep, weed, sleep and alcohol, sleeping and eating), advising
against something (home weighing, googling at night, weed, switching off a router mid-match, serious talks after
ten, drinking on an anniversary, hitting a cellmate, skipping tutorials) or using a nought-to-ten or
nought-to-a-hundred scale only to measure, is not a label; rapport_empathy, assessment and session_structure are
never labelled. ``homework`` is labelled only when a task is explicitly agreed for before the next meeting and is to
be reviewed; plans made without such an agreement (a calm place said not to be homework, monthly goals said not to
be a task for next week, a family goal with nothing to report back, a prisoner set nothing to report back, a
generated plan with no session booked said not to be homework, a 'call me Monday') are not homework. The
listening-only bereavement session carries no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match
its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    return "\n".join(turns)


BLIND11_SESSIONS: dict[str, LabelledSession] = {
    # Zagreb: EMDR-informed preparation with a Brazilian tester after a tram collision.
    # Labels: tolerance window, calm place and grounding, the old man. Not: rosary, tablets, sleep, 0-10, not homework.
    "emdr_calm_place_tram_zagreb": LabelledSession(
        text=_session(
            "Therapist: Dobar dan, Luana. Sit wherever is comfortable. Like we said last time, today is only "
            "for preparation, yes? We do not touch the tram memory today.",
            "Client: Yes. Good. Honestly I was nervous the whole way on the number 6. I sat next to the door.",
            "Therapist: Before we start, from zero to ten, how much disturbance do you feel in the body right now?",
            "Client: Maybe five. My shoulders are like stone. My sister sends me audios saying she prays the "
            "rosary for me every night, which is sweet, but I still wake at three with the sound of the "
            "brakes.",
            "Therapist: And how has the sleep been since we met?",
            "Client: Bad. The GP gave me something for sleeping but I don't like how heavy I feel in the morning.",
            "Therapist: That one is for talking over with her. Let me explain something about why the brakes "
            "still feel so close. When something very frightening happens, the brain sometimes stores the "
            "memory raw, with the sound, the smell, the feeling in the body, as if it was never filed away in "
            "the past. So a squeal in the street can bring it all back like it is happening now. This is how "
            "a nervous system reacts to danger, it is not you being weak or crazy. There is a zone, some "
            "people call it the window of tolerance, where you can feel things and still think. When the "
            "brakes come, you jump above that window.",
            "Client: Above the window. Yes, exactly. My heart goes crazy and I can't think in Croatian or "
            "English or Portuguese.",
            "Therapist: So before any memory work we build some places inside you that bring you back into "
            "the window. I would like to try a calm place exercise with you now. Close your eyes or look at "
            "the floor, whatever feels safer. Bring to mind a place, real or imagined, where you feel "
            "peaceful. Take your time. Notice what you see there, the colours. What you hear. What is under "
            "your feet, cool or warm. Just notice, nothing to fix. While you notice, I will tap slowly on the "
            "backs of your hands, left, right, left, right, only a few times. What do you notice in your body "
            "now?",
            "Client: The beach at Florianópolis, early morning, before my uncle opens his kiosk. Nobody "
            "there. My shoulders came down a bit. I can almost smell the salt. Strange.",
            "Therapist: Let's give that place one word that belongs to it.",
            "Client: Maré. Tide.",
            "Therapist: Maré. Now open your eyes and feel your feet on my floor. Name three things you can "
            "see in this room and two things you can hear. You are here, in Ilica street, on a Tuesday.",
            "Client: The plant, the blue cup, your ugly clock. The trams outside, and the radiator knocking.",
            "Therapist: My clock is ugly, I agree. One more thing. In that moment on the tram, what did you "
            "do that you are, maybe quietly, proud of?",
            "Client: Proud? I don't know. The old man next to me fell, and I held his head and talked to him "
            "until the ambulance came. I forgot that part.",
            "Therapist: You forgot it, but you did it. You were frightened yourself and still you stayed "
            "steady for someone else. That is also part of the story, and it is a strength you carry with "
            "you. Zero to ten, how much disturbance now?",
            "Client: Three. Warm in the chest, like, ok, I was not only a victim there. Can I use Maré at home?",
            "Therapist: You are welcome to visit Maré whenever it helps, but it is not homework and I will "
            "not ask you about it. Next week we see if the window feels a little wider.",
        ),
        techniques=frozenset({"psychoeducation", "relaxation_mindfulness", "strengths_review"}),
    ),
    # Rotterdam: schema therapy chair work with a Turkish-Dutch pharmacist after a labelling slip.
    # Labels: bakery voice and sorries, therapist voices critic, kind to Little Esra. Not: 0-100, colleague, course.
    "schema_chair_work_pharmacist_rotterdam": LabelledSession(
        text=_session(
            "Therapist: Goedemiddag, Esra. You sent me a message on Friday after the thing at the pharmacy. "
            "Do you want to start there?",
            "Client: Yes. Sorry, I know it was a very long message. Sorry for that.",
            "Therapist: Two sorries in the first minute, and you were not late and the message was welcome. "
            "Shall we keep an eye on that as we go? Now, tell me what happened.",
            "Client: I put the wrong label on a box of eye drops. My colleague saw it before it went out, "
            "nothing happened to anybody. But the whole evening there was a voice in my head: stupid, "
            "careless, you will lose your registration, you are always like this. I did not eat dinner. My "
            "colleague says just ignore it, but you can't ignore it, it's loud.",
            "Therapist: From zero to a hundred, how much did you believe 'I am careless' on Friday evening?",
            "Client: Ninety. Now maybe sixty.",
            "Therapist: That voice, 'you are always like this'. When you hear it, whose tone does it have?",
            "Client: My father. In the bakery in Schiedam. If I gave wrong change he didn't shout, he just "
            "said, very cold, 'Always you.' In front of the customers.",
            "Therapist: Here is what I see, and tell me if it doesn't fit. When you make a small mistake, the "
            "cold voice from the bakery comes in and takes over, and the little girl who gave the wrong "
            "change is the one who feels it. Then the apologising starts, to your colleague, to me, as if it "
            "could keep the cold voice away. It is the punishing side we talked about, and it learned its job "
            "behind that counter. Even now, with me, part of you seems to wait for me to say 'always you'.",
            "Client: Yes. It fits too much. I was waiting for it.",
            "Therapist: I would like to try something with the chairs. This empty chair is for the punishing "
            "side. I will sit in it and speak its words, only the words you gave me. You stay in your chair "
            "as grown-up Esra, the pharmacist with fifteen years of experience, and answer it. Ok?",
            "Client: Weird. But ok.",
            "Therapist: (from the other chair, cold) Always you. Careless. You will lose your registration, "
            "and you deserve it.",
            "Client: Stop. She gave wrong change, she was eight. You don't talk to her like that anymore. I "
            "am the one who runs that pharmacy now, not you.",
            "Therapist: (back in own chair) How was it to say that?",
            "Client: My hands are shaking. But it felt like standing up straight. My work offers a "
            "mindfulness course in spring, maybe that also helps with the voice.",
            "Therapist: Maybe. For now let's stay with these chairs. Look at the small stool, that is Little "
            "Esra behind the bakery counter. What would you say to her, the way you would talk to your niece "
            "Elif if she came home after a mistake like this?",
            "Client: I would say, hé lieverd, it was a mistake, everybody makes them, you are not in trouble "
            "and I am not going anywhere. Come, we get a stroopwafel.",
            "Therapist: Could you let those words be for you too, on an evening like Friday, when the cold "
            "voice comes?",
            "Client: Maybe. It is strange to be kind to myself. With Elif it is so easy.",
        ),
        techniques=frozenset({"insight_interpretation", "role_play", "self_compassion"}),
    ),
    # Nairobi: compassion-focused therapy with an accounting graduate who failed a CPA paper twice.
    # Labels: three systems, soothing breathing, cousin Kevo, letter for Thursday. Not: pastor, church group, app.
    "compassion_focused_exam_shame_nairobi": LabelledSession(
        text=_session(
            "Therapist: Karibu, Brian. Have a seat. How was the matatu?",
            "Client: Sawa, the usual jam on Ngong Road. To be honest I almost didn't come. I've been hiding "
            "in my room since the results came out.",
            "Therapist: I'm glad you came. Tell me where things are.",
            "Client: I failed Section 3 again. Second time. My mum had told the whole church WhatsApp group "
            "I'd pass, she even had the pastor pray over my certificates folder. Now I can't face anyone. I "
            "keep thinking I'm a fraud, I'm the one who wasted the fees.",
            "Therapist: When that thought comes, 'I'm a fraud', what happens in your body?",
            "Client: Heat in my face, and I want to disappear. Then I just lie there scrolling.",
            "Therapist: Let me share a way of understanding this that many people find useful. Our brains "
            "have roughly three systems for managing emotion. One is a threat system, built for protection. "
            "It's fast, it gives us anxiety, anger, shame, and it's very good at spotting danger. Another is "
            "the drive system, which pushes us to achieve and get things, the exams, the certificate. The "
            "third is a soothing system, the one that calms us when we feel safe and cared for. In people who "
            "have been pushing hard, the threat and drive systems often run all day and the soothing one "
            "hardly gets a turn. None of that is your fault. We didn't design these brains, we just got them.",
            "Client: So the shame is my threat system going off?",
            "Therapist: Yes, trying to protect you from being rejected, in a clumsy way. It's not the truth "
            "about who you are. What we want is to help the soothing system get stronger. Can we try "
            "something with your breathing first?",
            "Client: Poa, let's try.",
            "Therapist: Both feet on the floor. Let your breathing slow down a little, in through the nose "
            "for about four, out for about five, a steady, slow rhythm, a bit slower than normal. Let your "
            "face soften, maybe a small smile. Don't force it. We'll stay with this for about a minute.",
            "Client: Okay. That's a bit better, my chest is less tight. I tried one of those meditation apps "
            "before but the lady's voice irritated me.",
            "Therapist: Then keep your own rhythm, no app voice. Now, still breathing slowly, imagine your "
            "cousin Kevo came to you and said he had failed an exam twice. What would you say to him?",
            "Client: I'd tell him, bro, this paper is brutal, half the people fail it, you're not stupid, "
            "you'll sit it again and I'll help you revise. Then I'd buy him chips.",
            "Therapist: Notice the voice you just used, warm, on his side. What if you spoke to Brian like that?",
            "Client: It feels wrong. Like I'm letting myself off the hook.",
            "Therapist: Lots of people fear that. Kindness isn't letting yourself off. Kevo would still sit "
            "the exam again, just with someone in his corner. Here's what I'd like to suggest: before our "
            "session on Thursday, write a letter to yourself from the part of you that spoke to Kevo, about "
            "the results, about your mum and the church group. It doesn't need to be long. Bring it, and "
            "we'll read it together and talk about what it was like to write.",
            "Client: A letter to myself. Eish. Fine, I'll do it, maybe on Sunday when the house is quiet.",
            "Therapist: Sunday sounds good. And when the heat comes into your face, try the slow breathing. "
            "On Thursday the letter is the first thing I'll ask about.",
        ),
        techniques=frozenset({"psychoeducation", "breathing_exercise", "self_compassion", "journaling", "homework"}),
    ),
    # Cebu City: interpersonal therapy, role transition of a ship's cook retired after thirty years.
    # Labels: old and new role weighed, Jun, brother, two month goals. Not: novena, 0-10, goals not a next-week task.
    "ipt_retired_ship_cook_cebu": LabelledSession(
        text=_session(
            "Therapist: Maayong buntag, Sir Rodel. Last week we agreed to look at what changed when you came "
            "home from the ship for good. Shall we start there?",
            "Client: Yes, Ma'am. Before that, my wife said to tell you she is doing a novena for me, nine "
            "days at the Santo Niño. She thinks it's the house, hehe.",
            "Therapist: Please thank her for me. From zero to ten, ten being the worst the sadness has been, "
            "where were you this week?",
            "Client: Seven lang. Mornings are the worst. On the ship I was up at four making breakfast for "
            "twenty-two crew. Now I wake at four and there's nothing. My wife has her routine already, the "
            "sari-sari store, her friends from church. I'm like furniture in the house.",
            "Therapist: You moved from one role, chief cook, to another, the retired man at home, and the new "
            "one doesn't fit yet. Can we look at both, honestly, the good and the bad? Start with the old "
            "life. What was good about being at sea?",
            "Client: The crew respected me. Cook is important, you know, if the food is bad the whole ship is "
            "bad. Good salary, I sent three children to college. I knew exactly what to do every hour.",
            "Therapist: And what was hard about it, if we're honest?",
            "Client: Nine months away every time. I missed my daughter's graduation. My son's wedding I "
            "watched on a phone in the Suez. The storms. Christmas alone.",
            "Therapist: Now the life at home. What's bad about it so far?",
            "Client: No purpose. No money coming. Nobody needs my cooking, my wife says I use too much oil. "
            "The neighbours call me 'the seaman' like it's past tense.",
            "Therapist: And anything good about it, even small?",
            "Client: Hmm. I'm here for my granddaughter. I sleep without the engine noise. I was at my "
            "brother's birthday for the first time in maybe fifteen years. And my knee can finally rest.",
            "Therapist: So the old role gave you respect, a clear job and a crew around you, and it cost you "
            "being present. The new one gives you your family, but so far it's missing the respect and the "
            "crew. Where could some of that crew feeling come from now?",
            "Client: There's an association of retired seafarers in Mandaue. My compadre Jun goes every "
            "Saturday. I always say no, too many old men telling the same stories.",
            "Therapist: What would it be like to go with Jun, even once? And your brother, could he be one of "
            "the people you lean on?",
            "Client: Jun would be happy. And Dong, my brother, he's retired also, from the port. We could "
            "have coffee in the mornings. Also the barangay captain asked if I could teach cooking to the "
            "out-of-school youth. I said maybe, then I forgot.",
            "Therapist: Let's make some of this concrete. Not a task for next week, I won't be checking up on "
            "you, but goals for the coming month that we keep in view in these sessions. What would they be?",
            "Client: One, go with Jun to the association on the first Saturday of the month. Two, call the "
            "captain and say yes to one cooking class, adobo, easy lang.",
            "Therapist: The first Saturday with Jun, and one class for the youth. Both sound realistic to me.",
            "Client: Salamat, Ma'am. It's like the ship has a course again.",
        ),
        techniques=frozenset({"pros_and_cons", "social_support", "goal_setting"}),
    ),
    # Kraków: behavioural couples therapy in English with a Polish-Spanish couple and a toddler.
    # Labels: I feel/when/I would like, evening solved, Saturday coffee, fridge sheet. Not: priest, talks after ten.
    "behavioural_couples_evenings_krakow": LabelledSession(
        text=_session(
            "Therapist: Dzień dobry, both of you. Last week you called the evenings the battlefield. Today I "
            "want to work on two things: how you ask each other for things, and the evening itself. Okay?",
            "Client: (Marta) Okay. But first, it was a bad week. On Tuesday he went to the balcony for forty "
            "minutes while I was bathing Zosia and washing bottles.",
            "Client: (Javier) Because you were already shouting. When you start with 'you never', I cannot "
            "talk. My English goes, my Polish goes, everything goes.",
            "Therapist: Let me suggest another way to ask. Instead of 'you never', you say what you feel, in "
            "which exact situation, and what you would like. 'I feel, when, I would like.' Marta, can you try "
            "it with Tuesday, to Javier?",
            "Client: (Marta) I feel exhausted and alone when I do the bath and the bottles and the dishes at "
            "the same time, and I would like you to take the bottles every evening.",
            "Therapist: Javier, now you. And you are allowed to say no, or not now, but clearly, with words, "
            "not with the balcony door.",
            "Client: (Javier) I feel stressed when I come home at half past six and immediately there is a "
            "list, and I would like fifteen minutes to change clothes, then I am fully in. And no, I don't "
            "want to do the bath, I am scared I drop her. But bottles and dishes, yes.",
            "Client: (Marta) Fifteen minutes? If I know it is fifteen and not forty, okay.",
            "Therapist: Now let's treat the evening as a problem you solve together, not a question of who is "
            "guilty. What exactly is the problem, in one sentence?",
            "Client: (Marta) Between half past six and eight there is too much work for one person and we "
            "don't know who does what.",
            "Therapist: Good. Now throw out every possible solution, even silly ones. No judging yet.",
            "Client: (Javier) Paper plates. My mother in Valencia says we should talk to a priest, that is "
            "also an option, I guess.",
            "Client: (Marta) Bath at six, before he comes. Dishwasher at night instead of washing by hand. A "
            "list on the fridge. My sister could come on Thursdays.",
            "Therapist: Which ones would you actually try first?",
            "Client: (Javier) Bath at six with Marta, then my fifteen minutes, then I do bottles and the "
            "dishwasher. And the list on the fridge, so nobody has to remember.",
            "Therapist: One more thing. You told me about the salsa evenings in Kazimierz before Zosia. Could "
            "you plan one thing this week just for the two of you, something you both enjoy, even one hour?",
            "Client: (Marta) Saturday morning Zosia goes to babcia. We could go for coffee and pączki at the "
            "market, like before.",
            "Therapist: So until next Tuesday: the new evening plan every day, and you tick on the fridge "
            "sheet each evening whether it happened; asking with 'I feel, when, I would like'; and the "
            "Saturday coffee. Bring the sheet and we start next week by looking at how it went. Agreed?",
            "Client: (Javier) Agreed. And still no serious talks after ten at night, like you said last time.",
            "Therapist: Yes, nothing serious after ten, you are both too tired by then.",
        ),
        techniques=frozenset({"assertiveness_training", "problem_solving", "behavioral_activation", "homework"}),
    ),
    # Accra: family therapy with a fifteen-year-old gamer and his parents.
    # Labels: circle and headmaster, what they appreciate, school-night goal. Not: Youth Fellowship, router, no report.
    "family_gaming_teen_accra": LabelledSession(
        text=_session(
            "Therapist: Welcome, all three of you. Kojo, I know coming here wasn't your idea, so thank you "
            "for being here anyway.",
            "Client: (Mr Mensah) This boy is on that PlayStation until two, three in the morning. His teacher "
            "called about his maths. I took the controller, he found the old one. I changed the WiFi "
            "password, he got it from his sister.",
            "Client: (Mrs Mensah) And then you shout, he shouts, I'm in the middle, and nobody in the house sleeps.",
            "Therapist: Kojo, how does it look from your side?",
            "Client: (Kojo) Daddy doesn't even ask what I'm playing. It's FIFA with my guys from school, it's "
            "the only time I see them outside class. He just comes and yanks the cable. In front of them, on "
            "the mic. It's embarrassing, chale.",
            "Therapist: Can I say what I notice as you all speak? It looks like a circle. The more Mr Mensah "
            "clamps down, the more Kojo goes underground and plays later at night, and the later he plays, "
            "the more worried his father gets, and the harder he clamps down. Each move makes sense from "
            "where each of you stands, and each move keeps the circle going. Does that fit?",
            "Client: (Mr Mensah) Hmm. Maybe. But what am I supposed to do, let him play till morning?",
            "Therapist: Not at all. I'm also thinking of what you told me at our first meeting, that your own "
            "father was a headmaster. How did he handle things when you were fifteen?",
            "Client: (Mr Mensah) Ah. Cane first, questions never. I swore I would be different.",
            "Therapist: And yet when you are frightened for Kojo's future, some of that headmaster comes "
            "through in you: taking things away without a word. Not because you don't love him, but because "
            "that is how you learned worry looks. So Kojo may be hearing the headmaster rather than the "
            "worried father.",
            "Client: (Mr Mensah) That is hard to hear. But it's true.",
            "Client: (Mrs Mensah) Our pastor says he should just go to Youth Fellowship on Fridays and find "
            "better friends.",
            "Therapist: Before we go further, I'd like each of you parents to say one thing you genuinely "
            "appreciate about Kojo, something he is good at or did well lately.",
            "Client: (Mrs Mensah) He's patient with his little sister. He taught her to ride her bicycle when "
            "none of us had the time.",
            "Client: (Mr Mensah) He is sharp. When my laptop crashed before my presentation, he fixed it in "
            "ten minutes. I didn't even thank him.",
            "Therapist: Now let's agree on something concrete all three of you can live with. What would a "
            "realistic school-night goal be?",
            "Client: (Kojo) Play till ten on school nights, midnight on weekends. And Daddy knocks, he "
            "doesn't pull it in front of my guys.",
            "Client: (Mr Mensah) Ten, maths finished first, and the console lives in the hall, not his bedroom.",
            "Therapist: So: maths first, console in the hall, off at ten on school nights and midnight at "
            "weekends, and a knock, not a yank. Kojo? And one thing I'd advise against, Mr Mensah, is "
            "switching the router off in the middle of a match again. I'm not setting anything for you to "
            "report back on, the goal is yours as a family. We'll meet again in three weeks.",
            "Client: (Kojo) Deal.",
        ),
        techniques=frozenset({"insight_interpretation", "strengths_review", "goal_setting"}),
    ),
    # Copenhagen: enhanced CBT for eating disorders, session five, a student who binges at night.
    # Labels: weight moves, gaps and binges, records, snack prediction, until Tuesday. Not: home weighing, calorie app.
    "cbt_e_afternoon_snack_copenhagen": LabelledSession(
        text=_session(
            "Therapist: Hello Freja. As usual we start by weighing together, and then we look at your "
            "records. Shall we?",
            "Client: Yes. I have been dreading it since Monday, to be honest.",
            "Therapist: All right. 54.2 today. Last week 54.6, the week before 53.9. What do you make of that?",
            "Client: I was sure it would be higher. I ate the afternoon snack on three days.",
            "Therapist: Let's put the three weeks next to each other. Body weight moves up and down by as "
            "much as a kilo from one day to the next, with water, salt, when you last went to the toilet, "
            "your cycle. A single number tells us almost nothing, so we look at the trend over about four "
            "weeks. That is also why I advised against weighing yourself at home every morning: each number "
            "gets read as a verdict.",
            "Client: I haven't weighed at home since. But my mother has one of those apps that counts every "
            "calorie and she keeps leaving her phone open on the kitchen table, which doesn't help.",
            "Therapist: Let's look at your monitoring records. Can you take me through Wednesday?",
            "Client: Breakfast at eight, oatmeal. Lunch in the canteen at half past twelve. At half past "
            "three I skipped the snack because of a lecture, and in the thoughts column I wrote: 'I don't "
            "deserve to eat, I haven't done anything today.' At nine there is an asterisk. That is a binge. "
            "Toast, cereal, a whole packet of biscuits. In the column I wrote: disgusting, no control, start "
            "again Monday.",
            "Therapist: Thank you. When you look at the row at half past three and the row at nine together, "
            "what do you notice?",
            "Client: The skipped snack came first. Almost six hours without food, and then the binge.",
            "Therapist: Yes. When the gaps get long, the body's pressure to eat builds up, and a binge is "
            "partly a physical response to that restriction, not a lack of character. That is why regular "
            "eating is the foundation: three meals and two or three planned snacks, with no gap longer than "
            "about four hours.",
            "Client: But my fear is that if I eat the snack every single day, I will gain. Definitely a kilo "
            "by next week.",
            "Therapist: How strongly do you believe that, from zero to a hundred?",
            "Client: Eighty-five.",
            "Therapist: Would you be willing to test it? The prediction is: 'If I eat the planned snack every "
            "day this week, my weight will be at least one kilo higher next Tuesday.' You eat the snack at "
            "half past three every day, we weigh together next Tuesday, and we see what actually happened.",
            "Client: It's scary. But okay. If it goes up, I stop.",
            "Therapist: That is fair, it is an experiment, and we will look at the result honestly together. "
            "So, before next Tuesday: the snack at half past three every day, on lecture days in the break, "
            "and keep filling in the records in real time, with the thoughts column. Bring them and we begin "
            "with them.",
            "Client: Fine. I will put a muesli bar in my bag so there is no excuse.",
        ),
        techniques=frozenset({"thought_record", "psychoeducation", "behavioral_experiment", "homework"}),
    ),
    # Lisbon: insomnia CBT by auto-transcribed voice notes with a retired Minnesota teacher.
    # Labels: sleep pressure, worst/best/likely and coping, window and log to Thursday. Not: melatonin, CPAP, googling.
    "cbt_i_voice_notes_lisbon": LabelledSession(
        text=_session(
            "Client: [voice note, 1:12] Hi Inês, it's Barb. Um, so, night three of the, the window thing. I'm "
            "not gonna lie, I'm pretty crabby. I was in bed at twelve-thirty like you said and then I was "
            "awake from like three till five, and I just lay there thinking, well, tomorrow's shot, I'm gonna "
            "be a zombie at my Portuguese class. Oh, and Rick's CPAP machine was whistling again. Okay. Bye.",
            "Therapist: [voice note, 2:05] Olá Barb, thanks for the message, and I'm sorry it was a rough "
            "one. Two things. First, when you're awake more than about twenty minutes, remember you get up, "
            "go to the sofa in the sala, do something boring, and come back only when you're sleepy. Second, "
            "why the first week feels worse: we're building what we call sleep pressure, the body's hunger "
            "for sleep. The less time you spend lying in bed awake, the more that hunger builds, so over a "
            "week or two sleep usually gets deeper and more solid. And lying awake in bed for hours teaches "
            "the brain that bed is the place for worrying. So the tiredness right now is part of how it "
            "works, and it's temporary.",
            "Client: [voice note, 0:48] Okay, that makes sense, kinda like not snacking before dinner. The "
            "pharmacist at the farmácia tried to sell me melatonin, by the way, I said no thanks. But it's "
            "the thinking I can't shut off. Tomorrow's shot, tomorrow's shot.",
            "Therapist: [voice note, 1:03] Let's take that one. If you sleep badly tonight, what's the very "
            "worst that could happen tomorrow?",
            "Client: [voice note, 0:39] Worst? Oh, I fall asleep in class, the teacher thinks I'm a rude old "
            "lady, I'm miserable all day and I snap at Rick.",
            "Therapist: [voice note, 0:20] And the best that could happen after a bad night?",
            "Client: [voice note, 0:31] Best, I guess I feel fine after a coffee and nobody notices. That "
            "happened Monday, actually.",
            "Therapist: [voice note, 0:15] And the most likely?",
            "Client: [voice note, 0:52] Most likely, um, I'm kinda foggy till lunch, a bit slow with my verbs "
            "in class, I do my walk along the river and I'm okay by the afternoon. Yeah. That's what usually "
            "happens, honestly.",
            "Therapist: [voice note, 0:28] And if the worst did happen, if you were miserable all day, how "
            "would you get through it?",
            "Client: [voice note, 0:44] I'd tell the teacher I slept bad, she's a sweetheart. Eat a pastel de "
            "nata. Go to bed at my time. I've survived worse than a cranky Tuesday, I taught third grade for "
            "forty years, for Pete's sake. Oh, and my daughter keeps sending me some sleep app link, should "
            "I?",
            "Therapist: [voice note, 0:41] Let's talk about apps on Thursday's video call. And please don't "
            "google insomnia tonight, it only feeds the thinking.",
            "Client: [voice note, 0:09] Deal. No googling.",
            "Therapist: [voice note, 1:44] So, until Thursday: keep the window, twelve-thirty to six-thirty, "
            "up after twenty minutes awake, no nap after lunch, and fill in the sleep log each morning, just "
            "the times. On Thursday we'll go through the log together and decide whether we can move the "
            "window fifteen minutes earlier.",
            "Client: [voice note, 0:18] You betcha. Twelve-thirty to six-thirty, log every morning. See you "
            "Thursday, hon. Tchau.",
        ),
        techniques=frozenset({"psychoeducation", "decatastrophizing", "homework"}),
    ),
    # Kingston, Jamaica: CBT for psychosis with a warehouse worker and a commanding voice.
    # Labels: evidence for and against the Colonel, one untapped pass, book to the 14th. Not: injection, bush tea, weed.
    "cbtp_commanding_voice_kingston": LabelledSession(
        text=_session(
            "Therapist: Morning, Andre. Good to see you. How the fortnight go?",
            "Client: Mi deh yah, Miss. Di Colonel loud this week. Especially when mi reach home from the wholesale.",
            "Therapist: What has he been saying?",
            "Client: Same ting. 'Tap di gate seven times or yuh madda dead.' So mi tap it. Every time mi pass "
            "it. Sometimes twenty times a day. Neighbour dem a look pon mi funny.",
            "Therapist: Right now, from nought to a hundred, how much do you believe something will happen to "
            "your mother if you don't tap?",
            "Client: Right now? Seventy. At night, hundred.",
            "Therapist: How's the sleep? And the smoking in the evenings?",
            "Client: Sleep so-so. Mi cut down the weed, only weekend now. Doctor give mi the injection last "
            "Tuesday. Mi granny seh she a pray over it, and she put bush tea inna mi flask.",
            "Therapist: Good you're keeping up the injection. Mind the weed, you know what we said about "
            "that. Now, can we look at the Colonel's claim together, like two detectives? What makes you "
            "think he can do what he says?",
            "Client: Him know tings. Him know when mi reach the gate. Him know mi name.",
            "Therapist: Okay, that goes on the 'for' side. Anything that doesn't fit? Anything for the other side?",
            "Client: Hmm. Well, last month mi did have fever, mi never leave the bed three days, mi never tap "
            "the gate at all. And Mummy was fine, she was at market selling like normal.",
            "Therapist: Three days, no tapping, and your mother was fine. Anything else?",
            "Client: Last year him seh mi would lose mi job by Christmas. Mi still deh at the wholesale. Dem "
            "even give mi forklift licence.",
            "Therapist: So he has said things that didn't happen. And the things he 'knows', your name, when "
            "you reach the gate: who else knows those things?",
            "Client: Mi. Mi know mi own name, mi know when mi reach the gate. So him only know what mi know. "
            "Maybe him nuh so powerful as him mek out. Forty now, maybe.",
            "Therapist: Would you be willing to test it, carefully? The Colonel predicts that if you don't "
            "tap, your mother will come to harm. What if, once a day, at one pass only, you walk through the "
            "gate without tapping, and then in the evening you call your mother? Everything else stays the "
            "same.",
            "Client: Just one time a day? Mi frighten, but mi can try. Mi call her after work every evening anyway.",
            "Therapist: So between now and when we meet on the 14th: once a day, one pass without tapping, "
            "then call Mummy, and write in this little book what the Colonel said, how strong the belief was, "
            "and how she was. Bring the book and we go through it together.",
            "Client: Seen. Mi put it inna mi work bag.",
        ),
        techniques=frozenset({"evidence_examination", "behavioral_experiment", "homework"}),
    ),
    # San Antonio, Texas: Vet Center counsellor with a former convoy commander before an anniversary.
    # Labels: risk asked and crisis card, responsibility circle, fairer wording. Not: service dog, Shiner, call Monday.
    "veteran_route_guilt_san_antonio": LabelledSession(
        text=_session(
            "Therapist: Ray, come on in. Coffee's fresh if you want some, the good stuff, not the machine.",
            "Client: Appreciate it. Rough week, not gonna lie. Anniversary's Friday. Fourteen years. "
            "Martinez. I keep runnin' it. I picked Route Tampa 'stead of the alternate. If I'd picked the "
            "alternate he'd be coachin' Little League in El Paso right now. It's on me. All of it.",
            "Therapist: Before we go there, I need to ask you straight, same as always. When it gets this "
            "heavy, any thoughts of ending things?",
            "Client: Couple nights last week I sat in the truck with my pistol on the seat. Didn't do "
            "nothin'. Just sat. Then my daughter texted about a softball game and I went in.",
            "Therapist: Thank you for telling me. Let's put a plan on paper right now, so it's there for "
            "Friday. What are the signs it's heading that way? What do you notice first?",
            "Client: I stop answerin' my phone. I drink alone in the garage. I get the gun out to 'clean it.'",
            "Therapist: Those are your warning signs. When you notice them, what's the first thing you can do "
            "on your own?",
            "Client: Get out of the garage. Walk the dog round the block. Put the Astros on.",
            "Therapist: And who do you call? Name names.",
            "Client: My brother Danny. Hollis from the unit, up in Killeen. Hollis got himself a service dog "
            "last year, swears by it. And my wife, though I hate scarin' her.",
            "Therapist: Danny, Hollis, your wife. And the gun: would you have Danny keep the lockbox key "
            "through the anniversary weekend? If none of that works, it's the Veterans Crisis Line, 988 and "
            "press 1, or text, or the ER at Audie Murphy. I'm writing all of it on this card for your wallet.",
            "Client: Yeah. I can do that. I'll call Danny tonight about the key.",
            "Therapist: Now, 'it's all on me'. I'm drawing a circle here. This is all the responsibility for "
            "Martinez dying. Who and what had a part in it?",
            "Client: Me. I picked the route. The guys who planted the IED, obviously. Intel, they'd cleared "
            "Tampa that morning. Battalion pulled our route clearance team for another mission. The armor on "
            "those trucks, everybody knew it was thin.",
            "Therapist: Give each one a slice. How big for the men who planted it?",
            "Client: Biggest. Forty percent, maybe more. Intel fifteen. Route clearance pulled, fifteen. The "
            "armor, ten. The war and the politicians, ten. That leaves ten for me. Ten percent. Huh. It felt "
            "like a hundred walkin' in here.",
            "Therapist: Ten percent, for a call made in about thirty seconds, with the intel you had, under "
            "orders to make the checkpoint by 0600. What would be a fairer way to put it than 'it's all on "
            "me'?",
            "Client: I made the best call I could with what I knew, and somebody else set that bomb. It's not "
            "all on me.",
            "Therapist: Hold onto those words. Go easy on the Shiner Friday, it won't help. And call me "
            "Monday, alright?",
        ),
        techniques=frozenset({"safety_planning", "continuum_or_pie_chart", "cognitive_restructuring"}),
    ),
    # Maghaberry, Northern Ireland: prison counsellor with a man pressed to hold drugs for a cellmate.
    # Labels: nine months and Level 2, clear no repeated, plays Decky. Not: cell move, chaplain, hands, no report back.
    "prison_cellmate_spice_maghaberry": LabelledSession(
        text=_session(
            "Therapist: Right, Gary. Sit yourself down there. How's the landing been since I saw you?",
            "Client: Wile. Yer man in my cell, Decky, he's at me every night to hold his gear for him. Spice. "
            "Says it's only till the search is done, says I owe him for the vapes.",
            "Therapist: And what've you been saying to him?",
            "Client: Ach, 'maybe', 'I'll see', 'not the night, I'm wrecked'. Then he comes back the next "
            "night. Officer Kerr says put in for a cell move, but that takes weeks and everybody knows why "
            "you moved. The chaplain says come to his group and pray on it. Aye, dead on.",
            "Therapist: Before we get into Decky, I want to remind you of something. Nine months clean. You "
            "passed your Level 2 in the kitchens in March, first go. And you stopped taking the bait when the "
            "lads wind you up on the landing. That's somebody who's already turned a corner in a place that "
            "doesn't make it easy.",
            "Client: Suppose. My ma cried when I told her about the certificate, so she did.",
            "Therapist: That's the fella I want talking to Decky. The trouble with 'maybe' and 'not the "
            "night' is they sound like a yes later, so he keeps coming back. A clear no is short, gives him "
            "no reasons to argue with, and you say it again the same way if he pushes. Something like: 'No, "
            "Decky. I'm not holding anything for anybody. That's not changing.'",
            "Client: No reasons at all? Feels dead rude.",
            "Therapist: Reasons give him something to chip at. 'I'm wrecked' means ask me tomorrow. You can "
            "be calm and still clear. Look at him, keep your voice level, and if he pushes, say it again. And "
            "the vapes are a separate thing.",
            "Client: I could say I'll square him for the vapes on canteen day. That's fair, like.",
            "Therapist: Let's practise it. I'll be Decky, you be you. (as Decky) Gary, mate, just stick it in "
            "your mattress till Thursday, nobody'll look at you, you're a good boy now.",
            "Client: No, Decky. I'm not holding anything for anybody.",
            "Therapist: (as Decky) Ah, come on, after all I done for you? Them vapes weren't free.",
            "Client: I'll square you for the vapes on canteen day. But no, I'm not holding anything. That's "
            "not changing.",
            "Therapist: (as Decky) You're some mate. Catch yourself on.",
            "Client: Maybe. But I'm still not holding it.",
            "Therapist: (stepping out of it) How was that?",
            "Client: Harder than it looks. My heart was going. But I only said 'maybe' about being a mate, "
            "not about the gear.",
            "Therapist: You stayed on it three times. Whatever he says, don't lift your hands to him, that "
            "would wreck all you've built. I'm not setting you anything to report back on, you've enough "
            "going on. If you want to talk about how it went, you know I'm on the wing Thursdays.",
        ),
        techniques=frozenset({"strengths_review", "assertiveness_training", "role_play"}),
    ),
    # Kuala Lumpur: university counselling centre with an accounting student who never speaks in tutorials.
    # Labels: rule weighed, must to prefer, speaking ladder, two steps until Wednesday. Not: meditation app, skipping.
    "university_tutorial_fear_kuala_lumpur": LabelledSession(
        text=_session(
            "Therapist: Hi Wei Ling, come in, have a seat. Last week you mentioned the tutorial participation "
            "marks. How has it been?",
            "Client: Aiyo, worse lah. Friday got Auditing tutorial, twenty percent participation, and I "
            "didn't say anything again. The whole hour my heart like want to explode. My housemate say use "
            "her meditation app, I tried once and fell asleep.",
            "Therapist: What goes through your mind in the tutorial when you think about speaking?",
            "Client: That I must say something perfect. If I say something wrong, everybody will know I'm not "
            "smart, the tutor also. Cannot make mistakes in front of people. That's my rule since secondary "
            "school.",
            "Therapist: That rule, 'I must never make a mistake in front of people'. Let's look at what it "
            "does for you. What are the advantages of having it?",
            "Client: Hmm. It make me prepare very well. My notes are the best in the group, everybody borrow. "
            "And I never embarrass myself.",
            "Therapist: And the disadvantages?",
            "Client: I never talk, so I lose participation marks. I'm stressed every Friday, I skip lunch "
            "because of my stomach. Actually I also never learn, because I never ask. And my friends think "
            "I'm sombong, like proud, because I'm so quiet.",
            "Therapist: If you put the two lists side by side, is the rule mostly helping you or costing you?",
            "Client: Costing. Quite a lot, actually. Wah, when I say it like that.",
            "Therapist: Rules with 'must' in them tend to be very rigid. What would be a version that keeps "
            "the good part, preparing well, but is less harsh on you?",
            "Client: Maybe: 'I prefer to say things correctly and I will prepare, but if I make a mistake "
            "it's not the end, I'm still learning, that's why I'm in uni.'",
            "Therapist: How does that one feel compared to the old one?",
            "Client: Lighter. Bit strange, but lighter.",
            "Therapist: Now let's work on the speaking itself, step by step. We build a ladder from easiest "
            "to hardest, and you rate how scary each step is from zero to ten. You start at the bottom, stay "
            "with each step even when the anxiety comes instead of escaping, and only move up when it feels "
            "manageable.",
            "Client: Easiest, email the tutor a question, two. Then ask a question in my study group of four, "
            "three. In tutorial ask the tutor a question, six. Give an answer in tutorial, eight. Present the "
            "case study in Week 10, ten.",
            "Therapist: And please try not to skip tutorials meanwhile. Can we agree that before next "
            "Wednesday you do the first two steps: email the tutor one question, and ask one question in your "
            "study group? Note your anxiety before and after, zero to ten, and we go through it when you come "
            "back.",
            "Client: Okay, can. The email I do tonight, otherwise I overthink. Study group is Tuesday, I'll "
            "ask about the materiality part.",
            "Therapist: Great. Bring your numbers on Wednesday.",
        ),
        techniques=frozenset({"pros_and_cons", "cognitive_restructuring", "exposure", "homework"}),
    ),
    # Peer support forum thread: a lonely apprentice at 3 a.m., other members and a peer moderator.
    # Labels: risk and crisis numbers, sister and five-a-side, bedside notebook. Not: members' showers, blanket, app.
    "peer_forum_thread_3am_loneliness": LabelledSession(
        text=_session(
            "Client: (moth_at_3am) idk why im posting this. its 3am again n im wide awake. moved to a new "
            "city for my apprenticeship 2 months ago n i dont know anyone. work is ok but nights r awful. cry "
            "most nights ngl. some nights i dont really see the point of anything tbh",
            "Client: (kez_b) hey moth 💛 been there. what helped me was cold showers lol and the gym, sounds "
            "mad but honestly",
            "Client: (dunc88) weighted blanket changed my life m8. also theres a free app that does cbt "
            "stuff, cant remember the name, will find it",
            "Therapist: (Sol, peer moderator) Hi moth_at_3am, I'm Sol, one of the peer supporters here. "
            "Thanks for posting, it takes guts at 3am. I want to check one thing you said first: when you say "
            "some nights you don't see the point, are you having thoughts of ending your life? Answer as "
            "honestly as you like, nobody here will judge.",
            "Client: (moth_at_3am) not like a plan or anything. more like id be ok if i just didnt wake up. "
            "tonights not the worst one tho",
            "Therapist: (Sol, peer moderator) Thanks for being straight with me, that matters. If it ever "
            "shifts towards wanting to act on it, or you feel unsafe, please call Samaritans on 116 123 "
            "(free, any time) or text SHOUT to 85258, and call 999 or go to A&E if you're in immediate "
            "danger. Could you save those in your phone now? It might also help to jot down what tends to "
            "make the bad nights worse and one or two things that get you through, so it's ready when you "
            "need it.",
            "Client: (moth_at_3am) saved. worse = when i skip tea n scroll insta looking at everyone back "
            "home. gets me thru = talking to my sister on fb, my cat pics lol",
            "Therapist: (Sol, peer moderator) That's a really good start. Speaking of your sister: does she "
            "know how hard the nights have been? You don't have to carry this on your own. Could you message "
            "her tomorrow and tell her a bit of it? And is there anyone at work, even one person, you could "
            "have a brew with?",
            "Client: (moth_at_3am) she thinks im living my best life 😂 i could tell her i guess. theres a lad "
            "at work Connor who asked if i wanted to come to 5 a side. i said no cos shy",
            "Client: (kez_b) GO TO 5 A SIDE 😤 lol",
            "Therapist: (Sol, peer moderator) Ha, kez has a point 🙂 Five-a-side with Connor could be a way to "
            "get to know people without loads of talking. One more idea for the 3am spiral: keep a notebook "
            "by the bed and write down what you're feeling and what's going round your head, instead of "
            "scrolling. It doesn't have to be neat, it's just getting it out of your head and onto paper.",
            "Client: (moth_at_3am) i used to write in a diary when i was like 14 lol. might try that instead of insta",
            "Therapist: (Sol, peer moderator) Sounds like a plan. Keep posting here, some of us are around at "
            "night too. And if things get worse, those numbers are there for you 💛",
            "Client: (moth_at_3am) thanks sol. gonna try n sleep now. might reply to connor tomoz x",
        ),
        techniques=frozenset({"safety_planning", "social_support", "journaling"}),
    ),
    # Generated transcript with markdown headings: a remote developer from Rosario alone in Tallinn.
    # Labels: three values rated, week scheduled, one-month goal. Not: 0-10, sleep and alcohol, webinar, not homework.
    "generated_markdown_values_tallinn": LabelledSession(
        text=_session(
            "# Counselling Session Transcript (Simulated)",
            "## Session 2: Values and the Week Ahead",
            "Therapist: Welcome back, Tomás. Last time you described feeling 'invisible' since moving to "
            "Tallinn for your remote role. How has the past week been, on a scale of 0 to 10, where 10 is the "
            "most isolated you have felt?",
            "Client: Honestly, an 8. It's dark at half past three now. Some days the only person I speak to "
            "is the cashier at Rimi. My manager suggested the company wellbeing webinar, but it's basically "
            "at 2 a.m. my time.",
            "Therapist: Thank you for sharing that. Before we continue, how have your sleep and alcohol use "
            "been this week?",
            "Client: Sleep is okay. A couple of beers on Friday, nothing unusual.",
            "### Exploring What Matters",
            "Therapist: I'd like us to step back from the loneliness for a moment and explore what genuinely "
            "matters to you. If you imagine your life in Tallinn a year from now going the way you would "
            "truly want, not the way others expect, what would it be about?",
            "Client: Having people. Not many. Like in Rosario, where I had my asado group every Sunday. Also "
            "doing good work, I love building things that are elegant. And being in my body. I used to climb.",
            "Therapist: So I'm hearing three values: **connection** (belonging to a small group), **craft** "
            "(meaningful, well-made work) and **physical vitality**. From 0 to 10, how much are you living "
            "each one at the moment?",
            "Client: Connection, 2. Craft, 7, work is actually fine. Vitality, 1. I haven't climbed since I "
            "left Argentina.",
            "### Planning Valued Activities",
            "Therapist: That gap is informative: the lowest values are the ones the loneliness is pointing "
            "at, so let them guide your choices this week, for example whether to stay in or go out. Let's "
            "turn that into action. Could we schedule two or three specific activities for the coming week "
            "that move you towards connection and vitality? Be as concrete as possible: what, when and where.",
            "Client: There's a bouldering gym in Telliskivi with a beginners' social night on Tuesdays. And "
            "an Argentine guy in the expat group organises an asado once a month, the next one is Saturday. "
            "Maybe on Wednesday I also work from a café in Kalamaja instead of my flat, just to be around "
            "people.",
            "Therapist: Excellent. Let's put them in your calendar: - **Tuesday 19:00:** bouldering social "
            "night, Telliskivi - **Wednesday:** work from the café in Kalamaja - **Saturday:** the asado",
            "Therapist: Let's also set one goal for the next month that is specific, measurable and "
            "realistic. What would it look like?",
            "Client: By mid-January I want one person in Tallinn I could text to get a coffee. Steps: "
            "bouldering every Tuesday, go to the asado, say yes to at least one invitation.",
            "### Summary",
            "Therapist: **Key takeaways:** you identified connection, craft and vitality as core values; you "
            "scheduled bouldering on Tuesday, the café on Wednesday and the asado on Saturday; and you set a "
            "one-month goal with clear steps. As we have no further session booked, this is not homework and "
            "I won't be checking on it: the plan is yours to keep.",
            "Client: Thank you. Writing it down makes it feel real.",
        ),
        techniques=frozenset({"values_clarification", "behavioral_activation", "goal_setting"}),
    ),
    # Newcastle upon Tyne: first bereavement meeting with a widowed retired welder, listening only.
    # No label: listening only. Not: grief group, GP tablets, keep busy, sleep asked, notes to Maureen.
    "bereavement_first_meeting_newcastle": LabelledSession(
        text=_session(
            "Therapist: Come in, Stan, have a seat. Before we start, what you say in here stays between us, "
            "unless I was worried about somebody's safety. We've got up to six of these, an hour each. Is "
            "that alright?",
            "Client: Aye, that's champion, pet. Wor Julie made the appointment. I wasn't gonna come, like.",
            "Therapist: I'm glad you did. Where would you like to start?",
            "Client: Maureen. Wor lass. Three month ago on Tuesday. Fifty-one year married. Cancer. It was "
            "quick in the end. Too quick.",
            "Therapist: Fifty-one years. And three months ago.",
            "Client: I divvent knaa what to do wi' meself. I still put two cups out in the morning. Then I "
            "see them and I just sit there.",
            "Therapist: Two cups, and then it hits you again.",
            "Client: Every morning. The house is that quiet. She had the radio on all day, Metro Radio, drove "
            "us daft. Now I'd give owt to hear it.",
            "Therapist: How have you been sleeping, and eating?",
            "Client: In the chair mostly, I cannet face the bed. Julie brings stuff round, I have a bit. "
            "Doctor gave us some tablets, I haven't took them. Julie wants us to gan to a grief group at the "
            "church hall on Thursdays. And her husband keeps saying, keep busy, Stan, get yersel' down the "
            "allotment. Means well, like.",
            "Therapist: Lots of people with ideas about what you should be doing.",
            "Client: Aye. But nobody asks us about her. They gan quiet when I say her name.",
            "Therapist: Tell me about her.",
            "Client: Eeh. She was a canny lass. Worked in the Co-op forty year. Knew everybody's business on "
            "the estate, mind. Could make a pan of broth last a week. We met at the Oxford Galleries in "
            "'sixty-nine, she stood on me foot dancing. Never let us forget I was the one who couldn't dance.",
            "Therapist: You're smiling as you tell it.",
            "Client: First time in a while, I think. Some nights I write her a little note, daft things, what "
            "the bairns said, that the bin men were late. I put them in her dressing table drawer.",
            "Therapist: You still tell her about your day.",
            "Client: Aye. Fifty-one year of telling her. You cannet just stop.",
            "Therapist: No. We're nearly at time, Stan. Same time next week?",
            "Client: Aye. I'll come. Ta, pet. It's been nice just to talk about her.",
        ),
        techniques=frozenset(),
    ),
}
