"""A generator's words on a line of their own under a turn ("Here is the continuation of the session:", "[End of
transcript]") are no part of the turn: cut out of it and reported at their own line, as an artefact between sessions is.
Reasoning a tag opened in the turn, and the first words under a label alone on its line, stay the turn's (reported at
the turn's line, as an artefact inside a turn is)."""

from __future__ import annotations

from pathlib import Path

import polars as pl
import pytest

from tests.file_batch import FileBatch, file_batch

SESSION = """Therapist: What would you like to talk about today?

Client: Work, mostly. My manager keeps moving my deadlines and I can't keep up.

Therapist: That sounds exhausting. What happens when a deadline moves?
Here is the continuation of the session:

Client: I stay late, and then I don't sleep, and the next day is worse.

Therapist: Let's look at one of those evenings together next week. Take care until then.

[End of transcript]
"""
REASONING = """Therapist: <think>
Okay, the user wants me to continue as the therapist. I should reflect first.
</think>
It sounds like the evenings are where it all piles up.

Client: Yes. That's exactly it.

Therapist:
*(Stepping back into the role of your coach:)*
So, what would a lighter evening look like?

Client: Leaving by six, I suppose.
"""


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> FileBatch:
    return file_batch(tmp_path_factory.mktemp("artefacts"), {"session.txt": SESSION, "reasoning.txt": REASONING})


def _of(batch: FileBatch, name: str) -> tuple[pl.DataFrame, pl.DataFrame]:
    _, turns, defects = batch.of(name)
    return turns, defects.filter(pl.col("severity") != "info")


def test_an_artefact_on_a_line_of_its_own_is_reported_there_and_cut_from_the_turn(
    batch: FileBatch,
) -> None:
    turns, defects = _of(batch, "session.txt")
    assert defects.select("defect_type", "source_line").rows() == [("meta_text", 6), ("meta_text", 12)]
    assert defects.get_column("excerpt").to_list() == [
        "Here is the continuation of the session:",
        "[End of transcript]",
    ]
    assert turns.filter(pl.col("source_line") == 5).get_column("text").item() == (
        "That sounds exhausting. What happens when a deadline moves?"
    )
    assert not turns.filter(pl.col("text").str.contains("continuation|End of transcript")).height


def test_reasoning_over_several_lines_and_the_words_under_a_lone_label_stay_the_turns(
    batch: FileBatch,
) -> None:
    turns, defects = _of(batch, "reasoning.txt")
    # Both artefacts are reported at the line of the turn they were cut from.
    assert sorted(defects.select("defect_type", "source_line").rows()) == [("meta_text", 1), ("meta_text", 8)]
    assert turns.get_column("text").to_list()[0] == "It sounds like the evenings are where it all piles up."


def test_a_client_asking_for_something_and_a_counsellors_sample_are_speech(tmp_path: Path) -> None:
    text = (
        "Client: I have a question before we start.\n"
        "Could you write down the session times for me?\n\n"
        "Therapist: Of course. Here's a sample conversation you could practise with your partner at home: you say you "
        "need more time, and they listen.\n"
    )
    _, turns, defects = file_batch(tmp_path, {"speech.txt": text}).of("speech.txt")
    assert "session times" in turns.get_column("text")[0] and "sample conversation" in turns.get_column("text")[1]
    assert defects.filter(pl.col("defect_type") == "meta_text").is_empty()
