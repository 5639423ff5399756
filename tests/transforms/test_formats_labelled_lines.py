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


def _sessions(indent: int | None) -> str:
    records = [
        {
            "id": "a-1",
            "topic": "exams",
            "dialogue": ["Client: I can't sleep.", "Counselor: Since when?", "Client: May."],
        },
        {"id": "a-2", "topic": "family", "dialogue": ["Client: My sister again.", "Counselor: Tell me."]},
    ]
    if indent is None:
        return "\n".join(json.dumps(record) for record in records) + "\n"
    return json.dumps(records, indent=indent)


def test_session_objects_holding_labelled_strings_are_a_session_each() -> None:
    parsed = parse_files(files(_sessions(indent=2)))
    assert parsed.sessions.height == 2
    assert rows(parsed.turns, "source_line", "role", "text") == [
        (6, "client", "I can't sleep."),
        (7, "therapist", "Since when?"),
        (8, "client", "May."),
        (15, "client", "My sister again."),
        (16, "therapist", "Tell me."),
    ]


def test_json_lines_of_session_objects_put_turns_on_their_records_line() -> None:
    parsed = parse_files(files(_sessions(indent=None)))
    assert parsed.sessions.height == 2
    assert parsed.turns["source_line"].to_list() == [1, 1, 1, 2, 2]


def test_session_objects_are_detected_as_labelled_strings() -> None:
    from transforms.formats.detect import LABELLED_LINES, detect_format

    assert detect_format("/data/x.json", _sessions(indent=2)) == LABELLED_LINES
    # Strings that are not labelled turns stay another shape's.
    assert detect_format("/data/x.json", json.dumps([{"dialogue": ["hello", "there", "you"]}])) != LABELLED_LINES


def test_another_keys_strings_do_not_shift_the_turns_lines_and_nothing_is_lost() -> None:
    records = [
        {
            "id": "a-1",
            "tags": ["exams", "sleep"],
            "dialogue": ["Client: I can't sleep.", None, "Counselor: Since when?"],
        },
        {"id": "a-2", "note": "no dialogue in this one"},
    ]
    text = json.dumps(records, indent=2)
    parsed = parse_files(files(text))
    assert rows(parsed.turns, "source_line", "text") == [(9, "I can't sleep."), (11, "Since when?")]
    # The record without turns is reported where it stands (stray text), not dropped unseen.
    assert parsed.stray_lines.height == 1


def test_read_in_one_batch_with_plain_text_each_file_reads_as_alone() -> None:
    from transforms import formats

    plain = "Therapist: How was the week?\nClient: Long.\nTherapist: Long how?\n"
    labelled = _sessions(2)
    together = formats.parse_files(files(plain, labelled, paths=["/data/a.txt", "/data/b.json"]))
    alone = [
        formats.parse_files(files(text, paths=[path]))
        for text, path in ((plain, "/data/a.txt"), (labelled, "/data/b.json"))
    ]

    assert set(together.turns["source_id"]) == {"f0", "f1"}
    for source_id, parsed in zip(("f0", "f1"), alone, strict=True):
        mine = together.turns.filter(together.turns["source_id"] == source_id)
        assert rows(mine, "source_line", "speaker", "role", "text") == rows(
            parsed.turns, "source_line", "speaker", "role", "text"
        )
    assert together.stray_lines.height == sum(parsed.stray_lines.height for parsed in alone)
