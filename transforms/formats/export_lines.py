"""Wrappers that caption files and chat exports put around `Label: text` lines, taken off before parsing.

- Captions (WebVTT from Zoom or Teams, SubRip `.srt`, YouTube's `.sbv`): a cue is an optional identifier line
  (SubRip's cue number), a timing line `00:01:02.500 --> 00:01:05.000` (SBV: `0:00:01.500,0:00:05.300`), then its
  text. Broadcast captions mark a new speaker with `>>`, taken off. The identifier, the timing and
  a `WEBVTT` header are not what anyone said: left in, they would be glued into the previous turn's text.
  The cue's start time becomes the timestamp of a turn that starts on the cue's first text line.
  Teams writes the speaker as a voice tag, `<v Dr Lee>text</v>`, which becomes `Dr Lee: text`.
- A meeting tool's `Name started transcription` / `stopped recording` notice is bookkeeping too, dropped with the cues,
  as are a printed transcript's page numbers and `Page 3 of 12` footers alone on their lines.
- Markdown quotes (`> Therapist: ...`, a chat pasted into notes): when most non-blank lines of a file
  are quoted, the `>` markers go, so the labels behind them are seen.
- Speaker lines without a colon, the speech on the lines below: Otter-style `Speaker 1  0:17` (a name and
  a clock; the clock becomes the turn's timestamp), a bare role on a line of its own (`THERAPIST`, as
  scripts and some exports write it) and a name alone above indented speech (a word-processor export).
  Each becomes `Name:` so the plain-text rules take it as a label.
  Only when a file has at least two such lines, each after a blank line (or the file's start) and before
  text: a lone "Monday 10:30" or "Client" inside a turn stays text.

Lines keep their numbers (a dropped line leaves a gap), so `source_line` still points into the file.
"""

from __future__ import annotations

import polars as pl

from transforms.formats.base import SESSION_HEADING
from transforms.regex_parts import NAME_LETTERS
from transforms.speakers import with_label_roles

