"""Plain text (`Label: text` turns) -> sessions and speaker turns.

A turn starts at a line `Label: text` whose label is a known alias or repeats in the session;
it runs over the following lines and paragraphs until the next turn start. A line of three or
more `#`, `-`, `=` or `*` separates sessions. Lines before a session's first turn are its header.
"""

from __future__ import annotations

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.lines import split_lines
from transforms.speakers import ROLE_BY_ALIAS, normalise_label, role_of

SEPARATOR = r"^[ \t]*(?:#{3,}|-{3,}|={3,}|\*{3,})[ \t]*$"
# One to three words, each capitalised or a number (`Therapist`, `Dr. Lee`, `Speaker 1`, `**Client**`),
# an optional aside (`Client (crying)`), then a colon. The first word may be lower case; such a label
# only counts when the alias table knows it (`therapist:`), never as an unknown speaker.
_NEXT_WORD = r"[\p{Lu}\d][\p{L}\p{M}\d'.\-]*"
LABEL_LINE = (
    rf"^[ \t]*(?:\*\*|__)?(\p{{L}}[\p{{L}}\p{{M}}\d'.\-]*(?:[ \t]+{_NEXT_WORD}){{0,2}}(?:[ \t]*\([^()\n]{{1,40}}\))?)"
    r"(?:\*\*|__)?[ \t]*:(?:\*\*|__)?[ \t]*(.*)$"
)
_TURN_KEY = ["source_id", "segment", "turn_no"]


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of the plain-text family."""
    return parse_lines(split_lines(files.select("source_id", "text")), config)


def parse_lines(lines: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`lines(source_id, line_no, line)`, repaired, in file order."""
    label = pl.col("line").str.extract(LABEL_LINE, 1)
    key = normalise_label(pl.col("label"))
    # Separator lines are dropped from the frame, but cum_sum over them first gives each line its segment.
    marked = (
        lines.with_columns(
            pl.col("line").str.contains(SEPARATOR).alias("is_separator"),
            label.alias("label"),
            pl.col("line").str.extract(LABEL_LINE, 2).alias("rest"),
        )
        .with_columns(pl.col("is_separator").cum_sum().over("source_id").alias("segment"))
        .filter(~pl.col("is_separator"))
        .with_columns(
            key.alias("label_key"),
            pl.len().over("source_id", "segment", key).alias("label_repeats"),
        )
        .with_columns(
            (
                pl.col("label").is_not_null()
                & (
                    pl.col("label_key").is_in(list(ROLE_BY_ALIAS))
                    | (
                        (pl.col("label_repeats") >= config.min_unknown_label_repeats)
                        & pl.col("label").str.contains(r"^\p{Lu}")
                        & ~pl.col("label_key").is_in(list(config.header_words))
                        & ~pl.col("label_key").str.extract(r"(\S+)$").is_in(list(config.header_words))
                    )
                )
            ).alias("is_turn_start")
        )
        .with_columns(pl.col("is_turn_start").cum_sum().over("source_id", "segment").alias("turn_no"))
        .with_columns(
            pl.when(pl.col("turn_no") > 0).then(pl.col("line_no").first().over(_TURN_KEY)).alias("turn_line"),
        )
    )
    turns = (
        marked.filter(pl.col("turn_no") > 0)
        .group_by(_TURN_KEY, maintain_order=True)
        .agg(
            pl.col("line_no").first().alias("source_line"),
            pl.col("label").first().str.strip_chars().alias("speaker"),
            pl.when(pl.col("is_turn_start"))
            .then(pl.col("rest"))
            .otherwise(pl.col("line"))
            .str.join("\n")
            .str.strip_chars()
            .alias("text"),
        )
        .with_columns(
            role_of(pl.col("speaker")).alias("role"),
            (pl.col("turn_no") - 1).cast(pl.Int32).alias("source_turn_index"),
        )
        .select("source_id", "segment", "source_turn_index", "source_line", "speaker", "role", "text")
    )
    segments_with_turns = turns.select("source_id", "segment").unique(maintain_order=True)
    non_blank = marked.filter(pl.col("line").str.strip_chars() != "")
    sessions = (
        non_blank.join(segments_with_turns, on=["source_id", "segment"], how="semi")
        .group_by("source_id", "segment", maintain_order=True)
        .agg(pl.col("line_no").min().alias("source_line"))
        .with_columns((pl.col("segment").rank("dense").over("source_id") - 1).cast(pl.Int32).alias("session_index"))
        .select("source_id", "segment", "session_index", "source_line")
    )
    header_lines = marked.filter(pl.col("turn_no") == 0).join(
        segments_with_turns, on=["source_id", "segment"], how="semi"
    )
    # A file with no turn at all is quarantined whole; only files that have turns report stray lines.
    stray_lines = non_blank.join(segments_with_turns, on=["source_id", "segment"], how="anti").join(
        segments_with_turns.select("source_id").unique(), on="source_id", how="semi"
    )
    return ParsedText(
        sessions=sessions,
        turns=turns,
        header_lines=header_lines.select("source_id", "segment", "line_no", "line"),
        stray_lines=stray_lines.select("source_id", "line_no", "line"),
    ).conformed()
