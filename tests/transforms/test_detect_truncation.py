# ruff: noqa: RUF001  (full-width punctuation in the Chinese turns is the test data)
"""truncation_defects: turns cut off mid-sentence, with more evidence than a missing full stop."""

from __future__ import annotations

import polars as pl
import pytest

from tests.transforms.detector_frames import lines, session
from transforms.truncation import truncation_defects, with_end_rates

# A punctuating writer: both roles end every turn cleanly.
OPENING = [
    ("T", "Welcome back. How was the week?"),
    ("C", "It was okay. Busier than I wanted."),
    ("T", "Busy how?"),
    ("C", "Work mostly. And my mum is ill again."),
]
LAST_TURN = "the session's last turn ends mid-sentence"
LONG_TURN = "long, otherwise punctuated turn ends mid-clause"


def _cut(*turns: tuple[str, str]) -> list[tuple[int, str]]:
    found = truncation_defects(session(*turns))
    assert set(found["action"]) <= {"flagged"}
    return [(int(r["source_line"]), r["detail"]) for r in found.iter_rows(named=True)]


def _dangling(word: str) -> list[tuple[int, str]]:
    return [(5, f"ends on '{word}', a word that seldom ends a sentence")]


@pytest.mark.parametrize(
    ("role", "text", "word"),
    [
        ("T", "Thank you for telling me. I can see how much you have been carrying. I'm", "i'm"),
        ("T", "That sounds like a lot. What would help you most with the", "the"),
        ("T", "That makes sense. Over the last few weeks we\u2019ve", "we've"),
        ("C", "I said the", "the"),
        ("C", "It was fine until my sister and they're", "they're"),
        ("C", "I wanted to tell him but", "but"),
    ],
)
def test_dangling_function_word_in_a_punctuated_session(role: str, text: str, word: str) -> None:
    assert _cut(*OPENING, (role, text), ("C" if role == "T" else "T", "Okay.")) == _dangling(word)


def test_long_turn_cut_after_finished_paragraphs() -> None:
    text = (
        "I hear that. You have been juggling the job, the move and your mum's illness.\n\n"
        "Those are three big things at once. I wonder whether it might help to look at which of them you actually "
        "have some control over this week, and which of them feel the most"
    )
    assert _cut(*OPENING, ("T", text), ("C", "Yes.")) == [(5, LONG_TURN)]
    # The same ending in a short turn is a complete question without its mark: no evidence of a cut.
    assert _cut(*OPENING, ("T", "Which of them feel the most"), ("C", "Yes.")) == []


def test_last_turn_ending_mid_sentence() -> None:
    text = "Let's stop there for today. Before next week, I'd like you to notice when the worry starts and write down"
    assert _cut(*OPENING, ("T", text)) == [(5, LAST_TURN)]


def test_a_note_that_the_recording_ended_is_not_the_turns_end() -> None:
    text = "I think I'll ring her on Sunday and ask if she wants to go up to the\n[recording ends]"
    assert [detail for _, detail in _cut(*OPENING, ("C", text))] == [
        "ends on 'the', a word that seldom ends a sentence"
    ]
    # A finished sentence before the note is not a cut.
    assert _cut(*OPENING, ("C", "I'll ring her on Sunday.\n(Recording ended.)")) == []


def test_cut_after_finished_paragraphs() -> None:
    text = "Here are some ideas:\n\n1. Walk every morning.\n\n2. Call your sister on"
    # Main since gained "on" as a dangling word, which is the first reason given.
    assert _cut(*OPENING, ("T", text)) == [(5, "ends on 'on', a word that seldom ends a sentence")]