_CLOCK = r"(?:\d{1,2}:)?\d{1,2}:\d{2}[.,]\d{1,3}"
# (YouTube's SBV writes `0:00:01.500,0:00:05.300`.)
# (A video editor's text export, Premiere's: SMPTE timecodes with frames, `00:00:02:00 - 00:00:07:16`.)
_TIMECODE = r"\d{1,2}:\d{2}:\d{2}[:;]\d{2}"
CUE_TIMING = (
    rf"^[ \t]*({_CLOCK}|{_TIMECODE})(?:[ \t]+-->[ \t]+{_CLOCK}(?:[ \t].*)?|,{_CLOCK}[ \t]*"
    rf"|[ \t]+[-\u2013][ \t]+{_TIMECODE}[ \t]*)$"
)
# Broadcast captions mark a change of speaker with `>>` (`>> MAYA: Hi Tom`), taken off in caption files.
_SPEAKER_CHANGE = r"^[ \t]*>>+[ \t]*"
_VTT_HEADER = r"^\ufeff?WEBVTT(?:[ \t].*)?$"
# `<v Name>` or `<v.class Name>`; the closing `</v>` is optional in WebVTT.
_VOICE_TAG = r"^[ \t]*<v(?:\.[\w.\-]+)*[ \t]+([^>\n]{1,60})>(.*?)(?:</v>)?[ \t]*$"
_QUOTE = r"^[ \t]*>[ \t]?"
# A meeting tool's notice, `Helen Marsh started transcription` (Teams): the export's bookkeeping, like a cue.
# Google Meet's `Meeting ended after 00:12:41`, a tool's `Sam joined the meeting` too.
_RECORDING_NOTICE = (
    r"(?i)^[ \t]*(?:\p{Lu}[^\n:]{0,60}?[ \t](?:started|stopped|paused|resumed)[ \t]+(?:transcription|recording)"
    r"|meeting ended after[ \t]+[\d:]{4,8}|\p{Lu}[^\n:]{0,60}?[ \t](?:joined|left)[ \t]+the[ \t]+(?:meeting|call)"
    # ... and a recorded role-play's `CUT`, in capitals alone on its line, where the take stops.
    r"|(?-i:CUT))"
    r"\.?[ \t]*[^\p{L}\p{N}\n]{0,8}[ \t]*$"
)
# A page's number or running footer from a printed or PDF transcript, alone on its line: `Page 3 of 12`, `- 3 -`,
# `3/12`, a form feed, or a bare number pushed far right (`                                   2`, as court
# reporters number pages). Left in, it would be glued into the turn the page break interrupts.
_PAGE_MARK = (
    # ... or a printed book's page bracketed, `[p. 48]`, `(page 12)`, `[pp. 48-49]`.
    r"(?i)^(?:[ \t]*[\[(][ \t]*(?:p|pp|pg|page)\.?[ \t]*\d{1,4}(?:[ \t]*[-\u2013][ \t]*\d{1,4})?[ \t]*[\])]"
    r"|[ \t]*(?:page[ \t]+\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?|-[ \t]*\d{1,4}[ \t]*-"
    r"|\d{1,4}[ \t]*/[ \t]*\d{1,4})|[ \t]{20,}\d{1,4}|[ \t]*\f[ \t]*)[ \t]*$"
)
_BARE_PAGE_NUMBER = r"^[ \t]*\d{1,4}[ \t]*$"
# A page's running header or footer (`Session 4 - Confidential`, `Transcript: client 0412`) is a line printed again
# at every page break: the same text, at least this many times, each within _RUNNING_REACH lines of a page mark.
# (Its first printing, away from any page mark, is the document's title and stays.)
_MIN_RUNNING_PRINTS = 2
_LABELLED_LINE = rf"^[ \t]*(?:\*\*|__)?[\p{{L}}][{NAME_LETTERS} .'\-]{{0,30}}(?:\*\*|__)?[ \t]*:[ \t]*\S"
_NUMBERED_PAGE_HEADER = (
    r"(?i)^[^:\n]{0,100}[\-\u2013\u2014|\u00b7][ \t]*(?:page|p\.)[ \t]*\d{1,4}(?:[ \t]*(?:of|/)[ \t]*\d{1,4})?[ \t]*$"
)
_RUNNING_REACH = 3
_MIN_SESSION_HEADER_PRINTS = 3
# The title's printings, its first one included, that make it a running header; a title is at least this many words.
_MIN_TITLE_PRINTS = 3
_MIN_TITLE_WORDS = 5
# A page's number in a style _PAGE_MARK does not know, on the line above a reprinted title: one short token.
_SHORT_PAGE_MARK = r"^[ \t]*[\p{L}\p{N}][\p{L}\p{N}.\-\u2013]{0,7}[ \t]*$"
# f4/f5transkript (and MAXQDA's import of it) close each paragraph with its time mark, `#00:01:03-6#`: the turn's
# time, not its words.
_F4_MARK = r"[ \t]*#(\d{1,2}:\d{2}:\d{2}(?:[-.,]\d{1,3})?)#[ \t]*$"
# A clock alone on its line, `[00:02:00]`: a chunked transcript's time mark between turns, not speech.
_LONE_CLOCK = r"^[ \t]*[\[(]?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[\])]?[ \t]*$"
# A margin line number, `  12  I:  Can you say more?` / `  13      about that?` (a coding frame's numbering):
# taken off when at least _MIN_MARGIN_SHARE of a file's non-blank lines from the first numbered one carry one, each
# one more than the last.
_MARGIN_NUMBER = r"^[ \t]*(\d{1,5})[ \t]{2,}"
_MIN_MARGIN_SHARE = 0.8
_MIN_MARGIN_LINES = 3
# One to three capitalised words or numbers (`Speaker 1`, `Dr Lee`), then a clock and nothing else.
_NAME = r"\p{Lu}[\p{L}\p{M}\d'.\-]*(?:[ \t]+[\p{Lu}\d][\p{L}\p{M}\d'.\-]*){0,2}"
# Before a clock, Teams writes `Surname, Firstname`, and a role in parentheses may follow: `Lee, Jane (Counsellor)
# 0:03`. (Not for a name alone on its line: a script's `KIT (CONT'D)` continues Kit's speech.)
_CLOCKED_NAME = r"\p{Lu}[\p{L}\p{M}\d'.\-]*,?(?:[ \t]+[\p{Lu}\d][\p{L}\p{M}\d'.\-]*){0,2}(?:[ \t]+\([^()\n]{1,30}\))?"
# The clock may be bracketed or after a dash (`Therapist - 00:00:05`, `Speaker 1 [00:00:05]`), or come first
# (`[00:00:05] Therapist`).
_SPEAKER_CLOCK = r"[\[(]?((?:\d{1,2}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)[\])]?"
# A messaging platform's history puts the day before the clock, after a middle dot: `Bryony S. (Counsellor) · Mon 10
# Mar 2025, 09:14`.
_SPEAKER_DAY = (
    r"(?:(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun)[a-z]{0,6}\.?,?[ \t]+)?(?:\d{1,2}[ \t]+\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{4}|"
    r"\p{Lu}\p{Ll}{2,8}\.?[ \t]+\d{1,2},?[ \t]+\d{4}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}),?[ \t]+(?:at[ \t]+)?"
)
# A messaging platform's read receipt under a message, `Read by Bryony S.`, `Seen 21:04`, `Not yet read`: only in a
# history whose messages open with their sender and time (elsewhere "Not yet read." may be someone's words).
_READ_RECEIPT = (
    r"^[ \t]*(?:(?:Read|Seen)[ \t]+(?:by[ \t]+\p{Lu}[\p{L}.'\-]*(?:[ \t]+\p{Lu}[\p{L}.'\-]*){0,2}|(?:at[ \t]+)?"
    r"\d{1,2}:\d{2})|Not yet read)[ \t]*$"
)
_NAME_AND_CLOCK = (
    rf"^[ \t]*({_CLOCKED_NAME})[ \t]+(?:[-\u2013\u2014|\u00b7\u2022][ \t]+)?(?:{_SPEAKER_DAY})?{_SPEAKER_CLOCK}[ \t]*$"
)
_CLOCK_AND_NAME = rf"^[ \t]*{_SPEAKER_CLOCK}[ \t]+(?:[-\u2013\u2014|][ \t]+)?({_CLOCKED_NAME})[ \t]*$"
_NAME_ALONE = rf"^[ \t]*({_NAME})[ \t]*$"
# A transcript written for screen readers or read aloud names each speech in a sentence: `At 1 minute 7 seconds,
# Maya (counsellor) says:`, `Tom (client) asks:`; the speech follows on the next lines.
_SAYS_LINE = (
    rf"^[ \t]*(?:At[ \t]+([^,\n]{{1,40}}),[ \t]*)?({_CLOCKED_NAME})[ \t]+"
    r"(?:says|said|asks|asked|replies|replied|answers|answered|continues|adds)[ \t]*:[ \t]*$"
)
# A role word alone on its line, optionally in bold: known roles only (the alias table decides).
# (A chat tool's Markdown export heads each message with its role: `### User`, `## Assistant`, or ChatGPT
# Exporter's `## Prompt:` / `## Response:`, a colon after the heading's word.)
_BARE_LABEL = (
    rf"^[ \t]*(?:#{{1,6}}[ \t]+)?(?:\*\*|__)?(\p{{L}}[{NAME_LETTERS} .\-]{{0,30}}?)(?:\*\*|__)?[ \t]*"
    r"(?:[:\uff1a][ \t]*)?$"
)
# A file needs this many speaker lines of one kind before they are read as labels.
_MIN_SPEAKER_LINES = 2
# A file is a quoted export when at least this share of its non-blank lines are quoted: a stray
# `> ` quote inside an ordinary transcript stays as written.
_MIN_QUOTED_SHARE = 0.8


