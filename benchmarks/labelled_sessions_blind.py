"""Ten sessions written after the catalog cues had been tuned on benchmarks/labelled_sessions.py, for a blind figure.

How they were written: by someone who had read only the catalog's codes and descriptions, not its synonyms,
its cues or transforms/techniques.py, in styles the first set lacks (a CBT session, a motivational interview,
a peer-support chat, a crisis call, a verbose LLM counsellor, a transcribed spoken session with fillers, a
skills group, a session of listening only, graded exposure with a continuum and a pie chart, problem solving
with a carer). Phrasing was written as a counsellor would speak, not to any list of cues.

How they were labelled: per session, the catalog codes a clinician would say the counsellor proposes or
practises. A client or counsellor only naming something (a client's meditation app, a sister's advice to
write letters, a referral to a doctor "if it persists") is not a label. Only the 23 codes that dialogue can
tag are labelled; rapport_empathy, assessment, session_structure and insight_interpretation run through
nearly every session and are tagged from summaries only, as in the first set. The labels were fixed and
committed before the detector was first run on these sessions; figures after cue changes that looked at
its misses are no longer blind. The first, blind run found 6 of the 37 labels (no false ones); the cues were
then extended with general phrasings for every technique it missed, so later figures here are not blind.
"""

from __future__ import annotations

from benchmarks.labelled_sessions import LabelledSession

