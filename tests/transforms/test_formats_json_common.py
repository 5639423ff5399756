"""json_common helpers: JSON objects without null members, key lines, containers."""

from __future__ import annotations

import json

import polars as pl

from tests.transforms._formats import files
from transforms.formats.json_common import ARRAY, JSONL, OBJECT, container_of, json_object, key_lines


def test_json_object_leaves_out_null_members_but_never_touches_values() -> None:
    tricky = 'He wrote ","x":null and "y":null, then left'
    frame = pl.DataFrame(
        {"a": [None, "1", None], "b": [tricky, None, None], "c": [None, None, None]},
        schema={"a": pl.String, "b": pl.String, "c": pl.String},
    )
    encoded = frame.select(json_object("a", "b", "c").alias("j")).get_column("j").to_list()
    assert [None if e is None else json.loads(e) for e in encoded] == [{"b": tricky}, {"a": "1"}, None]


def test_key_lines_ignore_keys_quoted_inside_strings() -> None:
    text = '[\n  {"content": "she said \\"content\\": no"},\n  {"content": "ok"}\n]\n'
    assert key_lines(files(text), "content").select("occurrence", "line_no").rows() == [(0, 2), (1, 3)]


def test_containers() -> None:
    assert container_of('\ufeff\n[{"a": 1}]') == ARRAY
    assert container_of('{"a": 1}\n{"a": 2}\n') == JSONL
    assert container_of('{\n  "a": 1\n}\n') == OBJECT
