# ruff: noqa: RUF001  (full-width punctuation in the Chinese turns is the test data)
"""role_inversion_defects: a turn in the other role's voice, or a whole session with swapped labels."""

from __future__ import annotations

import polars as pl
import pytest

from benchmarks.train_tables import han_voice_score, voice_score
from tests.transforms.detector_frames import session
from transforms.config import RoleInversionConfig
from transforms.role_inversion import (
    _addresses,
    _context_weights,
    _han_voice,
    _swapped_sessions,
    _voice_weights,
    context_features,
    context_score,
    han_voice_scores,
    role_inversion_defects,
    voice_scores,
)

# The therapist addresses the client as "Sam" at a sentence start, twice.
SAM = [
    ("T", "Welcome. What brings you in today?"),
    ("C", "My sleep has been terrible since the new job."),
    ("T", "Sam, that sounds exhausting. How long has this been going on?"),
    ("C", "About two months. I lie awake planning the next day."),
    ("T", "I see. Sam, what goes through your mind at night?"),
]


def _found(*turns: tuple[str, str]) -> list[tuple[int | None, str]]:
    rows = role_inversion_defects(session(*turns))
    assert set(rows["action"]) <= {"flagged"} and set(rows["severity"]) <= {"error"}
    return [(r["source_line"], r["detail"]) for r in rows.iter_rows(named=True)]


def _client_voice(moves: int) -> list[tuple[int | None, str]]:
    return [(6, f"client turn in the counsellor's voice ({moves} counsellor moves)")]


def test_client_turn_addressing_the_client_by_name_with_one_move() -> None:
    # The seed's shape: the client-labelled turn thanks the client by name and sets the agenda.
    assert _found(*SAM, ("C", "Thank you, Sam, for your openness. Let's start with your evenings.")) == _client_voice(1)


def test_client_turn_with_three_counsellor_moves() -> None:
    text = "I hear you. Let's explore what happens at night. How does that sound?"
    assert _found(*SAM, ("C", text), ("T", "Okay."), ("C", "I guess so."), ("T", "Fine.")) == _client_voice(3)


def test_whole_session_with_swapped_labels_is_one_row() -> None:
    swapped = [
        ("T", "I've been feeling really low since the breakup."),
        ("C", "That must be painful. Can you tell me more about that?"),
        ("T", "I just can't stop thinking about her."),
        ("C", "That makes sense. How does that make you feel when it happens?"),
        ("T", "Empty, I guess. Like nothing matters."),
        ("C", "Thank you for sharing that. Let's explore those feelings together."),
    ]
    rows = role_inversion_defects(session(*swapped))
    assert rows.select("source_line", "speaker", "detail").rows() == [
        (None, None, "labels swapped: client turns carry 1.33 counsellor moves per turn, therapist turns 0.0")
    ]


def test_therapist_turn_addressing_the_therapist_by_name() -> None:
    # The client calls the therapist "Naomi" twice; a move-free therapist turn that does too is the client's.
    turns = [
        ("C", "Naomi, I've had a rough week."),
        ("T", "I'm sorry to hear that. What happened?"),
        ("C", "Work, mostly. I'm exhausted, Naomi."),
        ("T", "What does exhausted look like for you?"),
        ("C", "I can't even get out of bed some days."),
        ("T", "Thank you, Naomi, for listening. I feel stuck all the time."),
    ]
    assert _found(*turns) == [(6, "therapist turn addresses the therapist by name (Naomi)")]


def test_a_name_inside_a_scripted_line_addresses_nobody() -> None:
    # A role play: the client answers "Aunty" (the counsellor plays her), then the counsellor scripts a line for the
    # client to say to her. The name in the quotation is the client's line, not the counsellor calling anyone.
    turns = [
        ("T", "Let's practise it now. I'll be your aunty. 'Any good news for us this year?'"),
        ("C", "Um. Not yet, Aunty... sorry..."),
        (
            "T",
            "Try it without the sorry. For example, 'That's private, Aunty, but I want to hear about your trip.'",
        ),
        ("C", "'That's something we keep between us, Aunty. Tell me about Fiji.' That felt okay, Aunty."),
        ("T", "It sounded calm and clear. How did it feel to say it?"),
    ]
    assert _found(*turns) == []


