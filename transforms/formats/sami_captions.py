"""SAMI captions (`.smi`, Microsoft's Synchronized Accessible Media Interchange, still what many training-video and
broadcast caption tools export) -> sessions and turns.

    <SAMI><HEAD>...<STYLE>...</STYLE></HEAD><BODY>
    <SYNC Start=5515><P Class=ENGBCC>THERAPIST: Hello, Mr Alder. Come in, and take whichever<br>chair feels steadiest.
    <SYNC Start=11785><P Class=ENGBCC>&nbsp;
    <SYNC Start=12685><P Class=ENGBCC>MR ALDER: This one. The one with arms.

Each `<SYNC>` caption's text (up to the next `<SYNC>`, its first language's `<P>` only; tags off, `<br>` a space,
entities read) is a text line on its `<SYNC>` tag's line, read with the plain-text rules (derived_lines.py): a
`NAME:` label opens a turn, a caption without one continues the turn before, as a text file's continuation line
does. A caption that clears the screen (`&nbsp;`)
and a caption of a sound alone (`[DOOR CLOSES]`) are nobody's words and no text line; the `<HEAD>` (title, style
sheet) is markup, like an HTML page's head.

Detection (detect.py, `looks_like_sami`): a `<SAMI>` root and a `<SYNC` tag.
"""

from __future__ import annotations

import html
import re

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.derived_lines import parse_derived_lines

_ROOT = re.compile(r"(?i)\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)?<sami\b")


def looks_like_sami(body: str) -> bool:
    return bool(_ROOT.match(body[:2000])) and "<sync" in body[:20_000].lower()


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    # Each caption runs from its `<SYNC>` to the next (its `<P>` may stand on the line below, its `<br>` split it over
    # lines): the text is cut at every `<SYNC`, each piece on the line its tag stands on.
    pieces = (
        files.select(
            "source_id",
            pl.col("text")
            .str.strip_prefix("\ufeff")
            .str.replace(r"(?is)</body>.*$", "")
            .str.replace_all(r"(?i)<sync\b", "\x00<SYNC")
            .str.split("\x00")
            .alias("piece"),
        )
        .explode("piece")
        .with_columns(
            (pl.col("piece").str.count_matches("\n").cum_sum().shift(1, fill_value=0).over("source_id") + 1).alias(
                "line_no"
            )
        )
        .filter(pl.col("piece").str.starts_with("<SYNC"))
    )
    # A caption in several languages holds a `<P>` per language class: the first is read, as a player shows one.
    text = (
        pl.col("piece")
        .str.replace(r"(?is)^<SYNC[^>]*>", "")
        .str.replace(r"(?is)^(\s*<p\b[^>]*>.*?)<p\b.*$", "$1")
        .str.replace_all(r"(?i)<br\s*/?>", " ")
        .str.replace_all(r"<[^>]*>", "")
        .str.replace_all(r"\s+", " ")
        .str.strip_chars()
    )
    captions = pieces.with_columns(text.alias("caption"))
    with_entities = captions.filter(pl.col("caption").str.contains("&"))
    if with_entities.height:
        # Entities are rare (`&nbsp;` captions aside): html.unescape on those captions only.
        unescaped = with_entities.with_columns(
            pl.col("caption").map_elements(html.unescape, return_dtype=pl.String).str.strip_chars()
        )
        captions = pl.concat([captions.filter(~pl.col("caption").str.contains("&")), unescaped]).sort(
            "source_id", "line_no"
        )
    kept = captions.filter(
        (pl.col("caption").str.strip_chars() != "") & ~pl.col("caption").str.contains(r"^\[[^\[\]]*\]$")
    )
    return parse_derived_lines(kept.select("source_id", "line_no", "caption").rows(), config)
