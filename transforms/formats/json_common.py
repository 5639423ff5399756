"""What the JSON parsers share: record containers, source lines of keys, the final frames.

Line numbers. polars decodes JSON without positions, so lines are found in the text itself: the
k-th occurrence of a key (`"content":`) in a file is the k-th turn's text, when the file holds
exactly as many occurrences as turns. A turn's `source_line` is therefore the line where its text
starts (for a pretty-printed list, the line of its `"content"`/`"text"` key; for JSON Lines, the
record's line). When the counts disagree (a key also used elsewhere in the file), the turn falls back
to its record's line, which is always right, only coarser.
"""

from __future__ import annotations

import json
import re

import polars as pl

from transforms.formats.base import ParsedText, empty_parsed
from transforms.lines import split_lines
from transforms.speakers import with_label_roles

# Chat exports name a message's speaker and text in several ways: `role`/`content` (OpenAI-style chat),
# `from`/`value` (ShareGPT), `speaker` with `utterance` or `text` (transcription tools). First match wins.
SPEAKER_KEYS = ("role", "from", "speaker")
TEXT_KEYS = ("content", "value", "utterance", "text")
MESSAGE_FIELDS: dict[str, pl.DataType] = {key: pl.String() for key in (*SPEAKER_KEYS, *TEXT_KEYS)}

JSONL = "jsonl"
ARRAY = "array"
OBJECT = "object"


def skip_space(text: str, index: int) -> int:
    """The index of the first character at or after `index` that is not JSON whitespace."""
    while index < len(text) and text[index] in " \t\r\n":
        index += 1
    return index


def container_of(text: str) -> str:
    """`array` (`[...]`), `jsonl` (one value a line) or `object` (one value over several lines)."""
    body = text.lstrip("\ufeff \t\n")
    if body.startswith("["):
        return ARRAY
    first_line = body.split("\n", 1)[0]
    try:
        json.loads(first_line)
    except ValueError:
        return OBJECT
    return JSONL


def with_container(files: pl.DataFrame) -> pl.DataFrame:
    """Adds `container` per file (a loop per file, not per record)."""
    containers = [container_of(text) for text in files.get_column("text").to_list()]
    return files.with_columns(pl.Series("container", containers, dtype=pl.String))


def key_lines(files: pl.DataFrame, key: str) -> pl.DataFrame:
    """`(source_id, occurrence, line_no)`: where each `"key":` of each file is, in file order (0-based)."""
    pattern = rf'(?:^|[^\\])"{re.escape(key)}"[ \t]*:'
    lines = split_lines(files.select("source_id", "text"))
    return (
        lines.with_columns(pl.col("line").str.count_matches(pattern).alias("n"))
        .filter(pl.col("n") > 0)
        .select("source_id", pl.col("line_no").repeat_by("n"))
        .explode("line_no")
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("occurrence"))
        .select("source_id", "occurrence", "line_no")
    )


_MARK = "\x01"


def key_depth_lines(files: pl.DataFrame, key: str) -> pl.DataFrame:
    """key_lines with each occurrence's nesting `depth`: 1 for a key of the top-level object, one more for
    each list or object around it. So a message's `"text"` (depth 3 in `{"messages": [{...}]}`) is told from
    the `"text"` of an object nested in its value (a rich-text run, depth 5).

    Vectorised per line: JSON strings never span lines, so each line's brackets outside strings are counted
    (the key replaced by a marker first, the other strings dropped) and summed over the file."""
    pattern = rf'(^|[^\\])"{re.escape(key)}"[ \t]*:'
    pieces = (
        split_lines(files.select("source_id", "text"))
        .with_columns(
            pl.col("line")
            .str.replace_all(pattern, "${1}" + _MARK)
            .str.replace_all(r'"(?:[^"\\]|\\.)*"', "")
            .str.replace_all(rf"[^\[\]{{}}{_MARK}]", "")
            .str.split(_MARK)
            .alias("_piece")
        )
        .with_columns(pl.int_ranges(pl.col("_piece").list.len()).alias("_k"), pl.col("_piece").list.len().alias("_n"))
        .explode("_piece", "_k")
        .with_columns(
            (pl.col("_piece").str.count_matches(r"[\[{]") - pl.col("_piece").str.count_matches(r"[\]}]"))
            .cum_sum()
            .over("source_id")
            .alias("depth")
        )
    )
    # The marker follows every piece of a line but its last.
    return (
        pieces.filter(pl.col("_k") < pl.col("_n") - 1)
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("occurrence"))
        .select("source_id", "occurrence", "line_no", pl.col("depth").cast(pl.Int64))
    )


