"""Model-evaluation logs: runs of a model against a client persona, each a list of prompt/completion exchanges.

    [{"run_id": "r-01", "model": "m-7b", "scenario": "exam stress", "persona": "student",
      "exchanges": [{"turn": 1, "prompt": "<client message>", "completion": "<counsellor reply>"}, ...]}]

JSON Lines (a run a line), a list of runs, one run, or one object whose list holds the runs
(`{"model": ..., "runs": [...]}`). A run's exchanges are the list under the first key whose items hold a client
key (CLIENT_KEYS: `prompt`, `input`) and a counsellor key (COUNSELLOR_KEYS: `completion`, `output`, `response`)
and no speaker key (a list of `{speaker, text}` is a nested session's, nested_json.py).

- A run is a session; each exchange gives a client turn (its prompt) then a therapist turn (its completion), in
  list order. The roles come from the keys, not from a label: the speaker is the key's name. A key that is
  absent gives no turn; an empty string is an empty turn (the empty_turn step reports it).
- The run's scalar keys (model, run_id, scenario, persona, scores...) are its `sessions.source_metadata`, after
  those of an enclosing object (its `model` holds for every run).
- Detected after every other JSON shape but instruction records (detect.py): Alpaca-style records keep
  `prompt`/`output` in the record itself, a run in a list inside it.

`source_line`: JSON Lines, the run's line. Otherwise a client turn sits on the line of its `"prompt"` key and a
therapist turn on its `"completion"` key's (the k-th of the file's exchanges on the k-th such key, when the
file holds exactly as many; else the run's line), and a run on the line of its exchange list's key.
"""

from __future__ import annotations

from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.flat_json import SPEAKER_KEYS
from transforms.formats.json_common import broken_lines, finish, first_key, with_container
from transforms.formats.json_records import each_record, encoded, key_line, scalars, with_given_roles

CLIENT_KEYS = ("prompt", "input")
COUNSELLOR_KEYS = ("completion", "output", "response")
EXCHANGE = pl.Struct({key: pl.String for key in (*CLIENT_KEYS, *COUNSELLOR_KEYS)})


def _is_exchange(item: object) -> bool:
    return (
        isinstance(item, dict)
        and any(isinstance(item.get(key), str) for key in CLIENT_KEYS)
        and any(key in item for key in COUNSELLOR_KEYS)
        and not any(key in item for key in SPEAKER_KEYS)
    )


def exchanges_key(record: dict[str, Any]) -> str | None:
    """The key of a run's list of exchanges: the first whose list starts with an exchange."""
    return next((k for k, v in record.items() if isinstance(v, list) and v and _is_exchange(v[0])), None)


def runs_key(record: dict[str, Any]) -> str | None:
    """The key of an object's list of runs: the first whose list starts with a run."""
    return next(
        (k for k, v in record.items() if isinstance(v, list) and v and isinstance(v[0], dict) and exchanges_key(v[0])),
        None,
    )


def is_eval_log(record: dict[str, Any]) -> bool:
    """Whether a decoded first record is a run, or an object holding runs."""
    return exchanges_key(record) is not None or runs_key(record) is not None


_RUNS_SCHEMA = {
    "source_id": pl.String,
    "segment": pl.Int64,
    "record_line": pl.Int64,
    "list_key": pl.String,
    "exchanges": pl.String,
    "source_metadata": pl.String,
}


def _runs(files: pl.DataFrame) -> pl.DataFrame:
    """One row per run: its exchanges re-encoded (polars decodes them all at once) and its metadata."""
    rows: list[tuple[str, int, int, str, str, str | None]] = []
    count: dict[str, int] = {}

    def add(source_id: str, line: int, run: object, outer: dict[str, Any]) -> None:
        key = exchanges_key(run) if isinstance(run, dict) else None
        if not isinstance(run, dict) or key is None:
            return
        metadata = {**outer, **scalars(run, {key})}
        segment = count[source_id] = count.get(source_id, -1) + 1
        rows.append((source_id, segment, line, key, encoded(run[key]), encoded(metadata) if metadata else None))

    for source_id, _, line, value in each_record(files):
        wrapper = runs_key(value) if isinstance(value, dict) and exchanges_key(value) is None else None
        if wrapper is None:
            add(source_id, line, value, {})
        else:
            for run in value[wrapper]:
                add(source_id, line, run, scalars(value, {wrapper}))
    return pl.DataFrame(rows, schema=_RUNS_SCHEMA, orient="row")


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = with_container(files)
    runs = _runs(files)
    # A run sits on its exchange list's key (the k-th run of a file on the k-th such key).
    runs = key_line(runs, files, "list_key", "segment").with_columns(
        pl.coalesce("_key_line", "record_line").alias("record_line")
    )
    exchanges = (
        runs.select("source_id", "segment", "record_line", pl.col("exchanges").str.json_decode(pl.List(EXCHANGE)))
        .with_columns(pl.int_ranges(pl.col("exchanges").list.len()).alias("_pair"))
        .explode("exchanges", "_pair")
        .filter(pl.col("exchanges").is_not_null())
        .unnest("exchanges")
    )
    sides = [
        exchanges.select(
            "source_id",
            "segment",
            "record_line",
            "_pair",
            pl.lit(side, dtype=pl.Int32).alias("_side"),
            first_key(keys).alias("speaker"),
            pl.coalesce(*keys).str.strip_chars().alias("text"),
            pl.lit(role).alias("given_role"),
        )
        for side, (keys, role) in enumerate(((CLIENT_KEYS, "client"), (COUNSELLOR_KEYS, "therapist")))
    ]
    turns = (
        pl.concat(sides)
        .filter(pl.col("speaker").is_not_null())
        .sort("source_id", "segment", "_pair", "_side")
        .with_columns(
            pl.int_range(pl.len(), dtype=pl.Int32).over("source_id", "segment").alias("source_turn_index"),
            pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("_file_turn"),
        )
    )
    # Each turn on its own key: the k-th `"prompt":` of a file is its k-th prompt.
    turns = key_line(turns, files, "speaker", "_file_turn").with_columns(
        pl.coalesce("_key_line", "record_line").alias("source_line")
    )
    parsed = finish(
        turns.select("source_id", "segment", "source_turn_index", "source_line", "speaker", "text"),
        runs.select("source_id", "segment", "record_line", "source_metadata"),
        stray_lines=broken_lines(files),
    )
    return with_given_roles(parsed, turns.select("source_id", "segment", "source_turn_index", "given_role"))