BLIND_SESSIONS: dict[str, LabelledSession] = {
    "blind/cbt_presentation.txt": LabelledSession(
        "Therapist: Last time you were going to keep a log of the anxious moments at work: what happened, what "
        "you were thinking, and how you felt. How did that go?\n"
        "Client: I did it three times. Mostly before the Monday team meeting.\n"
        "Therapist: Great that you kept at it. Let's take one of them. What was going through your mind right "
        "before the meeting?\n"
        "Client: That if I speak up everyone will see I don't know what I'm doing.\n"
        "Therapist: And how strongly did you believe that at the time, out of a hundred?\n"
        "Client: Ninety, maybe.\n"
        "Therapist: Let's put that thought on trial for a minute. What has actually happened the times you did "
        "speak in meetings? What fits the thought, and what doesn't?\n"
        "Client: My manager did say my update last month was useful. Nobody laughed or anything.\n"
        "Therapist: Suppose the worst did happen and you stumbled over a question. What would that look like, "
        "and what would you do next?\n"
        "Client: I'd go red, say I'd check and get back to them. I guess I'd survive it.\n"
        "Therapist: And realistically, what's the most likely outcome?\n"
        "Client: Probably that nobody really notices.\n"
        "Therapist: Given all that, how might you put the original thought in a fairer way?\n"
        "Client: Maybe: I get nervous, but I usually know my stuff, and I can say when I don't.\n"
        "Therapist: That sounds more balanced. Here's an idea: at Monday's meeting, raise one point. Beforehand, "
        "write down what you predict people will do, and afterwards note what really happened. We'll compare "
        "the two next time.\n"
        "Client: Okay, I can do one point.\n",
        frozenset(
            {
                "homework",
                "thought_record",
                "evidence_examination",
                "decatastrophizing",
                "cognitive_restructuring",
                "behavioral_experiment",
            }
        ),
    ),
    "blind/mi_drinking.txt": LabelledSession(
        "Counselor: Thanks for coming back. Last time you mentioned your partner has been worried about the "
        "drinking. Where are you with it this week?\n"
        "Client: Honestly, I don't think it's that bad. Everyone at work drinks like I do.\n"
        "Counselor: It feels pretty normal where you are, and at the same time it's come up enough that you're "
        "here.\n"
        "Client: Yeah. I suppose the hangovers are getting old.\n"
        "Counselor: Let's look at both sides. What does drinking give you, the stuff you'd miss? And then what's "
        "it costing you?\n"
        "Client: It helps me unwind, it's social. But I'm snapping at the kids in the mornings, and money's "
        "tight.\n"
        "Counselor: So it eases the stress, and it's also getting in the way of the kind of parent you want to "
        "be in the mornings.\n"
        "Client: That's the part that bothers me most.\n"
        "Counselor: Tell me more about that. When you picture yourself five years from now, what matters most "
        "to you?\n"
        "Client: Being there for them. Coaching my son's football team, like my dad did for me.\n"
        "Counselor: Being present for your kids is really central for you. You also told me you went the whole "
        "of last weekend without a drink for the tournament. What did that take?\n"
        "Client: I just decided, and I stuck to it.\n"
        "Counselor: That's a real strength, deciding and sticking to it. If you were to make a change, what "
        "would a first step look like that feels realistic?\n"
        "Client: Maybe no drinking Sunday to Thursday.\n"
        "Counselor: Weeknights off. Let's make it specific: which nights, and what will you do instead at seven "
        "o'clock when you'd usually open a beer?\n"
        "Client: Sunday to Thursday. I'll go for a run with my son instead.\n",
        frozenset({"pros_and_cons", "values_clarification", "strengths_review", "goal_setting"}),
    ),
    "blind/chat_exams.txt": LabelledSession(
        "Seeker: hi. idk if this is the right place but i'm kind of falling apart\n"
        "Supporter: hi, i'm really glad you reached out. what's going on?\n"
        "Seeker: exams start in 2 weeks and my gf broke up with me on saturday. i can't focus at all. i tried "
        "meditating with an app but it just made me think about her more lol\n"
        "Supporter: oh that's a lot at once, a breakup right before exams sounds so rough. makes sense you "
        "can't focus\n"
        "Seeker: everyone else seems fine. i feel like such an idiot for falling apart over this\n"
        "Supporter: honestly if your best mate was in exactly this spot would you call him an idiot? i think "
        "you'd tell him to go easy on himself. maybe you deserve the same\n"
        "Seeker: i guess. i'd tell him it's normal\n"
        "Supporter: right. have you talked to anyone about it? friends, family? might be worth letting your "
        "roommate in on it, even just grabbing food with someone. you don't have to carry this by yourself\n"
        "Seeker: yeah maybe. but the studying thing is what's freaking me out most\n"
        "Supporter: ok let's look at that bit. what's the biggest obstacle right now when you sit down to "
        "study?\n"
        "Seeker: i open my notes and then i'm on my phone looking at her instagram\n"
        "Supporter: got it. what could you try? throw out any ideas, even dumb ones\n"
        "Seeker: delete insta for two weeks? study at the library instead of my room?\n"
        "Supporter: both sound good to me. which one do you want to try first, and when?\n"
        "Seeker: library tomorrow morning i think\n"
        "Supporter: sounds like a plan. good luck, you've got this\n",
        frozenset({"self_compassion", "social_support", "problem_solving"}),
    ),
    "blind/crisis_call.txt": LabelledSession(
        "Counselor: You're through to the crisis line, my name's Dana. What's happening for you tonight?\n"
        "Caller: I don't really know why I called. I just can't do this anymore.\n"
        "Counselor: I'm really glad you called. When you say you can't do this anymore, are you having thoughts "
        "of killing yourself?\n"
        "Caller: Yeah. Tonight's been bad.\n"
        "Counselor: Thank you for telling me straight. Have you thought about how you would do it? Do you have "
        "anything with you?\n"
        "Caller: There's a bottle of my mum's sleeping tablets in the bathroom.\n"
        "Counselor: Okay. You sound like you're breathing really fast right now. Let's slow things down for a "
        "moment. Can you tell me five things you can see around you where you are?\n"
        "Caller: The telly. A mug. My cat. The curtains. My shoes.\n"
        "Counselor: Good, stay with me. Would you be willing to take the tablets round to your neighbour, or "
        "lock them in the car, just for tonight?\n"
        "Caller: I could give them to Rosa next door. She's up late.\n"
        "Counselor: That would make tonight safer. Is there someone who could be with you, or come over, so "
        "you're not on your own?\n"
        "Caller: My sister maybe. She'd come if I asked.\n"
        "Counselor: Let's write down a plan together, so you have it on your fridge: the things that tell you "
        "it's getting worse, what helps you get through, your sister's number, and this line. If at any point "
        "you feel you can't keep yourself safe, call 999 or go straight to A&E.\n"
        "Caller: Okay. I'll text my sister now.\n",
        frozenset({"safety_planning", "relaxation_mindfulness", "social_support"}),
    ),
    "blind/llm_sleep.txt": LabelledSession(
        "User: I've been sleeping maybe four hours a night for weeks. My mind just won't shut off, I keep "
        "thinking about work.\n"
        "Assistant: I'm really sorry you're dealing with this — weeks of short sleep is exhausting, and it's "
        "completely understandable that you feel worn down. What you're describing is very common. When we're "
        "under ongoing stress, the body stays in a heightened state of alertness, and the brain tends to use the "
        "quiet of bedtime to process unfinished concerns. Lying in bed awake and frustrated can, over time, teach "
        "the brain to associate the bed with wakefulness, which keeps the cycle going. The good news is that "
        "this pattern usually responds well to some practical changes. Would it be okay if I shared a few "
        "approaches?\n"
        "User: Yes please.\n"
        "Assistant: Of course. Here are a few strategies that many people find helpful:\n"
        "\n"
        "1. **A worry download.** About an hour before bed, spend ten minutes writing down everything on your "
        "mind — work tasks, concerns, anything unresolved. Getting it onto paper signals to your brain that it "
        "doesn't need to hold onto it overnight.\n"
        "2. **Longer out-breaths.** Once in bed, inhale through your nose for a count of four and exhale slowly "
        "through your mouth for a count of eight. A long exhale engages the parasympathetic nervous system.\n"
        "3. **Tense and release.** Starting from your toes and working upwards, tighten each muscle group for "
        "five seconds, then let it go and notice the difference.\n"
        "4. **Get up if you can't sleep.** If you've been awake for about twenty minutes, go to another room and "
        "do something calm in dim light until you feel sleepy.\n"
        "\n"
        "Which of these feels most doable for you?\n"
        "User: The writing one makes sense. But honestly I feel like I should be able to handle this, other "
        "people manage.\n"
        "Assistant: That's such a natural thought, and I want to gently push back on it. Struggling with sleep "
        "under pressure isn't a personal failing — it's a human response to stress. Try to offer yourself the "
        "same patience you'd offer a colleague going through a hard stretch. Being hard on yourself adds "
        "another layer of tension at exactly the time you need to wind down.\n"
        "User: Fair. What if none of it works?\n"
        "Assistant: That's a very reasonable question. If you've tried these consistently for two or three "
        "weeks and your sleep hasn't improved, it would be worth talking to your doctor or to a therapist "
        "trained in CBT for insomnia (CBT-I), which is considered the first-line treatment and is very "
        "effective.\n",
        frozenset({"psychoeducation", "journaling", "breathing_exercise", "relaxation_mindfulness", "self_compassion"}),
    ),
    "blind/spoken_low_mood.txt": LabelledSession(
        "T: So, um. How's, how's the week been.\n"
        "C: Yeah, not, not great. Just kind of. Stayed in mostly.\n"
        "T: Mm-hm. Stayed in.\n"
        "C: Didn't really see the point of going out, you know.\n"
        "T: Yeah. Yeah. And, uh, I mean, that's, that's the depression talking a bit, right, like it, um, it "
        "tells you to wait till you feel like it. But, uh, usually it works the other way round, you do the "
        "thing first and the, the motivation sort of catches up after.\n"
        "C: Huh. Okay.\n"
        "T: So, um, what, what used to, like, what did you used to enjoy? Before all this.\n"
        "C: Uh. Fishing. Cooking, I used to cook a lot.\n"
        "T: Cooking. Okay. What if we, um, so, what if you picked, like, one meal this week, and, uh, we put it "
        "on an actual day. Which day?\n"
        "C: Saturday maybe. I could do, uh, a curry.\n"
        "T: Saturday curry. Nice. And, um, maybe, maybe a short walk down to the river Wednesday? Doesn't have "
        "to be fishing, just, just go look at it.\n"
        "C: Yeah, I can. I can probably do that.\n"
        "T: And, uh, you know, you came in today, you got yourself here on the bus, that's, that's not nothing "
        "when you're feeling like this.\n"
        "C: I guess.\n"
        "T: So yeah, we'll, uh, we'll see how the curry and the walk went next week, yeah?\n"
        "C: Yeah.\n",
        frozenset({"psychoeducation", "behavioral_activation", "strengths_review", "homework"}),
    ),
    "blind/group_skills.txt": LabelledSession(
        "Therapist: Okay everyone, welcome back. Before we dive in, let's take two minutes to arrive. Put both "
        "feet on the floor, let your eyes close if that's comfortable, and just notice the sounds in the room, "
        "without doing anything about them.\n"
        "Sam: That was nice actually.\n"
        "Therapist: Good. Last week you were each going to notice one time you went along with something you "
        "didn't want to do. Who wants to share?\n"
        "Jo: My flatmate asked me to cover her cleaning again and I said yes even though I was exhausted.\n"
        "Therapist: Thanks Jo, that's a perfect example for today. The skill we're learning is how to ask for "
        "something or turn down a request clearly and respectfully. Describe the situation factually, say how "
        "you feel, state plainly what you want or don't want, and say what's in it for the other person. Then "
        "stay on message, even if they push.\n"
        "Priya: What if they get annoyed?\n"
        "Therapist: They might. Being clear doesn't guarantee a yes, but it gives you the best chance while "
        "keeping your self-respect. Jo, would you be willing to try it out here? Sam, could you be the flatmate "
        "and push back a bit?\n"
        'Sam: "Come on Jo, you\'re so much better at cleaning than me."\n'
        "Jo: \"I've covered the last two weeks and I'm worn out. I'm not doing it this week, I'd like us to "
        'stick to the rota."\n'
        "Therapist: Notice how Jo didn't apologise or over-explain. Let's run it once more, and Sam, this time "
        "keep pushing harder so Jo can practise holding her ground.\n"
        'Sam: "But I\'ve got exams, please, just this once."\n'
        'Jo: "I get that exams are stressful. I\'m still not covering it this week."\n'
        "Therapist: Excellent. For this week, everyone pick one small, low-risk request to make or turn down "
        "using the structure, and write down how it went on your worksheet. We'll go round and hear them next "
        "week.\n",
        frozenset({"relaxation_mindfulness", "homework", "assertiveness_training", "role_play"}),
    ),
    "blind/grief_listening.txt": LabelledSession(
        "Counsellor: Where would you like to start today?\n"
        "Client: It's been four months since Dad died and everyone thinks I should be over it.\n"
        "Counsellor: Four months, and it feels like people around you expect the grief to be finished.\n"
        "Client: My sister keeps telling me to write him letters. She says it helped her. And my friend wants "
        "me to come to a bereavement group with her.\n"
        "Counsellor: So there's a lot of advice coming your way, letters, a group.\n"
        "Client: I know they mean well. I just don't want to do any of it.\n"
        "Counsellor: It sounds like right now you don't want to be fixed. You want to be allowed to miss him.\n"
        "Client: Yes. Exactly that.\n"
        "Counsellor: Take your time.\n"
        "Client: I keep thinking about the last phone call. I was in a rush and I cut him off.\n"
        "Counsellor: That call stays with you.\n"
        "Client: I feel awful about it. I should have stayed on the line.\n"
        "Counsellor: There's a lot of pain in that, and guilt too. What was he like, your dad?\n"
        "Client: Stubborn. Funny. He'd have made a joke about me crying like this.\n"
        "Counsellor: I can hear how much you loved him.\n",
        frozenset(),
    ),
    "blind/driving_exposure.txt": LabelledSession(
        "Therapist: Since the accident, what have you been avoiding?\n"
        "Client: Driving at all. Even being a passenger on the motorway. I get my husband to take the back "
        "roads.\n"
        "Therapist: That makes a lot of sense after what happened. Avoiding it brings relief in the moment, but "
        "each time, the fear gets a bit more convinced that driving is dangerous. What I'd suggest is that we "
        "work our way back to driving gradually. Let's list situations, and give each a number from 0 to 100 "
        "for how anxious it would make you.\n"
        "Client: Sitting in the parked car, maybe 30. Driving round the block, 60. The motorway, 100.\n"
        "Therapist: And somewhere in between?\n"
        "Client: Driving to the shop on a quiet Sunday, maybe 70.\n"
        "Therapist: We'd start at the bottom: sitting in the parked car with the engine on, and staying there "
        "until the anxiety has dropped by about half, instead of getting out when it peaks.\n"
        "Client: What if it doesn't drop?\n"
        "Therapist: In my experience it does, if you give it long enough. Could you do that three times before "
        "we meet next?\n"
        "Client: Okay. I can do the car on the driveway.\n"
        "Therapist: You also said last time that you're a dangerous driver. Picture a line: at one end the most "
        "reckless driver you can imagine, at the other the most careful one. Where do you put yourself?\n"
        "Client: Honestly, probably near the careful end. Twenty years, no points on my licence.\n"
        "Therapist: And the accident itself: if we split up what caused it, the ice, the lorry that braked, the "
        "visibility, your own driving, how big would each piece be?\n"
        "Client: The ice was most of it. The lorry. Maybe a small slice is mine.\n",
        frozenset({"psychoeducation", "exposure", "homework", "continuum_or_pie_chart"}),
    ),
    "blind/carer_problem_solving.txt": LabelledSession(
        "Counsellor: You mentioned on the phone that things with your mum have got harder.\n"
        "Client: Since her fall she needs someone in the evenings, and I'm doing it every night after work. I'm "
        "exhausted and I'm snapping at everyone.\n"
        "Counsellor: You're holding a lot. It might help to pin down exactly what the hardest part is. If you "
        "had to put it in one sentence?\n"
        "Client: I have no evenings to myself, ever.\n"
        "Counsellor: Okay. Let's brainstorm all the ways that could change, without judging any of them yet.\n"
        "Client: A carer agency. My brother doing some nights. Mum moving in. Quitting my job, ha.\n"
        "Counsellor: Good, all on the table. Which of these looks most workable, and what would get in the way?\n"
        "Client: The agency costs a fortune. My brother, probably, but he lives forty minutes away.\n"
        "Counsellor: You've been carrying this alone for months. What about your brother taking on a couple "
        "of the evenings each week?\n"
        "Client: Scary to ask. But fair.\n"
        "Counsellor: When would you ask him, and how?\n"
        "Client: I'll ring him Sunday.\n"
        "Counsellor: And I notice you say you're a terrible daughter whenever you snap. If a friend were doing "
        "what you do, every night, after a full day's work, what would you say to her?\n"
        "Client: That she's doing amazingly and she needs a break.\n"
        "Counsellor: Could you try saying that to yourself this week, when the terrible daughter thought comes?\n"
        "Client: I'll try.\n",
        frozenset({"problem_solving", "social_support", "self_compassion", "homework"}),
    ),
}


def blind_turns() -> set[tuple[str, str]]:
    """(session path, technique code) pairs the blind labels assert."""
    return {(name, code) for name, session in BLIND_SESSIONS.items() for code in session.techniques}