@pytest.mark.parametrize(
    "turns",
    [
        # Spoken, never punctuated: interruptions are not cuts.
        [("T", "So when you said that"), ("C", "No, wait, I meant the other thing"), ("T", "Okay go on"),
         ("C", "It was more like I was just so tired of it all and")],
        [("T", "hi, how are you today"), ("C", "not great tbh"), ("T", "im sorry to hear that, what happened"),
         ("C", "my gf broke up with me and i dont know what to do")],
        # Trail-offs marked by the transcriber.
        [*OPENING, ("C", "I just thought maybe if I\u2014"), ("T", "Take your time.")],
        [*OPENING, ("C", "I don't know, I guess I..."), ("T", "Take your time.")],
        [*OPENING, ("C", "I was going to say--"), ("T", "Go on.")],
        # A missing question mark, an emoji, a short goodbye.
        [*OPENING, ("T", "That sounds hard. What would you like to focus on today"), ("C", "My mum.")],
        [*OPENING, ("T", "That's wonderful news. I'm really proud of you \U0001f60a"), ("C", "Thanks!")],
        [*OPENING, ("T", "Good work today. See you next week")],
        [*OPENING, ("C", "yeah"), ("T", "Mm-hmm.")],
        [*OPENING, ("C", "I mean, I think so"), ("T", "Okay.")],
        [*OPENING, ("C", "I love her and I hate her too"), ("T", "Both.")],
        # A long spoken turn run on without stops.
        [("T", "So tell me a bit about what's been happening."),
         ("C", "Well um so last week I was at work and my manager came over and she said you know we need to talk "
               "and I just kind of froze because I thought that was it I was getting fired and"),
         ("T", "Mm-hmm."), ("C", "and then it turned out she just wanted me to cover a shift"), ("T", "Okay.")],
    ],
)  # fmt: skip
def test_not_truncated(turns: list[tuple[str, str]]) -> None:
    assert _cut(*turns) == []


# --- Misses and false alarms a demanding user would object to ------------------------------------------------

# Words in DANGLING_WORDS that end complete short spoken sentences all the time (stranded prepositions, elliptical
# "to", copulas after a wh-clause, subordinators used alone).
_COMPLETE = [
    "I don't want to",
    "It's something I struggle with",
    "That's what I'm afraid of",
    "That's just how it is",
    "I don't know who I am",
    "I can't remember what it was",
    "I don't know when",
    "I can't tell you which",
    "Where they're from",
]


@pytest.mark.parametrize("text", _COMPLETE)
def test_complete_sentences_ending_on_a_listed_word(text: str) -> None:
    assert _cut(*OPENING, ("C", text), ("T", "Okay.")) == []


@pytest.mark.xfail(
    reason="DETECTOR (kept on purpose): from a writer who ends every other turn cleanly, an unpunctuated last turn "
    "is taken as cut unless its last word ends sentences very often ('week' ends 40% of its uses, the last-turn "
    "rule accepts up to 50%); generation cuts land on the last turn, and without the rule half of them are lost",
    strict=True,
)
def test_complete_last_turn_without_a_full_stop() -> None:
    assert _cut(*OPENING, ("T", "Okay."), ("C", "Okay, I think I can try that before next week")) == []


@pytest.mark.xfail(
    reason="DETECTOR (kept on purpose): for a speaker who ends every other turn cleanly, a long turn without its "
    "final stop is taken as cut unless its last words end sentences often ('a bit' ends 12% of its uses, the "
    "long-turn rule accepts up to 20%); dropping that rule lost injected cuts on benchmark seeds 3 and 7",
    strict=True,
)
def test_long_turn_ending_on_a_complete_sentence_without_a_stop() -> None:
    text = (
        "I talked to her on Sunday. It went better than I expected. She listened and did not interrupt me once, "
        "and I think for the first time in months we actually understood each other a bit"
    )
    assert _cut(*OPENING, ("C", text), ("T", "That's a real change.")) == []


def test_long_turn_ending_on_an_emoji() -> None:
    text = (
        "Thank you so much. You have been really kind to me today. I will definitely try some of the things you "
        "suggested this week and let you know how it goes \u263a\ufe0f"
    )
    assert _cut(*OPENING, ("C", text), ("T", "I'm glad.")) == []


# --- The measured sentence-end rates -----------------------------------------------------------------------


def test_end_rates_come_from_the_shipped_table() -> None:
    frame = pl.DataFrame({"text": ["", "", "", ""]})
    words = pl.Series(["the", "week", "next", "qwzx"])
    pairs = pl.Series(["said the", "next week", None, None])
    rates = with_end_rates(frame, pl.lit(words), pl.lit(pairs))["_end_rate"].to_list()
    the, next_week, next_, unknown = rates
    assert the is not None and the < 0.001
    # "week" alone ends 40% of its uses; the pair "next week" shrinks its own rate towards that.
    assert next_week is not None and 0.3 < next_week < 0.6
    assert next_ is not None and next_ < 0.2
    assert unknown is None


