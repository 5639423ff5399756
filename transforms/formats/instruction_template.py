"""Instruction-tuning records rendered as text with the Alpaca template: a preamble ("Below is an instruction that
describes a task..."), `### Instruction:` and `### Input:` sections holding the dataset's prompt, then `### Response:`
and what the model wrote, records apart by `<|endoftext|>` or the next preamble.

The prompt is the record's, not anyone's speech, and the headings and the end token are the format's furniture:
their lines are read as blank (a prompt section that holds a dialogue of its own, the history an Input gives, is
read), and each record starts a session (a break line where its `### Instruction:` stands). What the model wrote
under `### Response:` is read as any text is (its "Sure! Here's a session:" is then an artefact outside the turns). A
file is read so only when it opens with the template and has a Response heading; a chat exporter's bare
`## Response:` headings stay speakers, and a model's output that runs on into an `### Instruction:` of its own is an
artefact in a turn.
"""

from __future__ import annotations

import polars as pl

from transforms.formats.base import SESSION_BREAK

_HEADING = r"(?i)^[ \t]*#{2,4}[ \t]*(instruction|input|response|output)[ \t]*:[ \t]*$"
_PREAMBLE = r"(?i)^[ \t]*below is an instruction\b"
_END_TOKEN = r"^[ \t]*(?:<\|endoftext\|>|<\|end_of_text\|>|</s>)[ \t]*$"
_LABELLED = r"^[ \t]*\p{Lu}[\p{L}.'\-]*(?:[ \t][\p{L}.'\-]+)?[ \t]*:[ \t]+\S"
_MIN_DIALOGUE_LINES = 2


def instruction_template_view(lines: pl.DataFrame) -> pl.DataFrame:
    """`lines(source_id, line_no, line, ...)` in file order -> the same with each Alpaca-rendered file's prompt,
    headings and end tokens blanked and a break line at each record's start."""
    heading = pl.col("line").str.extract(_HEADING, 1).str.to_lowercase()
    if not lines.get_column("line").str.contains(_HEADING).any():
        return lines
    marked = lines.with_columns(heading.alias("_heading"))
    # The file opens with the template (its preamble or its first heading), and has a response heading: a model's
    # output that runs on into a `### Instruction:` of its own after its turns is an artefact in a turn (meta_text).
    first_line = pl.col("line").filter(pl.col("line").str.strip_chars() != "").first().over("source_id")
    templated = (
        first_line.str.contains(_PREAMBLE) | (first_line.str.extract(_HEADING, 1).str.to_lowercase() == "instruction")
    ) & pl.col("_heading").is_in(["response", "output"]).any().over("source_id")
    # (A source whose lines are all blank has no first line: not templated.)
    templated = templated.fill_null(False)
    section = pl.col("_heading").forward_fill().over("source_id")
    # A prompt section is blanked unless it holds a dialogue itself (two `Label: text` lines or more: the history an
    # Input gives the model to answer), which is speech like the response's.
    record = (pl.col("_heading") == "instruction").fill_null(False).cum_sum().over("source_id")
    dialogue_lines = pl.col("line").str.contains(_LABELLED).sum().over("source_id", record, section)
    furniture = (
        pl.col("_heading").is_not_null()
        | (section.is_in(["instruction", "input"]) & (dialogue_lines < _MIN_DIALOGUE_LINES))
        | pl.col("line").str.contains(_PREAMBLE)
        | pl.col("line").str.contains(_END_TOKEN)
    )
    return marked.with_columns(
        pl.when(~templated)
        .then(pl.col("line"))
        .when(pl.col("_heading") == "instruction")
        .then(pl.lit(SESSION_BREAK))
        .when(furniture)
        .then(pl.lit(""))
        .otherwise(pl.col("line"))
        .alias("line")
    ).drop("_heading")