@pytest.mark.parametrize(
    "text",
    [
        "My friend keeps saying 'it sounds like you need a break', and I hate it.",
        "Thank you, that helps. I hadn't thought of it that way.",
        "Priya, honestly, I don't know. It sounds like you think I'm overreacting.",
        "Can you tell me how long this usually takes?",
    ],
)
def test_client_speech_is_not_inverted(text: str) -> None:
    assert _found(*SAM, ("C", text)) == []


def test_clean_session_is_quiet_and_sessions_are_separate() -> None:
    clean = pl.concat([session(*SAM), session(*SAM, session_id="s2")])
    assert role_inversion_defects(clean).is_empty()


# --- Misses and false alarms a demanding user would object to ------------------------------------------------


def test_inverted_turn_naming_the_client_at_sentence_end() -> None:
    assert _found(*SAM, ("C", "Thank you for your openness, Sam. Let's start by looking at your evenings.")) == (
        _client_voice(2)
    )


def test_name_after_an_opener_counts_as_a_vocative() -> None:
    turns = [
        ("T", "Okay, Sam. What brings you in today?"),
        ("C", "My sleep has been terrible since the new job."),
        ("T", "Right, Sam. How long has this been going on?"),
        ("C", "About two months."),
        ("C", "Thank you, Sam, for your openness. Let's start with your evenings."),
    ]
    assert _found(*turns) == [(5, "client turn in the counsellor's voice (1 counsellor moves)")]


def test_one_inverted_turn_does_not_swap_the_session() -> None:
    text = "It sounds like you have been under a lot of pressure. Can you tell me more? Let's explore it together."
    assert _found(*SAM, ("C", text)) == _client_voice(3)


def test_client_talking_about_homework_is_a_client() -> None:
    assert _found(*SAM, ("C", "I did the homework. On a scale of one to ten it was a seven. Our session helped.")) == []
    assert _found(*SAM, ("C", "Last week you mentioned homework. I did it. Can you tell me if that's normal?")) == []


def test_counsellor_voice_in_other_wording() -> None:
    assert _found(
        *SAM,
        ("C", "I appreciate you being so honest with me today. I'd love for us to spend some time on your evening "
              "routine. What do you notice in your body when you lie down?"),
    ) == _client_voice(3)  # fmt: skip
    assert _found(
        *SAM,
        ("C", "So what I'm hearing is that the nights are the hardest part for you. Would it be okay if we looked "
              "at that together? What would you like to get out of today?"),
    ) == _client_voice(3)  # fmt: skip


def test_curly_apostrophes_do_not_hide_counsellor_moves() -> None:
    text = "I hear you. Let\u2019s explore what happens at night. It\u2019s understandable that you\u2019re tired."
    assert _found(*SAM, ("C", text)) == _client_voice(3)


# --- The learned voice model (transforms/data/role_voice.tsv) --------------------------------------------------


def test_voice_scores_match_the_trainers_own_scoring() -> None:
    # The detector explodes words to rows and joins the weights; the trainer scores turn by turn in Python.
    # Both must give the same number, or the threshold tuned on one means nothing for the other.
    bias, table = _voice_weights()
    weights = dict(zip(table["_f"].to_list(), table["weight"].to_list(), strict=True))
    texts = [
        "How have you been feeling since we last met? It sounds like the week was hard.",
        "I don\u2019t know, I just feel tired all the time and my boss keeps piling work on me.",
        "",
        "123 456",
        "Mm-hmm.",
    ]
    detector = voice_scores(pl.Series(texts)).to_list()
    assert detector == pytest.approx([voice_score(bias, weights, t) for t in texts], abs=1e-9)
    # The counsellor's turn scores above zero, the client's below; a turn with no known word scores the bias.
    assert detector[0] > 1 > -1 > detector[1]
    assert detector[2] == detector[3] == pytest.approx(bias)


@pytest.mark.parametrize(
    "text",
    [
        # Counsellor talk none of the hand-written moves matches.
        "So you're feeling pretty torn about whether to cut back. What would you want to be different for you?",
        "You mentioned earlier that your mother helps a lot. How do you feel when you ask her for support?",
    ],
)
def test_client_turn_in_the_counsellors_voice_without_listed_moves(text: str) -> None:
    found = _found(*SAM, ("C", text), ("T", "Okay."))
    assert [line for line, _ in found] == [6]
    assert "voice model log-odds" in found[0][1]