@pytest.mark.parametrize(
    "text",
    [
        # Words no hand-made list of this detector names: the table says they seldom end a sentence.
        "I went round to talk to him about his",
        "Honestly I think the hardest part is that nobody would",
        "We could try to plan the week so that you have some",
    ],
)
def test_cut_on_a_word_the_table_knows_rarely_ends_a_sentence(text: str) -> None:
    found = _cut(*OPENING, ("C", text), ("T", "Go on."))
    assert [line for line, _ in found] == [5]


def test_a_writer_who_punctuates_half_the_time_still_counts() -> None:
    chat = [
        ("T", "hi there, how are you today?"),
        ("C", "not great"),
        ("T", "im sorry. what happened"),
        ("C", "my gf left."),
        ("T", "that sounds really painful"),
        ("C", "yeah it is. i keep thinking about"),
    ]
    # The client ends half of their other turns cleanly; "about" ends 5% of its uses: not enough from them ...
    assert _cut(*chat, ("T", "Okay.")) == []
    # ... but "the" ends almost none, whoever writes.
    assert _cut(*chat[:-1], ("C", "yeah it is. i keep thinking about the"), ("T", "Okay.")) == [
        (6, "ends on 'the', a word that seldom ends a sentence")
    ]


@pytest.mark.parametrize(
    ("text", "cut"),
    [
        # A new sentence stopped after its first word or two: a sentence of only "It" or "I will" almost never is.
        ("That is completely normal after a loss. It", True),
        ("Thank you, that helps a lot. I will", True),
        # A sentence of one or two words that often stand alone is complete.
        ("That is completely normal after a loss. Thanks", False),
        ("I will try the breathing before work. Of course", False),
    ],
)
def test_last_sentence_of_one_or_two_words_is_judged_by_how_sentences_start(text: str, cut: bool) -> None:
    assert bool(_cut(*OPENING, ("C", text), ("T", "Okay."))) is cut


def test_chat_writer_who_seldom_punctuates_is_cut_after_a_word_that_never_ends_a_sentence() -> None:
    # One of the client's seven other messages ends cleanly (14%): under the 20% a writer needs for ordinary
    # evidence, enough for "the", which ends a sentence about once in twenty thousand uses.
    chat = [
        ("C", "hi"),
        ("C", "i have been really stressed about work lately"),
        ("C", "my boss keeps adding more to my plate"),
        ("C", "i dont know how to tell him no"),
        ("C", "and i am scared of losing my job"),
        ("C", "it has been like this for months now."),
        ("C", "i cant sleep at night"),
    ]
    turns = [t for c in chat for t in (c, ("T", "Mm, go on."))]
    cut = ("C", "every morning i wake up and check my email before i even get out of the")
    assert _cut(*turns, cut, ("T", "That sounds exhausting.")) == [
        (len(turns) + 1, "ends on 'the', a word that seldom ends a sentence")
    ]
    # The same writer ending on "job", a word that ends sentences often, is not.
    assert _cut(*turns, ("C", "every morning i wake up and worry about my job"), ("T", "Mm.")) == []


def test_trailing_off_on_a_filler_while_the_other_cuts_in_is_an_interruption() -> None:
    for text, reply in [
        ("It really does. And my husband says she's only helping, and I'm like", "Mm-hmm."),
        ("Better. Physically, anyway. But I'm supposed to go back on Monday and I'm, um", "Not sure."),
    ]:
        assert _cut(*OPENING, ("C", text), ("T", reply), ("C", "Yes. Exactly that.")) == []
    # A backchannel after a turn cut on "the" does not excuse it: no one trails off on an article.
    cut = "It really does. And then my husband says she's only trying to help with the"
    assert _cut(*OPENING, ("C", cut), ("T", "Mm-hmm."), ("C", "Yes. Exactly that.")) == _dangling("the")
    # Nor does a filler when the other speaker answers at length.
    long_reply = "That sounds like it leaves you feeling unheard in your own kitchen. What happens next?"
    assert _cut(*OPENING, ("C", "And then he said it again, and I was like"), ("T", long_reply)) != []


