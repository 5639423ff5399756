"""labelled_lines: a JSON list of `Label: text` strings, read with the plain-text rules."""

from __future__ import annotations

import json

from tests.transforms._formats import files, rows
from transforms.formats.labelled_lines import parse_files

LINES = [
    "求助者\uff1a最近工作压力很大。",
    "支持者\uff1a听起来你很辛苦\uff0c可以具体说说吗",
    "求助者\uff1a每天加班到很晚。\n周末也在回消息。",
    'Client: She said "fine, whatever" and left.',
]


def test_one_line_file_all_turns_on_line_one() -> None:
    parsed = parse_files(files(json.dumps(LINES, ensure_ascii=False)))
    assert rows(parsed.turns, "source_line", "role", "text") == [
        (1, "client", "最近工作压力很大。"),
        (1, "therapist", "听起来你很辛苦\uff0c可以具体说说吗"),
        (1, "client", "每天加班到很晚。\n周末也在回消息。"),
        (1, "client", 'She said "fine, whatever" and left.'),
    ]
    assert parsed.sessions.height == 1


def test_pretty_printed_file_puts_each_turn_on_its_string_line() -> None:
    parsed = parse_files(files(json.dumps(LINES, ensure_ascii=False, indent=2)))
    assert parsed.turns["source_line"].to_list() == [2, 3, 4, 5]
