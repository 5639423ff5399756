"""Switchboard-style dialogue-act files (SWBD-DAMSL `.utt`, as the Switchboard Dialog Act corpus writes them).

    FILENAME:	hl_0317_c07
    SPEAKER_A:	C07, volunteer listener (counsellor role)
    SPEAKER_B:	caller (client role)
    ==========================================================
    fp          A.1 utt1: Hello, you're through to the carers' line. /
    qw          A.1 utt2: What would you like to talk about tonight? /
    sd          B.2 utt1: {F Uh, } it's my dad. /

A line is `<act tag> <speaker>.<turn number> utt<n>: <words> /`: the utterances of one speaker and turn number are one
turn, at the line of its first utterance, its words the utterances' joined with spaces, each one's closing slash off
(a `-/` keeps its dash: the speaker broke off). The act tags go to `source_labels` (`{"dialogue_acts": ["fp",
"qw"]}`); the transcribers' markup (`{F um, }`, `[ he, + he ]`, `<laughter>`) stays in the text as written. The
`KEY:<tab>value` lines above the rule are the session's metadata; a file is one session.

`speaker`: `Speaker A`; `role`: the alias table's reading of the first role word in that speaker's header line
(`volunteer listener (counsellor role)` -> listener -> therapist), else `unknown` (left to role inference: the
letters are channels, not the alias table's `C` for client). Any other line below the rule is stray text (an
`unparseable_line`).

Detection (`looks_like_dialogue_acts`): at least three utterance lines, most of the non-blank lines after the rule.
"""

from __future__ import annotations

import json
import re

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.chat_cha import TURN_COLUMNS, build_parsed
from transforms.speakers import ROLE_BY_ALIAS

_UTTERANCE = re.compile(r"^(?P<tag>\S+)[ \t]+(?P<speaker>[A-Z])\.(?P<turn>\d+)[ \t]+utt(?P<n>\d+):[ \t]?(?P<words>.*)$")
_HEADER_FIELD = re.compile(r"^(?P<key>[A-Z][A-Z_]*):[ \t]*(?P<value>.*)$")
_RULE = re.compile(r"^[ \t]*={10,}[ \t]*$")
_SPEAKER_KEY = re.compile(r"^SPEAKER_([A-Z])$")
_CLOSING_SLASH = re.compile(r"[ \t]*/[ \t]*$")
_MIN_UTTERANCES = 3
_MIN_SHARE = 0.8
_SAMPLE_LINES = 200


def looks_like_dialogue_acts(body: str) -> bool:
    lines = [line.rstrip("\r") for line in body.split("\n", _SAMPLE_LINES)[:_SAMPLE_LINES]]
    after_rule = next((i + 1 for i, line in enumerate(lines) if _RULE.match(line)), 0)
    content = [line for line in lines[after_rule:] if line.strip()]
    utterances = sum(1 for line in content if _UTTERANCE.match(line))
    return utterances >= _MIN_UTTERANCES and utterances >= _MIN_SHARE * len(content)


def _role_word(description: str) -> str | None:
    """The first word of a speaker's header line that the alias table reads as a role (a letter, `C07`, is none)."""
    return next((word for word in re.findall(r"[a-z]{3,}", description.lower()) if word in ROLE_BY_ALIAS), None)


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    sessions: list[tuple[str, int, int, int, str | None]] = []
    turns: list[dict[str, object]] = []
    headers: list[tuple[str, int, int, str]] = []
    strays: list[tuple[str, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        lines = [line.rstrip("\r") for line in text.lstrip("\ufeff").split("\n")]
        after_rule = next((i + 1 for i, line in enumerate(lines) if _RULE.match(line)), 0)
        metadata: dict[str, str] = {}
        role_words: dict[str, str] = {}
        for line_no, line in enumerate(lines[: max(after_rule - 1, 0)], start=1):
            field = _HEADER_FIELD.match(line)
            if field is None:
                if line.strip():
                    strays.append((source_id, line_no, line))
                continue
            metadata[field.group("key").lower()] = field.group("value").strip()
            headers.append((source_id, 0, line_no, line))
            speaker = _SPEAKER_KEY.match(field.group("key"))
            word = _role_word(field.group("value")) if speaker else None
            if speaker and word:
                role_words[speaker.group(1)] = word
        rows: list[dict[str, object]] = []
        acts: list[list[str]] = []
        current: tuple[str, str] | None = None
        for line_no, line in enumerate(lines[after_rule:], start=after_rule + 1):
            if not line.strip():
                continue
            found = _UTTERANCE.match(line)
            if found is None:
                strays.append((source_id, line_no, line))
                current = None
                continue
            words = _CLOSING_SLASH.sub("", found.group("words")).strip()
            key = (found.group("speaker"), found.group("turn"))
            if key == current and rows:
                rows[-1]["text"] = f"{rows[-1]['text']} {words}".strip()
                acts[-1].append(found.group("tag"))
                continue
            current = key
            acts.append([found.group("tag")])
            rows.append(
                {
                    "source_id": source_id,
                    "segment": 0,
                    "source_turn_index": len(rows),
                    "source_line": line_no,
                    # (`Speaker C`, not `C`: a channel letter is no role, and the alias table reads `C` as the client.)
                    "speaker": f"Speaker {found.group('speaker')}",
                    "_role_word": role_words.get(found.group("speaker"), ""),
                    "text": words,
                    "timestamp": None,
                    "source_labels": None,
                }
            )
        if not rows:
            continue
        for row, tags in zip(rows, acts, strict=True):
            row["source_labels"] = json.dumps({"dialogue_acts": tags})
        turns.extend(rows)
        first_line = int(str(rows[0]["source_line"]))
        sessions.append((source_id, 0, 0, first_line, json.dumps(metadata, ensure_ascii=False) if metadata else None))
    return build_parsed(sessions, turns, headers, strays, TURN_COLUMNS)
