"""benchmarks/heldout_defects.py: its corruptions do what they claim, and its figures count what the detectors find."""

from __future__ import annotations

import random

from benchmarks.corpora import Dialogue
from benchmarks.heldout_defects import CASES, CHINESE_ONLY, FUNCTION_WORDS, measure

# Written for this test: a punctuating writer on both sides, long turns to cut.
_TURNS = (
    ("therapist", "Welcome back. How have the last two weeks been for you since we spoke about the evenings?"),
    ("client", "Honestly they were hard. I kept waking up at four and lying there going over the same worries again."),
    ("therapist", "That sounds exhausting. What were the worries about, mostly, when you were lying awake at night?"),
    ("client", "Mostly money and my sister. She has been ill since March and I feel I should be doing much more."),
    ("therapist", "You care about her a great deal. Let's look at what is in your hands this week and what is not."),
    ("client", "Okay. I think I can manage a call on Sundays, and maybe I can ask my brother to help with the rest."),
)


def _dialogues(n: int) -> list[Dialogue]:
    return [Dialogue("annomi", str(i), _TURNS) for i in range(n)] + [
        Dialogue("esconv", f"e{i}", _TURNS) for i in range(n)
    ]


def test_function_word_cuts_end_on_a_function_word_without_punctuation() -> None:
    _, corrupt = CASES["cut_function_word"]
    rng = random.Random(0)
    for d in _dialogues(5):
        done = corrupt(d, rng, [])
        assert done is not None
        turns, index = done
        cut = turns[index][1]
        assert cut != d.turns[index][1] and d.turns[index][1].startswith(cut)
        assert cut.split()[-1].lower() in FUNCTION_WORDS


def test_inversions_put_a_counsellor_turn_in_a_client_slot() -> None:
    pool = ["I wonder what it would be like to give yourself the same patience you give your sister."]
    for name in ("inverted_other", "inverted_same"):
        _, corrupt = CASES[name]
        done = corrupt(_dialogues(1)[0], random.Random(1), pool)
        assert done is not None
        turns, index = done
        assert turns[index][0] == "client" and _TURNS[index][0] == "client"
        assert turns[index][1] in pool or turns[index][1] in {t for r, t in _TURNS if r == "therapist"}


def test_figures_count_found_cuts_and_clean_alarms() -> None:
    figures = measure(_dialogues(4), seed=0)
    assert figures["clean annomi truncated_turn"] == {"turns": 24, "flagged": 0, "pct": 0.0}
    # A punctuating writer's cuts after a function word are found (a cut after "it", which ends 14% of its uses,
    # may not be); recall is found over injected.
    cuts = figures["cut_function_word annomi"]
    assert cuts["injected"] == 4 and 3 <= cuts["found"] <= 4 and cuts["recall"] == cuts["found"] / 4
    assert set(figures) >= {
        f"{case} {corpus}" for case in CASES if case not in CHINESE_ONLY for corpus in ("annomi", "esconv")
    }


def test_chinese_cut_lands_between_two_han_characters() -> None:
    text = "我最近总是睡不着，工作上的事情一直在脑子里转，我不知道该怎么办。"  # noqa: RUF001
    dialogue = Dialogue("cpsycound", "x", (("therapist", "你好，今天想聊些什么？"), ("client", text)))  # noqa: RUF001
    _, corrupt = CASES["cut_chinese"]
    done = corrupt(dialogue, random.Random(3), [])
    assert done is not None
    turns, index = done
    cut = turns[index][1]
    assert text.startswith(cut) and 0.4 * len(text) <= len(cut) < 0.9 * len(text)
    assert "\u4e00" <= cut[-1] <= "\u9fff" and "\u4e00" <= text[len(cut)] <= "\u9fff"