@pytest.mark.parametrize(
    "text",
    [
        "I keep telling myself I should cut back, but then Friday comes and I end up drinking again.",
        "My mum helps a lot, honestly. I just feel bad asking her all the time because she has her own problems.",
        # A client who asks the counsellor something and says "you" is still a client.
        "Do you think I should tell my manager? I'm worried she'll think I can't handle the job.",
    ],
)
def test_client_turns_in_a_clients_voice_are_not_flagged(text: str) -> None:
    assert _found(*SAM, ("C", text), ("T", "Okay.")) == []


def test_swapped_session_found_by_the_voice_model_alone() -> None:
    # No counsellor move, no question-and-"you" lean on the client side: only the learned voice tells.
    swapped = [
        ("T", "Work has been really stressful lately and I barely sleep more than five hours a night."),
        ("C", "So the stress at work is eating into your sleep, and that leaves you worn out during the day."),
        ("T", "Yes, exactly. And then I get snappy with my kids, which makes me feel even worse about myself."),
        ("C", "You're noticing that the tiredness spills over into how you are with your children at home."),
        ("T", "I guess I just want to be a better dad to them, and I keep letting them down every evening."),
        ("C", "Being a good father to them really matters to you, and right now you feel you are falling short."),
    ]
    rows = role_inversion_defects(session(*swapped))
    assert rows["source_line"].to_list() == [None]
    assert rows["detail"][0].startswith("labels swapped")
    # The same session with its labels the right way round is clean.
    fixed = [("C" if who == "T" else "T", text) for who, text in swapped]
    assert role_inversion_defects(session(*fixed)).is_empty()


# --- The context model (transforms/data/role_context.tsv) ------------------------------------------------------


def test_context_features_average_the_sessions_other_scored_client_turns() -> None:
    frame = session(
        ("T", "t0"), ("C", "c1"), ("T", "t2"), ("C", "c3"), ("C", "c4"), ("C", "short"), session_id="a"
    ).with_columns(pl.Series("_voice", [2.0, -1.0, 1.0, -3.0, 1.0, None]))
    others = context_features(frame)["client_others"].to_list()
    # Each scored client turn gets the mean of the other scored client turns; unscored and therapist turns the
    # mean of all of them; a session with one scored client turn has nothing to compare it with.
    assert others == pytest.approx([-1.0, -1.0, -1.0, 0.0, -2.0, -1.0])
    alone = session(("T", "t0"), ("C", "c1"), session_id="b").with_columns(pl.Series("_voice", [2.0, 1.0]))
    assert context_features(alone)["client_others"].to_list() == [1.0, None]


def test_a_session_of_articulate_clients_raises_the_bar() -> None:
    # The same turn, scored against terse clients and against clients who all talk at length about feelings.
    weights = _context_weights()
    assert weights["voice"] > 0 > weights["client_others"]
    turn = pl.DataFrame({"_voice": [3.0, 3.0], "client_others": [-3.0, 1.0], "_moves": [0, 0]})
    terse, articulate = turn.select(context_score(weights)).to_series().to_list()
    assert terse > articulate


def test_therapist_turn_in_the_clients_voice() -> None:
    client_words = (
        "I just feel like I've been failing at everything for so long that I don't know who I'd be without it. "
        "Honestly, some weeks I'm not sure these sessions are doing anything for me."
    )
    found = _found(*SAM, ("C", "Yeah, I guess so."), ("T", client_words))
    assert [(line, detail.split(" (")[0]) for line, detail in found] == [(7, "therapist turn in the client's voice")]


def test_therapist_self_disclosure_is_not_inverted() -> None:
    disclosure = (
        "I remember feeling nervous before my own first session years ago, so it makes sense to me that you "
        "feel unsure. What would make today feel a bit safer for you?"
    )
    assert _found(*SAM, ("C", "Yeah, I guess so."), ("T", disclosure)) == []


