"""drop_near_duplicates: a same-role repeat in the session that differs by case, punctuation, quotes,
whitespace or a word or two is dropped; anything that says something else is kept."""

from __future__ import annotations

import polars as pl
import pytest

from tests.transforms.detector_frames import session
from transforms.near_duplicates import drop_near_duplicates, near_duplicate_defects


def _dropped(*turns: tuple[str, str]) -> list[tuple[int, str]]:
    kept, dropped = drop_near_duplicates(session(*turns))
    assert kept.height + dropped.height == len(turns)
    found = near_duplicate_defects(dropped)
    assert set(found["action"]) <= {"dropped"}
    assert found["excerpt"].to_list() == [turns[line - 1][1] for line in found["source_line"]]
    return [(int(r["source_line"]), r["detail"]) for r in found.iter_rows(named=True)]


def _repeat(first: str, again: str, role: str = "C") -> list[tuple[int, str]]:
    other = "T" if role == "C" else "C"
    return _dropped((role, first), (other, "Mm."), (role, again))


CLIENT_REPEAT = [(3, "near repeat of the client turn at line 1")]
THERAPIST_REPEAT = [(3, "near repeat of the therapist turn at line 1")]


@pytest.mark.parametrize(
    ("first", "again"),
    [
        ("I don't know why I keep doing this to myself.", "I don\u2019t know why I keep doing this to myself!"),
        ("I DON'T know why I keep doing this.", "i don't know why i keep doing this"),
        ("My mother-in-law came over again on Sunday.", "My mother in law came over again  on Sunday ..."),
        (
            "I just feel like nobody at work listens to me when I talk.",
            "I feel like nobody at work listens to me when I talk.",
        ),
        (
            "I have been thinking a lot about what you said last time about boundaries, and I tried it with my "
            "sister on Sunday, and it went better than I expected, honestly.",
            "I've been thinking a lot about what you said last time about boundaries, and I tried it with my "
            "sister on Sunday and it went better than I expected honestly.",
        ),
    ],
)
def test_client_near_repeats_are_dropped(first: str, again: str) -> None:
    assert _repeat(first, again) == CLIENT_REPEAT


def test_therapist_repeat_with_one_word_swapped_is_dropped() -> None:
    assert (
        _repeat(
            "It sounds like the move has been really hard on the whole family.",
            "It sounds like the move has been so hard on the whole family.",
            role="T",
        )
        == THERAPIST_REPEAT
    )


def test_each_repeat_names_the_first_turn() -> None:
    text = "We could try writing the worry down before bed."
    found = _dropped(("T", text), ("C", "Okay."), ("T", text.upper()), ("C", "Hm."), ("T", text.replace(".", "!")))
    assert found == [
        (3, "near repeat of the therapist turn at line 1"),
        (5, "near repeat of the therapist turn at line 1"),
    ]


@pytest.mark.parametrize(
    "turns",
    [
        # Backchannels under the floor repeat legitimately.
        [("C", "Yeah, I guess so."), ("T", "Mm-hmm."), ("C", "Yeah, I guess so!"), ("T", "Mm-hmm."),
         ("C", "yeah i guess so")],
        # The same words in the other role's mouth (a reflection) are not a repeat.
        [("T", "Tell me about your week at work so far."), ("C", "Tell me about your week at work so far.")],
        # Numbers changed: a different report.
        [("C", "I had three drinks on Friday and two on Saturday night."), ("T", "Mm."),
         ("C", "I had five drinks on Friday and six on Saturday night.")],
    ],
)  # fmt: skip
def test_legitimate_repeats_are_kept(turns: list[tuple[str, str]]) -> None:
    assert _dropped(*turns) == []


def test_other_sessions_do_not_count() -> None:
    text = "I keep going back and forth about whether to call her."
    both = pl.concat([session(("C", text)), session(("C", text), session_id="s2")])
    kept, found = drop_near_duplicates(both)
    assert found.is_empty() and kept.height == 2


# --- False alarms a demanding user would object to ----------------------------------------------------------


def test_negated_restatement_is_kept() -> None:
    assert _repeat("I think I want to stay with him for now.", "I don't think I want to stay with him for now.") == []
    assert _repeat("I do want to go back to college next year.", "I don't want to go back to college next year.") == []