def test_a_sentence_the_other_speaker_finishes_is_a_completion_not_a_cut() -> None:
    turns = [("T", "So what keeps you up at night?"), ("C", "Mostly just going over and over all the"),
             ("T", "The to-do list?"), ("C", "Yes. Every single item on it.")]  # fmt: skip
    assert _cut(*OPENING, *turns) == []
    # A long reply that happens to start with the same word answers the turn; it does not finish it.
    reply = "The worry sounds exhausting, and it makes sense that it comes out at night when everything is quiet."
    assert _cut(*OPENING, turns[0], turns[1], ("T", reply), turns[3]) == [
        (6, "ends on 'the', a word that seldom ends a sentence")
    ]


@pytest.mark.parametrize("emoticon", [";)", ":D", ":-)", "xD", "<3"])
def test_a_chat_turn_closed_by_an_emoticon_is_complete(emoticon: str) -> None:
    turns = session(
        ("C", "Thanks so much for listening to me today."),
        ("T", "You are very welcome. Keep the faith, all will be well in due time."),
        ("C", "I will try my best."),
        ("T", f"Just another day of trying to make a living for the family {emoticon}"),
    )
    assert truncation_defects(turns).is_empty()


@pytest.mark.parametrize(
    "ending",
    [
        # No English word ends so ...
        "it's just the contr",
        "my boss is get like th",
        "she brought me her l",
        # ... or it is the start of a common word and no word itself (data/word_starts.txt): a cut by characters.
        "i cant remem",
        "it's only becau",
        "we went to the pharm",
        "i rang Human Resour",
    ],
)
def test_a_turn_cut_inside_a_word_is_truncated_whoever_writes_it(ending: str) -> None:
    # The writer never types a full stop, so only the fragment tells.
    turns = session(
        ("C", "hi. not sure what im meant to say really"),
        ("T", "Take your time, there is no right way to start"),
        ("C", f"i do everything for her now and {ending}"),
        ("T", "That sounds like a lot to carry on your own"),
    )
    assert lines(truncation_defects(turns)) == [3]


@pytest.mark.parametrize(
    "ending",
    [
        # Words in their own right that start longer ones, a dictionary's word the corpora never use, speech's
        # dropped g, an abbreviation.
        "it wears me thin",
        "i just want to be an architect",
        "and then it all starts to spiral",
        "honestly i dont know how im feelin",
        "see you on fri",
        "we listened to some Sebastian Bach",
        "we took the kids to the zoo",
        "that new greek deli",
    ],
)
def test_words_that_start_longer_words_are_no_fragments(ending: str) -> None:
    turns = session(
        ("C", "hi. not sure what im meant to say really"),
        ("T", "Take your time, there is no right way to start"),
        ("C", f"i do everything for her now and {ending}"),
        ("T", "That sounds like a lot to carry on your own"),
    )
    assert not truncation_defects(turns).filter(pl.col("detail").str.starts_with("ends inside a word")).height


@pytest.mark.parametrize(
    "ending", ["What is TLC", "I have to do something quick BRB", "things like tht", "on the 22nd"]
)
def test_acronyms_typos_and_ordinals_are_no_fragments(ending: str) -> None:
    turns = session(
        ("C", "hi. not sure what im meant to say really"),
        ("T", "Take your time, there is no right way to start"),
        ("C", f"i do everything for her now {ending}"),
        ("T", "That sounds like a lot to carry on your own"),
    )
    assert truncation_defects(turns).is_empty()


@pytest.mark.parametrize("ending", ["and I don t", "So it s", "I m", "but not we ll"])
def test_a_dropped_apostrophe_is_no_fragment(ending: str) -> None:
    turns = session(
        ("C", "hi. not sure what im meant to say really"),
        ("T", "Take your time, there is no right way to start"),
        ("C", f"i do everything for her now {ending}"),
        ("T", "That sounds like a lot to carry on your own"),
    )
    assert truncation_defects(turns).is_empty()


def test_a_turn_ending_on_a_list_item_needs_only_its_last_word_as_evidence() -> None:
    # A writer whose list items take no full stop did not cut the last item either...
    listed = "The list is long!\n1. His sleep\n2. The school rings me\n3. My knees\n4. Nobody sees what I do"
    assert (
        _cut(*OPENING, ("T", "What is the hardest part?"), ("C", listed), ("T", "That is a lot. Where shall we start?"))
        == []
    )
    # ... unless it stops on a word that almost never ends one.
    cut = "Options we found:\n- walk after lunch\n- call my sister and the"
    assert _cut(*OPENING, ("T", "What could help?"), ("C", cut), ("T", "Good. Let us start there.")) == [
        (6, "ends on 'the', a word that seldom ends a sentence")
    ]


