"""Text the generator injects: AI refusals, generation artefacts, narrators, stray prose.

All written for this benchmark (no corpus text). Refusals and artefacts are assembled from parts,
so there are hundreds of distinct wordings: a detector that matches these strings would not
generalise, and should not be built from them.
"""

from __future__ import annotations

import random

_REFUSAL_OPENERS = (
    "I'm sorry, but",
    "I apologize, but",
    "Unfortunately,",
    "I'm really sorry, however",
    "I understand this matters to you, but",
    "Sorry, but",
    "I have to be honest with you:",
    "I'm afraid",
)
_REFUSAL_BODIES = (
    "I can't continue this conversation.",
    "I can't continue with this role-play.",
    "I cannot continue a conversation that involves self-harm.",
    "I'm not able to help with that request.",
    "I can't provide guidance on this topic.",
    "I cannot engage with content about hurting yourself.",
    "I won't be able to keep playing the role of a therapist here.",
    "this is something I can't assist with.",
    "I'm unable to provide the kind of support you need right now.",
    "I can't generate the rest of this session.",
)
_REFUSAL_CLOSERS = (
    "If you're having thoughts of harming yourself, please reach out to a mental health professional or a crisis line.",
    "Please consider talking to a licensed professional who can support you properly.",
    "If you are in immediate danger, contact your local emergency services.",
    "It might help to speak with someone you trust, or a qualified counsellor.",
    "You deserve support from a trained person who can be there with you.",
    "",
)
_AI_DISCLAIMERS = (
    "As an AI language model, I am not able to provide therapy or medical advice.",
    "As an AI, I don't have personal experiences, but I can share some general information.",
    "I'm just an AI assistant and cannot replace a real therapist.",
    "As a language model, I can't diagnose conditions or offer treatment.",
    "Being an AI, I am not qualified to give clinical advice about this.",
)
_AI_FOLLOW_UPS = (
    "I would strongly encourage you to seek help from a licensed mental health professional.",
    "Please reach out to a qualified professional for personalised guidance.",
    "For anything urgent, contact a crisis service in your area.",
    "A doctor or counsellor will be able to help you much better than I can.",
)
_HOTLINES = (
    "If you are in crisis, please call or text 988 (Suicide & Crisis Lifeline) right away.",
    "Please contact the Samaritans on 116 123, they are available day and night.",
    "You can text HOME to 741741 to reach the Crisis Text Line at any time.",
    "Please call Lifeline on 13 11 14 or your local emergency number now.",
    "Please call emergency services or go to your nearest emergency department immediately.",
    "Reach out to a suicide prevention hotline in your country; they are free and confidential.",
)
_POLICY = (
    "I cannot provide instructions or details about methods of self-harm.",
    "I cannot provide information that could be used to hurt yourself or others.",
    "I can't help with this because it goes against my guidelines.",
    "This request violates the content policy, so I won't respond to it.",
    "I'm not allowed to discuss this topic in detail.",
)


def refusal(rng: random.Random) -> str:
    """An AI assistant's refusal or safety boilerplate in place of a therapist's reply."""
    shape = rng.randrange(4)
    if shape == 0:
        parts = [rng.choice(_REFUSAL_OPENERS), rng.choice(_REFUSAL_BODIES), rng.choice(_REFUSAL_CLOSERS)]
        text = " ".join(p for p in parts if p)
        return text[0].upper() + text[1:]
    if shape == 1:
        return f"{rng.choice(_AI_DISCLAIMERS)} {rng.choice(_AI_FOLLOW_UPS)}"
    if shape == 2:
        # Hotline-only: the reply is nothing but a referral.
        return " ".join(rng.sample(_HOTLINES, rng.choice((1, 2))))
    return f"{rng.choice(_POLICY)} {rng.choice(_HOTLINES + _AI_FOLLOW_UPS)}"


# Artefacts of generation or editing that end up inside a turn's text.
META_PREFIXES = (
    "Here's a continuation of the therapy session:",
    "Sure! Here is the next part of the conversation:",
    "Continuing the dialogue from where we left off:",
    "Below is the rest of the transcript.",
    "Okay, here's the revised version of the session:",
    "Here is the dialogue rewritten in a more empathetic tone:",
)
META_SUFFIXES = (
    "(Note: this dialogue is fictional)",
    "(Note: This conversation is a fictional example created for illustration.)",
    "[End of transcript]",
    "[Transcript continues]",
    "(Word count: 212)",
    "[This session was generated for training purposes.]",
    "(Continued in the next message.)",
)
_REASONING = (
    "The client seems anxious about this. I should reflect the feeling first and then ask an open question.",
    "Okay, the user wants me to continue as the therapist. I need to keep the tone warm and avoid advice.",
    "Let me think about which technique fits here; maybe cognitive restructuring would be appropriate.",
    "I should validate the emotion before moving on, and keep the reply short.",
    "Hmm, the patient mentioned sleep problems earlier. I could link back to that.",
)
META_WHOLE_TURNS = (
    "[End of transcript]",
    "Here's a continuation of the therapy session:",
    "(Note: this dialogue is fictional and was written for training purposes only.)",
    "[Session continues after a short break]",
    "*** End of generated session ***",
    "Sure, here is the next part of the role-play between the two speakers.",
    "(The rest of the conversation has been omitted for brevity.)",
)


def reasoning(rng: random.Random) -> str:
    return rng.choice(_REASONING)


def think_block(rng: random.Random, multiline: bool) -> str:
    thought = reasoning(rng)
    return f"<think>\n{thought}\n</think>" if multiline else f"<think>{thought}</think>"


UNKNOWN_LABELS = ("Narrator", "Dr Who", "Observer", "Mr Finch", "Voice Over", "Camera Operator")
NARRATION = (
    "(The client pauses for a long moment and looks out of the window.)",
    "The session resumes after a short interruption from the hallway.",
    "(Both of them sit quietly for a while before continuing.)",
    "A phone rings somewhere in the building and is quickly silenced.",
    "(The therapist hands over a glass of water and waits.)",
    "The recording volume drops here for about thirty seconds.",
    "(Someone knocks on the door; nobody answers it.)",
    "There is laughter from both sides before the conversation moves on.",
)
# Prose between a separator and a session's first turn: no label, no header.
STRAY_PROSE = (
    "The recording starts a few minutes late because of a technical problem",
    "this part was typed up from handwritten notes and may contain gaps",
    "Audio quality is poor during the first half of the following conversation.",
    "transcribed by the intake team, second pass still pending",
    "The client arrived early and asked to begin straight away.",
    "Some of the names below have been changed at the client's request.",
)
# Words a truncated turn may end on: it cannot end a clause.
DANGLING = frozenset(
    {
        "the", "a", "an", "and", "but", "or", "to", "of", "that", "because", "with", "my", "your", "i",
        "i'm", "i\u2019m", "was", "is", "for", "in", "if", "when", "so", "about", "we", "they", "it's", "it\u2019s",
        "at", "on", "from", "are", "be", "have", "just", "really", "very", "his", "her", "their", "our",
        "would", "could", "should", "can", "will", "than", "as", "like", "this", "these", "those", "what",
    }
)  # fmt: skip
# Replacement words for near-duplicates ("one or two words differ").
SWAP_WORDS = ("really", "just", "maybe", "actually", "probably", "quite", "kind of", "definitely")