# A Chinese session written for these tests (no corpus text): the counsellor reflects and asks, the client tells.
CHINESE = [
    ("T", "你好，今天想从哪里开始聊？听起来你最近压力挺大的。"),
    ("C", "我最近总是睡不着，工作上的事情一直在脑子里转，我不知道该怎么办。"),
    ("T", "你提到工作上的事情一直在脑子里转，能具体说说是哪些事情让你最担心吗？"),
    ("C", "主要是我的领导，他总是在会上批评我，我觉得自己什么都做不好，很丢脸。"),
    ("T", "被当众批评确实会让人很难受。当时你心里是什么感受？你是怎么应对的？"),
    ("C", "我当时脸一下就红了，什么话都说不出来，回家以后一直哭，觉得自己特别没用。"),
]
COUNSELLOR_LINE = "我能感受到你的委屈和无助。我们可以一起来看看，在这种情况下，你希望自己怎样回应会更好？"


def test_chinese_client_turn_in_the_counsellors_voice() -> None:
    rows = _found(*CHINESE, ("C", COUNSELLOR_LINE), ("T", "嗯，你慢慢说。"))
    assert [(line, detail.split(" (")[0]) for line, detail in rows] == [(7, "client turn in the counsellor's voice")]
    assert "Chinese voice model" in rows[0][1]


def test_clean_chinese_session_and_quoted_words_are_quiet() -> None:
    # The client quotes her mother's words to her ("你要..."): someone else's voice, in quotation marks.
    quoting = "妈妈总是对我说：“你要多为别人着想，你要学会控制自己的情绪，你要更努力一点。”我听了很难过。"
    assert _found(*CHINESE, ("C", quoting)) == []


def test_chinese_session_with_swapped_labels_is_one_row() -> None:
    swapped = [("C" if role == "T" else "T", text) for role, text in CHINESE]
    rows = role_inversion_defects(session(*swapped))
    assert rows["source_line"].to_list() == [None]
    assert rows["detail"][0].startswith("labels swapped")


def test_chinese_voice_scores_match_the_trainers_own_scoring() -> None:
    settings, weights = _han_voice()
    table = dict(zip(weights["_f"].to_list(), weights["weight"].to_list(), strict=True))
    texts = [text for _, text in CHINESE] + [COUNSELLOR_LINE, "好的。", "“你好”"]
    expected = [han_voice_score(settings["(bias)"], table, t) for t in texts]
    assert han_voice_scores(pl.Series(texts)).to_list() == pytest.approx(expected, abs=1e-9)


_CLIENT_STORY = (
    "It did. I only found out because someone screenshotted it by accident. I didn't eat lunch in the canteen for "
    "the rest of the year, I just went to the library and pretended I was revising."
)


def test_a_client_turn_labelled_between_two_counsellor_turns_is_found_on_less_voice() -> None:
    # Voice log-odds about -2.5: not client-like enough alone (the cut is -4), but it stands where the client's
    # answer is missing, between two turns of the same counsellor.
    turns = session(
        ("C", "My friends started a new group chat without me and I only found out by accident."),
        ("T", "That must have really hurt."),
        ("T", _CLIENT_STORY),
        ("T", "That sounds like a lonely year, and it makes sense that you'd be wary of getting close again."),
    )
    found = role_inversion_defects(turns)
    assert found["source_line"].to_list() == [3]
    alone = session(
        ("C", "My friends started a new group chat without me and I only found out by accident."),
        ("T", _CLIENT_STORY),
        ("C", "Yeah, it was a hard year."),
    )
    assert role_inversion_defects(alone).is_empty()


def test_a_client_greeted_by_name_is_named_and_a_client_turn_thanking_them_by_it_is_the_counsellors() -> None:
    turns = session(
        ("T", "Hi Gareth, welcome. How has this week been with your back?"),
        ("C", "Not great. The cold makes it worse and I've stopped going to the allotment."),
        ("T", "That's a real loss, Gareth. What did the allotment give you?"),
        ("C", "Somewhere to be useful, I suppose."),
        ("C", "Thank you for being so open with me today, Gareth. I really appreciate your honesty."),
    )
    assert role_inversion_defects(turns)["source_line"].to_list() == [5]