def test_scaling_questions_on_two_dimensions_are_kept() -> None:
    assert (
        _repeat(
            "On a scale of one to ten, how ready are you to make this change?",
            "On a scale of one to ten, how willing are you to make this change?",
            role="T",
        )
        == []
    )
    assert (
        _repeat(
            "On a scale of one to ten, how anxious do you feel right now?",
            "On a scale of one to ten, how confident do you feel right now?",
            role="T",
        )
        == []
    )


def test_reflection_with_another_feeling_is_kept() -> None:
    assert (
        _repeat(
            "So you felt angry when he left without saying goodbye.",
            "So you felt sad when he left without saying goodbye.",
            role="T",
        )
        == []
    )
    assert (
        _repeat(
            "What did you notice in your body when that happened?",
            "What did you notice in your mind when that happened?",
            role="T",
        )
        == []
    )


def test_reordered_statement_is_kept() -> None:
    assert (
        _repeat(
            "I want to quit drinking but my friends all drink.", "My friends all drink but I want to quit drinking."
        )
        == []
    )


# --- Garbled copies: the copy lost or gained words that change nothing ----------------------------------------


def test_copy_shorter_than_the_fuzzy_floor_is_dropped_when_its_original_is_long_enough() -> None:
    # 9 words, then a 7-word copy that lost two: the copy alone is under min_words_fuzzy.
    assert _repeat("Yes, we were both planning on getting married soon.", "yes, we were both on getting married") == (
        CLIENT_REPEAT
    )


def test_two_short_turns_are_not_compared_below_the_floor() -> None:
    # Both under min_words_fuzzy: a client may well say two such lines.
    assert _repeat("I just want to feel better.", "I just want to feel okay.") == []


def test_copy_that_lost_a_number_is_dropped_but_a_swapped_number_is_kept() -> None:
    assert _repeat(
        "Yeah. Somewhere around eight days. I'm not sure.", "yeah. somewhere around days. i'm not sure."
    ) == (CLIENT_REPEAT)
    assert (
        _repeat("Yeah. Somewhere around eight days. I'm not sure.", "Yeah. Somewhere around nine days. I'm not sure.")
        == []
    )


def test_fillers_inserted_beyond_the_share_bound_still_make_a_copy() -> None:
    # Four inserted words in a 12-word turn exceed the 25% share, but every one is a filler.
    assert (
        _repeat(
            "Those oral piercings can do damage to your teeth?",
            "Those oral piercings can kind of do kind of damage to your teeth?",
            role="T",
        )
        == THERAPIST_REPEAT
    )


def test_a_resent_message_with_a_typo_fixed_is_a_copy() -> None:
    assert (
        _repeat(
            "i just feel like nobody would even notice if i stoped showing up to lectures",
            "i just feel like nobody would even notice if i stopped showing up to lectures",
        )
        == CLIENT_REPEAT
    )
    # Two different words that only share a short start are still a content swap.
    assert (
        _repeat("I felt so sad when he walked out of the room.", "I felt so safe when he walked out of the room.") == []
    )


def test_a_copy_with_a_number_in_digits_is_a_copy() -> None:
    assert (
        _repeat(
            "I see you feeding her at three with your eyes half closed, and I think you're amazing with her.",
            "I see you feeding her at 3 with your eyes half-closed, and I think you're amazing with her.",
        )
        == CLIENT_REPEAT
    )


def test_a_copy_whose_article_moved_is_a_copy() -> None:
    assert (
        _repeat(
            "I clench my jaw, and I start banging cupboards, putting the mugs down too hard, and he hears it.",
            "I clench my jaw and start banging the cupboards, putting mugs down too hard, and he hears it.",
        )
        == CLIENT_REPEAT
    )


def test_a_contraction_spelt_out_repeats_the_turn() -> None:
    assert (
        _repeat(
            "I hear you. Grief doesn't follow a timetable, and there's no right way to feel about any of it.",
            "I hear you. Grief does not follow a timetable, and there is no right way to feel about any of it.",
            role="T",
        )
        == THERAPIST_REPEAT
    )


LONG_TURN = (
    "I keep thinking that if I'd just been more organised, the project wouldn't have fallen apart. Everyone was "
    "counting on me and I let them down, and now I can't stop replaying the meeting where my manager asked what "
    "happened."
)


def test_a_long_turn_repeated_five_words_apart_is_a_near_repeat() -> None:
    again = LONG_TURN.replace("I'd just", "I had just").replace("the meeting", "that meeting")
    assert _repeat(LONG_TURN, again) == CLIENT_REPEAT


