"""Jupyter notebooks (transforms/formats/notebook.py): the transcripts a generation notebook printed, read from its
code cells' stdout and text/plain output with the plain-text rules, each turn on the file line of the JSON string
that holds its label.

The dialogue and the notebook are made up for these tests (written as nbformat writes them: indent 1, keys sorted,
a `text` list of one string a printed line)."""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any

from flows.batch import process_batch
from tests.transforms._formats import files, loads, rows
from transforms.formats import parse_files
from transforms.formats.detect import NOTEBOOK, UNKNOWN_JSON, detect_format
from transforms.formats.notebook import printed_lines

# A markdown cell (line 9 looks like a turn but is no output), a code cell whose stderr progress bar (22) is no text
# and whose stdout prints a stray line (29) and two dialogues under banners, the second with a line printed in two
# strings (39-40) and a repeated turn (41); a cell whose execute_result prints no dialogue (58); a cell printing one
# string of two lines (80). Its source lines (45-46, 67, 83) are code, not output.
NOTEBOOK_TEXT = r"""{
 "cells": [
  {
   "cell_type": "markdown",
   "id": "a1",
   "metadata": {},
   "source": [
    "# Generated sessions\n",
    "Therapist: not a turn, markdown\n"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 1,
   "id": "b2",
   "metadata": {},
   "outputs": [
    {
     "name": "stderr",
     "output_type": "stream",
     "text": [
      "Loading checkpoint shards: 100%|##########| 2/2\n"
     ]
    },
    {
     "name": "stdout",
     "output_type": "stream",
     "text": [
      "sampling at temperature 0.7 with top_p 0.9, each reply cut at 512 tokens.\n",
      "=== dialogue 1 | model=llama-3-8b | seed=7 ===\n",
      "Therapist: What brings you in today?\n",
      "Client: I\u2019ve been snapping at everyone at work.\n",
      "It started after the \"restructure\".\n",
      "Therapist: That sounds like a lot of pressure.\n",
      "Observer: (note) client fidgeting\n",
      "Client:\n",
      "=== dialogue 2 | model=llama-3-8b | seed=8 ===\n",
      "Therapist: How has the week been since we last met?\n",
      "Client: Better, ",
      "I think.\n",
      "Therapist: How has the week been since we last met?\n"
     ]
    }
   ],
   "source": [
    "for d in dialogues:\n",
    "    print(d)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 2,
   "id": "c3",
   "metadata": {},
   "outputs": [
    {
     "data": {
      "text/plain": [
       "'Saved 2 dialogues to out.jsonl'"
      ]
     },
     "execution_count": 2,
     "metadata": {},
     "output_type": "execute_result"
    }
   ],
   "source": [
    "save(dialogues)"
   ]
  },
  {
   "cell_type": "code",
   "execution_count": 3,
   "id": "d4",
   "metadata": {},
   "outputs": [
    {
     "name": "stdout",
     "output_type": "stream",
     "text": "Counsellor: Shall we begin?\nClient: Yes.\n"
    }
   ],
   "source": [
    "print(extra)"
   ]
  }
 ],
 "metadata": {
  "kernelspec": {
   "display_name": "Python 3",
   "language": "python",
   "name": "python3"
  },
  "language_info": {
   "name": "python"
  }
 },
 "nbformat": 4,
 "nbformat_minor": 5
}
"""
# (session, turn index, source line, speaker, role, text)
EXPECTED = [
    (0, 0, 31, "Therapist", "therapist", "What brings you in today?"),
    (0, 1, 32, "Client", "client", 'I\u2019ve been snapping at everyone at work.\nIt started after the "restructure".'),
    (0, 2, 34, "Therapist", "therapist", "That sounds like a lot of pressure."),
    (0, 3, 35, "Observer", "unknown", "(note) client fidgeting"),
    (0, 4, 36, "Client", "client", ""),
    (1, 0, 38, "Therapist", "therapist", "How has the week been since we last met?"),
    (1, 1, 39, "Client", "client", "Better, I think."),
    (1, 2, 41, "Therapist", "therapist", "How has the week been since we last met?"),
    (2, 0, 80, "Counsellor", "therapist", "Shall we begin?"),
    (2, 1, 80, "Client", "client", "Yes."),
]


def turn_rows(parsed: Any) -> list[tuple[Any, ...]]:
    joined = parsed.turns.join(
        parsed.sessions.select("source_id", "segment", "session_index"), on=["source_id", "segment"]
    )
    return rows(joined, "session_index", "source_turn_index", "source_line", "speaker", "role", "text")


def notebook(*cells: dict[str, Any]) -> str:
    body = {"cells": list(cells), "metadata": {}, "nbformat": 4, "nbformat_minor": 5}
    return json.dumps(body, indent=1, sort_keys=True) + "\n"


def code_cell(*outputs: dict[str, Any]) -> dict[str, Any]:
    return {"cell_type": "code", "execution_count": 1, "metadata": {}, "outputs": list(outputs), "source": ["run()"]}


def stdout(text: str | list[str]) -> dict[str, Any]:
    return {"name": "stdout", "output_type": "stream", "text": text}


