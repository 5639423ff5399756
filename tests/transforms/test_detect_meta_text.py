"""strip_meta_text: generation artefacts cut from turns (repaired), all-artefact turns dropped."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from tests.transforms.detector_frames import session
from transforms.meta_text import _without_artefacts, is_generation_request, is_generator_intro, strip_meta_text

DROPPED = "turn is a generation artefact (narration or 'here is a continuation'), not speech"
REPAIRED = "generation artefact removed from the turn"


def _outcome(text: str) -> tuple[str, str | None] | None:
    """None when untouched, else (action, repaired text)."""
    kept, found = strip_meta_text(session(("T", text)))
    if found.is_empty():
        assert kept["text"].to_list() == [text]
        return None
    assert found.height == 1
    row = found.row(0, named=True)
    assert row["excerpt"] == text
    if row["action"] == "dropped":
        assert kept.is_empty()
    else:
        assert kept["text"].to_list() == [row["repaired_text"]]
    return row["action"], row["repaired_text"]


@pytest.mark.parametrize(
    "text",
    [
        "Sure! Here is the rest of the dialogue:",
        "Certainly. Below is a revised version of the transcript.",
        "Here's a possible continuation:",
        "[End of transcript]",
        "[END OF TRANSCRIPT]",
        "End of transcript",
        "(The session continues with relaxation techniques.)",
        "Note: This conversation is a simulated example for training purposes.",
        "[Session ends]",
        "(Disclaimer: I am an AI and this is not medical advice.)",
        "Here's a continuation of the therapy session:\n\nNaomi is making progress. She is more open.",
    ],
)
def test_turns_made_only_of_artefacts_are_dropped(text: str) -> None:
    assert _outcome(text) == ("dropped", None)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("Here's a continuation of the therapy session:\n\nHow did the week go?", "How did the week go?"),
        ("How did the week go? (Note: this dialogue is fictional and for illustration only.)", "How did the week go?"),
        ("<think>The user wants an empathetic reply.</think>That sounds exhausting.", "That sounds exhausting."),
        ("<think>Unclosed reasoning runs to the end", None),
        ("That sounds hard. [continued in next message]", "That sounds hard."),
        ("I'll stop here.\n\n(End of session)", "I'll stop here."),
        # A generator writing German or Spanish announces its sample the same way.
        (
            "Gerne, hier ist ein weiterer Beispieldialog zum Thema Burnout in der Pflege:\nGuten Abend. Wie geht es?",
            "Guten Abend. Wie geht es?",
        ),
        ("Aquí tienes otra conversación de ejemplo:\n¿Cómo estás hoy?", "¿Cómo estás hoy?"),
        ("As the therapist, I'd respond: That sounds like a long week.", "That sounds like a long week."),
        (
            "Claro! Aqui está uma simulação de sessão, com falas naturais: Boa tarde. Como foi a semana?",
            "Boa tarde. Como foi a semana?",
        ),
        # ... and one writing Chinese ("OK, here is the counsellor's reply:").
        ("好的\uff0c以下是心理咨询师的回复\uff1a\n这是一个很具体的边界\u3002", "这是一个很具体的边界\u3002"),
        # A stage note in brackets, the bracket closing after its colon.
        (
            "(Continuing the role-play as the counsellor, staying in character:) That sounds important.",
            "That sounds important.",
        ),
        # An editing tool's output announced in its own words.
        (
            "Sure! Here's the tidied transcript for session 8, with filler words removed:\nWelcome back.",
            "Welcome back.",
        ),
        (
            "Here is the passage rewritten in plain English, as requested: Money worries are very common.",
            "Money worries are very common.",
        ),
        # The persona announcing its own reply.
        (
            "As a supportive CBT coach, here is my response: Thank you for clarifying. What has happened?",
            "Thank you for clarifying. What has happened?",
        ),
        # An editor's note left in double angle brackets.
        ("So it helped you stay in the room. <<Maria - keep or cut?>>", "So it helped you stay in the room."),
        # A template variable the sending tool never rendered.
        ('Hi {{first_name|fallback:"there"}}, thanks for getting in touch.', "Hi , thanks for getting in touch."),
        # A generator's scorecard under a rule.
        (
            "What does tiredness look like for you?\n\n---\nWord count: 31 | Techniques: reflection | Empathy: 4/5",
            "What does tiredness look like for you?",
        ),
        # Its own instructions leaked into the turn.
        (
            "Remember to stay in character as a warm therapist and keep each reply under 80 words. What happened?",
            "What happened?",
        ),
    ],
)
def test_artefacts_inside_speech_are_cut(text: str, left: str | None) -> None:
    assert _outcome(text) == (("dropped", None) if left is None else ("repaired", left))


@pytest.mark.parametrize(
    "text",
    [
        "Here's a script you could use: 'I need a minute, I'll come back to this.'",
        "Here's the thing: I don't think you failed.",
        "Here's a thought: what if you tried saying no once this week?",
        "Here is the plan for this week: walk every morning.",
        "Here is a conversation I had with my mom.",
        "Below is the number you can call.",
        "Let's try a breathing exercise. Breathe in for four.",
        "(laughs) Yeah, that's fair.",
        "[inaudible] ...so I went home.",
        "*pauses* I don't know.",
        "Note: I'm writing this down so we remember it next time.",
        "I got to the end of the session feeling lighter.",
        "Maria is making progress, her teacher said.",
        "Sure, here's the dialogue I rehearsed for tomorrow: 'Can we talk?'",
        "Here's the passage from the workbook that helped me: you are not your thoughts.",
        "Here's my answer: no, you didn't let them down.",
        "Two lists, then.\n\n---\n\nScore: how much you believe it, out of ten.",
    ],
)
def test_counselling_speech_is_left_alone(text: str) -> None:
    assert _outcome(text) is None


def test_rows_carry_line_speaker_and_detail() -> None:
    turns = session(
        ("T", "Welcome back."),
        ("C", "Thanks. [End of transcript]"),
        ("T", "[End of transcript]"),
    )
    kept, found = strip_meta_text(turns)
    assert kept.select("source_line", "text").rows() == [(1, "Welcome back."), (2, "Thanks.")]
    assert found.select("source_line", "speaker", "defect_type", "severity", "action", "detail").sort(
        "source_line"
    ).rows() == [
        (2, "Client", "meta_text", "warning", "repaired", REPAIRED),
        (3, "Therapist", "meta_text", "warning", "dropped", DROPPED),
    ]


# --- Misses and false alarms a demanding user would object to ------------------------------------------------


def test_note_beside_speech_about_the_session_is_repaired_not_dropped() -> None:
    text = "(Note: names have been changed.) I'm glad the session helped you this week."
    assert _outcome(text) == ("repaired", "I'm glad the session helped you this week.")


def test_speech_addressing_the_client_is_never_narration() -> None:
    text = "[continued] She is making progress at school, you said. What changed?"
    assert _outcome(text) == ("repaired", "She is making progress at school, you said. What changed?")


def test_intro_naming_a_titled_person_is_dropped_whole() -> None:
    assert _outcome("Here is the next part of the session between Dr. Lee and Maria:") == ("dropped", None)


def test_rest_of_the_story_is_speech() -> None:
    assert _outcome("Here's the rest of the story: she never called back.") is None
    assert _outcome("Here's the rest of it: I told him to leave.") is None


def test_thinking_tags_are_artefacts() -> None:
    assert _outcome("<thinking>Client seems defensive; slow down.</thinking> Take your time.") == (
        "repaired",
        "Take your time.",
    )


def test_chat_template_tokens_are_artefacts() -> None:
    assert _outcome("That makes sense.<|im_end|>") == ("repaired", "That makes sense.")
    assert _outcome("[INST] Continue the session. [/INST] How are you today?") == ("repaired", "How are you today?")


def test_markdown_heading_intro_is_an_artefact() -> None:
    assert _outcome("**Continuation of the session:**") == ("dropped", None)
    assert _outcome("### Continuation\nHow are you today?") == ("repaired", "How are you today?")


def test_how_it_might_continue_is_an_intro() -> None:
    assert _outcome("Okay, here's how the conversation might continue:") == ("dropped", None)
    assert _outcome("Sure! Here's how the counsellor might open the session:\n\nWelcome, Ama.") == (
        "repaired",
        "Welcome, Ama.",
    )


def test_an_intro_line_that_goes_on_to_describe_its_sample_is_a_generator_intro() -> None:
    line = (
        "Certainly! Below is a realistic counselling session between a counsellor and Tomasz, a 41-year-old bus "
        "driver. The dialogue demonstrates CBT techniques for insomnia."
    )
    assert pl.select(is_generator_intro(pl.lit(line))).item()
    # A session that describes something else is no intro.
    assert not pl.select(is_generator_intro(pl.lit("Below is the plan we made. The plan shows your week."))).item()


def test_announcing_the_next_line_is_an_intro_but_naming_an_answer_is_speech() -> None:
    assert _outcome("Sure! Here is the next therapist response in the conversation:\n\nI'm so sorry.") == (
        "repaired",
        "I'm so sorry.",
    )
    assert _outcome("Here's the counsellor's reply:") == ("dropped", None)
    assert _outcome("Here's a warm, empathetic reply you could send:\n\nThat sounds hard.") == (
        "repaired",
        "That sounds hard.",
    )
    assert _outcome("Here is my answer: not this week.") is None
    assert _outcome("Here is the next step. Write it down tonight.") is None


def test_assistant_sign_off_is_an_artefact() -> None:
    assert _outcome("I hope this helps! Let me know if you'd like me to continue the dialogue.") == ("dropped", None)


def test_curly_apostrophe_intro_is_an_artefact() -> None:
    assert _outcome("Here\u2019s a continuation of the therapy session:") == ("dropped", None)


def test_an_artefact_line_before_the_first_turn_is_meta_text_not_an_unparseable_line(tmp_path: Path) -> None:
    from flows.batch import process_batch

    path = tmp_path / "continued.txt"
    path.write_text(
        "Sure! Here's a continuation of the therapy session between the therapist and Daniel:\n"
        "Therapist: Welcome back, Daniel. How has the week been?\n"
        "Client: Long. Work has been a lot.\n",
        encoding="utf-8",
    )
    defects = process_batch([str(path)], {}).defects
    assert defects.filter(pl.col("source_line") == 1).select("defect_type", "action").rows() == [
        ("meta_text", "flagged")
    ]


def test_a_continuation_intro_naming_who_talks_is_an_artefact() -> None:
    intro = (
        "Certainly! Below is a continuation of the dialogue between the therapist and the patient, now focusing on "
        "the patient's sleep and low mood."
    )
    kept, found = strip_meta_text(session(("T", intro), ("C", "I slept badly again.")))
    assert kept["text"].to_list() == ["I slept badly again."]
    assert found.select("source_line", "action").rows() == [(1, "dropped")]


def test_a_rest_of_the_session_intro_with_a_long_tail_is_cut() -> None:
    text = (
        "Sure, here is the rest of the session, keeping the same tone and length as before:\n\nSo Monday was the boom."
    )
    assert _outcome(text) == ("repaired", "So Monday was the boom.")


def test_an_anonymisation_marker_is_speech_not_an_artefact() -> None:
    assert _outcome("My partner, mostly. [name redacted]. She found the bank statements.") is None


def test_a_described_dialogue_intro_is_cut() -> None:
    text = (
        "Absolutely! Below is a realistic emotional support dialogue between a supporter and a seeker who is upset "
        "about a test.\n\nThat sounds really disheartening. How are you feeling?"
    )
    assert _outcome(text) == ("repaired", "That sounds really disheartening. How are you feeling?")


def test_a_role_play_the_counsellor_offers_is_speech() -> None:
    assert _outcome("Here's an exchange with your manager you could try: you say no, and then you wait.") is None


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("<scratchpad>Screen for risk before the end.</scratchpad> Can you tell me more?", "Can you tell me more?"),
        (
            "See you on the 22nd.\n\n*I hope this scene works well for your training module! Let me know if you'd "
            "like a follow-up session where Claude makes the call.*",
            "See you on the 22nd.",
        ),
        (
            "Certainly! Continuing the chat in the same casual, supportive tone: morning Kez! how did breakfast go?",
            "morning Kez! how did breakfast go?",
        ),
        (
            "And then you put it down again?\n\n### Instruction:\nWrite a second session in which the client",
            "And then you put it down again?",
        ),
        ("### Response:\nI think so. We could try.", "I think so. We could try."),
        (
            "Sure! Here's how the therapist might respond:\n\nIt sounds like the train has become frightening.",
            "It sounds like the train has become frightening.",
        ),
    ],
    ids=["scratchpad", "italic-sign-off", "chat-continuation", "prompt-run-on", "response-header", "how-to-respond"],
)
def test_more_generation_artefacts_are_cut(text: str, left: str) -> None:
    assert _outcome(text) == ("repaired", left)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "[Draft 2 - warmer tone, drop the statistics]\nThat sounds like a hard week.",
            "That sounds like a hard week.",
        ),
        (
            "See you next week.\n\n[Techniques demonstrated in this sample: stimulus control. Suggested next prompt: "
            "continue with session 3.]",
            "See you next week.",
        ),
    ],
    ids=["draft-label", "generator-note"],
)
def test_editor_and_generator_notes_are_cut(text: str, left: str) -> None:
    assert _outcome(text) == ("repaired", left)


def test_a_draft_the_client_mentions_is_speech() -> None:
    assert _outcome("I wrote a draft to my dad (version two was kinder) and never sent it.") is None


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("The pain is real. [Comment LS1: expand this bit for the case study?]", "The pain is real."),
        ("I just stand there. (TODO: make him sound more hesitant here?)", "I just stand there."),
    ],
    ids=["word-comment", "todo"],
)
def test_review_marks_are_cut(text: str, left: str) -> None:
    assert _outcome(text) == ("repaired", left)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        ("What costs you most? <!-- reviewer: smooth this out -->", "What costs you most?"),
        (
            "That's a strong belief. {insert Socratic question about the evidence} What would a friend say?",
            "That's a strong belief. What would a friend say?",
        ),
    ],
    ids=["html-comment", "template-slot"],
)
def test_html_comments_and_unfilled_slots_are_cut(text: str, left: str) -> None:
    assert _outcome(text) == ("repaired", left)


# One artefact per META_PATTERNS entry, in order: a new pattern needs an example here, and its match must hold one of
# META_LITERALS, or the literal scan that gates the regex would hide it.
_ONE_PER_PATTERN = [
    "<think>the user wants a warmer reply</think>",
    "</thinking>",
    "[INST] continue the session [/INST]",
    "### Instruction: write the next turn",
    "### Response:",
    "**Continuation of the session:**",
    "Let me know if you'd like me to continue the dialogue.",
    "I hope this dialogue helps with your training.",
    "ChatGPT can make mistakes. Check important info.",
    "*Would you like me to continue with Session 3, where Ali meets his landlord?*",
    "(Note: this exchange is fictional.)",
    "(OOC: I'll keep the replies shorter from here on.)",
    "(Noot: dit gesprek is fictief.)",
    "*(Stepping back into the role of your coach:)*",
    "<!-- trim this turn -->",
    "{insert Socratic question}",
    "call [insert local crisis line number] any time",
    "[Assistant turn 3 of 5: keep the reply under 60 words]",
    "Notice the thought.\n\n**Technique used:** Cognitive defusion (ACT).",
    '{{first_name|fallback:"there"}}',
    "<<Maria - keep or cut?>>",
    "[Comment LS1: expand this?]",
    "[Catriona - can't make out the next bit, can you check it?]",
    "[Mo to Rosalind: is it 'sister-in-law' or 'sister'? please check]",
    "[Reflection of feelings] It sounds like you're feeling really lonely.",
    "[Tehnică: reflectarea sentimentelor | ton: cald]",
    "Cleaned version (filler words removed): The hardest part is the phone.",
    "[Draft 2 - warmer tone]",
    "[Therapist uses a double-sided reflection to bring out the ambivalence.]",
    "(the technique demonstrated in this sample is reframing)",
    "[End of part one]",
    "(AI-generated for training purposes)",
    "(The session continues next week.)",
    "Note: some passages were lightly condensed for readability, and one was left out.",
    "Suggested reply (generated, please review before sending): Hi Kit, how was the library?",
    "Note: this dialogue is a simulated example.",
    "*** End of the transcript ***",
    "Bye for now.\n---\nWord count: 31 | Techniques: reflection",
    "**Client (Dara, 34, nurse):** I haven't slept properly since the night shifts started.",
    "Not stupid at all. [coder: can't hear this word - JR] It's your alarm system.",
    "See you next time. (Would you like me to continue the session or summarise the key points?)",
    "Cleaned transcript segment: It sounds like there's a joke there.",
    "\u4e0b\u5468\u89c1\u3002\uff08\u6ce8\uff1a\u672c\u5bf9\u8bdd\u4e3a\u865a\u6784\uff09",
]


def test_every_artefact_pattern_matches_only_text_holding_one_of_its_literals() -> None:
    from transforms.meta_text import META_LITERALS, META_PATTERNS

    assert len(_ONE_PER_PATTERN) == len(META_PATTERNS)
    for pattern, example in zip(META_PATTERNS, _ONE_PER_PATTERN, strict=True):
        found = pl.Series([example]).str.extract(f"(?ism)({pattern})").item()
        assert found, (pattern, example)
        assert any(literal in found.lower() for literal in META_LITERALS), example
        # ... and the gated search over a frame still finds it.
        assert _outcome(example) is not None, example


@pytest.mark.parametrize(
    ("text", "left"),
    [
        # A model's plan about "the user" opening its reply.
        (
            "Okay, the user is anxious about a review and jumps ahead. I should validate first, then check the "
            "evidence. It makes sense that you'd be worried.",
            "It makes sense that you'd be worried.",
        ),
        # The model taking the counsellor's part it was asked to play.
        (
            "Sure! Let's begin the role-play. I'll be your CBT therapist for this practice session, and you can "
            "answer as yourself.\n\nHi, thanks for coming in today.",
            "Hi, thanks for coming in today.",
        ),
        ("Certainly! I\u2019ll act as your therapist. How are you feeling today?", "How are you feeling today?"),
        ("I'll be your therapist in this simulation. Hi Sam, how are you?", "Hi Sam, how are you?"),
        # A generator's instruction and its closing annotation.
        (
            "He'd have been made up.\n\n[Assistant turn 3 of 5: keep the reply under 60 words]",
            "He'd have been made up.",
        ),
        (
            "Try saying it to yourself.\n\n**Technique used:** Cognitive defusion. **Rationale:** distance.",
            "Try saying it to yourself.",
        ),
    ],
)
def test_a_model_speaking_about_its_task_is_cut(text: str, left: str) -> None:
    assert _outcome(text) == ("repaired", left)


@pytest.mark.parametrize(
    "text",
    [
        "Okay, let's do a role-play. I'll be your boss, and you practise asking for the day off.",
        "I'll be your counsellor for the next six weeks, so let's get to know each other.",
        "Sure. I'll be your counsellor until Maria is back from leave.",
        "That technique is called grounding. It helps when you feel overwhelmed.",
        "The user manual says to reset it. I should have read it first.",
    ],
)
def test_a_counsellor_casting_a_role_play_or_naming_a_technique_is_speech(text: str) -> None:
    assert _outcome(text) is None


def test_a_described_session_intro_is_an_artefact() -> None:
    intro = "Sure! Here's a realistic counselling session between a counsellor and a client dealing with grief:"
    assert _outcome(intro) == ("dropped", None)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "Sure! Here's how a counsellor might respond in this situation:\n\nWhat tends to bring the urges on?",
            "What tends to bring the urges on?",
        ),
        (
            "Here is a rewritten, more empathetic version of the answer:\n\nThirty-four is not late.",
            "Thirty-four is not late.",
        ),
    ],
)
def test_a_reworked_answer_announced_is_cut(text: str, left: str) -> None:
    assert _outcome(text) == ("repaired", left)


def test_a_transcript_handed_back_tidied_is_an_artefact() -> None:
    intro = (
        "Sure \u2014 here\u2019s the transcript tidied up, with speaker labels added, ready to paste into your notes:"
    )
    assert _outcome(intro) == ("dropped", None)
    assert _outcome("Here is the version of the story my mum tells: he left first.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Would you like me to continue?",
        "Would you like me to continue with the breathing for another minute?",
        "(Therapist nods slowly.)",
        "[Therapist pauses]",
    ],
)
def test_a_counsellors_own_offer_or_a_stage_direction_is_no_artefact(text: str) -> None:
    assert _outcome(text) is None


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "Claro, aquí tienes la respuesta de la psicóloga:\n\n¿Qué es lo que más te asusta?",
            "¿Qué es lo que más te asusta?",
        ),
        ("Certo! Ecco come potrebbe rispondere il terapeuta:\n\nCosa è successo prima?", "Cosa è successo prima?"),
        ("Voici la réponse du thérapeute : Qu'avez-vous ressenti ?", "Qu'avez-vous ressenti ?"),
    ],
)
def test_a_generators_announcement_of_a_reply_in_other_languages_is_cut(text: str, left: str) -> None:
    assert _outcome(text) == ("repaired", left)


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "Självklart! Här är ett empatiskt svar i rollen som samtalsstödjare:\n\nVad kände du efteråt?",
            "Vad kände du efteråt?",
        ),
        (
            "It usually is. [Sup: maybe don't say 'should' here - K] You might find it helps.",
            "It usually is. You might find it helps.",
        ),
        (
            "That sounds like a lot. [Jo to Sam: check the audio at 14:20] What do you make of it?",
            "That sounds like a lot. What do you make of it?",
        ),
        ("[Reflection of feelings] It sounds like you're feeling lonely.", "It sounds like you're feeling lonely."),
        (
            "Go gently.\n\nI hope this sample dialogue works well! Let me know if you'd like more variations "
            "with other clients.",
            "Go gently.",
        ),
    ],
)
def test_notes_labels_and_announcements_the_twentieth_blind_set_showed_are_cut(text: str, left: str) -> None:
    assert _outcome(text) == ("repaired", left)


def test_a_stage_direction_or_a_bracketed_word_in_speech_is_kept() -> None:
    assert _outcome("[laughs] It was the question I dreaded.") is None
    assert _outcome("I said to my sister: no more questions tonight.") is None


@pytest.mark.parametrize(
    "text",
    [
        "Would you like me to add another session before the holidays?",
        "Would you like me to write down the next session date for you? It's the 14th.",
        "Here are the sessions between now and Christmas: the 4th, the 11th and the 18th.",
        "Here are two conversations between you and your sister that we could practise: first, the call.",
        "Voici ce que tu pourrais répondre à ta mère : « J'ai besoin de temps. »",
        "Hier ist meine Antwort auf deine Frage: Ja, das ist normal.",
    ],
)
def test_a_counsellors_own_words_the_review_found_cut_are_kept(text: str) -> None:
    assert _outcome(text) is None


@pytest.mark.parametrize(
    ("text", "left"),
    [
        (
            "Tentu! Berikut respons konselor yang empatik:\n\nTerima kasih sudah jujur bercerita.",
            "Terima kasih sudah jujur bercerita.",
        ),
        (
            "Ce îți lipsește cel mai mult? [Tehnică: reflectarea sentimentelor | ton: cald]",
            "Ce îți lipsește cel mai mult?",
        ),
        ("Cleaned version (filler words removed): The hardest part is the phone.", "The hardest part is the phone."),
        (
            "**Counsellor response (empathetic, open question):** What goes through your mind?",
            "What goes through your mind?",
        ),
    ],
)
def test_artefacts_the_twentyfirst_blind_set_showed_are_cut(text: str, left: str) -> None:
    assert _outcome(text) == ("repaired", left)


def test_a_role_plays_out_of_character_aside_is_cut_from_the_reply() -> None:
    reply = "What happens when you imagine driving back onto your street? (OOC: I'll keep the replies shorter.)"
    kept = pl.select(_without_artefacts(pl.lit(reply)).alias("t")).item()
    assert kept == "What happens when you imagine driving back onto your street?"


@pytest.mark.parametrize(
    "line",
    [
        'Absolutely! Here\'s a realistic first CBT session focused on scan-related anxiety, often called "scanxiety." '
        "I've aimed for natural dialogue, with assessment and a first thought record.",
        "Of course! Below are three consecutive sessions of graded exposure therapy for a phobia of dogs. Each "
        "session builds on the last, and I've included brief stage directions in italics.",
    ],
)
def test_a_generator_describing_the_sessions_it_wrote_is_an_intro(line: str) -> None:
    assert pl.select(is_generator_intro(pl.lit(line)).alias("intro")).item()


@pytest.mark.parametrize(
    ("line", "asks"),
    [
        ("I'm putting together training data. Can you write a realistic first CBT session between a therapist and a "
         "client who panics before scans?", True),
        ("yes, session 2 please. make him a bit more defensive at the start", True),
        ("Write three sessions of graded exposure for a fear of dogs.", True),
        ("Session 2 - 14 March", False),
        ("Write-up of a counselling session with R.", False),
        ("Here is the conversation about boundaries that I had with my sister.", False),
    ],
)  # fmt: skip
def test_a_users_request_for_a_session_is_told_from_a_heading(line: str, asks: bool) -> None:
    assert pl.select(is_generation_request(pl.lit(line)).alias("r")).item() is asks


def test_a_finnish_generators_announcement_is_cut() -> None:
    # "Sure! Here is an empathetic answer in the therapist's role:"
    reply = (
        "Selv\u00e4! T\u00e4ss\u00e4 empaattinen vastaus terapeutin roolissa:\n\n"
        "Kuulostaa silt\u00e4, ett\u00e4 ilta on raskas."
    )
    kept = pl.select(_without_artefacts(pl.lit(reply)).alias("t")).item()
    assert kept == "Kuulostaa silt\u00e4, ett\u00e4 ilta on raskas."


@pytest.mark.parametrize(
    "said",
    [
        "Here's a possible conversation about the money with your sister: you start with the bills.",
        "Here are three sessions of practice I'd suggest: one on Monday.",
        # Finnish: "In this conversation I'd like to focus on one thing: your sleep."
        "T\u00e4ss\u00e4 keskustelussa haluaisin keskitty\u00e4 yhteen asiaan: uneesi.",
    ],
)
def test_a_counsellors_plan_for_a_conversation_is_no_intro(said: str) -> None:
    assert pl.select(_without_artefacts(pl.lit(said)).alias("t")).item() == said


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A transcriber's note to a named colleague, asking or owning up to an edit; a translator's note.
        ("I think so. (Sam - audio drops out here for a few seconds, I've guessed the next bit.)", True),
        ("It was all in the paper. [Dr A \u2013 she names the family here, I've left it out]", True),
        ("It's about face (Translator's note: mianzi, standing in others' eyes) and the town.", True),
        # ... a generator announcing its rewrite or the voice it wrote in.
        ("Here's the passage with the filler words removed: you said you nearly stayed home.", True),
        ("Sure, here is the rewritten multi-turn dialogue based on the original question and answer:", True),
        ("Of course! Here's a warm reply in a peer-support tone:", True),
        # A stage direction after a dash, or a bracketed aside that asks nothing, is the transcript's own.
        ("[Laughs - nervously] Yes, that's me.", False),
        ("(Mum - my real mum, not Jean) always said that.", False),
    ],
)
def test_notes_to_colleagues_and_announced_rewrites(text: str, expected: bool) -> None:
    rows = strip_meta_text(session(("T", text), ("C", "Okay.")))[1]
    assert (rows.height > 0) is expected


def test_a_russian_generator_intro_is_found_and_russian_speech_is_not() -> None:
    # "Here is the edited passage without filler words:" / "Here's what I think: he is right."
    intro = "Вот отредактированный фрагмент:"
    speech = "Вот что я думаю: он прав."
    assert pl.select(is_generator_intro(pl.lit(intro))).item()
    assert not pl.select(is_generator_intro(pl.lit(speech))).item()


@pytest.mark.parametrize(
    "text",
    [
        "My sister (Sarah - you remember her?) called me on Sunday.",
        "Вот что он мне ответил: ты никому не нужна.",
        "Вот текст его сообщения: ты жалкая.",  # noqa: RUF001 ("Here's the text of his message: you're pathetic.")
        "Here's the text with his name taken out: you're pathetic and everyone knows it.",
    ],
)
def test_speech_that_looks_like_a_note_or_an_announcement_is_kept_whole(text: str) -> None:
    assert strip_meta_text(session(("C", text), ("T", "Go on.")))[1].height == 0


@pytest.mark.parametrize(
    "text",
    [
        "He did. Here's my version of that part: I never hit him.",
        "Here is the short version of this section: we don't talk.",
    ],
)
def test_a_persons_version_of_a_part_is_no_announced_rewrite(text: str) -> None:
    assert strip_meta_text(session(("C", text), ("T", "Go on.")))[1].height == 0


def test_a_generators_next_response_announced_with_what_it_does() -> None:
    text = (
        "Sure! Here's the counselor's next response, continuing the session in a warm, empathetic tone:\n\n"
        "That's a lot."
    )
    assert _outcome(text) == ("repaired", "That's a lot.")
