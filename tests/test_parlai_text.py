"""ParlAI's text format: the client's `text`, then the model's `labels`, an exchange a line."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import PARLAI_TEXT, PLAIN_TEXT, detect_format

TAB = "\t"
EPISODES = (
    f"text:setting: a student counselling service\\nI keep missing lectures.{TAB}labels:What gets in the way?\n"
    f"text:I can't get up. I lie there dreading it.{TAB}labels:Dreading what, exactly?|What do you dread?"
    f"{TAB}episode_done:True\n"
    f"text:Work is too much.{TAB}labels:Tell me about a usual day.{TAB}reward:0{TAB}episode_done:True\n"
    "a line cut off by a failed wri\n"
)


def test_an_exchange_a_line_the_client_first_sessions_ended_by_episode_done() -> None:
    assert detect_format("/data/train.txt", EPISODES) == PARLAI_TEXT
    parsed = parse_files(files(EPISODES, paths=["/data/train.txt"]))
    assert rows(parsed.turns, "segment", "source_turn_index", "source_line", "role", "text") == [
        (0, 0, 1, "client", "I keep missing lectures."),
        (0, 1, 1, "therapist", "What gets in the way?"),
        (0, 2, 2, "client", "I can't get up. I lie there dreading it."),
        # Of several labels, the first.
        (0, 3, 2, "therapist", "Dreading what, exactly?"),
        (1, 0, 3, "client", "Work is too much."),
        (1, 1, 3, "therapist", "Tell me about a usual day."),
    ]
    # The context line above the first utterance is the session's, not a turn.
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [
        {"context": "setting: a student counselling service"},
        None,
    ]
    assert rows(parsed.stray_lines, "line_no") == [(4,)]


def test_prose_with_a_text_colon_is_not_parlai() -> None:
    prose = "text: my notes from the call\nlabels: none yet\n"
    assert detect_format("/data/notes.txt", prose) == PLAIN_TEXT


def test_a_parlai_file_loads_through_the_batch(tmp_path: Path) -> None:
    path = tmp_path / "train.txt"
    path.write_text(EPISODES, encoding="utf-8")
    batch = process_batch([str(path)], {})
    assert batch.turns.height == 6
    stray = batch.defects.filter(pl.col("defect_type") == "unparseable_line")
    assert stray.get_column("source_line").to_list() == [4]


def test_only_parlai_context_keys_are_context_and_pipes_come_back() -> None:
    text = f"text:I have a question:\\nwhy am I tired?{TAB}labels:Tell me a __PIPE__ more|Other label\n" * 2
    parsed = parse_files(files(text, paths=["/data/train.txt"]))
    assert rows(parsed.turns, "text")[:2] == [("I have a question:\nwhy am I tired?",), ("Tell me a | more",)]
