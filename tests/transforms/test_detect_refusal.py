# ruff: noqa: RUF001  (Turkish dotless i in the test data)
"""refusal_defects: AI refusals and safety boilerplate in the therapist's mouth, flagged and kept."""

from __future__ import annotations

import pytest

from tests.transforms.detector_frames import lines, session
from transforms.refusal import refusal_defects

DETAIL = "therapist turn is an AI assistant's refusal or safety boilerplate"


def _flagged(text: str, role: str = "T") -> bool:
    return lines(refusal_defects(session((role, text)))) == [1]


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry, but I can't help with that.",
        "I apologize, but I cannot continue this role-play.",
        "As an AI language model, I don't have feelings, but I can offer some general suggestions.",
        "I'm an AI and can't replace a therapist, but I'm glad to listen.",
        "Please call the National Suicide Prevention Lifeline at 1-800-273-8255. "
        "I'm not able to continue this conversation.",
        "I can't continue a conversation that encourages self-harm.",
        "I must decline to go on with this scenario.",
        "That request goes against my guidelines, so I will not write it.",
        # "I'm" before "unable" (the contraction had never matched), breaking character in a role-play.
        "Let me step outside the role-play for a moment. This is something I'm not able to engage with as a character.",
        # Finnish: "I'm sorry, but I can't help with this matter."
        "Olen pahoillani, mutta en voi auttaa t\u00e4ss\u00e4 asiassa. Soita h\u00e4t\u00e4numeroon 112.",
        # Machine self-reference in the other languages the product reads.
        "Es tut mir leid, aber als KI-Sprachmodell kann ich keine psychologische Beratung anbieten.",
        "Lo siento, como modelo de lenguaje no puedo ofrecer terapia.",
        "En tant qu'IA, je ne peux pas remplacer un professionnel.",
        # ... with what the assistant is named before it: "as an artificial intelligence assistant".
        "Je suis désolé, mais en tant qu\u2019assistant d\u2019intelligence artificielle, je ne peux pas vous aider.",
        "Lo siento, como asistente de inteligencia artificial no puedo ofrecer terapia.",
        "作为一个AI语言模型\uff0c我无法提供心理咨询\u3002",
        "我只是一个人工智能\uff0c无法代替专业的心理咨询师\u3002",
        "抱歉\uff0c我无法回答这个问题\u3002如果你感到危险\uff0c请拨打心理援助热线\u3002",
        # A LINE service's auto-reply, in Japanese: "Sorry, we cannot answer that in this chat; call the lifeline".
        "申し訳ありませんが、このトークではその内容にお答えすることができません。いのちの電話にご相談ください。",
        "AIとして、医療的な助言はできません。",
        # GPT's hotline-only reply, its referral in a sentence naming no service.
        "I'm really sorry you're feeling this way. It sounds like you're going through a lot right now, and I think it "
        "would be best to talk to someone who can offer the right support. You can call or text 988 any time. You "
        "don't have to go through this alone.",
    ],
)
def test_refusals_in_varied_wording_are_flagged(text: str) -> None:
    assert _flagged(text)


@pytest.mark.parametrize(
    "text",
    [
        "I can't tell you what to do, but we can look at the options together.",
        "I won't keep pushing if you're not ready to talk about it.",
        "Let's try a breathing exercise. In for four, hold, out for six.",
        "If things get really bad between sessions, you can call the crisis line, and we'll talk about it next "
        "week. I can't be available at night, but they can.",
        "I'm not a doctor, so I can't change your medication, but please do talk to your GP about the side effects.",
        "I can't help with that part, the housing form, but Sam at the front desk can.",
        "I cannot discuss what another client told me; that's confidential.",
        "I'm unable to give a diagnosis today; we need another session for the assessment.",
        "I won't talk about your sister unless you want to.",
        "I am not a real expert on divorce law, please contact a solicitor about that part.",
        "Here's a script you could use: 'I need a minute, I'll come back to this.'",
        "Ich kann Ihnen nicht sagen, ob Sie kündigen sollen, aber wir können es gemeinsam anschauen.",
        "I had to stay in character all day at the theme park, and it wore me out.",
        # Dutch "als" is also "like" and "if".
        "Ik wil niet klinken als een chatbot, maar hoe gaat het echt met je?",
        "Als AI je helpt om je week te plannen, is dat prima.",
        # A counsellor's own limits in Chinese and Japanese: "I can't decide for you, but we can think it through".
        "我不能替你做决定\uff0c但我们可以一起想一想\u3002",
        "すみませんが、あと5分で終了の時間です。今日はどう感じましたか\uff1f",
        # A counsellor's safety net and a time boundary, in English and Chinese.
        "It sounds like you're going through a lot right now. It might help to talk to someone you trust who can "
        "support you day to day. And if things get worse, please call Samaritans on 116 123.",
        "抱歉\uff0c我不能继续今天的咨询了\uff0c时间到了\u3002",
        "对不起\uff0c我不能提供诊断\uff0c但我们可以一起看看\u3002",
        # A counsellor who engages and mentions support too.
        "It sounds like you're going through a lot right now. What's been the hardest part of this week? If it ever "
        "gets too much, it might help to talk to someone you trust, and 988 is there too.",
    ],
)
def test_counsellor_limits_and_referrals_are_not_refusals(text: str) -> None:
    assert not _flagged(text)