def test_a_counsellor_turn_typed_the_way_the_client_types_needs_less_of_the_client_voice() -> None:
    inverted = (
        "honestly i've been the same. i can't get out of bed most days, i've stopped answering my mum's calls and i "
        "haven't been to the climbing wall since before christmas either"
    )
    turns = session(
        ("C", "i've been feeling really flat lately. not sad exactly, just nothing"),
        ("T", "Feeling flat, as if the colour has gone out of things, can be really unsettling. How long has it been?"),
        ("C", "since january maybe. i stopped going climbing and i don't really see anyone"),
        ("T", inverted),
        ("C", "i used to go three times a week. now even the drive feels like too much"),
        ("T", "It sounds like the things that gave you energy now cost too much. Would one small step help?"),
    )
    assert role_inversion_defects(turns)["source_line"].to_list() == [4]
    # The same words from a counsellor who types in lower case throughout are no evidence of anything.
    lower = turns.with_columns(
        pl.when(pl.col("role") == "therapist").then(pl.col("text").str.to_lowercase()).otherwise(pl.col("text"))
    )
    assert role_inversion_defects(lower).is_empty()


def test_a_signature_under_an_email_is_no_address_to_the_counsellor() -> None:
    turns = session(
        ("C", "Hi Hannah,\n\nThank you for replying so quickly. I tried the breathing on the bus.\n\nEllie"),
        ("T", "Hi Ellie,\n\nThat's a really clear description. Keep noticing it this week.\n\nBest wishes,\nHannah"),
        ("C", "Hi Hannah,\n\nI did it! I stayed on until my stop.\n\nEllie"),
        ("T", "Hi Ellie,\n\nThat's brilliant news, and you should be proud.\n\nWarm wishes, Hannah"),
    )
    assert role_inversion_defects(turns).is_empty()


@pytest.mark.parametrize(
    "answer",
    [
        "I'd say love, you're shattered, you're doing your best, be gentle with yourself and get some rest.",
        "Well, I would tell her it's okay to struggle, that it doesn't make her a bad mum, and to ask for help.",
    ],
)
def test_a_client_answering_what_they_would_say_to_a_friend_is_no_inversion(answer: str) -> None:
    # The counsellor asks the client to speak as a friend would: the kind words are what the question asked for.
    asked = ("T", "If your sister told you she felt like that, what would you say to her?")
    assert _found(*SAM, asked, ("C", answer)) == []


def test_the_same_words_unasked_are_still_the_counsellors_voice() -> None:
    words = "You're doing your best. Be gentle with yourself, and let's look at what support you have this week."
    assert _found(*SAM, ("T", "How has the week been?"), ("C", words)) != []


def test_quoted_words_are_someone_elses_voice() -> None:
    # A counsellor scripting the client's line, and a client voicing the kind words she was asked for: the quotes
    # hold the other role's voice, the turn around them its own.
    scripted = (
        "Keep it short and true, said once and again if you need to: 'No thanks, I'm not drinking tonight. I'll "
        "have a lemonade, I'm driving and I'm tired and I just want my bed.'"
    )
    voiced = (
        "'Ana, you got one thing wrong. That's allowed. You're worn out and you need to sleep, and nobody is "
        "cross with you.' That feels strange to say. But kind."
    )
    assert _found(*SAM, ("T", scripted)) == []
    assert _found(*SAM, ("C", voiced)) == []


# A peer-support seeker who asks after the supporter ("Do you work? Would you quit?"): more questions and more "you"
# on the client side, as in a swapped session.
ASKING_SEEKER = [
    ("C", "Hi, how are you doing today? Are you having a good week? Do you work?"),
    ("T", "I'm well, thanks. I'm here to listen. What has been on your mind lately?"),
    ("C", "My boss yells in meetings. Do you ever get that at your work? Would you quit over it?"),
    ("T", "That sounds really humiliating and exhausting, I am so sorry that is happening."),
    ("C", "Have you ever had a boss like that? What did you do? Did your family support you?"),
    ("T", "I understand how painful that can be. It is really hard when work feels unsafe like that."),
    ("C", "Would you talk to HR if you were me? Do you think they would listen to you?"),
    ("T", "I think that is a really brave step to consider. Many people find it helpful to keep a record first."),
]