def test_a_generated_reply_regenerated_with_three_words_changed_is_a_near_repeat() -> None:
    # Two adjectives swapped and two words added to a 30-word reply: six apart as a bag, a fifth of the turn.
    first = (
        "Going back to work after such a long absence is a big step, and it's very normal to feel torn between "
        "relief and dread in the first weeks. What worries you most?"
    )
    again = (
        first.replace("a big step", "a huge step")
        .replace("very normal", "really normal")
        .replace("most?", "most about it?")
    )
    assert _repeat(first, again, role="T") == THERAPIST_REPEAT


def test_a_regenerated_reply_saying_however_for_no_matter_how_is_a_near_repeat() -> None:
    # "No" in "no matter how" negates nothing: the regenerated copy is the same reply, not its opposite.
    first = (
        "Your grief is valid, and there's no right timeline for it. Many people feel a deep sense of loss after a "
        "miscarriage, no matter how early it happened."
    )
    again = first.replace("there's", "there is").replace("no matter how early", "however early")
    assert _repeat(first, again, role="T") == THERAPIST_REPEAT


def test_a_long_turn_retyped_with_two_neighbouring_words_swapped_is_a_near_repeat() -> None:
    first = (
        "My sister-in-law thinks I should leave it. She says Mum's old and it would kill her. But I'm forty-one "
        "and I feel like I'm the one being killed slowly."
    )
    assert _repeat(first, first.replace("killed slowly", "slowly killed")) == CLIENT_REPEAT


def test_a_segment_typed_twice_in_a_row_with_a_word_changed_is_a_near_repeat() -> None:
    first = "Horší než řídit, myslím. Když řídím, aspoň něco dělám. Vzadu jsem jenom čekal, kdy se to stane znova."
    again = first.replace("znova", "zase")
    # Straight after the same speaker's turn: the same segment. With the other speaker between: a new statement.
    assert _dropped(("C", first), ("C", again)) == [(2, "near repeat of the client turn at line 1")]
    assert _repeat(first, again) == []
    # A negation changed says something else even straight after.
    denied = "I think I want to go back to the office next week, at least for a couple of days, to see people."
    assert _dropped(("C", denied), ("C", denied.replace("I want", "I don't want"))) == []


def test_should_have_and_should_ve_are_one_word() -> None:
    first = "I just kept thinking I should have got there sooner, honestly."
    assert _repeat(first, first.replace("should have", "should've")) == CLIENT_REPEAT


def test_a_short_turn_five_words_apart_is_not() -> None:
    first = "I think I might go to the gym tomorrow morning before work."
    again = "I think we should go to a gym tomorrow evening after work."
    assert _repeat(first, again) == []


def test_chinese_repeats_differ_by_characters_not_by_whole_sentences() -> None:
    start = "我能感受到你既想要自己的空间\uff0c又在乎妈妈的感受\uff0c"
    first = start + "这让你很矛盾\u3002你愿意多说一说内疚的感觉吗\uff1f"
    again = start + "这让你觉得很矛盾\u3002你愿意再多说一说内疚的感觉吗\uff1f"
    assert _repeat(first, again, role="T") == THERAPIST_REPEAT
    # A short reply said again is a backchannel in any script: "I'm willing to try." is three words.
    assert _repeat("我愿意试试\u3002", "我愿意试试吧\u3002") == []


def test_words_spaced_otherwise_are_the_same_turn() -> None:
    first = "So it sounds like there's no clear line between work and home anymore."
    assert _repeat(first, first.replace("anymore", "any more"), role="T") == THERAPIST_REPEAT


def test_a_copy_retold_in_another_tense_or_person_is_a_copy() -> None:
    for first, again in [
        (
            "My mum said I've been a nightmare since half term, honestly.",
            "My mum says I've been a nightmare since half-term, honestly.",
        ),
        (
            "She asked me whether I wanted to come home for the holidays.",
            "She asks me whether I wanted to come home for the holidays.",
        ),
        (
            "I felt like the walls were closing in on me at work.",
            "I feel like the walls were closing in on me at work.",
        ),
    ]:
        assert _repeat(first, again) == CLIENT_REPEAT, again
    # Two verbs, not two forms of one, are two statements.
    assert (
        _repeat(
            "My mum said I've been a nightmare since half term.", "My mum thinks I've been a nightmare since half term."
        )
        == []
    )