def test_only_therapist_turns_are_checked_and_the_row_is_exact() -> None:
    turns = session(
        ("C", "As an AI language model, my chatbot at work says I'm stressed. Funny, right?"),
        ("T", "As an AI language model, I cannot provide therapy."),
        ("C", "Oh."),
    )
    found = refusal_defects(turns)
    assert found.select("source_line", "speaker", "defect_type", "severity", "action", "detail").rows() == [
        (2, "Therapist", "refusal", "error", "flagged", DETAIL)
    ]
    assert found["excerpt"].to_list() == ["As an AI language model, I cannot provide therapy."]


# --- Misses and false alarms a demanding user would object to ------------------------------------------------


def test_contracted_im_unable_is_a_refusal() -> None:
    assert _flagged(
        "I'm really sorry that you're feeling this way, but I'm unable to provide the help that you need. "
        "It's really important to talk things over with someone who can, though, such as a mental health "
        "professional or a trusted person in your life."
    )


def test_contracted_im_not_able_is_a_refusal() -> None:
    assert _flagged("I'm not able to help with that request. If you're in crisis, please call 988.")


def test_sorry_i_cant_assist_with_that() -> None:
    assert _flagged("Sorry, I can't assist with that.")


def test_cant_engage_in_this_scenario() -> None:
    assert _flagged("I can't engage in this scenario as it involves self-harm.")


def test_refusing_to_write_the_transcript() -> None:
    assert _flagged("I cannot provide a transcript of a therapy session involving suicide.")


def test_other_self_references_as_a_machine() -> None:
    assert _flagged("As a responsible AI, I must point out that I can't give medical advice.")
    assert _flagged("I'm Claude, an AI assistant made by Anthropic. I can listen, though.")


def test_not_comfortable_continuing() -> None:
    assert _flagged("My apologies, but I'm not comfortable continuing this conversation.")


def test_workplace_policy_is_not_a_content_policy() -> None:
    assert not _flagged("Was leaving early against the policy at your work, or was it more of an unwritten rule?")


def test_content_moderation_job_is_not_a_refusal() -> None:
    assert not _flagged("You said reviewing posts against the content policy all day leaves you numb.")


def test_curly_apostrophes_do_not_hide_a_refusal() -> None:
    assert _flagged("I\u2019m sorry, but I can\u2019t help with that.")
    assert _flagged("I can\u2019t continue this conversation.")


@pytest.mark.parametrize(
    "text",
    [
        # Stock sympathy around a referral engages with nothing the client said: still a hotline-only reply.
        "It sounds like you're going through a really difficult time. Please reach out to Samaritans on 116 123 "
        "or call NHS 111 if you need urgent support. You don't have to face this alone.",
        "I'm really sorry you're feeling this way. I can't help with that, but please contact a crisis line such "
        "as 988, or your local emergency number, right away.",
    ],
)
def test_stock_sympathy_around_a_referral_is_a_refusal(text: str) -> None:
    assert _flagged(text)


