# ruff: noqa: RUF001  (curly apostrophes and dashes are the point: mojibake is made from them)
"""Sentence parts the generator combines into counselling dialogue. All written for this project.

A sentence is an opener, a middle and an ending picked independently, so each role has tens of
thousands of distinct sentences: turns rarely repeat by chance, and the repeats the generator injects
on purpose are the duplicates a run should find. A few parts carry curly apostrophes and dashes, so
mojibake injected by re-decoding them looks like the real thing (`â€™`, `â€”`).
"""

from __future__ import annotations

THERAPIST_OPENERS = (
    "It sounds like",
    "I'm hearing that",
    "So for you,",
    "Let me check I've understood:",
    "What I notice is that",
    "From what you've said,",
    "It seems that",
    "I wonder whether",
    "You're telling me that",
    "If I've got this right,",
    "Correct me if I'm wrong, but",
    "When you describe it, it sounds as if",
    "Part of you feels that",
    "I get the sense that",
    "You mentioned earlier that",
    "It’s understandable that",
    "Many people find that",
    "Last week you said that",
    "Thinking about what you’ve shared,",
    "On the one hand,",
)
THERAPIST_MIDDLES = (
    "the evenings are the hardest part of the day",
    "work has been taking more than you can give",
    "the arguments at home leave you drained",
    "you want to cut down but worry about losing your friends",
    "sleep has been broken for a few weeks now",
    "you feel you have to hold everything together on your own",
    "the exam results matter a great deal to your family",
    "you keep going over the conversation with your manager",
    "drinking helps you switch off after a long shift",
    "you have started avoiding the places that remind you of him",
    "your energy drops as soon as you get home",
    "the move to a new city has been lonelier than you expected",
    "you care about your health but change feels far away",
    "the panic comes on without any warning",
    "you feel guilty whenever you take time for yourself",
    "smoking is tied up with your breaks at work",
    "you want your daughter to trust you again",
    "money worries keep you awake at night",
    "you are not sure the medication is helping",
    "you miss the person you were before the accident",
    "the deadline made everything louder in your head",
    "you feel judged when you ask for help",
    "exercise used to be the thing that kept you steady",
    "the relationship has changed since the baby arrived",
    "you’re torn between staying and leaving",
)
THERAPIST_ENDINGS = (
    ".",
    ", and that has been weighing on you.",
    ", which makes a lot of sense given everything.",
    " — is that close?",
    ", and you’d like something to be different.",
    ". How does that land with you?",
    ", and it takes courage to say so.",
    ". What would you like to happen next?",
    ". Can you tell me more about that?",
    ", and part of you is ready to try something new.",
    ". On a scale from one to ten, how important is that to you?",
    ". What has helped, even a little, in the past?",
)
THERAPIST_QUESTIONS = (
    "What would a good week look like for you?",
    "How did you feel when that happened?",
    "What do you make of that?",
    "Where would you like to start today?",
    "What was going through your mind at the time?",
    "Who else knows about this?",
    "What would your best friend say if they heard you say that?",
    "How confident do you feel about making that change?",
    "What might get in the way?",
    "What small step could you take before we meet again?",
    "Shall we write that down as something to try this week?",
    "How have things been since we last spoke?",
)

CLIENT_OPENERS = (
    "Honestly,",
    "I guess",
    "Yeah, I think",
    "To be honest,",
    "I don't know, maybe",
    "Well,",
    "The thing is,",
    "I suppose",
    "It’s just that",
    "Sometimes I feel like",
    "My partner says",
    "Most days",
    "I keep telling myself that",
    "When I think about it,",
    "I never really noticed that",
    "Right now",
    "Ever since last month,",
    "Part of me thinks",
)
CLIENT_MIDDLES = (
    "I can't switch off when I get home",
    "I'm the only one who notices the mess",
    "I just want a night where I sleep through",
    "the drinking is not really a problem",
    "everyone at work is doing better than me",
    "I snap at the kids and then feel awful",
    "I haven't been out with friends for weeks",
    "the cravings are worst after dinner",
    "my mum calls every day to check on me",
    "I started the walking again on Tuesday",
    "I freeze whenever someone raises their voice",
    "I'm scared they will find out I'm struggling",
    "the doctor wants me to cut back on salt",
    "I left the job because I couldn't face it",
    "I keep checking my phone for messages from her",
    "I feel better when I write things down",
    "I don’t see the point of trying again",
    "the noise in my head gets louder at night",
    "we argue about money most weekends",
    "I want to be there for my son",
    "I cancelled the appointment twice",
    "quitting would mean losing my only way to relax",
)
CLIENT_ENDINGS = (
    ".",
    ", you know?",
    ", if that makes sense.",
    " — I don't know.",
    ", and I hate that.",
    ", but I'm trying.",
    ". It's exhausting.",
    ", which is new for me.",
    ". I guess that's where I am.",
    ", and nobody seems to get it.",
)
CLIENT_SHORT = (
    "Yeah.",
    "Mm-hmm.",
    "Right.",
    "I think so.",
    "Not really.",
    "Maybe, yeah.",
    "That's true.",
    "Okay.",
    "I'm not sure.",
    "Exactly.",
)

FIRST_NAMES = ("Alex", "Sam", "Jordan", "Priya", "Daniel", "Maria", "Chen", "Fatima", "Tom", "Leila", "Noah", "Ana")
TOPICS = (
    "alcohol use",
    "smoking cessation",
    "sleep",
    "work stress",
    "grief",
    "relationship conflict",
    "exam anxiety",
    "loneliness",
    "diet and exercise",
    "panic attacks",
    "parenting",
    "job loss",
)
EMOTIONS = ("anxiety", "depression", "sadness", "anger", "fear", "shame", "disgust")
PROBLEMS = (
    "job crisis",
    "ongoing depression",
    "breakup with partner",
    "problems with friends",
    "academic pressure",
    "conflict with parents",
)
ESCONV_STRATEGIES = (
    "Question",
    "Restatement or Paraphrasing",
    "Reflection of feelings",
    "Self-disclosure",
    "Affirmation and Reassurance",
    "Providing Suggestions",
    "Information",
    "Others",
)
THERAPIST_BEHAVIOURS = ("question", "reflection", "therapist_input", "other")
CLIENT_TALK_TYPES = ("change", "neutral", "sustain")

# Artefacts that LLM-generated dumps carry; the pipeline's meta_text step cuts them.
META_PREFIXES = (
    "Here's a continuation of the therapy session:",
    "Sure! Here is the rest of the conversation:",
    "Below is a sample counselling dialogue.",
)
REFUSALS = (
    "I'm sorry, but I can't continue this conversation. Please reach out to a mental health professional.",
    "As an AI language model, I am not able to provide therapy. Please contact a licensed professional.",
    "I cannot help with that request. If you are in crisis, please contact your local emergency services.",
)
SYSTEM_PROMPTS = (
    "You are a supportive counsellor. Listen carefully and respond with empathy.",
    "You are a motivational interviewing practitioner helping a client explore change.",
)
# Plain-text label pairs (therapist, client), in the styles real exports use.
PLAIN_LABELS = (
    ("Therapist", "Client"),
    ("Counselor", "Client"),
    ("COUNSELLOR", "CLIENT"),
    ("T", "C"),
    ("**Therapist**", "**Client**"),
    ("Consultant", "User"),
    ("Psychologist", "Patient"),
)
SEPARATORS = ("-----", "=====", "#####", "* * *")