def test_a_notebook_is_detected_by_its_keys_whatever_its_name() -> None:
    assert detect_format("/data/generate.ipynb", NOTEBOOK_TEXT) == NOTEBOOK
    assert detect_format("/data/generate.json", NOTEBOOK_TEXT) == NOTEBOOK
    # `cells` without `nbformat` is some other JSON.
    assert detect_format("/data/cells.json", json.dumps({"cells": [{"text": "x"}]})) == UNKNOWN_JSON


def test_printed_lines_and_their_file_lines() -> None:
    lines = printed_lines(NOTEBOOK_TEXT)
    assert [(line, text) for _, line, text in lines][:3] == [
        (29, "sampling at temperature 0.7 with top_p 0.9, each reply cut at 512 tokens."),
        (30, "=== dialogue 1 | model=llama-3-8b | seed=7 ==="),
        (31, "Therapist: What brings you in today?"),
    ]
    assert (39, "Client: Better, I think.") in [(line, text) for _, line, text in lines]
    # Markdown, code and stderr are no output.
    assert not any("markdown" in text or "checkpoint" in text or "print(" in text for _, _, text in lines)


def test_notebook_turns_roles_lines_and_sessions() -> None:
    parsed = parse_files(files(NOTEBOOK_TEXT, paths=["/data/generate.ipynb"]))
    assert turn_rows(parsed) == EXPECTED
    assert rows(parsed.sessions, "session_index", "source_line") == [(0, 31), (1, 38), (2, 80)]
    assert [loads(m) for m in parsed.sessions["source_metadata"]] == [
        {"title": "dialogue 1 | model=llama-3-8b | seed=7"},
        {"title": "dialogue 2 | model=llama-3-8b | seed=8"},
        None,
    ]
    # The line printed before the first dialogue is no turn and no header: a stray line at its own file line.
    assert rows(parsed.stray_lines, "line_no", "line") == [
        (29, "sampling at temperature 0.7 with top_p 0.9, each reply cut at 512 tokens.")
    ]


def test_each_cell_is_read_alone_and_a_cell_without_dialogue_is_none() -> None:
    text = notebook(
        code_cell(stdout(["Therapist: Hello.\n", "Client: Hi.\n"])),
        code_cell(stdout(["Saved 1 dialogue.\n"])),
        code_cell(stdout(["Client: Second cell.\n", "Therapist: Noted.\n"])),
    )
    parsed = parse_files(files(text, paths=["/data/n.ipynb"]))
    assert turn_rows(parsed) == [
        (0, 0, 12, "Therapist", "therapist", "Hello."),
        (0, 1, 13, "Client", "client", "Hi."),
        (1, 0, 47, "Client", "client", "Second cell."),
        (1, 1, 48, "Therapist", "therapist", "Noted."),
    ]
    assert parsed.stray_lines.height == 0


def test_display_data_and_a_chat_template_printed_in_a_cell() -> None:
    llama3 = (
        "<|begin_of_text|><|start_header_id|>user<|end_header_id|>\n\nI can't sleep.<|eot_id|>"
        "<|start_header_id|>assistant<|end_header_id|>\n\nThat sounds hard.<|eot_id|>"
    )
    shown = {"data": {"text/plain": ["Counsellor: Welcome.\n", "Client: Thanks."]}, "metadata": {}}
    text = notebook(code_cell(dict(shown, output_type="display_data")), code_cell(stdout(llama3)))
    parsed = parse_files(files(text, paths=["/data/n.ipynb"]))
    assert rows(parsed.turns, "speaker", "role", "text") == [
        ("Counsellor", "therapist", "Welcome."),
        ("Client", "client", "Thanks."),
        ("user", "client", "I can't sleep."),
        ("assistant", "therapist", "That sounds hard."),
    ]


def test_a_notebook_without_printed_dialogue_is_quarantined(tmp_path: Path) -> None:
    path = tmp_path / "empty.ipynb"
    path.write_text(notebook(code_cell(stdout("done\n"))), encoding="utf-8")
    source = process_batch([str(path)], {}).sources.row(0, named=True)
    assert source["status"] == "quarantined"
    assert "notebook" in source["error"]


def test_a_notebook_through_the_batch_reports_defects_at_their_lines(tmp_path: Path) -> None:
    path = tmp_path / "generate.ipynb"
    path.write_text(NOTEBOOK_TEXT, encoding="utf-8")
    batch = process_batch([str(path)], {})

    source = batch.sources.row(0, named=True)
    assert (source["status"], source["sessions"], source["turns_parsed"]) == ("loaded", 3, 10)

    def lines_of(defect: str) -> list[int]:
        found = batch.defects.filter(batch.defects["defect_type"] == defect)
        return sorted(found["source_line"].to_list())

    assert lines_of("unparseable_line") == [29]
    assert lines_of("unknown_speaker") == [35]
    assert lines_of("empty_turn") == [36]
    assert lines_of("duplicate_turn") == [41]
    # The JSON escapes (a curly apostrophe, quotes) are undone, nothing else.
    client = batch.turns.filter(batch.turns["source_line"] == 32)["text"].to_list()
    assert client == ['I\u2019ve been snapping at everyone at work.\nIt started after the "restructure".']