def test_a_reply_saying_the_message_was_cut_off_is_evidence_even_from_a_writer_who_never_punctuates() -> None:
    texter = [
        ("C", "hey not great"),
        ("T", "Sorry to hear that. Do you want to tell me what happened?"),
        ("C", "mum started yelling again and i walked out and i dont want to go home because every time i"),
    ]
    assert _cut(*texter, ("T", "I think part of your message didn't come through. Are you safe?")) == [
        (3, "ends mid-sentence, and the reply says the message was cut off")
    ]
    assert _cut(*texter, ("T", "That sounds really hard. Where are you now?")) == []
    assert _cut(*texter[:2], ("C", "yeah its fine theres a few people here i know"), ("T", "I got your message.")) == []


def test_a_reply_about_a_dropped_empty_message_says_nothing_about_the_turn_before_it() -> None:
    turns = session(
        ("C", "mum started yelling again and i walked out and i dont want to go home because every time i"),
        ("C", ""),  # dropped as an empty turn before truncation runs
        ("T", "I think your last message didn't come through, it's blank on my side."),
    ).filter(pl.col("text") != "")
    found = truncation_defects(turns.with_columns(pl.int_range(pl.len(), dtype=pl.Int32).alias("turn_index")))
    assert "the reply says" not in " ".join(found["detail"].to_list())


# A Chinese session written for these tests: both speakers end every turn with full-width punctuation.
CHINESE_OPENING = [
    ("T", "你好，这周过得怎么样？"),
    ("C", "还可以，就是工作比我想的要忙。"),
    ("T", "忙在哪些方面呢？"),
    ("C", "主要是加班，而且我妈妈又生病了。"),
]


def test_chinese_turn_cut_between_two_characters() -> None:
    # "Then we could start from" and no more: a Han character seldom ending a sentence, from a writer who punctuates.
    found = _cut(*CHINESE_OPENING, ("T", "听起来你最近压力很大。那么，我们可以从"), ("C", "嗯。"))
    assert found == [(5, "ends on '从', a word that seldom ends a sentence")]


@pytest.mark.parametrize(
    "text",
    [
        "听起来你最近压力很大。我们下次再聊聊这个话题吧。",
        "我明白了。（沉默）",
        "你说得对！",
        "记得照顾好自己的身体哦～",
    ],
)
def test_finished_chinese_turns_are_not_cut(text: str) -> None:
    assert _cut(*CHINESE_OPENING, ("T", text), ("C", "好的。")) == []


def test_a_transcribers_slash_marks_a_break_off_not_a_cut() -> None:
    # f4 and similar conventions: `actually/` is the speaker breaking off, as a dash would be.
    turns = [
        ("T", "How did the week go?"),
        ("C", "Better. I went up to the second floor twice."),
        ("T", "What was that like?"),
        ("C", "And what if it's not panic though, what if it's actually/"),
        ("T", "Can I come in there?"),
    ]
    assert _cut(*turns) == []


def _chat(client_turn: str) -> pl.DataFrame:
    # A chat writer who never ends a message with a stop: no evidence from the writer at all.
    return session(
        ("C", "hi. not sure what im meant to say really"),
        ("T", "Take your time, there is no right way to start."),
        ("C", client_turn),
        ("T", "That sounds like a lot to carry on your own."),
        ("C", "yeah it is"),
    )


def test_a_message_that_stops_inside_a_quotation_it_opened_is_cut() -> None:
    found = truncation_defects(_chat('last time he rang me and said "mate you need to get out of that flat and stop'))
    assert found.select("source_line", "detail").rows() == [(3, "ends inside a quotation it opened")]


@pytest.mark.parametrize(
    "quoted",
    [
        'he said "mate you need to get out of that flat"',
        "i said \u201cno\u201d and left it there",
        "my nickname was \"Camouflage.' back then and now my head is in the war",
        'pain is the only thing that tells me i"am still alive',
    ],
)
def test_a_closed_quotation_or_a_quote_mark_for_an_apostrophe_is_no_cut(quoted: str) -> None:
    assert truncation_defects(_chat(quoted)).is_empty()