def records(files: pl.DataFrame, record_dtype: pl.DataType, record_key: str) -> pl.DataFrame:
    """One row per conversation record: `(source_id, segment, record_line, record)`.

    `files(source_id, text, container)`. JSON Lines: each non-blank line is a record and its line is
    the record's. A JSON list: each element is a record, placed at the line of its `record_key`.
    A single object: the file is one record, at its first non-blank line.
    """
    parts: list[pl.DataFrame] = []
    jsonl = files.filter(pl.col("container") == JSONL)
    if jsonl.height:
        parts.append(
            json_lines(jsonl).select(
                "source_id",
                "segment",
                pl.col("line_no").alias("record_line"),
                pl.col("line").str.json_decode(record_dtype).alias("record"),
            )
        )
    arrays = files.filter(pl.col("container") == ARRAY)
    if arrays.height:
        exploded = (
            arrays.select("source_id", pl.col("text").str.json_decode(pl.List(record_dtype)).alias("record"))
            .explode("record")
            .filter(pl.col("record").is_not_null())
            .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("segment"))
        )
        parts.append(
            place(exploded, key_lines(arrays, record_key), "segment", first_line(arrays)).select(
                "source_id", "segment", pl.col("line_no").alias("record_line"), "record"
            )
        )
    objects = files.filter(pl.col("container") == OBJECT)
    if objects.height:
        parts.append(
            objects.select(
                "source_id",
                pl.lit(0, dtype=pl.Int64).alias("segment"),
                pl.col("text").str.json_decode(record_dtype).alias("record"),
            )
            .join(first_line(objects), on="source_id")
            .select("source_id", "segment", pl.col("line_no").alias("record_line"), "record")
        )
    schema = {"source_id": pl.String(), "segment": pl.Int64(), "record_line": pl.Int64(), "record": record_dtype}
    if not parts:
        return pl.DataFrame(schema=schema)
    return pl.concat([p.cast(schema) for p in parts])  # type: ignore[arg-type]


def _jsonl_lines(files: pl.DataFrame) -> pl.DataFrame:
    """Non-blank lines of JSON Lines files, `is_json` false for a line that is not one JSON value."""
    return (
        split_lines(files.select("source_id", "text"))
        .filter(pl.col("line").str.strip_chars() != "")
        # json_path_match gives null for text that does not parse, where json_decode would raise.
        .with_columns(pl.col("line").str.json_path_match("$").is_not_null().alias("is_json"))
    )


def json_lines(files: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, segment, line_no, line)`: the records of the JSON Lines files among `files`, numbered
    from 0 per file (lines that are not JSON are skipped; see broken_lines)."""
    return (
        _jsonl_lines(files.filter(pl.col("container") == JSONL))
        .filter(pl.col("is_json"))
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("segment"))
        .select("source_id", "segment", "line_no", "line")
    )


def broken_lines(files: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, line_no, line)`: lines of JSON Lines files that are not JSON (a truncated write, a
    stray log line). The file's other records still load; these become `unparseable_line` defects."""
    jsonl = files.filter(pl.col("container") == JSONL)
    if not jsonl.height:
        return pl.DataFrame(schema={"source_id": pl.String(), "line_no": pl.Int64(), "line": pl.String()})
    return _jsonl_lines(jsonl).filter(~pl.col("is_json")).select("source_id", "line_no", "line")


