"""ParlAI's text format (the files its dialogue teachers read for fine-tuning and evaluation) -> sessions and turns.

    text:situation: a stepmother of a 13-year-old\\nShe told me I'm not her mum.<TAB>labels:That sounds hurtful.
    text:Humiliating. I went upstairs.<TAB>labels:What was that like?<TAB>episode_done:True

One exchange a line, tab-separated `key:value` fields, newlines inside a field written `\\n`. `text` is what the
other party said (the client: a turn), `labels` (or `eval_labels`) the reply the model learns (the counsellor: a
turn; of several labels joined by `|`, the first), both on the line's own line, the client's first. An
`episode_done:True` field ends a session. The first `text` of a session may open with ParlAI's context lines before
the utterance (`situation: ...`, `your persona: ...`, `topic: ...`): the session's `context` metadata, not a turn.
`__PIPE__` in a field is a `|`. Other fields
(`reward`, `label_candidates`, `id`) are left out. A non-blank line without a `text:` or `labels:` field is stray
text (an `unparseable_line`): a line cut off by a failed write is not read into someone's turn.

Detection (`looks_like_parlai`): at least two lines, and most non-blank lines of the file's start hold a `text:` field
first and a `labels:` or `eval_labels:` field.
"""

from __future__ import annotations

import re

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.lines import split_lines

_EXCHANGE = re.compile(r"^text:[^\t]*\t(?:[a-z_]+:[^\t]*\t)*(?:eval_)?labels:")
_MIN_EXCHANGES = 2
_MIN_EXCHANGE_SHARE = 0.7
_SAMPLE_LINES = 200
_TEXT = r"^text:([^\t]*)"
_LABELS = r"\t(?:eval_)?labels:([^\t]*)"
_DONE = r"\tepisode_done:True\s*(?:\t|$)"
# Context lines above the first utterance of a session: ParlAI's `key: value` lines (personas, a situation, an
# emotion, a topic), each ended by an escaped newline. Not any line ending in a colon: "I have a question:" is speech.
_CONTEXT = (
    r"^((?:(?i:your persona|partner's persona|persona|situation|context|emotion|topic|prompt|setting|background|"
    r"knowledge|title|chosen_topic|checked_sentence|knowledge_sentence)[ \t]*:[^\n]*\n)+)"
)


def looks_like_parlai(body: str) -> bool:
    lines = [line.rstrip("\r") for line in body.split("\n", _SAMPLE_LINES)[:_SAMPLE_LINES] if line.strip()]
    exchanges = sum(1 for line in lines if _EXCHANGE.match(line))
    return exchanges >= _MIN_EXCHANGES and exchanges >= _MIN_EXCHANGE_SHARE * len(lines)


def _unescaped(field: pl.Expr) -> pl.Expr:
    """ParlAI's escapes undone: `\\n`, `\\t`, and `__PIPE__` for a `|` inside a field."""
    return (
        field.str.replace_all("\\n", "\n", literal=True)
        .str.replace_all("\\t", "\t", literal=True)
        .str.replace_all("__PIPE__", "|", literal=True)
    )


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    lines = (
        split_lines(files.select("source_id", pl.col("text").str.strip_prefix("\ufeff")))
        .with_columns(pl.col("line").str.strip_suffix("\r"))
        .filter(pl.col("line").str.strip_chars() != "")
    )
    exchanges = lines.filter(pl.col("line").str.contains(_TEXT) & pl.col("line").str.contains(_LABELS))
    strays = lines.join(exchanges, on=["source_id", "line_no"], how="anti")
    framed = exchanges.with_columns(
        _unescaped(pl.col("line").str.extract(_TEXT, 1)).alias("_text"),
        _unescaped(pl.col("line").str.extract(_LABELS, 1).str.split("|").list.first()).alias("_labels"),
        pl.col("line")
        .str.contains(_DONE)
        .shift(1, fill_value=False)
        .cum_sum()
        .over("source_id", order_by="line_no")
        .cast(pl.Int64)
        .alias("segment"),
    ).with_columns((pl.col("line_no") == pl.col("line_no").min().over("source_id", "segment")).alias("_first"))
    # A session's first text: its context lines come off, kept as the session's metadata.
    framed = framed.with_columns(
        pl.when(pl.col("_first")).then(pl.col("_text").str.extract(_CONTEXT, 1)).alias("_context_block")
    ).with_columns(
        pl.col("_context_block").str.strip_chars().alias("_context"),
        pl.col("_text").str.slice(pl.col("_context_block").str.len_chars().fill_null(0)).alias("_text"),
    )
    keys: list[str | pl.Expr] = ["source_id", "segment", pl.col("line_no").alias("source_line")]
    turns = (
        pl.concat(
            [
                framed.select(
                    *keys,
                    pl.lit(0).alias("_order"),
                    pl.lit("text").alias("speaker"),
                    pl.lit("client").alias("role"),
                    pl.col("_text").str.strip_chars().alias("text"),
                ),
                framed.select(
                    *keys,
                    pl.lit(1).alias("_order"),
                    pl.lit("labels").alias("speaker"),
                    pl.lit("therapist").alias("role"),
                    pl.col("_labels").str.strip_chars().alias("text"),
                ),
            ]
        )
        # A session opening with the model's line has no text before it (an empty `text:`): no client turn.
        .filter(~((pl.col("_order") == 0) & (pl.col("text") == "")))
        .sort("source_id", "segment", "source_line", "_order")
        .with_columns(pl.int_range(pl.len(), dtype=pl.Int32).over("source_id", "segment").alias("source_turn_index"))
        .drop("_order")
    )
    sessions = (
        framed.filter(pl.col("_first"))
        .select(
            "source_id",
            "segment",
            (pl.col("segment").rank("dense").over("source_id") - 1).cast(pl.Int32).alias("session_index"),
            pl.col("line_no").alias("source_line"),
            pl.when(pl.col("_context").is_not_null())
            .then(pl.struct(pl.col("_context").alias("context")).struct.json_encode())
            .alias("source_metadata"),
        )
        .join(turns.select("source_id", "segment").unique(), on=["source_id", "segment"], how="semi")
    )
    return ParsedText(
        sessions=sessions,
        turns=turns,
        header_lines=pl.DataFrame(schema={"source_id": pl.String, "segment": pl.Int64, "line_no": pl.Int64,
                                          "line": pl.String}),
        stray_lines=strays.select("source_id", "line_no", "line"),
    ).conformed()  # fmt: skip