def test_a_turn_stopping_on_a_bare_list_number_is_cut() -> None:
    text = "Here are a few things that might help:\n\n1. Write the points down.\n2. Dim the lights.\n3."
    found = truncation_defects(session(("C", "Any ideas for tonight?"), ("T", text), ("C", "thanks")))
    assert found.select("source_line", "detail").rows() == [(2, "ends on a list item's number with nothing after it")]


def test_a_lone_answer_of_finished_sentences_whose_last_one_stops_is_cut() -> None:
    # A question-and-answer pair: the answer's writer has no other turn, so its own finished sentences say it
    # punctuates.
    answer = (
        "What you're describing sounds like rumination. One thing that can help is a short worry time earlier in "
        "the evening. It can also he"
    )
    found = truncation_defects(session(("C", "I can't stop thinking about a mistake at work."), ("T", answer)))
    assert found.get_column("source_line").to_list() == [2]
    # One unpunctuated line is no such evidence.
    assert truncation_defects(
        session(("C", "How do I reach him?"), ("T", "maybe just sit with him for a bit"))
    ).is_empty()


def test_a_segment_the_same_speaker_carries_on_with_i_is_no_cut_unless_it_stops_on_an_article() -> None:
    trailing = [
        *OPENING,
        ("C", "It's the same every time. He's going on about the fare, and I'm saying it's two pound, and then"),
        ("C", "I just keep seeing his fist coming round the side of the screen."),
        ("T", "That sounds frightening."),
    ]
    assert _cut(*trailing) == []
    cut = [
        *OPENING,
        ("C", "I'm supposed to get things done in a set time and I don't have the"),
        ("C", "I work for a big company and the targets cannot be met safely."),
        ("T", "That sounds like a lot of pressure."),
    ]
    assert _cut(*cut) == [(5, "ends on 'the', a word that seldom ends a sentence")]


def test_a_quotation_in_single_quotes_left_open_or_a_recording_that_broke_off_is_a_cut() -> None:
    pasted = [
        *OPENING,
        (
            "C",
            "ok so i wrote this for uni, ill paste it: 'At 02:00 Mr H's obs were normal and I have thought "
            "since that if I had",
        ),
        ("T", "Thank you for sharing that."),
    ]
    assert [line for line, _ in _cut(*pasted)] == [5]
    broke = [
        *OPENING,
        (
            "C",
            "She wrote back. She said her mother told her before she died that\n"
            "[recording breaks off here; two minutes missing]",
        ),
        ("T", "...so she has been looking for answers too."),
    ]
    assert [line for line, _ in _cut(*broke)] == [5]
    # A single quote closed, or an apostrophe for a dropped letter, is no open quotation.
    closed = [*OPENING, ("C", "She just said, 'Leave it with me' and then went quiet on"), ("T", "On?")]
    assert _cut(*closed) == [] or _cut(*closed)[0][1] != "ends inside a quotation it opened"


@pytest.mark.parametrize(
    ("text", "detail"),
    [
        ("He shouts at me and I try to expl", "ends inside a word ('expl')"),
        ("My manager keeps asking me to", "ends on 'to', a word that seldom ends a sentence"),
        ("I just can't cope with", "ends on 'with', a word that seldom ends a sentence"),
    ],
)
def test_a_cut_followed_by_the_same_speaker_starting_with_i_is_still_a_cut(text: str, detail: str) -> None:
    turns = [*OPENING, ("C", text), ("C", "I just don't know what to do anymore."), ("T", "Okay.")]
    assert _cut(*turns) == [(5, detail)]


def test_gamers_shorthand_ending_a_chat_message_is_no_word_cut() -> None:
    assert _cut(*OPENING, ("C", "lost the last round again, whatever, gg"), ("T", "How did that feel?")) == []


def test_a_finished_sentence_with_a_stage_direction_after_it_is_finished() -> None:
    laughing = "Who else is responsible? The card company? *laughs*"
    assert _cut(*OPENING, ("C", laughing), ("T", "Mistakes happen in every profession.")) == []
