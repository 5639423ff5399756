"""Apple Messages (iMessage) text exports (imessage-exporter, iMazing) -> a session a file.

    Mar 14, 2024  7:04:11 PM (Read by them after 2 minutes)
    Me
    Are you free to talk tonight?

    Mar 14, 2024  7:09:52 PM
    Sam Okafor
    Yes, after dinner.
    Around 8?

A message is a block: a timestamp line (a month name, day, year and clock, or an ISO date and clock; optionally a
read receipt in parentheses after it), the sender line (`Me`, a name, a phone number or an e-mail address), then the
message's lines, up to the next timestamp line (a blank line inside a message stays in its text; blank lines at its
end go). Each message is a turn:

- `speaker`: the sender line as written; `role`: the alias table's reading of it (a name or `Me` says nothing, so
  it is `unknown` and left to role inference, transforms/infer_roles.py);
- `timestamp`: the timestamp line without its receipt; the receipt goes to `source_labels` (`{"receipt": ...}`);
- `source_line`: the sender line (the label's line, as in plain text, where the speaker is named).

A tapback (`Loved "..."`, `Liked "..."`, `Laughed at "..."`, `Emphasized "..."`, `Questioned "..."`, `Disliked
"..."`) is a reaction, not a turn: it goes to the session's `source_metadata` under `reactions` (sender, timestamp,
line and the reaction as written). Lines above the first message (an export's title) are the session's header.

Detection (detect.py, `looks_like_imessage`): at least two timestamp lines each followed by a sender line, the first
within the file's first few non-blank lines.
"""

from __future__ import annotations

import json
import re

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.chat_cha import TURN_COLUMNS, blocks_open_the_file, build_parsed

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\.?"
_STAMP = (
    rf"(?:{_MONTH}[ \t]+\d{{1,2}},[ \t]*\d{{4}},?[ \t]+\d{{1,2}}:\d{{2}}(?::\d{{2}})?[ \t\u202f]?[AaPp]\.?[Mm]\.?"
    r"|\d{4}-\d{2}-\d{2}[ T]\d{2}:\d{2}(?::\d{2})?)"
)
_TIMESTAMP_LINE = re.compile(rf"^[ \t]*({_STAMP})[ \t]*(?:\(([^()\n]*)\))?[ \t]*$")
# A sender: a name, `Me`, a phone number or an e-mail address; short and no sentence.
_SENDER = re.compile(r"^[ \t]*(?:[+\d(][\d ()\-.]{5,20}|[\w.+\-]+@[\w\-]+\.[\w.\-]+|[^\W\d_][^\n:]{0,40})[ \t]*$")
_TAPBACK = re.compile(
    r"^[ \t]*(?:Loved|Liked|Disliked|Laughed at|Emphasi[sz]ed|Questioned)[ \t]+[\"\u201c\u2018'].*[\"\u201d\u2019']"
    r"[ \t]*$"
)


def _blocks(lines: list[str]) -> list[int]:
    """0-based indexes of timestamp lines followed by a sender line."""
    return [
        i
        for i, line in enumerate(lines)
        if _TIMESTAMP_LINE.match(line) and i + 1 < len(lines) and lines[i + 1].strip() and _SENDER.match(lines[i + 1])
    ]


def looks_like_imessage(text: str) -> bool:
    """Whether a decoded file is a Messages export (see the module docstring)."""
    lines = text.lstrip("\ufeff").split("\n")[:50_000]
    lines = [line.rstrip("\r") for line in lines]
    return blocks_open_the_file(lines, _blocks(lines))


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of Messages exports."""
    sessions: list[tuple[str, int, int, int, str | None]] = []
    turns: list[dict[str, object]] = []
    headers: list[tuple[str, int, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        lines = [line.rstrip("\r") for line in text.lstrip("\ufeff").split("\n")]
        starts = _blocks(lines)
        reactions: list[dict[str, object]] = []
        rows: list[dict[str, object]] = []
        for start, end in zip(starts, [*starts[1:], len(lines)], strict=True):
            stamp = _TIMESTAMP_LINE.match(lines[start])
            assert stamp is not None
            sender = lines[start + 1].strip()
            body = "\n".join(lines[start + 2 : end]).strip()
            timestamp = stamp.group(1).strip()
            if _TAPBACK.match(body) and "\n" not in body:
                reactions.append({"sender": sender, "timestamp": timestamp, "source_line": start + 2, "reaction": body})
                continue
            receipt = stamp.group(2)
            rows.append(
                {
                    "source_id": source_id,
                    "segment": 0,
                    "source_turn_index": len(rows),
                    "source_line": start + 2,
                    "speaker": sender,
                    "_role_word": sender,
                    "text": body,
                    "timestamp": timestamp,
                    "source_labels": json.dumps({"receipt": receipt.strip()}, ensure_ascii=False) if receipt else None,
                }
            )
        if not rows:
            continue
        above = [(i + 1, line) for i, line in enumerate(lines[: starts[0]]) if line.strip()]
        metadata = json.dumps({"reactions": reactions}, ensure_ascii=False) if reactions else None
        sessions.append((source_id, 0, 0, above[0][0] if above else starts[0] + 1, metadata))
        turns.extend(rows)
        headers.extend((source_id, 0, n, line) for n, line in above)
    return build_parsed(sessions, turns, headers, [], TURN_COLUMNS)