def test_a_referral_inside_real_engagement_is_not_a_refusal() -> None:
    assert not _flagged(
        "It sounds like you're going through a really difficult time, and I'm glad you told me about the nights. "
        "What helped last time the thoughts got this loud? If they do tonight, Samaritans are on 116 123, "
        "and we can plan the rest of the week together on Thursday."
    )


def test_a_referral_with_only_you_are_not_alone_is_a_refusal() -> None:
    assert _flagged(
        "If you are having thoughts of suicide or self-harm, please call 988 or text HOME to 741741 right away. "
        "You are not alone, and help is available 24/7."
    )


def test_two_referrals_one_to_a_named_helpline_are_a_refusal() -> None:
    assert _flagged(
        "If you are in crisis, please call or text 988 (Suicide & Crisis Lifeline). You can also call the National "
        "Helpline at 1-800-662-4357."
    )


@pytest.mark.parametrize("question", ["hey. are you a real person", "r u a bot??", "Am I talking to a human?"])
def test_saying_it_is_an_ai_when_asked_is_no_refusal(question: str) -> None:
    answer = "I'm an AI companion, not a person, but I'm here to listen for as long as you'd like to talk."
    assert lines(refusal_defects(session(("C", question), ("T", answer)))) == []


def test_an_ai_disclaimer_after_any_other_question_or_with_a_refusal_is_still_flagged() -> None:
    disclaimer = "As an AI language model, I'm here to listen. What's on your mind?"
    assert lines(refusal_defects(session(("C", "what should I do about my sister?"), ("T", disclaimer)))) == [2]
    refusing = "I'm an AI, so I can't continue this conversation. Please contact a professional."
    assert lines(refusal_defects(session(("C", "are you a real person"), ("T", refusing)))) == [2]


def test_a_refusal_in_the_ing_form_is_flagged() -> None:
    assert _flagged(
        "I'm not comfortable continuing this role-play, as it involves describing a traumatic event. Please contact "
        "a qualified mental health professional."
    )


def test_saying_it_is_an_ai_to_someone_talking_to_it_as_one_is_no_refusal() -> None:
    question = "Do you ever procrastinate? Or is that a stupid thing to ask an AI?"
    answer = "Not stupid at all. I'm an AI, so I don't have deadlines, but I can help you think this through."
    assert lines(refusal_defects(session(("C", question), ("T", answer)))) == []


def test_a_german_apology_that_declines_is_a_refusal() -> None:
    assert _flagged(
        "Es tut mir leid, aber dabei kann ich dir nicht helfen. Bitte wende dich an eine Fachperson oder an die "
        "TelefonSeelsorge unter 0800 111 0 111."
    )
    assert not _flagged("Das kann ich gut verstehen. Was hat Ihnen damals geholfen?")


def test_a_portuguese_or_spanish_apology_that_declines_is_a_refusal() -> None:
    assert _flagged("Lamento muito o que está passando, mas não posso ajudar com isso. Procure um profissional.")
    assert _flagged("Lo siento mucho, pero no puedo ayudarte con este tema. Llama a una línea de ayuda.")
    assert not _flagged("Sinto muito pela sua perda. O que tem sido mais difícil nestes dias?")


def test_an_italian_or_french_apology_that_declines_is_a_refusal() -> None:
    assert _flagged("Mi dispiace, ma non posso aiutarti con questa richiesta. Rivolgiti a un professionista.")
    assert _flagged("Je suis désolée, mais je ne peux pas continuer cette conversation.")
    assert not _flagged("Mi dispiace molto per quello che è successo. Come stai dormendo?")
    assert not _flagged("Je suis désolée d'apprendre ça. Qu'est-ce qui a été le plus dur ?")


def test_a_counsellor_keeping_their_own_life_private_is_no_refusal() -> None:
    assert not _flagged(
        "I can't share personal details about myself, that's the service's rule, but I hear how lonely the "
        "write-up year can be. Who else in the lab do you talk to?"
    )
    assert _flagged("I'm unable to share details about this topic. Please contact a professional.")


def test_a_swedish_turkish_or_dutch_apology_that_declines_is_a_refusal() -> None:
    assert _flagged("Jag är ledsen, men jag kan inte hjälpa dig med det här. Ring 112 vid akut fara.")
    assert _flagged("Üzgünüm, ancak bu konuda yardımcı olamam. Lütfen 112'yi arayın.")
    assert _flagged("Het spijt me, maar ik kan je hier niet mee helpen.")
    assert not _flagged("Jag är ledsen att höra det. Hur sover du nu?")
    assert not _flagged("Het spijt me dat te horen. Hoe slaap je?")


