"""The pandera models reject bad values on real DataFrames, and validation keeps what it rejects."""

from __future__ import annotations

import json

import pandera.errors
import polars as pl
import pytest

from flows.batch import SOURCE_SCHEMA
from schemas.sessions import SessionsSchema
from schemas.turns import TurnsSchema
from schemas.validate import ValidatedBatch, split_valid, validate_batch
from transforms.defect_rows import empty_defects
from transforms.pipeline import SESSION_SCHEMA, TURN_SCHEMA
from transforms.summary_header import SUMMARY_DTYPE
from transforms.techniques import TECHNIQUE_SCHEMA

SESSION = "a" * 16
SOURCE = "b" * 16


def _turns(**overrides: list[object]) -> pl.DataFrame:
    rows: dict[str, list[object]] = {
        "session_id": [SESSION, SESSION],
        "source_id": [SOURCE, SOURCE],
        "turn_index": [0, 1],
        "source_turn_index": [0, 1],
        "source_line": [1, 3],
        "speaker": ["Therapist", "Client"],
        "role": ["therapist", "client"],
        "text": ["How are you?", "Tired."],
        "char_count": [12, 6],
        "word_count": [3, 1],
        "timestamp": [None, None],
        "source_labels": ['{"behaviour": "question"}', None],
        "move": ["question_open", None],
        "moves": [["question_open"], None],
    }
    rows.update(overrides)
    return pl.DataFrame(rows, schema=TURN_SCHEMA)


def _sessions() -> pl.DataFrame:
    return pl.DataFrame(
        {
            "session_id": [SESSION],
            "source_id": [SOURCE],
            "source_path": ["/data/a.txt"],
            "session_index": [0],
            "source_line": [1],
            "n_turns": [2],
            "n_turns_parsed": [2],
            "n_therapist_turns": [1],
            "n_client_turns": [1],
            "n_unknown_turns": [0],
            "summary_text": [None],
            "summary": pl.Series([None], dtype=SUMMARY_DTYPE),
            "source_metadata": ['{"topic": "sleep"}'],
            "content_hash": ["d" * 16],
            "quality": ["clean"],
            "n_defects": [0],
        },
        schema=SESSION_SCHEMA,
    )


def test_clean_frames_pass() -> None:
    TurnsSchema.validate(_turns())
    SessionsSchema.validate(_sessions())


@pytest.mark.parametrize(
    "overrides",
    [
        {"role": ["therapist", "doctor"]},
        {"turn_index": [0, -1]},
        {"turn_index": [0, 0]},
        {"text": ["How are you?", ""], "char_count": [12, 0]},
        {"char_count": [12, 7]},
        {"session_id": [SESSION, "not-an-id"]},
        {"source_labels": ["question", None]},
    ],
)
def test_a_bad_value_really_fails(overrides: dict[str, list[object]]) -> None:
    # Validated as a DataFrame: a LazyFrame would only have its names and types checked.
    with pytest.raises(pandera.errors.SchemaErrors):
        TurnsSchema.validate(_turns(**overrides), lazy=True)


def test_split_valid_names_the_failed_check() -> None:
    valid, invalid = split_valid(TurnsSchema, _turns(role=["therapist", "doctor"]))
    assert valid.height == 1 and invalid.height == 1
    assert "role failed isin" in invalid.get_column("_failed")[0]


def test_failing_rows_become_schema_violations_with_their_content() -> None:
    orphan = "c" * 16
    sources = pl.DataFrame(
        {"source_id": [SOURCE], "path": ["/data/a.txt"], "sha256": ["0" * 64], "bytes": [10], "encoding": ["utf-8"],
         "encoding_confidence": [1.0], "status": ["loaded"], "error": [None], "sessions": [1], "turns_parsed": [4],
         "turns_kept": [1], "mtime_ns": [None], "reader": [None]},
        schema=SOURCE_SCHEMA,
    )  # fmt: skip
    batch = ValidatedBatch(
        sources=sources,
        sessions=_sessions(),
        turns=pl.concat([_turns(role=["therapist", "doctor"]), _turns(session_id=[orphan, orphan])]),
        defects=empty_defects(),
        techniques=pl.DataFrame(schema=TECHNIQUE_SCHEMA),
    )
    result = validate_batch(batch)

    assert result.turns.height == 1
    violations = result.defects.filter(pl.col("defect_type") == "schema_violation")
    assert violations.height == 3
    assert set(violations.get_column("action")) == {"quarantined"}
    rejected_texts = {json.loads(e)["text"] for e in violations.get_column("excerpt")}
    assert rejected_texts == {"Tired.", "How are you?"}
    details = sorted(violations.get_column("detail"))
    assert details[0].startswith("turns row not loaded: role failed isin")
    assert "no valid session" in details[1]
