"""Session header lines -> the raw summary text and its sections as lists.

Headers look like `Session Summary:` followed by numbered titles (`2. Techniques/exercises
introduced:`) with `- item` bullets, and free lines such as `Note: ...`. Each title maps to one
section key by keyword; titles no key claims go to `other` as `Title: item` so nothing is lost.
"""

from __future__ import annotations

import polars as pl

SECTION_KEYS = ("topics", "techniques", "helpful", "homework", "insights", "notes", "other")

# First match wins: "Homework / exercises" is homework, not a technique.
_SECTION_BY_KEYWORD: tuple[tuple[str, str], ...] = (
    ("homework|assignment|between[- ]session|take[- ]home", "homework"),
    ("topic|concern|issue|theme", "topics"),
    ("technique|exercise|intervention|skill|strateg|method|tool", "techniques"),
    ("insight|takeaway|learning|realization|realisation", "insights"),
    ("helpful|important|progress|strength|went well", "helpful"),
    ("note|comment|observation", "notes"),
    ("summary|overview", "container"),
)
_BULLET = r"^[ \t]*(?:[-*\u2022\u25e6]|\d+[.)])[ \t]+"
_TITLE = r"^[ \t]*(?:\d+[.)][ \t]*|#+[ \t]*)?(\p{L}[^:]{0,80}?)[ \t]*:[ \t]*(.*)$"
SUMMARY_DTYPE = pl.Struct({key: pl.List(pl.String) for key in SECTION_KEYS})


def _section_key(title: pl.Expr) -> pl.Expr:
    lowered = title.str.to_lowercase()
    by_keyword = [pl.when(lowered.str.contains(pattern)).then(pl.lit(key)) for pattern, key in _SECTION_BY_KEYWORD]
    return pl.coalesce(*by_keyword, pl.lit("other"))


def summarise_headers(header_lines: pl.DataFrame) -> pl.DataFrame:
    """`header_lines(source_id, segment, line_no, line)` -> `(source_id, segment, summary_text, summary)`."""
    is_bullet = pl.col("line").str.contains(_BULLET)
    is_numbered = pl.col("line").str.contains(r"^[ \t]*\d+[.)]")
    title = pl.col("line").str.extract(_TITLE, 1)
    inline = pl.col("line").str.extract(_TITLE, 2)
    # A numbered line is a title only when nothing follows its colon ("1. Main topics:");
    # "1. Breathing: in for four" is an item of the current section.
    is_title = title.is_not_null() & (~is_bullet | (is_numbered & (inline == "")))
    classified = (
        header_lines.filter(pl.col("line").str.strip_chars() != "")
        # Markdown emphasis around titles (`**Main topics:**`) says nothing about structure.
        .with_columns(pl.col("line").str.replace_all(r"\*\*|__", ""))
        .with_columns(
            is_title.alias("is_title"),
            title.str.strip_chars().alias("title"),
            inline.str.strip_chars().alias("inline"),
        )
        .with_columns(
            pl.when(pl.col("is_title")).then(_section_key(pl.col("title"))).alias("section"),
            pl.when(pl.col("is_title")).then(pl.col("title")).alias("section_title"),
        )
        .with_columns(
            pl.col("section", "section_title").forward_fill().over("source_id", "segment"),
        )
        .with_columns(
            pl.when(pl.col("is_title"))
            .then(pl.col("inline"))
            .otherwise(pl.col("line").str.replace(_BULLET, "").str.strip_chars())
            .alias("item"),
            pl.col("section").fill_null("other").replace("container", "other"),
        )
        .filter(pl.col("item").is_not_null() & (pl.col("item") != ""))
        .with_columns(
            pl.when(pl.col("section") == "other")
            .then(pl.concat_str(pl.col("section_title").fill_null("Header"), pl.lit(": "), pl.col("item")))
            .otherwise(pl.col("item"))
            .alias("item")
        )
    )
    sections = classified.group_by("source_id", "segment", maintain_order=True).agg(
        *[pl.col("item").filter(pl.col("section") == key).alias(key) for key in SECTION_KEYS]
    )
    texts = header_lines.group_by("source_id", "segment", maintain_order=True).agg(
        pl.col("line").str.join("\n").str.strip_chars().alias("summary_text")
    )
    return (
        texts.filter(pl.col("summary_text") != "")
        .join(sections, on=["source_id", "segment"], how="left", maintain_order="left")
        .select(
            "source_id",
            "segment",
            "summary_text",
            pl.struct(*[pl.col(key).fill_null(pl.lit([], dtype=pl.List(pl.String))) for key in SECTION_KEYS])
            .cast(SUMMARY_DTYPE)
            .alias("summary"),
        )
    )
