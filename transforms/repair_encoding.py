"""Repair mojibake line by line, running ftfy only where a vectorised test finds a suspect.

UTF-8 read as Windows-1252 or Latin-1 turns every multi-byte character into a lead character
(U+00C2..U+00F4: `Â`, `Ã`, `â`...) followed by a continuation character (U+0080..U+00BF or one
of the Windows-1252 specials such as `€`, `™`, `”`). That pair almost never occurs in clean
text, so matching it is a cheap, high-recall filter; ftfy then decides, and a line it leaves
unchanged is not a defect.
"""

from __future__ import annotations

import ftfy
import polars as pl

_CP1252_SPECIALS = (
    r"\x{0152}\x{0153}\x{0160}\x{0161}\x{0178}\x{017D}\x{017E}\x{0192}\x{02C6}\x{02DC}"
    r"\x{2013}\x{2014}\x{2018}-\x{201E}\x{2020}-\x{2022}\x{2026}\x{2030}\x{2039}\x{203A}\x{20AC}\x{2122}"
)
MOJIBAKE_SUSPECT = rf"[\x{{00C2}}-\x{{00F4}}][\x{{0080}}-\x{{00BF}}{_CP1252_SPECIALS}]"
REPLACEMENT_CHAR = "\ufffd"


def fix_mojibake(text: str) -> str:
    # fix_encoding only undoes codec mix-ups; fix_text would also uncurl quotes and
    # change other characters the author meant.
    return ftfy.fix_encoding(text)


def repair_lines(lines: pl.DataFrame) -> tuple[pl.DataFrame, pl.DataFrame]:
    """`lines(source_id, line_no, line)` -> (repaired lines, `repairs(source_id, line_no, before, after)`)."""
    suspects = lines.filter(pl.col("line").str.contains(MOJIBAKE_SUSPECT))
    repairs = suspects.select(
        "source_id",
        "line_no",
        pl.col("line").alias("before"),
        pl.col("line").map_elements(fix_mojibake, return_dtype=pl.String).alias("after"),
    ).filter(pl.col("before") != pl.col("after"))
    repaired = (
        lines.join(
            repairs.select("source_id", "line_no", "after"),
            on=["source_id", "line_no"],
            how="left",
            maintain_order="left",
        )
        .with_columns(pl.coalesce("after", "line").alias("line"))
        .drop("after")
    )
    return repaired, repairs


def undecodable_lines(lines: pl.DataFrame) -> pl.DataFrame:
    """Lines where the decoder had to put U+FFFD for bytes no codec explained."""
    return lines.filter(pl.col("line").str.contains(REPLACEMENT_CHAR, literal=True))