def test_an_italian_unfortunately_is_no_apology_that_declines() -> None:
    assert not _flagged("Purtroppo il tempo è finito, ma non posso rispondere adesso a tutto: ne riparliamo giovedì.")


def test_refusals_the_twentyfirst_blind_set_showed_in_five_more_languages_and_english() -> None:
    assert _flagged("Îmi pare rău, dar nu pot continua această conversație. Te rog să suni la 112.")
    assert _flagged("Maaf, saya tidak dapat membantu dengan permintaan ini. Segera hubungi layanan darurat.")
    assert _flagged("Sorry, main is topic par help nahi kar sakta. Please 112 dial karo.")
    assert _flagged(
        "\u039b\u03c5\u03c0\u03ac\u03bc\u03b1\u03b9, \u03b1\u03bb\u03bb\u03ac "
        "\u03b4\u03b5\u03bd \u03bc\u03c0\u03bf\u03c1\u03ce \u03bd\u03b1 \u03b2\u03bf\u03b7\u03b8\u03ae\u03c3\u03c9."
    )
    assert _flagged(
        "I understand this is difficult, but this falls outside what I'm able to help with. If you're having "
        "thoughts of harming yourself, please contact a mental health professional."
    )
    assert _flagged("As an AI developed to provide general information, I must refrain from offering guidance.")
    assert not _flagged("Maaf, saya terlambat. Bagaimana minggu Anda?")
    assert not _flagged("That's outside what I'm able to help with, but our debt adviser can look at it with you.")


def test_a_counsellor_handing_a_question_on_and_staying_is_no_refusal() -> None:
    assert not _flagged(
        "Changing the dose is something I'm not able to help with, that's really one for your GP, but I'd like to "
        "hear how the week has been."
    )


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        # A model playing the client gives itself away by refusing ...
        ("I'm sorry, but I can't help with that request. Please reach out to a mental health professional.", True),
        # ... but a client quoting a chatbot, pointing at a helpline or declining to talk about something is a person.
        ("My work chatbot says 'as an AI language model' before every answer.", False),
        (
            "I typed it into a chatbot and it said 'as an AI I can't give you professional advice', which was funny.",
            False,
        ),
        ("My GP gave me the Samaritans number and said to call 116 123 if it gets bad.", False),
        ("Sorry, I can't talk about my dad today.", False),
    ],
)
def test_a_client_turn_is_read_for_a_refusal_only(text: str, expected: bool) -> None:
    assert _flagged(text, role="C") is expected


def test_a_russian_refusal_is_found_in_either_role_and_a_persons_cannot_is_not() -> None:
    # "Sorry, but I can't help with processing this passage." / "Sorry, I can't answer that question." / "Unfortunately
    # I can't continue the work."
    refusal = "Извините, но я не могу помочь с обработкой этого фрагмента."
    assert _flagged(refusal)
    assert _flagged(refusal, role="C")
    assert not _flagged("Простите, я не могу ответить на этот вопрос.", role="C")
    assert not _flagged("К сожалению, я не могу продолжить работу.")


@pytest.mark.parametrize(
    "text",
    [
        "I'm sorry, but I can't talk about my father today.",
        "Some days I feel like I'm not a real person at all, just going through the motions.",
        "I won't be able to continue the sessions after May, the funding stops.",
    ],
)
def test_a_client_declining_or_describing_themselves_is_no_refusal(text: str) -> None:
    assert not _flagged(text, role="C")


def test_a_lowercase_chat_referral_to_lifeline_is_still_a_hotline_reply() -> None:
    assert _flagged("please reach out to lifeline right now, they're available 24/7.")


def test_a_friend_who_has_been_a_lifeline_is_no_hotline() -> None:
    assert not _flagged("It sounds like Dougie's been a real lifeline.")
    assert _flagged("Please call Lifeline on 13 11 14.")


def test_a_client_who_cannot_answer_a_text_message_is_no_refusal() -> None:
    assert not _flagged("I'm sorry, but I can't answer his text right now. I'm not ready.", role="C")
