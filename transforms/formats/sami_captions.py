"""SAMI captions (`.smi`, Microsoft's Synchronized Accessible Media Interchange, still what many training-video and
broadcast caption tools export) -> sessions and turns.

    <SAMI><HEAD>...<STYLE>...</STYLE></HEAD><BODY>
    <SYNC Start=5515><P Class=ENGBCC>THERAPIST: Hello, Mr Alder. Come in, and take whichever<br>chair feels steadiest.
    <SYNC Start=11785><P Class=ENGBCC>&nbsp;
    <SYNC Start=12685><P Class=ENGBCC>MR ALDER: This one. The one with arms.

Each `<SYNC>` caption's text (tags off, `<br>` a space, entities read) is a text line on the caption's own file
line, read with the plain-text rules (derived_lines.py): a `NAME:` label opens a turn, a caption without one
continues the turn before, as a text file's continuation line does. A caption that clears the screen (`&nbsp;`)
and a caption of a sound alone (`[DOOR CLOSES]`) are nobody's words and no text line; the `<HEAD>` (title, style
sheet) is markup, like an HTML page's head.

Detection (detect.py, `looks_like_sami`): a `<SAMI>` root and a `<SYNC` tag.
"""

from __future__ import annotations

import re

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.derived_lines import parse_derived_lines
from transforms.lines import split_lines

_ROOT = re.compile(r"(?i)\A\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)?<sami\b")
_ENTITIES = {"&nbsp;": " ", "&lt;": "<", "&gt;": ">", "&quot;": '"', "&#39;": "'", "&apos;": "'", "&amp;": "&"}


def looks_like_sami(body: str) -> bool:
    return bool(_ROOT.match(body[:2000])) and "<sync" in body[:20_000].lower()


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    text = pl.col("line").str.replace(r"(?i)^.*?<sync\b[^>]*>", "").str.replace_all(r"(?i)<br\s*/?>", " ")
    text = text.str.replace_all(r"<[^>]*>", "")
    for entity, char in _ENTITIES.items():
        text = text.str.replace_all(entity, char, literal=True)
    captions = (
        split_lines(files.select("source_id", pl.col("text").str.strip_prefix("\ufeff")))
        .filter(pl.col("line").str.contains(r"(?i)<sync\b"))
        .with_columns(text.str.strip_chars().alias("caption"))
        .filter((pl.col("caption") != "") & ~pl.col("caption").str.contains(r"^\[[^\[\]]*\]$"))
    )
    return parse_derived_lines(captions.select("source_id", "line_no", "caption").rows(), config)
