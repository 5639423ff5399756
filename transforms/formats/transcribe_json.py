"""AWS Transcribe batch-job output: a speech-to-text job's JSON, words with times and speaker segments.

    {"jobName": "intake-0412", "accountId": "123456789012", "status": "COMPLETED",
     "results": {
        "transcripts": [{"transcript": "Thanks for coming in. Thank you. ..."}],
        "speaker_labels": {"speakers": 2, "segments": [
            {"start_time": "0.44", "end_time": "1.82", "speaker_label": "spk_0",
             "items": [{"start_time": "0.44", "end_time": "0.9", "speaker_label": "spk_0"}, ...]},
            ...]},
        "items": [
            {"start_time": "0.44", "end_time": "0.9", "alternatives": [{"confidence": "0.99", "content": "Thanks"}],
             "type": "pronunciation", "speaker_label": "spk_0"},
            {"alternatives": [{"confidence": "0.0", "content": "."}], "type": "punctuation", "speaker_label": "spk_0"},
            ...],
        "audio_segments": [{"id": 0, "transcript": "...", "start_time": "0.44", "end_time": "1.82",
                            "speaker_label": "spk_0", "items": [0, 1, 2]}, ...]}}

One job an object: one object (the usual file), a list of jobs or JSON Lines of jobs; the `results` object saved
alone reads the same (but one with `audio_segments` stays nested_json's, which read it first).

- A job is a session; each speaker segment (`speaker_labels.segments`) a turn, in list order: Transcribe cuts a
  segment where the speaker changes or pauses, so two segments of one speaker stay two turns. Its speaker is the
  segment's `speaker_label` (`spk_0`), or the name a `speakers` map beside the job gives it (as in nested_json);
  roles are not given, so the labels are left to role inference (voice, titles), which may leave a third speaker
  `unknown`. Its timestamp is the segment's `start_time`, its `end_time` a label.
- A segment's words are the `pronunciation` items of `results.items` whose start falls within its time span (of
  its speaker, when the items carry speaker labels; a segment's own `items` carry only times), in item order, with
  each `punctuation` item (which has no time) attached to the word before it without a space. The assignment is
  one polars as-of join of words to segments, not a loop per word. A segment without words is an empty turn;
  words outside every segment are counted in `words_outside_segments`.
- Without speaker segments, each of `audio_segments` (newer outputs) is a turn with its own `transcript` and
  `speaker_label`; a job with neither has no turns.
- The job-wide `transcripts` string and the word items are no turns. Session metadata: the job's scalar keys
  (`jobName`, `accountId`, `status`), `language_code` and the number of speakers.

`source_line`: the line of the segment's `"speaker_label":` key (the k-th such key two levels below a file's
`"segments":` key is its k-th segment, when the counts agree), where the segment names its speaker; an audio
segment's likewise below `"audio_segments":` (its `"transcript":` key without a speaker). Else the job's line;
always so in JSON Lines. A job sits on its first line.
"""

from __future__ import annotations

import json
from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.json_common import (
    JSONL,
    broken_lines,
    finish,
    json_object,
    key_depth_lines,
    with_container,
    with_speaker_names,
)
from transforms.formats.json_records import each_record, encoded
from transforms.formats.nested_json import session_keys
from transforms.formats.slack_export import file_lines_at

SEGMENT = pl.Struct({"start_time": pl.String, "end_time": pl.String, "speaker_label": pl.String})
ITEM = pl.Struct(
    {
        "start_time": pl.String,
        "end_time": pl.String,
        "type": pl.String,
        "speaker_label": pl.String,
        "alternatives": pl.List(pl.Struct({"content": pl.String})),
    }
)
AUDIO_SEGMENT = pl.Struct(
    {"start_time": pl.String, "end_time": pl.String, "speaker_label": pl.String, "transcript": pl.String}
)
_JOB_KEYS = ("jobName", "accountId", "status", "job_name", "account_id")


def results_of(record: dict[str, Any]) -> dict[str, Any] | None:
    """A job's `results` object (or the record itself when it is one), None when the record is no job."""
    results = _obj(record, "results") or record
    transcripts = results.get("transcripts")
    if not (
        isinstance(transcripts, list)
        and transcripts
        and isinstance(transcripts[0], dict)
        and "transcript" in transcripts[0]
    ):
        return None
    if isinstance(results.get("items"), list) or isinstance(results.get("speaker_labels"), dict):
        return results
    return None