def test_a_turn_retelling_the_tail_of_the_same_speakers_turn_before_is_a_copy() -> None:
    # A diariser's overlapping segment transcribed twice: the second segment repeats the end of the first.
    first = (
        "Sorry about that. So, less dread. Let's think about what might get in the way this week, because there will "
        "be days when it's raining or you're tired."
    )
    again = (
        "Let's think about what might get in the way this week, because there'll be days when it's raining, or "
        "you're tired."
    )
    assert _dropped(("C", "Less dread than before."), ("T", first), ("T", again), ("C", "Work, probably.")) == [
        (3, "near repeat of the therapist turn at line 2")
    ]
    # Not when the other speaker spoke in between (that is the fuzzy rule's business: too many words apart) ...
    assert _dropped(("T", first), ("C", "Mm."), ("T", again)) == []
    # ... nor when the later turn says something the earlier did not, or the same words in another order.
    other = "Let's think about what might get in the way next month, when the evenings are dark."
    reordered = "You're tired, or it's raining: there will be days. Let's think about what might get in the way."
    assert _dropped(("T", first), ("T", other)) == []
    assert _dropped(("T", first), ("T", reordered)) == []


def test_would_spelt_out_or_contracted_is_the_same_turn_and_short_repeats_keep_their_word_count() -> None:
    assert (
        _repeat(
            "Is there one small thing you'd like to try this week, like joining a club or saying yes to one invite?",
            "Is there one small thing you would like to try this week, like joining a club or saying yes to an invite?",
            role="T",
        )
        == THERAPIST_REPEAT
    )
    # "I would say an eight" is five words as said, so its exact repeat is one, though its loose form reads "id".
    assert _repeat("I would say an eight.", "I would say an eight.") == CLIENT_REPEAT


def test_would_not_spelt_out_repeats_wouldnt() -> None:
    assert (
        _repeat(
            "I would not go back to that job even if they paid me double.",
            "I wouldn't go back to that job even if they paid me double.",
        )
        == CLIENT_REPEAT
    )


def test_a_repeat_with_a_filler_at_its_end_is_a_near_repeat() -> None:
    # A recogniser's repeat loop: the third copy picked up a "yeah".
    dropped = _dropped(
        ("C", "I just keep seeing his hands."),
        ("C", "I just keep seeing his hands, yeah."),
        ("T", "Take your time."),
    )
    assert [line for line, _ in dropped] == [2]


def test_turns_made_only_of_fillers_are_no_repeats_of_each_other() -> None:
    assert (
        _dropped(
            ("C", "Yeah, okay, so, um, right."),
            ("T", "Go on."),
            ("C", "Um, yeah, so, okay, well, right."),
        )
        == []
    )


def test_a_message_resent_with_shorthand_spelt_out_is_a_near_repeat() -> None:
    dropped = _dropped(
        ("C", "i might email them tomorrow. if i can face it"),
        ("T", "That sounds like a good plan."),
        ("C", "i might email them tmrw if i can face it"),
    )
    assert [line for line, _ in dropped] == [3]


def test_a_tag_no_after_a_negated_clause_flips_nothing() -> None:
    first = "Not in the room. Percy does the children now, I don't even have to ask him about it."
    again = "Not in the room, no. Percy does the children now, I don't have to ask him about it."
    assert _repeat(first, again) == CLIENT_REPEAT
    # ... while a negation added to a clause that had none still makes another statement.
    assert (
        _repeat(
            "I want to go back to the job at the depot next month.",
            "I don't want to go back to the job at the depot next month.",
        )
        != CLIENT_REPEAT
    )


def test_a_no_inside_a_sentence_is_still_a_negation() -> None:
    first = "I'm not going back to the flat this weekend, not after what happened with him."
    again = "I'm not going back to the flat this weekend, no, not after what happened with him."
    assert _repeat(first, again) != CLIENT_REPEAT


def test_a_readable_copy_of_a_turn_that_lost_bytes_is_no_repeat() -> None:
    # The first sending came through with bytes lost; the counsellor asks again, and the client resends it whole.
    garbled = "I wrote it in the form already, since last month I cry every night and can\ufffdt get up."
    readable = "I wrote it in the form already, since last month I cry every night and can't get up."
    assert (
        _dropped(("C", garbled), ("T", "Sorry, that came through garbled. Could you send it again?"), ("C", readable))
        == []
    )
    # ... while a copy of a readable turn still is one.
    assert _repeat(readable, readable.replace("since", "ever since")) == CLIENT_REPEAT