def first_line(files: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, line_no)` of each file's first non-blank line."""
    return (
        split_lines(files.select("source_id", "text"))
        .filter(pl.col("line").str.strip_chars() != "")
        .group_by("source_id", maintain_order=True)
        .agg(pl.col("line_no").min())
    )


def place(rows: pl.DataFrame, lines: pl.DataFrame, order: str, fallback: pl.DataFrame) -> pl.DataFrame:
    """Adds `line_no` to `rows`: the line of the k-th key occurrence (`lines`, from key_lines) for the row
    ranked k-th by `order` in its file, when the file has as many occurrences as rows; otherwise the
    file's `fallback(source_id, line_no)`."""
    counts = lines.group_by("source_id").agg(pl.len().alias("_n_keys"))
    return (
        rows.with_columns(
            pl.col(order).rank("ordinal").over("source_id").cast(pl.Int64).sub(1).alias("_occurrence"),
            pl.len().over("source_id").alias("_n_rows"),
        )
        .join(counts, on="source_id", how="left", maintain_order="left")
        .join(
            lines.rename({"occurrence": "_occurrence", "line_no": "_key_line"}),
            on=["source_id", "_occurrence"],
            how="left",
            maintain_order="left",
        )
        .join(fallback.rename({"line_no": "_fallback_line"}), on="source_id", how="left", maintain_order="left")
        .with_columns(
            pl.when(pl.col("_n_keys") == pl.col("_n_rows"))
            .then(pl.col("_key_line"))
            .otherwise(pl.col("_fallback_line"))
            .cast(pl.Int64)
            .alias("line_no")
        )
        .drop("_occurrence", "_n_rows", "_n_keys", "_key_line", "_fallback_line")
    )


def on_kth_key(rows: pl.DataFrame, keys: pl.DataFrame, expected: pl.DataFrame, k: str, fallback: str) -> pl.DataFrame:
    """`rows` with `source_line`: the line of the k-th key (`keys(source_id, <k>, _key_line)`) for the row whose
    `k` column says k, when the file holds as many such keys as it should (`expected(source_id, _expected)`);
    otherwise the row's own `fallback` line, always right, only coarser."""
    counts = keys.group_by("source_id").agg(pl.len().alias("_n_keys")).join(expected, on="source_id")
    return (
        rows.join(keys, on=["source_id", k], how="left", maintain_order="left")
        .join(counts, on="source_id", how="left", maintain_order="left")
        .with_columns(
            pl.when(pl.col("_n_keys") == pl.col("_expected"))
            .then(pl.coalesce("_key_line", fallback))
            .otherwise(pl.col(fallback))
            .alias("source_line")
        )
        .drop("_key_line", "_n_keys", "_expected")
    )


def turn_lines(turns: pl.DataFrame, files: pl.DataFrame, key: str, *label_keys: str) -> pl.DataFrame:
    """Adds `source_line` to `turns(source_id, segment, source_turn_index, record_line, ...)`.

    JSON Lines turns sit on their record's line; other files use the first line of the turn's message: the k-th
    `key` or the k-th of `label_keys` (the key naming the speaker, where a reader looks for who speaks), whichever
    comes first, of those whose counts match the turns', their record's line otherwise (as nested_json places them).
    """
    jsonl_ids = files.filter(pl.col("container") == JSONL).select("source_id")
    others = files.filter(pl.col("container") != JSONL)
    ordered = turns.with_columns(pl.int_range(pl.len(), dtype=pl.Int64).over("source_id").alias("_file_turn"))
    placed = []
    for number, candidate in enumerate([*label_keys, key]):
        keyed = (
            key_lines(others, candidate)
            if others.height
            else pl.DataFrame(schema={"source_id": pl.String(), "occurrence": pl.Int64(), "line_no": pl.Int64()})
        )
        counts = keyed.group_by("source_id").agg(pl.len().alias("_n_keys"))
        placed.append(f"_line{number}")
        ordered = (
            ordered.join(counts, on="source_id", how="left", maintain_order="left")
            .join(
                keyed.rename({"occurrence": "_file_turn", "line_no": "_key_line"}),
                on=["source_id", "_file_turn"],
                how="left",
                maintain_order="left",
            )
            .with_columns(
                pl.when(pl.col("_n_keys") == pl.len().over("source_id")).then(pl.col("_key_line")).alias(placed[-1])
            )
            .drop("_n_keys", "_key_line")
        )
    return ordered.with_columns(
        pl.when(~pl.col("source_id").is_in(jsonl_ids.get_column("source_id").implode()))
        .then(pl.coalesce(pl.min_horizontal(*placed), "record_line"))
        .otherwise(pl.col("record_line"))
        .alias("source_line")
    ).drop("_file_turn", *placed)


def as_role_content(messages: pl.DataFrame) -> pl.DataFrame:
    """Messages decoded with MESSAGE_FIELDS -> `role`, `content` and `_text_key` (the key the text was under)."""
    return messages.with_columns(
        pl.coalesce(*SPEAKER_KEYS).alias("role"),
        pl.coalesce(*TEXT_KEYS).alias("content"),
        pl.coalesce(*[pl.when(pl.col(key).is_not_null()).then(pl.lit(key)) for key in TEXT_KEYS], pl.lit(TEXT_KEYS[0]))
        .first()
        .over("source_id")
        .alias("_text_key"),
        pl.coalesce(
            *[pl.when(pl.col(key).is_not_null()).then(pl.lit(key)) for key in SPEAKER_KEYS], pl.lit(SPEAKER_KEYS[0])
        )
        .first()
        .over("source_id")
        .alias("_speaker_key"),
    ).drop([key for key in MESSAGE_FIELDS if key not in ("role", "content")])


def turn_lines_by_text_key(turns: pl.DataFrame, files: pl.DataFrame) -> pl.DataFrame:
    """turn_lines for `turns` from as_role_content: each file's turns are placed by the key its text is under."""
    parts = [
        turn_lines(
            group.drop("_text_key", "_speaker_key"),
            files.join(group.select("source_id").unique(), on="source_id"),
            key,
            speaker_key,
        )
        for (key, speaker_key), group in turns.group_by("_text_key", "_speaker_key", maintain_order=True)
    ]
    if not parts:
        return turns.drop("_text_key", "_speaker_key").with_columns(pl.col("record_line").alias("source_line"))
    return pl.concat(parts, how="diagonal_relaxed")


# A turn's role as a participant list states it (`"role": "host"`), read where its speaker's name says nothing.
LISTED_ROLE = "_listed_role"


def finish(
    turns: pl.DataFrame,
    sessions: pl.DataFrame,
    role_scope: str | None = None,
    stray_lines: pl.DataFrame | None = None,
) -> ParsedText:
    """Frames in the shared shape from `turns(source_id, segment, source_turn_index, source_line, speaker,
    text, [timestamp, source_labels, LISTED_ROLE])` and `sessions(source_id, segment, record_line,
    [source_metadata])`: roles from the alias table (a speaker it does not know, from the role a participant
    list gives them), sessions only where turns are, numbered densely per file."""
    turns = (
        turns.filter(pl.col("text").is_not_null() | pl.col("speaker").is_not_null())
        .pipe(with_label_roles, "speaker", "role", role_scope)
        .with_columns(pl.col("source_turn_index").cast(pl.Int32))
    )
    if LISTED_ROLE in turns.columns:
        turns = with_label_roles(turns, LISTED_ROLE, "_listed", "participant").with_columns(
            pl.when(pl.col("role") == "unknown").then(pl.col("_listed")).otherwise(pl.col("role")).alias("role")
        )
    with_turns = turns.select("source_id", "segment").unique()
    kept_sessions = sessions.join(
        with_turns, on=["source_id", "segment"], how="semi", maintain_order="left"
    ).with_columns(
        (pl.col("segment").rank("dense").over("source_id") - 1).cast(pl.Int32).alias("session_index"),
        pl.col("record_line").alias("source_line"),
    )
    empty = empty_parsed()
    return ParsedText(
        sessions=kept_sessions,
        turns=turns,
        header_lines=empty.header_lines,
        stray_lines=empty.stray_lines if stray_lines is None else stray_lines,
    ).conformed()


# The role a chat format gives the instructions to the model, in English and as localised datasets spell it
# (Portuguese and Spanish, Malay and Indonesian, German, French).
SYSTEM_SPEAKERS = ["system", "sistema", "sistem", "systeme", "système", "系統", "系统", "システム"]


def role_content_turns(messages: pl.DataFrame, source_labels: pl.Expr) -> tuple[pl.DataFrame, pl.DataFrame]:
    """Chat messages `(source_id, segment, source_line, role, content, ...)`, in order, -> (turns, the
    `system_prompt` of each session). A `system` message is instructions to a model, not a turn."""
    is_system = pl.col("role").str.to_lowercase().is_in(SYSTEM_SPEAKERS)
    system = (
        messages.filter(is_system)
        .group_by("source_id", "segment", maintain_order=True)
        .agg(pl.col("content").str.join("\n\n").alias("system_prompt"))
    )
    turns = (
        messages.filter(~is_system)
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int32).over("source_id", "segment").alias("source_turn_index"))
        .select(
            "source_id",
            "segment",
            "source_turn_index",
            "source_line",
            pl.col("role").alias("speaker"),
            pl.col("content").str.strip_chars().alias("text"),
            source_labels.alias("source_labels"),
        )
    )
    return turns, system


def json_object(*columns: str | pl.Expr) -> pl.Expr:
    """A JSON object string of the given columns, null members left out; null when all are null.

    Nested structs are encoded as nested objects (their own null members stay)."""
    exprs = [pl.col(c) if isinstance(c, str) else c for c in columns]
    present = pl.any_horizontal(*[e.is_not_null() for e in exprs])
    encoded = (
        pl.struct(*exprs)
        .struct.json_encode()
        # polars writes null members. Inside a string value every quote is escaped, so `,"key":null` (a
        # later member, with its comma) and then `"key":null,` (a first member) can only match members.
        .str.replace_all(r',"[^"\\]*":null', "")
        .str.replace_all(r'"[^"\\]*":null,?', "")
    )
    return pl.when(present).then(encoded)


def json_string(expr: pl.Expr) -> pl.Expr:
    """A string column as JSON string literals (quotes and escapes), by polars' own encoder: `{"v":` and the
    closing brace of a one-member object cut off."""
    return pl.struct(expr.alias("v")).struct.json_encode().str.strip_prefix('{"v":').str.strip_suffix("}")


def first_key(keys: tuple[str, ...]) -> pl.Expr:
    """The name of the first of `keys` whose column has a value in the row; null when none has."""
    return pl.coalesce(*[pl.when(pl.col(key).is_not_null()).then(pl.lit(key)) for key in keys])


def without_system_turns(turns: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """`turns(source_id, segment, speaker, text, ...)` in order -> (the turns whose speaker is not `system`,
    numbered by `source_turn_index` within their session; each session's `system_prompt`). A `system` record is
    instructions to a model, not a turn; a turn without a speaker stays."""
    is_system = pl.col("speaker").str.to_lowercase().is_in(SYSTEM_SPEAKERS)
    system = (
        turns.filter(is_system)
        .group_by("source_id", "segment", maintain_order=True)
        .agg(pl.col("text").str.join("\n\n").alias("system_prompt"))
    )
    kept = turns.filter(~is_system.fill_null(False)).with_columns(
        pl.int_range(pl.len(), dtype=pl.Int32).over("source_id", "segment").alias("source_turn_index")
    )
    return kept, system


def merge_objects(left: pl.Expr, right: pl.Expr) -> pl.Expr:
    """Two JSON object strings (either may be null) as one; keys are assumed distinct."""
    both = pl.concat_str(left.str.strip_suffix("}"), pl.lit(","), right.str.strip_prefix("{"))
    return (
        pl.when(left.is_null() | (left == "{}"))
        .then(right)
        .when(right.is_null() | (right == "{}"))
        .then(left)
        .otherwise(both)
    )


def speaker_map(found: pl.DataFrame) -> pl.DataFrame:
    """`(source_id, segment, _id, _name, _role)`, one row an entry of each session's speaker map (`found`'s
    `speaker_names`, JSON `[[id, name], ...]` or `[[id, name, role], ...]`); `_role` null where none is given."""
    entry = pl.col("speaker_names")
    return (
        found.select("source_id", "segment", entry.str.json_decode(pl.List(pl.List(pl.String))))
        .explode("speaker_names")
        .drop_nulls("speaker_names")
        .select(
            "source_id",
            "segment",
            entry.list.get(0).alias("_id"),
            entry.list.get(1).alias("_name"),
            entry.list.get(2, null_on_oob=True).alias("_role"),
        )
    )


def with_speaker_names(turns: pl.DataFrame, found: pl.DataFrame, column: str) -> pl.DataFrame:
    """`column` (a speaker id) replaced by the name the session's speaker map gives it, others unchanged.

    `found(source_id, segment, speaker_names)`: each session's map as JSON `[[id, name], ...]`."""
    names = speaker_map(found).select("source_id", "segment", pl.col("_id").alias(column), "_name")
    if not names.height:
        return turns
    return (
        turns.join(names, on=["source_id", "segment", column], how="left", maintain_order="left")
        .with_columns(pl.coalesce("_name", column).alias(column))
        .drop("_name")
    )