def _obj(value: dict[str, Any], key: str) -> dict[str, Any]:
    """`value[key]` when it is an object, else an empty one."""
    found = value.get(key)
    return found if isinstance(found, dict) else {}


def is_transcribe_job(record: dict[str, Any]) -> bool:
    """A job's output, or its `results` saved alone; but not a bare `results` with `audio_segments`, which
    nested_json read (a segment list of speaker labels and transcripts) before this reader existed."""
    if "results" not in record and isinstance(record.get("audio_segments"), list):
        return False
    return results_of(record) is not None


def _listed(value: Any, key: str) -> list[Any]:
    found = value.get(key) if isinstance(value, dict) else None
    return [v for v in found if isinstance(v, dict)] if isinstance(found, list) else []


_JOB_SCHEMA = {
    "source_id": pl.String,
    "segment": pl.Int64,
    "record_line": pl.Int64,
    "segments": pl.String,
    "audio": pl.String,
    "items": pl.String,
    "metadata": pl.String,
    "speaker_names": pl.String,
}


def _jobs(files: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """(one row per job, its segment, audio segment and item lists re-encoded for polars to decode at once; stray
    positions: records that are no job). A loop per job, never per word."""
    rows: list[tuple[Any, ...]] = []
    strays: list[tuple[str, int]] = []
    count: dict[str, int] = {}
    for source_id, _, line, value in each_record(files):
        results = results_of(value) if isinstance(value, dict) else None
        if results is None or not isinstance(value, dict):
            strays.append((source_id, line))
            continue
        segment = count[source_id] = count.get(source_id, -1) + 1
        labels = _obj(results, "speaker_labels")
        meta = {k: value[k] for k in _JOB_KEYS if isinstance(value.get(k), str | int | float)}
        if isinstance(results.get("language_code"), str):
            meta["language_code"] = results["language_code"]
        if isinstance(labels.get("speakers"), int | str):
            meta["speakers"] = labels["speakers"]
        names = session_keys(value)[2] or session_keys(results)[2]
        rows.append(
            (
                source_id,
                segment,
                line,
                json.dumps(_listed(labels, "segments")),
                json.dumps(_listed(results, "audio_segments")),
                json.dumps(_listed(results, "items")),
                encoded(meta) if meta else None,
                names,
            )
        )
    return (
        pl.DataFrame(rows, schema=_JOB_SCHEMA, orient="row"),
        pl.DataFrame(strays, schema={"source_id": pl.String, "line_no": pl.Int64}, orient="row"),
    )


def _exploded(jobs: pl.DataFrame, column: str, dtype: pl.DataType, index: str) -> pl.DataFrame:
    return (
        jobs.select("source_id", "segment", "record_line", pl.col(column).str.json_decode(pl.List(dtype)).alias("_v"))
        .with_columns(pl.int_ranges(pl.col("_v").list.len()).alias(index))
        .explode("_v", index)
        .filter(pl.col("_v").is_not_null())
        .unnest("_v")
        .with_columns(pl.col(index).cast(pl.Int64))
    )


def _words(jobs: pl.DataFrame, segments: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, segment, _seg, text)` for segments with words, and `(…, _seg null, _n)` for the count of words
    outside every segment: words joined to segments by time (and speaker, when the words carry one)."""
    items = _exploded(jobs, "items", ITEM, "_item").with_columns(
        pl.col("alternatives").list.first().struct.field("content").fill_null("").alias("content"),
        pl.col("start_time").cast(pl.Float64, strict=False).alias("_start"),
        (pl.col("type") == "punctuation").fill_null(False).alias("_punct"),
    )
    bounds = segments.select(
        "source_id",
        "segment",
        "_seg",
        pl.col("speaker_label").alias("_seg_speaker"),
        pl.col("start_time").cast(pl.Float64, strict=False).alias("_seg_start"),
        pl.col("end_time").cast(pl.Float64, strict=False).alias("_seg_end"),
    ).drop_nulls("_seg_start")
    words = items.filter(~pl.col("_punct") & pl.col("_start").is_not_null())
    # A word of a labelled speaker joins that speaker's last segment starting at or before it; an unlabelled word
    # any speaker's. Both sides sorted by time within the job, as join_asof needs.
    labelled = words.filter(pl.col("speaker_label").is_not_null()).sort("_start")
    unlabelled = words.filter(pl.col("speaker_label").is_null()).sort("_start")
    placed = pl.concat(
        [
            labelled.join_asof(
                bounds.sort("_seg_start"),
                left_on="_start",
                right_on="_seg_start",
                by_left=["source_id", "segment", "speaker_label"],
                by_right=["source_id", "segment", "_seg_speaker"],
                check_sortedness=False,
            ),
            unlabelled.join_asof(
                bounds.sort("_seg_start").drop("_seg_speaker"),
                left_on="_start",
                right_on="_seg_start",
                by=["source_id", "segment"],
                check_sortedness=False,
            ),
        ],
        how="diagonal_relaxed",
    ).with_columns(
        # Within the span: a word starting after its segment ended belongs to none.
        pl.when(pl.col("_start") <= pl.col("_seg_end")).then(pl.col("_seg")).alias("_seg")
    )
    # Punctuation follows the word before it, whichever segment that is in (item order).
    tokens = (
        pl.concat(
            [
                placed.select("source_id", "segment", "_item", "content", "_punct", "_seg"),
                items.filter(pl.col("_punct") | pl.col("_start").is_null()).select(
                    "source_id", "segment", "_item", "content", "_punct", pl.lit(None, dtype=pl.Int64).alias("_seg")
                ),
            ]
        )
        .sort("source_id", "segment", "_item")
        .with_columns(
            pl.when(pl.col("_punct"))
            .then(pl.col("_seg").forward_fill().over("source_id", "segment"))
            .otherwise(pl.col("_seg"))
            .alias("_seg")
        )
    )
    return tokens.group_by("source_id", "segment", "_seg", maintain_order=True).agg(
        pl.concat_str(pl.when(pl.col("_punct")).then(pl.lit("")).otherwise(pl.lit(" ")), "content")
        .str.join("")
        .str.strip_prefix(" ")
        .alias("text"),
        (~pl.col("_punct")).sum().alias("_n_words"),
    )


# Keys beside `segments` (in `speaker_labels`) and `audio_segments` (in `results`): a key two levels below one of
# them belongs to the list that last opened before it (newer outputs' words carry `speaker_label` and `id` too).
_SIBLING_KEYS = (
    "transcripts", "speaker_labels", "items", "audio_segments", "channel_labels", "language_code",
    "language_identification", "speakers", "segments",
)  # fmt: skip


def _element_lines(rows: pl.DataFrame, files: pl.DataFrame, list_key: str, key: str, index: str) -> pl.DataFrame:
    """`rows` (one per element of the list under `list_key`, numbered `index` within its job) with `_key_line`: the
    line of the k-th `"key":` two levels below a `"list_key":` of the file (in that list, not a sibling list) for
    the file's k-th element, when the file holds exactly as many; else null. JSON Lines rows get null."""
    pretty = files.filter(pl.col("container") != JSONL)
    keys = pl.DataFrame(schema={"source_id": pl.String, "_k": pl.Int64, "_key_line": pl.Int64})
    if pretty.height:
        lists = key_depth_lines(pretty, list_key)
        depth = lists.group_by("source_id").agg(pl.col("depth").min().alias("_d"))
        # Where each list at that depth opens: this one or a sibling.
        opened = (
            pl.concat(
                [
                    key_depth_lines(pretty, sibling).with_columns(pl.lit(sibling == list_key).alias("_ours"))
                    for sibling in dict.fromkeys((list_key, *_SIBLING_KEYS))
                ]
            )
            .join(depth, on="source_id")
            .filter(pl.col("depth") == pl.col("_d"))
            .select("source_id", pl.col("line_no").alias("_open_line"), "_ours")
            .sort("_open_line")
        )
        keys = (
            key_depth_lines(pretty, key)
            .join(depth, on="source_id")
            .filter(pl.col("depth") == pl.col("_d") + 2)
            .sort("line_no")
            .join_asof(opened, left_on="line_no", right_on="_open_line", by="source_id", check_sortedness=False)
            .filter(pl.col("_ours").fill_null(False))
            .sort("source_id", "occurrence")
            .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("_k"))
            .select("source_id", "_k", pl.col("line_no").alias("_key_line"))
        )
    counts = keys.group_by("source_id").agg(pl.len().alias("_n_keys"))
    return (
        rows.sort("source_id", "segment", index, maintain_order=True)
        .with_columns(
            pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("_k"),
            pl.len().over("source_id").alias("_n_rows"),
        )
        .join(keys, on=["source_id", "_k"], how="left", maintain_order="left")
        .join(counts, on="source_id", how="left", maintain_order="left")
        .with_columns(pl.when(pl.col("_n_keys") == pl.col("_n_rows")).then(pl.col("_key_line")).alias("_key_line"))
        .drop("_k", "_n_rows", "_n_keys")
    )


def _placed(rows: pl.DataFrame, files: pl.DataFrame, list_key: str, keys: tuple[str, ...]) -> pl.DataFrame:
    """`rows` with `source_line`: the line of the first of `keys` that can be matched in the row's file (see
    _element_lines), else its job's line."""
    found = []
    for n, key in enumerate(keys):
        rows = _element_lines(rows, files, list_key, key, "_seg").rename({"_key_line": f"_line{n}"})
        found.append(f"_line{n}")
    return rows.with_columns(pl.coalesce(*found, "record_line").alias("source_line")).drop(found)


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    files = with_container(files)
    jobs, strays = _jobs(files)
    segments = _exploded(jobs, "segments", SEGMENT, "_seg")
    words = _words(jobs, segments)
    speaker_turns = _placed(
        segments.join(
            words.drop_nulls("_seg").select("source_id", "segment", "_seg", "text"),
            on=["source_id", "segment", "_seg"],
            how="left",
            maintain_order="left",
        ),
        files,
        "segments",
        ("speaker_label",),
    )
    # Audio segments only for jobs without speaker segments.
    audio = _exploded(
        jobs.join(segments.select("source_id", "segment").unique(), on=["source_id", "segment"], how="anti"),
        "audio",
        AUDIO_SEGMENT,
        "_seg",
    ).rename({"transcript": "text"})
    audio_turns = _placed(audio, files, "audio_segments", ("speaker_label", "transcript"))
    turns = (
        pl.concat([speaker_turns, audio_turns], how="diagonal_relaxed")
        .sort("source_id", "segment", "_seg", maintain_order=True)
        .with_columns(
            pl.int_range(pl.len(), dtype=pl.Int32).over("source_id", "segment").alias("source_turn_index"),
            pl.col("text").fill_null(""),
            json_object("end_time").alias("source_labels"),
        )
        .pipe(with_speaker_names, jobs, "speaker_label")
        .select(
            "source_id",
            "segment",
            "source_turn_index",
            "source_line",
            pl.col("speaker_label").alias("speaker"),
            "text",
            pl.col("start_time").alias("timestamp"),
            "source_labels",
        )
    )
    outside = (
        words.filter(pl.col("_seg").is_null() & (pl.col("_n_words") > 0))
        .join(segments.select("source_id", "segment").unique(), on=["source_id", "segment"], how="semi")
        .select("source_id", "segment", pl.col("_n_words").cast(pl.Int64).alias("words_outside_segments"))
    )
    sessions = jobs.join(outside, on=["source_id", "segment"], how="left", maintain_order="left").select(
        "source_id",
        "segment",
        "record_line",
        pl.when(pl.col("words_outside_segments").is_null())
        .then(pl.col("metadata"))
        .otherwise(
            pl.concat_str(
                pl.col("metadata").fill_null("{}").str.strip_suffix("}"),
                pl.when(pl.col("metadata").is_null() | (pl.col("metadata") == "{}"))
                .then(pl.lit(""))
                .otherwise(pl.lit(",")),
                pl.lit('"words_outside_segments":'),
                pl.col("words_outside_segments").cast(pl.String),
                pl.lit("}"),
            )
        )
        .alias("source_metadata"),
    )
    return finish(turns, sessions, stray_lines=pl.concat([broken_lines(files), file_lines_at(files, strays)]))
