"""Blind test set 10 for the technique detector: fourteen counselling sessions written from scratch.

Written by a helper session that never saw the detector. It read only: the first 60 lines of
labelled_sessions_blind9.py, printed with `head -n 60` (interface, docstring conventions, labelling rules and the
settings set 9 used; the rest of that file and every other labelled_sessions_blind*.py module were not opened); the
LabelledSession dataclass in labelled_sessions.py, printed with `grep -n "class LabelledSession" -A4`; each catalog
technique's code, name, family and description, printed by the one-line command the brief prescribed (it printed the
path sql/technique_catalog.json) followed by a Python one-liner that loaded that JSON and printed only those four
fields of each entry, plus the top-level container type and the entry count (the synonyms and cue fields were never
printed and the file was never opened otherwise); and the bare [tool.ruff] table of pyproject.toml (line-length and
target-version only), printed with an awk filter that stopped at the next table header, so no lint subtable was
seen. Besides that it ran `ls -l` on .venv/bin/ruff, .venv/bin/python and this module's own path, to confirm that
the tools were there and that no file of this name existed yet (no directory was listed). The first 60 lines of set
9 end at the `def _session(*turns: str) -> str:` line, so the body of that helper and the name under which set 9
exports its sessions were not seen: this module joins turns with newlines and exports ``SESSIONS``, a list, which is
a guess. It did not open the transforms package, the tests, the README, the docs or any other benchmark, did not
grep the repository, did not list the benchmarks folder, did not read /work/shared, ran no git command and ran
nothing of the product, its tests, mypy or any benchmark; the only other commands run against the project were the
import check of this module (importing it and counting sessions, turns and labels, and comparing each text and label
set with the hand-written source), ruff check / ruff format (and format --check) on this file alone, and awk, sed
and diff on this file alone, to measure its line lengths, view it and see what ruff format had changed. The module
was emitted by a throwaway generator kept in /tmp, outside the project, from session text written there by hand; the
generator only split each turn into implicitly concatenated string pieces to keep lines short and added one comment
line naming each setting, ruff format then re-joined the pieces that fit on one line, and the import check confirmed
every text is identical to the source. The labels, set by hand in that source, were not touched by any step, and
this docstring was written by hand. No text was copied from any corpus.

The settings were chosen to be unlike set 9's and unlike each other, and the counsellors' voices vary: an acceptance
and commitment session in Stavanger with a fifty-two-year-old offshore mechanic holding a redundancy letter,
including a short grounding exercise; motivational interviewing in Adelaide with a widow whose evening glass of wine
has become a bottle; a couples session in Pune about a pursue-withdraw circle over Diwali plans; the last meeting of
a chronic pain group in Dortmund, with a body scan; a night crisis line call from a line cook in a car park in
Chicago; a Helsinki school counsellor with a fifteen-year-old who stops at the front door; a workplace assistance
video call with a section manager in Osaka, with the counsellor playing his department head; a visit to an
eighty-four-year-old retired tailor in assisted living in Quincy, Massachusetts; CBT by video in Monterrey with an
architecture student after a jury review, naming a thought record; a generated AI-assistant exchange with a Berlin
freelance translator who has cleaned the flat instead of starting a contract; health anxiety and pulse checking with
an accountant in Lagos; guilt after a hardware shop closed in Montevideo, worked with a responsibility pie; an
intake in Hong Kong for a bank analyst that only gathers history, scores questionnaires and books sessions; and a
solution-focused session in Santiago de Chile with a bus driver and his teenage son. Counsellors mostly use
techniques in their own words without naming them; two name them (a body scan, a thought record). Group and couples
members speak as 'Client: (Name)', the AI assistant speaks as 'Therapist:' and the user as 'Client:', in plain prose
over several turns.

Each session was labelled by hand, as a clinician would, with the catalog codes the COUNSELLOR proposes or practises
in it. A client merely mentioning something (a wife's yoga app, a neighbour's AA meetings, a YouTube video on love
languages, a mother's puja, a physio's TENS machine, painkillers, stopped antidepressants, a mother's breathing app,
a company stress check, a grief book, a meditation channel on the care-home TV, a roommate's yoga advice, a Pomodoro
app, an emergency doctor's advice on coffee, a priest's advice to pray, an unused diary, a meditation app, herbal
soup and a friend's running club), or the counsellor merely asking about a topic (evening drinking, sleep, appetite,
alcohol, friends and family), advising against something (stopping drinking overnight without the GP, driving after
two beers, an all-nighter) or using a nought-to-ten scale or questionnaire scores only to measure, is not a label;
rapport_empathy, assessment and session_structure are never labelled. ``homework`` is labelled only when a task is
explicitly agreed for before the next meeting and is to be reviewed; plans made without such an agreement (a
drinking plan said not to be homework, activities planned at the last meeting of a group with nobody checking up, a
crisis plan, a care-home calendar and notebook the counsellor will not check, a rest evening the client owes no
report on, an AI's experiment with no next session) are not homework. The intake session carries no label.

The labels were fixed from the text as written, before any detector output existed, and must not be edited to match
its output.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession


def _session(*turns: str) -> str:
    """Join the turns of one session, one turn a line."""
    return "\n".join(turns)


SESSIONS: list[LabelledSession] = [
    # Stavanger: acceptance and commitment work with a laid-off offshore mechanic.
    LabelledSession(
        text=_session(
            "Therapist: Good to see you again, Håkon. Last time you said the redundancy letter was still "
            "lying on the kitchen table. Where are things this week?",
            "Client: Still on the table. Thirty-one years offshore and it comes down to one sheet of paper. I"
            " keep reading it when Ingrid is out.",
            "Therapist: Thirty-one years, and one sheet. What goes through you when you read it?",
            "Client: That I'm finished. Fifty-two, nobody hires a man like me, I'll sit in this house and "
            "rot. My head keeps running that film over and over.",
            "Therapist: Before we go any further with the film, would you try something with me for two or "
            "three minutes? You don't need to close your eyes.",
            "Client: If it's the yoga thing Ingrid does on her phone, I'll warn you now, I fell asleep the "
            "one time I tried it.",
            "Therapist: Not that. Put both boots flat on the floor and notice the weight of them. Now the "
            "chair pressing into your back. Now any sound you can hear, the heating, the gulls outside. When "
            "the film starts up again, and it will, just note it, 'there's the film', and bring your "
            "attention back to the boots.",
            "Client: ... There it went. Twice. The gulls helped, strangely.",
            "Therapist: Twice. Noticing it go and coming back is the whole exercise. Now a different sort of "
            "question. If the job is gone, what is left that you care about? Not what you should care about, "
            "what actually matters to you when you are honest with yourself.",
            "Client: My girls. Being someone they can ring when things go wrong. And being useful with my "
            "hands. I never liked sitting.",
            "Therapist: So being there for your daughters, and doing practical, useful work. If those were "
            "the compass instead of the film, which direction would this month point?",
            "Client: Towards the ferry yard in Tananger, probably. My neighbour says they're short of mechanics.",
            "Therapist: Let's turn that into something you can actually do. What would be a first step you're"
            " confident of, rather than a grand plan?",
            "Client: Ring the yard and ask who takes applications. And write out a list of my certificates, "
            "so I've got something to send them.",
            "Therapist: Two clear steps: the call to Tananger by Wednesday, and the certificate list. Can we "
            "agree that you'll do both before we meet on the 14th, and we'll start that session by going over"
            " how they went, film and all?",
            "Client: Agreed. Write it in your book so I can't wriggle out of it.",
            "Therapist: It's written down. One last thing before we stop: how much are you drinking in the "
            "evenings at the moment?",
            "Client: Two beers, same as always. That hasn't changed.",
        ),
        techniques=frozenset({"values_clarification", "relaxation_mindfulness", "goal_setting", "homework"}),
    ),
    # Adelaide: motivational interviewing with a widow about evening wine.
    LabelledSession(
        text=_session(
            "Therapist: Margaret, last time you said you'd like to talk about the wine. Is that still where "
            "you'd like to start?",
            "Client: Yes. I've let it creep, since Graham. A glass with dinner turned into the bottle by ten "
            "o'clock. I'm not proud of it.",
            "Therapist: It crept in after Graham died. Just so I've got it on the form, on a scale from "
            "nought to ten, how important is cutting back for you today?",
            "Client: A seven, I suppose.",
            "Therapist: Seven, noted. I'd like to understand both sides fairly. What does the wine do for you"
            " in the evenings, the good side of it?",
            "Client: It softens the quiet. The house is so quiet after six. And it helps me sleep, or I tell "
            "myself it does.",
            "Therapist: Softens the quiet, helps you drop off. And the other side, what is it costing you?",
            "Client: I wake at three with my heart going. I'm foggy for the grandkids on Wednesdays. And last"
            " week I drove to the bottle shop after I'd had two. That frightened me.",
            "Therapist: So in one column, comfort and sleep. In the other, the three a.m. waking, the fog on "
            "Wednesdays and that drive. Looking at the two columns side by side, what do you notice?",
            "Client: The second one's longer. And it's the grandkids that stings.",
            "Therapist: Tell me about that. What kind of grandmother do you want to be for them?",
            "Client: Present. Graham and I always said we'd be the grandparents who turn up. Sharp, down on "
            "the floor doing Lego. That matters more to me than nearly anything now.",
            "Therapist: Sharp and present for them. Where does that leave you with the wine?",
            "Client: I want Tuesday nights dry, so Wednesdays are clear. And no more than two glasses on the "
            "other nights. Starting this week.",
            "Therapist: Tuesdays dry, two glasses on the other nights, from this week. That's your plan in "
            "your words, and it isn't homework from me, there's nothing to report back on. One caution, "
            "though: if you ever decided to stop completely, please don't do it overnight without talking to "
            "your GP first, given how much you've been having.",
            "Client: That's fair. My neighbour goes to AA, she's forever telling me to come along, but that's not me.",
            "Therapist: Who could you let in on the Tuesday plan, someone who'd make those quiet evenings less quiet?",
            "Client: My sister Jan. She's on her own too since Bill went into the home. She'd come over for "
            "tea on Tuesdays if I asked, I think.",
            "Therapist: Would you be willing to ask her?",
            "Client: I'll ring her tonight.",
        ),
        techniques=frozenset({"pros_and_cons", "values_clarification", "goal_setting", "social_support"}),
    ),
    # Pune: couples session, a pursue-withdraw circle.
    LabelledSession(
        text=_session(
            "Therapist: Namaste, both of you. Last week ended with the argument about Rohan's mother's visit."
            " Anjali, would you begin? What happened this week?",
            "Client: (Anjali) The same thing. I brought up the Diwali plans at dinner, and he got up and went"
            " out to the balcony with his phone. I followed him, talking louder and louder.",
            "Client: (Rohan) Because she follows me. I need two minutes and she won't give me two minutes.",
            "Therapist: I'd like to point out something I've now seen three times, including here in the "
            "room. Anjali, when Rohan goes quiet, you move towards him and press harder. Rohan, when Anjali "
            "presses, you step further away. Each of you is reacting to the other's move, and it turns into a"
            " circle neither of you chose.",
            "Client: (Anjali) Yes. That's exactly it.",
            "Therapist: And Rohan, you told me about your father shouting at the dinner table when you were a"
            " boy, and how you went up to the roof until it stopped. I wonder whether the balcony is the roof"
            " again: when voices rise, something old in you says 'leave, it isn't safe here', even though "
            "Anjali is not your father.",
            "Client: (Rohan) ... I never thought of it like that. My body just goes.",
            "Therapist: Then let's give you each a different way to say what you need, before the circle "
            "starts. Anjali, instead of 'you always run away', something like: 'I feel alone with the Diwali "
            "plans, and I need us to decide them together by Sunday.' Say it to him now, in your own words.",
            "Client: (Anjali) I feel alone with all the planning, and I need us to sit down and decide it "
            "together, this week.",
            "Therapist: Rohan, your turn. Not 'leave me alone', but a sentence that states the limit and the "
            "return: 'I'm getting overwhelmed. I need twenty minutes, and then I'll come back and we'll "
            "talk.'",
            "Client: (Rohan) I'm getting overwhelmed. I need twenty minutes on the balcony, then I'll come "
            "back in and we'll talk. I will come back.",
            "Client: (Anjali) If he actually came back, I wouldn't chase him.",
            "Therapist: Before we plan anything, I want to go back a little. When you were first married, in "
            "the flat in Kothrud, how did you two manage disagreements?",
            "Client: (Rohan) We'd walk up the tekdi in the evenings. Anything difficult, we talked about it "
            "walking, side by side.",
            "Client: (Anjali) He listened so well then. And I was patient. We sorted out the whole "
            "wedding-loan mess on those walks.",
            "Therapist: You sorted out a loan crisis together as newlyweds, by listening and being patient. "
            "That ability hasn't gone; it's been buried under the circle. So here's my suggestion: every "
            "Sunday evening, twenty minutes at the dining table with tea, one topic only, using the sentences"
            " you just practised. Can you both agree to do that this Sunday and next, and we'll look at how "
            "it went when you come in on the 22nd?",
            "Client: (Rohan) Yes. A colleague sent me some YouTube video about love languages, but this is "
            "more practical.",
            "Client: (Anjali) Agreed. My mother wants us to do a puja for harmony in the house as well. Maybe"
            " that too.",
            "Therapist: Sunday evenings, twenty minutes, one topic, and we review them together on the 22nd.",
        ),
        techniques=frozenset({"insight_interpretation", "assertiveness_training", "strengths_review", "homework"}),
    ),
    # Dortmund: last meeting of a chronic pain group.
    LabelledSession(
        text=_session(
            "Therapist: Welcome to our sixth and last meeting. Today I want to come back to how pain and "
            "stress feed each other, then we'll practise, and then we'll think about the weeks after the "
            "course ends.",
            "Client: (Jürgen) Good, because my physio gave me a TENS machine and I still don't understand why"
            " some days are worse with the same back.",
            "Therapist: Let me draw it on the flipchart. Pain isn't just a signal running straight from the "
            "back to the brain. The nervous system works like a volume knob. When you're tense, tired, "
            "worried or low, the volume goes up; when you're calm, absorbed in something, or with people you "
            "like, it goes down. The disc hasn't changed between Monday and Tuesday, but the volume has.",
            "Client: (Aylin) So on the day of my daughter's exam I'm not imagining it. The pain really is louder.",
            "Therapist: It really is louder, and it isn't 'all in your head' in the dismissive sense. There's"
            " a second pattern too: on a good day you do everything, the windows, the shopping, the garden, "
            "and then you pay for it with three days on the sofa. Boom and bust. Almost everyone with "
            "long-term pain knows that cycle.",
            "Client: (Dieter) That's me every single weekend.",
            "Therapist: Let's do the body scan now, the long version, about twelve minutes. Settle into the "
            "chair or lie on a mat. Let your attention rest on your left foot, noticing whatever is there, "
            "warmth, tingling, ache, without needing to change it. Now moving slowly up into the ankle, the "
            "shin, the knee...",
            "Client: (Monika) I drifted off around the knees, but it's the first time my shoulders have come "
            "down all week.",
            "Client: (Dieter) I kept thinking about my tablets, whether I'd taken the midday one.",
            "Therapist: Noticing the tablet thought and coming back to the body is part of the practice. Now,"
            " for after the course. I'd like each of you to pick one activity you used to enjoy and have "
            "dropped, and plan it in small pieces, so that it doesn't turn into a boom day.",
            "Client: (Dieter) My allotment. I stopped going because I'd dig for four hours and be wrecked for days.",
            "Therapist: So twenty minutes of digging, a rest on the bench, another twenty. Which days?",
            "Client: (Dieter) Tuesday and Friday mornings, before it gets hot.",
            "Client: (Aylin) Swimming. I could go to the Südbad on Thursday evenings, ten lengths, not forty.",
            "Client: (Monika) Choir. I left because the standing hurt. I could ask to sit at the end of the row.",
            "Client: (Jürgen) Cycling along the Emscher, half an hour on Sundays, with a stop at the kiosk.",
            "Therapist: Write those in your calendars now, with the day and time. And since there is no "
            "seventh meeting and nobody from the clinic will be checking up, I'd like you not to lose each "
            "other. Would you be willing to swap numbers in pairs and ring your partner once a week, just to "
            "ask how the allotment, the pool, the choir or the bike went?",
            "Client: (Jürgen) Dieter and I can pair up, we both live in Hörde.",
            "Client: (Aylin) Monika, you and me? I'll text you Thursday after the pool.",
        ),
        techniques=frozenset({"psychoeducation", "relaxation_mindfulness", "behavioral_activation", "social_support"}),
    ),
    # Chicago: crisis line call from a car behind a restaurant.
    LabelledSession(
        text=_session(
            "Therapist: Crisis line, this is Dana. I'm glad you called. What's going on tonight?",
            "Client: I got off shift an hour ago and I'm sitting in my car in the lot behind the restaurant. "
            "I can't stop thinking everybody'd be better off without me.",
            "Therapist: Thank you for telling me straight out. I'm going to ask you directly: are you "
            "thinking about killing yourself tonight?",
            "Client: Yeah. Thinking about it. I've got the rest of my old prescription in the glove box. I "
            "quit taking those antidepressants back in March.",
            "Therapist: Have you taken any of them tonight, or anything else, any alcohol?",
            "Client: No. Two beers after close, that's it.",
            "Therapist: Okay. Your breathing sounds really fast. Before we do anything else, breathe with me."
            " In through your nose while I count to four: one, two, three, four. Now out slowly through your "
            "mouth for six: one, two, three, four, five, six. And again.",
            "Client: ... Okay. Okay. That's a little slower.",
            "Therapist: Let's keep that going for a few more rounds. ... Marcus, would you be willing to put "
            "that bottle in the trunk, out of reach, while we keep talking?",
            "Client: Yeah. Hang on. ... It's in the trunk.",
            "Therapist: Thank you. I'd also rather you didn't drive anywhere tonight, after two beers and "
            "feeling like this. Is there somewhere you could be that isn't alone in the car?",
            "Client: My sister Tanya lives like ten minutes' walk from here. She's always saying call me "
            "anytime. I just didn't want to be a burden.",
            "Therapist: Would you be willing to call Tanya after we hang up and ask if you can come over "
            "tonight? You could tell her what you told me, or just that it's been a bad night.",
            "Client: I think she'd want me to. Yeah, I'll call her.",
            "Therapist: Let's put a plan together so you've got it for the next bad night too. What are the "
            "first signs, before it gets as bad as tonight?",
            "Client: Not sleeping after a late shift. Sitting in the car scrolling instead of going home. "
            "Skipping meals.",
            "Therapist: So when you catch yourself scrolling in the car after a shift, that's the signal. "
            "Then the breathing we just did, then walking over to Tanya's or calling her, and if it ever "
            "feels unsafe, calling 988 or this line, any hour. And tomorrow, would you take the pills to a "
            "pharmacy drop-off box?",
            "Client: The Walgreens on Clark has one. I can do that on the way to work.",
            "Therapist: Can you read the plan back to me?",
            "Client: Car and scrolling means warning. Breathe four and six. Call Tanya. Call you guys or 988."
            " Pills to Walgreens tomorrow.",
        ),
        techniques=frozenset({"safety_planning", "breathing_exercise", "social_support"}),
    ),
    # Helsinki: school counsellor with a fifteen-year-old avoiding school.
    LabelledSession(
        text=_session(
            "Therapist: Hei Aino, thanks for coming in. Your form teacher says you've missed most of the last"
            " three weeks. What are the mornings like?",
            "Client: I get dressed, I get to the front door, and my stomach just goes. Then I tell Mum I'm "
            "sick. She makes me do the breathing thing from her app, but it doesn't help.",
            "Therapist: The stomach goes at the door. Can I explain something about how that works? When you "
            "stay at home, the scary feeling drops straight away, so your brain learns 'staying home fixes "
            "it'. The next morning the fear comes back a bit stronger, because now your brain thinks school "
            "must be even more dangerous. Avoiding makes the fear grow, even though in the moment it feels "
            "like it helps.",
            "Client: So every day I stay home it gets worse.",
            "Therapist: Bit by bit, yes. The way out usually works the other way round: going back in small "
            "steps, and staying in each step long enough for the fear to come down on its own. What would you"
            " like school to look like by the Christmas holidays?",
            "Client: Going full days again. Sitting with Venla at lunch.",
            "Therapist: Full days and lunch with Venla, by Christmas. Let's build the steps towards that, "
            "from easiest to hardest. What would be about a two out of ten?",
            "Client: Walking to the school gate and then going home.",
            "Therapist: And a bit harder than that?",
            "Client: Coming in the side door to the library before first lesson, when nobody's around. Then "
            "first lesson. Maths with Mr Korhonen is okay, he doesn't make a fuss. Lunch in the canteen is "
            "like a nine. A whole day is a ten.",
            "Therapist: So the ladder is: gate, library, first lesson, first two lessons, lunch, whole day. "
            "Which step would you try first?",
            "Client: The library and then maths. Monday and Wednesday, because maths is first on those days.",
            "Therapist: Then that's what we agree: on Monday and Wednesday, library and then first lesson, "
            "and you stay until the end of the lesson even if your stomach goes. Each day, jot down how "
            "strong the fear was at the door, halfway through the lesson and at the end, out of ten. We'll "
            "look at those numbers together on Friday at nine, here.",
            "Client: Okay. What if it's really bad in the middle?",
            "Therapist: Then you write down how bad, and you stay in your seat. It will peak and then start "
            "to drop, and that drop is what we want your brain to see.",
            "Client: Okay. Friday at nine.",
        ),
        techniques=frozenset({"psychoeducation", "goal_setting", "exposure", "homework"}),
    ),
    # Osaka: workplace assistance by video with a section manager.
    LabelledSession(
        text=_session(
            "Therapist: Mori-san, can you hear me clearly? The video froze for a moment.",
            "Client: Yes, now it is fine. I am in a meeting room at the office with the door closed.",
            "Therapist: Last time you told me the company stress check had flagged you as high stress. What "
            "has happened since then?",
            "Client: On Monday Tanaka-buchō gave me a third project. I said 'yes, understood', as always. I "
            "am leaving the office at eleven at night. I cannot refuse him.",
            "Therapist: Three projects, leaving at eleven. Let's take the problem apart. What exactly is the "
            "problem, in one sentence?",
            "Client: I have more work than hours, and I accept everything.",
            "Therapist: Now let's list every possible option, without judging any of them yet.",
            "Client: Work at weekends. Give the inventory project to Sato-san, he is capable. Ask for the "
            "Kyushu proposal deadline to move to March. Tell the buchō I cannot take the third project. Quit."
            " ... That last one is a joke.",
            "Therapist: It stays on the list as an option, even as a joke. Looking at them all, which has the"
            " best balance of effect and risk?",
            "Client: Moving the Kyushu deadline and giving inventory to Sato-san. Both together.",
            "Therapist: Then you will need to say this to Tanaka-buchō. How could you say it clearly and "
            "respectfully, without apologising three times?",
            "Client: 'Buchō, with three projects I cannot deliver all of them with quality. I propose moving "
            "Kyushu to March and assigning inventory to Sato. Could we discuss it?'",
            "Therapist: Let's rehearse it. I will be Tanaka-buchō. 'Mori, everyone is busy. Can't you manage?'",
            "Client: 'I understand everyone is busy. With three projects I cannot deliver quality. I propose "
            "moving Kyushu to March.'",
            "Therapist: (as the buchō) 'March is too late.'",
            "Client: 'Then I propose the fifteenth of February, and inventory to Sato-san. I want to do the "
            "Kyushu work properly.'",
            "Therapist: Stepping out of the role now. What did you notice in yourself when he said March was too late?",
            "Client: My heart was fast. But I did not say sorry.",
            "Therapist: One more thing. If a junior in your section had been leaving at eleven every night "
            "for a month, what would you say to him? Then, could you say the same words to yourself, in that "
            "same tone?",
            "Client: I would tell him to go home, that his health matters more, that he is not a machine. ..."
            " 'Mori, go home. You are not a machine.' It is strange to hear it.",
        ),
        techniques=frozenset({"problem_solving", "assertiveness_training", "role_play", "self_compassion"}),
    ),
    # Quincy, Massachusetts: assisted living, a retired tailor.
    LabelledSession(
        text=_session(
            "Therapist: Mr. Ricci, thanks for letting me come up. Your daughter mentioned the move here has been hard.",
            "Client: Call me Sal. Hard? Six weeks, and I've talked to the nurse and the lady with the pills. "
            "That's it. I sit in this chair and watch the parking lot. My daughter brought me a book on "
            "grief, it's on the shelf there, I haven't opened it.",
            "Therapist: Six weeks watching the parking lot. What did an ordinary day look like before, back "
            "in the North End?",
            "Client: Up at six, espresso, shop open by seven-thirty. Fifty-one years on Hanover Street. "
            "Hemming, fittings. I made the suits for half the weddings in the neighborhood.",
            "Therapist: Tell me about a suit you're proud of.",
            "Client: The mayor's, 1983. Navy, double-breasted, every buttonhole done by hand, twenty-two of "
            "them. He came back to the shop to tell me it was the best suit he ever owned.",
            "Therapist: Twenty-two buttonholes by hand, and the mayor came back to thank you. That eye and "
            "that patience didn't stay behind on Hanover Street. You're the same man who did that work.",
            "Client: The hands shake now. But I can still thread a needle, believe it or not.",
            "Therapist: Then let's look at your week. If you planned a few things into it that use what "
            "you're good at and what you enjoy, what might they be?",
            "Client: The nurse says I should try the meditation they put on the TV channel. Not for me.",
            "Therapist: Fair enough. What would be for you?",
            "Client: There's a chess table in the lounge. I played my brother every Sunday for forty years. "
            "And half the ladies on this floor have hems coming down. I could fix them.",
            "Therapist: Let's put them on the calendar on your wall. Chess on Tuesday after lunch, mending on"
            " Thursday mornings, and a walk out to the garden and round the fountain with your coffee each "
            "morning, if it isn't raining. Does that sound right?",
            "Client: That's right. Write it big, my eyes aren't what they were.",
            "Therapist: Now, who plays chess in that lounge?",
            "Client: A fella named Walt, ex-Navy. We nodded at each other once.",
            "Therapist: Could you ask Walt for a game on Tuesday? And Brenda, the activities coordinator, "
            "runs a men's coffee hour on Fridays. Would you let me introduce you to her on my way out?",
            "Client: Walt, sure. Brenda, fine, as long as she doesn't make me sing.",
            "Therapist: One more idea. You carry fifty-one years of stories. Would you write one down each "
            "evening in a notebook, a customer, a wedding, a mistake you fixed, and how it felt at the time? "
            "It's yours, not mine: I won't ask to see it, or check the calendar, when I come back.",
            "Client: My granddaughter would like that. She's always asking about the shop.",
        ),
        techniques=frozenset({"strengths_review", "behavioral_activation", "social_support", "journaling"}),
    ),
    # Monterrey: CBT by video with an architecture student.
    LabelledSession(
        text=_session(
            "Therapist: Hola, Daniela. Can you hear me all right? Good. Last session we talked about the jury"
            " review of your housing model. How did it go?",
            "Client: The jury said the circulation was confusing. I went home and didn't sleep. I kept "
            "thinking, I'm a fraud, I'm going to fail the semester, everyone else is better than me. My "
            "roommate says I should just do yoga.",
            "Therapist: Today I'd like to introduce a tool called a thought record. I'll share my screen. It "
            "has five columns: the situation, the automatic thought, the feeling and how strong it is, the "
            "evidence, and a more balanced thought. Let's fill it in with the jury review. What's the "
            "situation?",
            "Client: Friday, the jury review. Professor Garza said the circulation was confusing.",
            "Therapist: And the automatic thought?",
            "Client: 'I'm a fraud and I'll fail the semester.'",
            "Therapist: The feeling, and how strong, out of a hundred?",
            "Client: Shame, ninety. Panic, seventy.",
            "Therapist: Now the evidence column. What supports the thought 'I'm a fraud and I'll fail'?",
            "Client: The comment. And I redid the stairs three times and still got them wrong.",
            "Therapist: And what doesn't fit with it?",
            "Client: I got a nine in the last studio. The jury also said the facade was strong. And Garza "
            "said 'confusing', not 'failed'. Nobody fails a semester on one review.",
            "Therapist: Looking at both sides of that column, what does the evidence actually point to?",
            "Client: That one part of one model needs work.",
            "Therapist: Can you put that into a more balanced thought for the last column?",
            "Client: 'The circulation needs reworking; the rest was good, and one review doesn't decide the semester.'",
            "Therapist: How strong is the shame now, out of a hundred?",
            "Client: Forty, maybe.",
            "Therapist: Would you fill in two more of these this week, whenever the 'fraud' thought shows up,"
            " and send them to me before Thursday? We'll go through them at the start of our next video call.",
            "Client: Sí. I'll use the template you sent me.",
        ),
        techniques=frozenset({"thought_record", "evidence_examination", "cognitive_restructuring", "homework"}),
    ),
    # Generated AI-assistant session with a Berlin translator.
    LabelledSession(
        text=_session(
            "Client: hi. I'm a freelance translator in Berlin, I have a 40-page contract due Friday and I "
            "haven't started. I've spent three days cleaning the flat and reorganising my Pomodoro app. I "
            "kind of hate myself.",
            "Therapist: That sounds stressful, with Friday getting close. I'm an AI assistant, not a "
            "therapist, but I can help you think it through. Can we start by pinning down the problem? If you"
            " had to say in one sentence what's actually blocking you, what would it be?",
            "Client: The first pages are dense legal boilerplate, and every time I open the file I feel like "
            "I'll translate it badly and the agency will drop me.",
            "Therapist: So the problem is a large, dense task plus a fear that starting will prove you're not"
            " good enough. Let's brainstorm ways to tackle it, even odd ones. A few to start: begin in the "
            "middle with an easier section; build a glossary before touching the boilerplate; split the 40 "
            "pages into ten a day; email the agency a clarifying question to break the ice. What would you "
            "add?",
            "Client: Working in the library instead of at home. Doing the definitions section first, I've "
            "done similar ones before.",
            "Therapist: Which combination would you pick for today?",
            "Client: Library, definitions first, then ten pages a day through Thursday.",
            "Therapist: Then there's one more thing worth testing. You're predicting that opening the file "
            "will feel unbearable and the work will come out badly. Would you try a small experiment? Before "
            "you start, write down how bad you expect the first 25 minutes to feel, from 0 to 10, and how "
            "good you expect the translation to be. Then do 25 minutes on the definitions and write down what"
            " actually happened.",
            "Client: I'd predict 8 out of 10 awful, and the translation maybe a 5.",
            "Therapist: Write those two numbers down now so you can compare afterwards. And one thing I'd "
            "advise against: an all-nighter on Thursday.",
            "Client: ok. back from the library. it was like a 4 out of 10. and honestly the definitions read fine.",
            "Therapist: So you predicted an 8 and got a 4, with a translation you'd call fine. Keep that "
            "comparison in mind for tomorrow's ten pages. You also said you kind of hate yourself for the "
            "cleaning days. If a translator friend told you she'd lost three days to tidying before a scary "
            "deadline, what would you say to her?",
            "Client: I'd say it happens, you were scared, not lazy, just start now.",
            "Therapist: Could you say that to yourself in the same voice? 'I was scared, not lazy, and I've "
            "started.' I can't follow up on any of this myself, there's no next session here, but you're "
            "welcome to come back and tell me how Thursday went.",
        ),
        techniques=frozenset({"problem_solving", "behavioral_experiment", "self_compassion"}),
    ),
    # Lagos: health anxiety, pulse checking.
    LabelledSession(
        text=_session(
            "Therapist: Tunde, welcome back. You said on the phone it had been a bad week for the heart worries.",
            "Client: Very bad. On Tuesday my heart skipped at my desk, and I checked my pulse maybe forty "
            "times that day. On Wednesday night I went to the emergency room at Lagoon. They did the ECG "
            "again, normal again. The doctor there told me to cut down on coffee. My wife is tired of me.",
            "Therapist: Let me explain what I think is happening, because it isn't a sign that you're weak or"
            " going mad. When you notice a skip, your body releases adrenaline, which makes the heart beat "
            "faster and more noticeably. Then you check your pulse, which keeps all your attention on your "
            "heart, and the more you watch it, the more skips and flutters you notice. Checking brings a few "
            "minutes of relief, so the brain learns to check again, and the worry returns stronger. It's a "
            "loop.",
            "Client: So the checking itself is feeding it.",
            "Therapist: That's my guess, and it's something we can test. But first let's look at the fear "
            "itself. When your heart skips at your desk, what's the worst thing you imagine happening?",
            "Client: I collapse at my desk, heart attack, I die in front of my team, and my children grow up "
            "without a father.",
            "Therapist: That's the worst. What would be the best outcome of a skip like Tuesday's?",
            "Client: Nothing. It passes and I finish the reconciliation.",
            "Therapist: And what's the most likely outcome?",
            "Client: ... It passes. It has always passed.",
            "Therapist: And if something did go wrong one day, what would you do? How would you cope?",
            "Client: Call Chidi in the next office, he has a car. The hospital is ten minutes away. I am not "
            "alone in that building.",
            "Therapist: Now the test I mentioned. Your prediction is that if you don't check your pulse, "
            "either something bad will happen or the anxiety will climb and never come down. What if, for the"
            " next week, you don't check your pulse at all, and each evening you write down how anxious you "
            "were at the worst point, how long it lasted, and whether anything bad happened?",
            "Client: No checking for a whole week. That's frightening. But okay. What if I feel a skip?",
            "Therapist: You notice it, write down the time, and carry on with your work without checking. "
            "Let's write your prediction down now so we can compare later. How likely do you think it is that"
            " the anxiety will go up and stay up?",
            "Client: Ninety percent.",
            "Therapist: Ninety percent, written down. So we're agreed: no pulse checking until we meet next "
            "Thursday, the evening record every day, and we'll go through the record together at the start of"
            " that session.",
            "Client: Agreed. I'll keep the sheet beside my bed.",
        ),
        techniques=frozenset({"psychoeducation", "decatastrophizing", "behavioral_experiment", "homework"}),
    ),
    # Montevideo: guilt after a hardware shop closed.
    LabelledSession(
        text=_session(
            "Therapist: Lucía, last week you said you had 'destroyed eleven families'. Is that still how it feels?",
            "Client: Every day. I was the manager. Ferretería Rivas was on 18 de Julio for forty years and it"
            " closed on my watch. Eleven people out of work. Father Ignacio told me to offer it up in prayer,"
            " but that doesn't take it away.",
            "Therapist: I'd like to try something on paper with you. Let's draw a circle, a pie, and cut it "
            "into slices for everything that played a part in the shop closing. We'll leave your own slice "
            "until last, so that the other causes get their fair share first.",
            "Client: All right. The rent. The new owners of the building doubled it in 2022.",
            "Therapist: A slice for the rent. How big?",
            "Client: Big. A third, maybe.",
            "Therapist: What else?",
            "Client: The chain that opened in Tres Cruces with lower prices. People buying online. And Don "
            "Rivas, the owner, refusing to modernise for years. He wouldn't even let us sell online.",
            "Therapist: Give each of those its size.",
            "Client: The chain, a quarter. Online, a fifth. Don Rivas, maybe fifteen percent.",
            "Therapist: And what's left of the circle?",
            "Client: ... Not much. A sliver. Five percent, maybe. I could have pushed harder for a website.",
            "Therapist: Five percent is your slice. When you came in today you spoke as if you held the whole"
            " circle. Looking at it now, what would be a fairer way of saying what happened?",
            "Client: 'The shop closed for many reasons, most of them out of my hands, and I could have pushed"
            " harder for the website.' That's fairer. It still hurts.",
            "Therapist: It can hurt and be fair at the same time. Can I ask how you've been treating yourself"
            " since? You've been doing night shifts at your cousin's bakery.",
            "Client: Badly. I don't let myself rest. If I sit down, I feel I don't deserve to.",
            "Therapist: Suppose it had been Marisa, your old cashier, who was the manager, with her five "
            "percent. What would you say to her?",
            "Client: I'd hug her. I'd tell her she did her best in an impossible situation, and to go and get"
            " some sleep.",
            "Therapist: Could you offer Lucía the same kindness? Perhaps one evening this week when you sit "
            "down, rest, and tell yourself what you would tell Marisa. That's for you, not something you owe "
            "me a report on.",
            "Client: Sunday, maybe. My daughter gave me a diary at Christmas that I never use... no, let's "
            "just say Sunday, resting.",
        ),
        techniques=frozenset({"continuum_or_pie_chart", "cognitive_restructuring", "self_compassion"}),
    ),
    # Hong Kong: intake only, no label.
    LabelledSession(
        text=_session(
            "Therapist: Kelvin, welcome. This first meeting is mostly for me to understand what's been "
            "happening, so I'll ask quite a few questions. Before we start: what you tell me stays "
            "confidential, unless I believed you or someone else were in immediate danger, or a court "
            "required it. Is that all right?",
            "Client: Yes, that's fine. HR gave me the EAP card, that's why I'm here.",
            "Therapist: What made you pick up the card now?",
            "Client: I can't concentrate. I read the same spreadsheet four times. I'm in the office from "
            "eight until ten at night and I still feel behind.",
            "Therapist: How long has that been going on?",
            "Client: Since about June, when my team lead left and I took over her accounts.",
            "Therapist: And how are you sleeping?",
            "Client: Four, five hours. I wake at four and check my emails.",
            "Therapist: Appetite, weight?",
            "Client: I skip lunch most days. I've lost maybe three kilos.",
            "Therapist: Any alcohol, or anything else you use to get through?",
            "Client: A couple of beers on Friday. Nothing else. I tried a meditation app in August for a "
            "week, it didn't stick. My mother keeps making me herbal soup, she thinks it's my liver.",
            "Therapist: Who's around you at the moment, family, friends?",
            "Client: I live with my parents in Sha Tin. A few university friends, but I haven't seen them "
            "since the summer. One of them keeps inviting me to his running club.",
            "Therapist: Have you had a period like this before, or seen anyone about your mood?",
            "Client: In my final year at HKU, around exams, but it went away by itself. I've never seen anyone.",
            "Therapist: I'd like you to fill in two short questionnaires, one on mood and one on worry, so we"
            " have a baseline. ... Thank you. Your mood score is 14 and your worry score is 12, both in the "
            "moderate range. We'll repeat them every few sessions to track how things change.",
            "Client: Moderate. Okay.",
            "Therapist: What I propose is that we meet weekly for six sessions, Tuesdays at seven. Next week "
            "we'll decide together what to focus on first. Does that suit you?",
            "Client: Tuesday at seven works.",
        ),
        techniques=frozenset(),
    ),
    # Santiago de Chile: solution-focused session with a bus driver.
    LabelledSession(
        text=_session(
            "Therapist: Rodrigo, you said the fights with Matías are what brought you here. Let me ask you an"
            " unusual question. Imagine that tonight, while you sleep, a miracle happens and the problem is "
            "solved, but you don't know it happened. What's the first thing you'd notice tomorrow that tells "
            "you things are different?",
            "Client: He'd say good morning. He'd come out of his room for breakfast instead of grabbing bread"
            " and slamming the door.",
            "Therapist: And what would you be doing differently that morning?",
            "Client: Not shouting about last night's dishes. Maybe asking about his football.",
            "Therapist: On a scale where ten is the morning after the miracle and zero is the worst it has "
            "ever been, where are things today?",
            "Client: Three.",
            "Therapist: Three. Has there been a time lately when it was a bit higher, even for one afternoon?",
            "Client: Two Sundays ago. I drove him to his match in La Florida and we talked the whole way. "
            "About Colo-Colo, about his coach. He even laughed.",
            "Therapist: What did you do that made that afternoon possible?",
            "Client: I didn't mention school. I just drove and listened. I asked about the team. And I didn't"
            " take the phone off him.",
            "Therapist: So you listened instead of lecturing, you asked about what he cares about, and you "
            "left the phone alone. You worked that out yourself, on a Sunday, at the end of a week of "
            "eleven-hour shifts on the bus. That's a father who knows how to reach his son.",
            "Client: I never saw it like that. It was just a drive.",
            "Therapist: What would one point higher, a four, look like this week? Something small enough that"
            " you'd actually see it.",
            "Client: One breakfast where we sit together, no shouting about dishes, and I ask him about football.",
            "Therapist: Which day?",
            "Client: Saturday. I'm off on Saturdays.",
            "Therapist: Saturday breakfast, no talk of dishes, ask about football. And between now and our "
            "next appointment in two weeks, would you be willing to notice every time things go even a little"
            " better with Matías, what was happening and what you did, and bring those with you? We'll start "
            "there next time.",
            "Client: Sí. I'll keep my eyes open.",
        ),
        techniques=frozenset({"goal_setting", "strengths_review", "homework"}),
    ),
]

# Added after the set was written (not by its writer): the name-keyed dict the benchmarks read every set as, keyed
# by position since the writer, who never saw that interface, gave the sessions no names.
BLIND10_SESSIONS: dict[str, LabelledSession] = {
    f"blind10/session{number:02d}": session for number, session in enumerate(SESSIONS, 1)
}
