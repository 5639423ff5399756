"""Tables printed in aligned columns (pandas' DataFrame.to_string), read as a CSV export's rows."""

from __future__ import annotations

from pathlib import Path

import polars as pl

from flows.batch import process_batch
from transforms.formats import fixed_width_table
from transforms.formats.detect import FIXED_WIDTH_TABLE, PLAIN_TEXT, detect_format


def _printed(rows: list[tuple[str, int, str, str]]) -> str:
    """Rows as pandas prints them: index left, every column right-aligned under its name."""
    names = ["session_id", "turn", "speaker", "text"]
    cells = [[s, str(t), sp, tx] for s, t, sp, tx in rows]
    widths = [max(len(n), *(len(c[k]) for c in cells)) for k, n in enumerate(names)]
    index_width = len(str(len(rows) - 1))
    header = " " * index_width + "".join("  " + n.rjust(w) for n, w in zip(names, widths, strict=True))
    lines = [
        str(i).ljust(index_width) + "".join("  " + c.rjust(w) for c, w in zip(cell, widths, strict=True))
        for i, cell in enumerate(cells)
    ]
    return "\n".join([header, *lines]) + "\n"


ROWS = [
    ("s1", 0, "therapist", "What would you like to focus on today?"),
    ("s1", 1, "client", "My sleep, mostly. It has been bad for weeks."),
    ("s1", 2, "therapist", "NaN"),
    ("s2", 0, "therapist", "Welcome back. How did the diary go?"),
    ("s2", 1, "client", "I filled it in most days."),
]


def test_a_printed_frame_is_read_by_its_column_names() -> None:
    text = _printed(ROWS)
    assert detect_format("/x/dump.txt", text) == FIXED_WIDTH_TABLE
    parsed = fixed_width_table.parse_files(pl.DataFrame({"source_id": ["f"], "text": [text]}))
    assert parsed.sessions.height == 2
    turns = parsed.turns
    assert turns.select("segment", "role", "text").rows() == [
        (0, "therapist", "What would you like to focus on today?"),
        (0, "client", "My sleep, mostly. It has been bad for weeks."),
        (0, "therapist", ""),
        (1, "therapist", "Welcome back. How did the diary go?"),
        (1, "client", "I filled it in most days."),
    ]
    assert turns["source_line"].to_list() == [2, 3, 4, 5, 6]


def test_plain_text_with_an_indented_first_line_stays_plain_text() -> None:
    text = "    Session notes  and more\nTherapist: Hello.\nClient: Hi.\n"
    assert detect_format("/x/notes.txt", text) == PLAIN_TEXT


def test_a_printed_frame_through_the_batch(tmp_path: Path) -> None:
    path = tmp_path / "dump.txt"
    path.write_text(_printed(ROWS))
    batch = process_batch([str(path)], {})
    assert batch.sources.select("status", "sessions", "turns_parsed").row(0) == ("loaded", 2, 5)
    assert batch.defects.filter(pl.col("defect_type") == "empty_turn")["source_line"].to_list() == [4]