def unwrap(lines: pl.DataFrame) -> pl.DataFrame:
    """`lines(source_id, line_no, line)` -> the same without cue lines, plus `cue_start` (the start
    time of the cue whose first text line this is, else null) and `speaker_line` (a speaker line rewritten as
    `Name:`)."""
    is_timing = pl.col("line").str.contains(CUE_TIMING)
    non_blank = pl.col("line").str.strip_chars() != ""
    is_quoted = pl.col("line").str.contains(_QUOTE)
    quoted_share = (is_quoted & non_blank).sum().over("source_id") / non_blank.sum().over("source_id").clip(1)
    margin = pl.col("line").str.extract(_MARGIN_NUMBER, 1).cast(pl.Int64, strict=False)
    numbered = margin.filter(margin.is_not_null())
    # (Counted from the first numbered line: a title and a key may stand above the numbering.)
    numbered_part = non_blank & (margin.is_not_null().cum_sum().over("source_id") > 0)
    margined = (numbered.diff() == 1).sum().over("source_id") + 1 >= _MIN_MARGIN_SHARE * numbered_part.sum().over(
        "source_id"
    )
    receipt = pl.col("line").str.contains(_READ_RECEIPT)
    # (The sender-and-clock pattern is read only in files that hold a receipt: _speaker_lines reads it on every line
    # later, and a second pass over every file's lines would cost that again for the few message histories.)
    sender_clock_lines = (
        pl.when(receipt.any().over("source_id"))
        .then(pl.col("line"))
        .otherwise(pl.lit(""))
        .str.contains(_NAME_AND_CLOCK)
        .any()
        .over("source_id")
    )
    page_mark = pl.col("line").str.contains(_PAGE_MARK) | (
        # ... and a bare page number at the foot of a page, after the page's last paragraph (pdftotext's `3` between
        # a blank line and the next page's header); in captions such a number is the cue's.
        pl.col("line").str.contains(_BARE_PAGE_NUMBER)
        & ~pl.col("line").shift(1).over("source_id").str.contains(r"\S").fill_null(False)
        # (Not the answer under a label alone on its line, `Client:` then `8`.)
        & ~pl.col("line").shift(2).over("source_id").str.contains(r":[ \t]*$").fill_null(False)
        & ~is_timing.any().over("source_id")
    )
    near_page = pl.any_horizontal(
        page_mark.shift(offset).over("source_id").fill_null(False)
        for offset in range(-_RUNNING_REACH, _RUNNING_REACH + 1)
        if offset
    )
    # (Two steps: a window over a column that is itself a window's result sums to nothing in polars.)
    # (A short labelled line, `CLIENT: Yeah.`, near two page breaks is speech, not a header.)
    printed = (non_blank & near_page & ~page_mark & ~pl.col("line").str.contains(_LABELLED_LINE)).alias("_printed")
    # (A session heading printed twice is two sessions, or a session merged in twice; printed on every page of three
    # or more, `Session 4 - Confidential`, it is the page header.)
    stripped = pl.col("line").str.strip_chars()
    prints = pl.col("_printed").sum().over("source_id", stripped)
    # (The heading's first printing, on the first page, may stand above any page mark.)
    every_page = pl.len().over("source_id", stripped) >= _MIN_SESSION_HEADER_PRINTS
    running = pl.col("_printed") & (
        ((prints >= _MIN_RUNNING_PRINTS) & (~pl.col("line").str.contains(SESSION_HEADING) | every_page))
        # ... or, printed once, a header that numbers its page (`CONFIDENTIAL - R.T. - Session 4 - page 3`).
        | pl.col("line").str.contains(_NUMBERED_PAGE_HEADER)
    )
    # A document's title printed again at the top of each page (`Supplementary Material S2: Example dialogues`), after
    # the page's number in whatever style (`S2-1`, `ii`): a running header, even when it reads like a label.
    title = stripped.filter(non_blank).first().over("source_id")
    before = pl.col("line").shift(1).over("source_id").fill_null("").str.strip_chars()
    title_reprint = (
        (stripped == title)
        & (pl.col("line_no") > pl.col("line_no").filter(non_blank).min().over("source_id"))
        & ((stripped == title).sum().over("source_id") >= _MIN_TITLE_PRINTS)
        & (title.str.count_matches(r"\S+") >= _MIN_TITLE_WORDS)
        & (
            # A title that reads like a label (`Appendix B: Transcripts ...`) only under a page's number: printed
            # again after a blank line, a labelled line is a turn (a loop, each session's same greeting).
            before.str.contains(_SHORT_PAGE_MARK) & before.str.contains(r"\d")
            | ((before == "") & ~title.str.contains(_LABELLED_LINE))
        )
    )
    return (
        lines.with_columns(
            pl.when(margined & (margin.is_not_null().sum().over("source_id") >= _MIN_MARGIN_LINES))
            .then(pl.col("line").str.replace(_MARGIN_NUMBER, ""))
            .otherwise(pl.col("line"))
            .alias("line")
        )
        .with_columns(printed)
        .with_columns(
            is_timing.alias("_timing"),
            pl.col("line").str.contains(_LONE_CLOCK).alias("_lone_clock"),
            pl.coalesce(pl.col("line").str.extract(CUE_TIMING, 1), pl.col("line").str.extract(_LONE_CLOCK, 1)).alias(
                "_start"
            ),
        )
        .with_columns(
            (
                pl.col("_timing")
                | pl.col("_lone_clock")
                | pl.col("line").str.contains(_RECORDING_NOTICE)
                | (receipt & sender_clock_lines)
                | page_mark
                | running
                | title_reprint
                | (
                    title_reprint.shift(-1).over("source_id").fill_null(False)
                    & pl.col("line").str.contains(_SHORT_PAGE_MARK)
                )
                # A cue identifier is the non-blank line right before a timing line.
                | (pl.col("_timing").shift(-1).over("source_id").fill_null(False) & non_blank)
                | ((pl.col("line_no") == 1) & pl.col("line").str.contains(_VTT_HEADER))
            ).alias("_cue_line"),
            pl.col("_start").shift(1).over("source_id").alias("cue_start"),
            pl.when(quoted_share >= _MIN_QUOTED_SHARE)
            .then(pl.col("line").str.replace(_QUOTE, ""))
            .when(pl.col("_timing").any().over("source_id"))
            .then(pl.col("line").str.replace(_SPEAKER_CHANGE, ""))
            .otherwise(pl.col("line"))
            .alias("line"),
        )
        .filter(~pl.col("_cue_line"))
        .with_columns(
            pl.coalesce(pl.col("cue_start"), pl.col("line").str.extract(_F4_MARK, 1)).alias("cue_start"),
            pl.col("line").str.replace(_F4_MARK, "").str.replace(_VOICE_TAG, "${1}: ${2}").alias("line"),
        )
        .drop("_timing", "_lone_clock", "_start", "_cue_line", "_printed")
        .pipe(_speaker_lines)
    )


