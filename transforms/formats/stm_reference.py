"""NIST STM reference transcripts (the segment lists speech-recognition scoring reads, `sclite`) -> sessions and turns.

    ;; reference transcript, session 14
    s14_tele 1 counsellor_KD 3.210 6.110 <o,f0,female> hi sam can you hear me okay
    s14_tele 1 client_14 6.510 10.610 <o,f0,male> yeah i can hear you fine
    s14_tele 1 inter_segment_gap 10.610 11.000 <o,,unknown>

A line is `<recording> <channel> <speaker> <begin> <end> [<labels>] <words>`: a turn of that speaker at its own line,
`timestamp` its begin time in seconds as written, the labels (`<o,f0,female>`) and channel in `source_labels`. A
recording is a session (a telephone reference puts each party on its own channel: one call), in order of first
appearance, its turns in order of their begin times. Lines starting `;;` are comments: the session's header
(the first recording's, when they stand above it). A gap between segments (`inter_segment_gap`, `excluded_region`)
and a segment marked `ignore_time_segment_in_scoring` are no speech and no stray text. Any other line is stray text
(an `unparseable_line`): a segment with its times missing is not read into someone's turn.

`speaker`: the speaker id as written (`counsellor_KD`); `role`: the alias table's reading of a role word inside it
(`client_14` -> client, see irc_log.role_word), else `unknown` (left to role inference).

Detection (`looks_like_stm`): at least three segment lines, most of the lines that are no comment, most of them of
the same recording as the line before.
"""

from __future__ import annotations

import json
import re
from itertools import pairwise

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.chat_cha import TURN_COLUMNS, build_parsed
from transforms.formats.irc_log import role_word

_SEGMENT = re.compile(
    r"^(?P<recording>\S+)[ \t]+(?P<channel>\S+)[ \t]+(?P<speaker>\S+)[ \t]+(?P<begin>\d+(?:\.\d+)?)[ \t]+"
    r"(?P<end>\d+(?:\.\d+)?)(?:[ \t]+(?P<labels><[^<>\n]*>))?(?:[ \t]+(?P<words>.*?))?[ \t]*$"
)
_COMMENT = ";;"
# Segments that hold no speech: the gaps between turns and regions left out of scoring.
_NO_SPEECH_SPEAKERS = frozenset({"inter_segment_gap", "excluded_region"})
_NO_SPEECH_WORDS = frozenset({"ignore_time_segment_in_scoring"})
_MIN_SEGMENTS = 3
_MIN_SEGMENT_SHARE = 0.8
_SAMPLE_LINES = 200


def looks_like_stm(body: str) -> bool:
    lines = [line for line in body.split("\n", _SAMPLE_LINES)[:_SAMPLE_LINES] if line.strip()]
    content = [line for line in lines if not line.lstrip().startswith(_COMMENT)]
    recordings = [found.group("recording") for line in content if (found := _SEGMENT.match(line.rstrip("\r")))]
    # A recording's segments run on line after line: a table printed with a row number first (`0  T  1.5  2.0 ...`)
    # changes its first field every line.
    same_as_before = sum(1 for a, b in pairwise(recordings) if a == b)
    return (
        len(recordings) >= _MIN_SEGMENTS
        and len(recordings) >= _MIN_SEGMENT_SHARE * len(content)
        and same_as_before >= _MIN_SEGMENT_SHARE * (len(recordings) - 1)
    )


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    sessions: list[tuple[str, int, int, int, str | None]] = []
    turns: list[dict[str, object]] = []
    headers: list[tuple[str, int, int, str]] = []
    strays: list[tuple[str, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        first_session = len(sessions)
        segments: dict[str, int] = {}
        rows: list[dict[str, object]] = []
        comments: list[tuple[int, str]] = []
        counts: dict[int, int] = {}
        for line_no, raw in enumerate(text.lstrip("\ufeff").split("\n"), start=1):
            line = raw.rstrip("\r")
            if not line.strip():
                continue
            if line.lstrip().startswith(_COMMENT):
                comments.append((line_no, line))
                continue
            found = _SEGMENT.match(line)
            if found is None:
                strays.append((source_id, line_no, line))
                continue
            words = (found.group("words") or "").strip()
            if found.group("speaker") in _NO_SPEECH_SPEAKERS or words.lower() in _NO_SPEECH_WORDS:
                continue
            key = found.group("recording")
            if key not in segments:
                segments[key] = len(segments)
                sessions.append((source_id, segments[key], segments[key], line_no, json.dumps({"recording": key})))
            labels = {"channel": found.group("channel")} | (
                {"stm_labels": found.group("labels")} if found.group("labels") else {}
            )
            rows.append(
                {
                    "source_id": source_id,
                    "segment": segments[key],
                    "source_turn_index": 0,
                    "source_line": line_no,
                    "speaker": found.group("speaker"),
                    "_role_word": role_word(found.group("speaker")),
                    "text": words,
                    "timestamp": found.group("begin"),
                    "source_labels": json.dumps(labels),
                    "_begin": float(found.group("begin")),
                }
            )
        # A session's turns in time order (the channels of one call may be listed one after the other).
        rows.sort(key=lambda row: (int(str(row["segment"])), float(str(row["_begin"])), int(str(row["source_line"]))))
        for row in rows:
            del row["_begin"]
            segment = int(str(row["segment"]))
            row["source_turn_index"] = counts.get(segment, 0)
            counts[segment] = counts.get(segment, 0) + 1
        turns.extend(rows)
        # Comments describe the recording: the first session's header, or the session they stand in.
        first_lines = sorted((line, segment) for _, segment, _, line, _ in sessions[first_session:])
        for line_no, line in comments:
            segment = next((s for start, s in reversed(first_lines) if start <= line_no), 0)
            headers.append((source_id, segment, line_no, line))
    return build_parsed(sessions, turns, headers, strays, TURN_COLUMNS)