@pytest.mark.parametrize(
    ("voice_gap", "swapped"),
    [(-2.5, False), (0.0, True), (2.5, True)],
    ids=["the-model-hears-the-counsellor-where-labelled", "the-model-cannot-tell", "the-model-agrees"],
)
def test_questions_and_you_say_swapped_unless_the_voice_model_hears_the_labels_right(
    voice_gap: float, swapped: bool
) -> None:
    # The voice model's log-odds set by hand, so the rule is tested whatever the trained table says of these lines.
    scored = session(*ASKING_SEEKER).with_columns(
        pl.lit(0, dtype=pl.Int32).alias("_moves"),
        pl.when(pl.col("role") == "client").then(voice_gap / 2).otherwise(-voice_gap / 2).alias("_voice"),
    )
    found = _swapped_sessions(scored, RoleInversionConfig())
    assert found.height == (1 if swapped else 0)
    if swapped:
        assert found["_evidence"][0] == (
            "client turns sound like the counsellor by 2.5 log-odds on the voice model"
            if voice_gap > 1
            else "client turns ask more and say 'you' more than 'I', therapist turns the opposite"
        )


def test_a_name_after_a_quotation_is_still_a_vocative() -> None:
    said = pl.DataFrame({"text": ["You said 'I'm a failure', Sam, and I want to come back to that."], "name": ["Sam"]})
    assert said.select(_addresses(pl.col("name")).alias("a")).item()


def test_a_client_turn_given_the_therapist_label_in_a_session_that_otherwise_alternates() -> None:
    # The client's words under the therapist's label, between two of the therapist's turns: in a session where the
    # roles otherwise take turns, the run of three is the slip, and a milder client voice is enough.
    slip = "Yeah, I have been drinking a bit more since the divorce, maybe four or five cans most nights."
    turns = [
        ("T", "Thanks for coming in today. Where would you like to start?"),
        ("C", "With my sleep, it has been bad for a while now."),
        ("T", "How long has it been like that for you?"),
        ("T", slip),
        ("T", "That sounds like a lot to carry on your own."),
        ("C", "It is. I don't really talk to anyone about it."),
        ("T", "What makes it hard to talk about?"),
        ("C", "I don't want to be a burden to them."),
    ]
    assert [line for line, _ in _found(*turns)] == [4]
    strict = RoleInversionConfig(alternating_margin=0.0, alternating_therapist_margin=0.0)
    assert role_inversion_defects(session(*turns), strict).is_empty()
    # Where the therapist often speaks twice in a row (a chat's bubbles), the run of three is no slip by itself.
    chatty = [
        *turns[:4],
        ("T", "Okay."),
        ("C", "Yeah."),
        ("T", "That sounds like a lot to carry on your own."),
        ("T", "Go on."),
        ("C", "It is. I don't really talk to anyone about it."),
        ("T", "What makes it hard to talk about?"),
        ("T", "Take your time."),
        ("C", "I don't want to be a burden to them."),
    ]
    assert 4 not in [line for line, _ in _found(*chatty)]


def test_a_client_turn_that_is_a_counsellor_turn_of_the_session_word_for_word() -> None:
    # A copy put in the wrong place: the counsellor's eight words and more, whole, under the client's label. An echo of
    # a few of them is how clients talk.
    said = "What would it mean for you if you did go back to the allotment on Sunday?"
    turns = [
        ("T", "Thanks for coming in today. Where would you like to start?"),
        ("C", "With the allotment, I suppose. I haven't been since March."),
        ("T", said),
        ("C", "I don't know. That I'd stopped hiding from it, maybe."),
        ("T", "That sounds important to you."),
        ("C", said.replace("?", "")),
        ("T", "Go on."),
        ("C", "Go back to the allotment on Sunday. I could do that."),
    ]
    assert _found(*turns) == [(6, "client turn repeats a counsellor turn of the session word for word")]


def test_a_client_saying_after_the_counsellor_the_line_just_offered_is_no_copy() -> None:
    line = "It is okay for me to say no to my family sometimes, even when they ask nicely."
    turns = [
        ("T", "Let's try a sentence out loud. Say it after me."),
        ("C", "Okay, I'll try."),
        ("T", line),
        ("C", line),
        ("T", "How did that feel to say?"),
        ("C", "Strange, but good."),
    ]
    assert _found(*turns) == []