def _speaker_lines(lines: pl.DataFrame) -> pl.DataFrame:
    """`Speaker 1  0:17` and bare `THERAPIST` lines (see the module docstring) rewritten as `Name:`."""
    blank = pl.col("line").str.strip_chars() == ""
    # After a blank line or at the file's start, and followed by text: how a speaker line sits in a file.
    after_blank = blank.shift(1).over("source_id").fill_null(True)
    framed = after_blank & ~blank.shift(-1).over("source_id").fill_null(True)
    clock_line = pl.col("line").str.contains(_NAME_AND_CLOCK) | pl.col("line").str.contains(_CLOCK_AND_NAME)
    clocked = framed & clock_line
    clocked_name = pl.coalesce(
        pl.col("line").str.extract(_NAME_AND_CLOCK, 1), pl.col("line").str.extract(_CLOCK_AND_NAME, 2)
    )
    clock = pl.coalesce(pl.col("line").str.extract(_NAME_AND_CLOCK, 2), pl.col("line").str.extract(_CLOCK_AND_NAME, 1))
    # A word-processor export: the name on its own line, the speech indented below it.
    indented = (
        framed
        & pl.col("line").str.contains(_NAME_ALONE)
        & pl.col("line").shift(-1).over("source_id").str.contains(r"^(?:\t|[ ]{2,})\S").fill_null(False)
    )
    said = framed & pl.col("line").str.contains(_SAYS_LINE)
    # A caption whose first line is a name alone, its words below (Premiere's text export names each cue's speaker).
    cue_named = (
        pl.col("cue_start").str.contains(rf"^{_TIMECODE}$").fill_null(False)
        & pl.col("line").str.contains(_NAME_ALONE)
        & ~pl.col("line").str.contains(r"[.!?,]\s*$")
        & ~blank.shift(-1).over("source_id").fill_null(True)
    )
    bare_name = pl.col("_bare_name")
    # Known roles only: role_of says `unknown` for anything else (a one-word paragraph, a heading).
    bare = framed & (pl.col("_bare_role") != "unknown")
    many = _MIN_SPEAKER_LINES
    return (
        lines.with_columns(pl.col("line").str.extract(_BARE_LABEL, 1).alias("_bare_name"))
        .pipe(with_label_roles, "_bare_name", "_bare_role")
        .with_columns(
            # Once a file's speech sits under such lines, one with nothing under it is a segment left empty (a
            # speaker heard, no words typed): an empty turn, not text of the turn above.
            (after_blank & clock_line & (clocked.sum().over("source_id") >= many)).alias("_clocked"),
            (bare & (bare.sum().over("source_id") >= many)).alias("_bare"),
            (indented & (indented.sum().over("source_id") >= many)).alias("_indented"),
            (said & (said.sum().over("source_id") >= many)).alias("_said"),
            (cue_named & (cue_named.sum().over("source_id") >= many)).alias("_cue_named"),
        )
        .with_columns(
            pl.when(pl.col("_clocked"))
            .then(clock)
            .when(pl.col("_said"))
            .then(pl.coalesce(pl.col("line").str.extract(_SAYS_LINE, 1), pl.col("cue_start")))
            .otherwise(pl.col("cue_start"))
            .alias("cue_start"),
            # `Lee, Jane` loses its comma, which no label may hold (`Well, I think: ...` is speech).
            pl.when(pl.col("_clocked"))
            .then(clocked_name.str.replace(r"^([^,\s]+),", "$1") + ":")
            .when(pl.col("_bare"))
            .then(bare_name.str.strip_chars() + ":")
            .when(pl.col("_indented") | pl.col("_cue_named"))
            .then(pl.col("line").str.strip_chars().str.replace(r"^([^,\s]+),", "$1") + ":")
            .when(pl.col("_said"))
            .then(pl.col("line").str.extract(_SAYS_LINE, 2).str.replace(r"^([^,\s]+),", "$1") + ":")
            .otherwise(pl.col("line"))
            .alias("line"),
            # The layout already says these lines are speakers: a name seen once among them is one too.
            (pl.col("_clocked") | pl.col("_bare") | pl.col("_indented") | pl.col("_said") | pl.col("_cue_named")).alias(
                "speaker_line"
            ),
        )
        .drop("_clocked", "_bare", "_indented", "_said", "_cue_named", "_bare_name", "_bare_role")
    )
