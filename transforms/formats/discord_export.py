"""DiscordChatExporter plain-text exports (`.txt`) -> a session per exported channel.

    ==============================================================
    Guild: Peer Support Hub
    Channel: Support / evening-chat
    Topic: A listener is on from 7pm
    ==============================================================

    [14-Mar-24 07:02 PM] ListenerAna#2207
    Hi Sam, I'm here. What's on your mind?

    [14-Mar-24 07:03 PM] sam.k
    I can't sleep again.

    {Reactions}
    ❤️ (2)

    ==============================================================
    Exported 2 message(s)
    ==============================================================

- The opening banner (a rule of `=`, `Guild:`, `Channel:`, optional `Topic:`, `After:`, `Before:`, a rule) opens a
  session: its lines are the session's header lines, and its fields go to `source_metadata` (`guild`, `channel`,
  `topic`, which may run over several lines, `after`, `before`). The closing banner's count goes to
  `exported_messages`. Several exports pasted into one file are a session each; a file without the banner is one
  session.
- A message is a `[date time] Author` line (the date as the exporter's locale writes it: `14-Mar-24 07:02 PM`,
  `3/14/2024 7:02 PM`, `14.03.2024 19:02`, `2024-03-14 19:02`...; ` (pinned)` after the author goes to
  `source_labels`), then its content up to the next message or banner. Each message is a turn at its author line:
  `speaker` the author as written (`Author#1234`), `role` the alias table's reading of a role word in the name
  (irc_log.role_word), else of the name, else `unknown` for role inference; `timestamp` the bracketed date and time.
- `{Attachments}`, `{Embed}`, `{Stickers}`, `{Reactions}` blocks after the content (a heading in braces after a
  blank line, its lines up to the next blank line) are no turn text: they go to the turn's `source_labels`
  (`{"attachments": ["https://..."]}`, one string per block). A message with no content is an empty turn.
- A system notice written under a member's name (`Joined the server.`, `Pinned a message.`, `Started a thread.`,
  `Started a call that lasted 3 minutes.`, `Added X to the group.`, `Changed the channel name: ...`) is no turn: it
  goes to the session's `notices` metadata (author, timestamp, line, notice).
- Lines above an export's first message (a title and a note over a file without the banner) are the session's
  header lines, as in the other chat exports.
- A line that opens like a message line but is not one (`[14-Mar-24 07:02 PM]` without its author) and text
  outside any message or banner (after the closing banner) is stray text (an `unparseable_line`).

Detection (detect.py, `looks_like_discord_export`): the banner's rule, `Guild:` and `Channel:` at the start, or at
least two message lines each followed by content, the first within the file's first few non-blank lines.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.chat_cha import TURN_COLUMNS, blocks_open_the_file, build_parsed
from transforms.formats.irc_log import role_word

_MONTH_WORD = r"[^\W\d_]{3,9}\.?"
_DATE = (
    rf"(?:\d{{1,2}}[-/. ]{_MONTH_WORD}[-/. ]\d{{2,4}}"  # 14-Mar-24, 14 Mar 2024
    r"|\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}\.?"  # 3/14/2024, 14.03.2024, 2024-03-14
    rf"|{_MONTH_WORD}[ ]\d{{1,2}},?[ ]\d{{4}})"  # Mar 14, 2024
)
_CLOCK = r"\d{1,2}[:.]\d{2}(?:[:.]\d{2})?(?:[ \u202f\u00a0]?[AaPp]\.?[Mm]\.?)?"
_HEADER = re.compile(rf"^\[({_DATE},?[ \t\u00a0]+{_CLOCK})\][ \t]+([^\s:\[][^:\n]*?)([ \t]+\(pinned\))?[ \t]*$")
# A line that opens like a message line (a bracketed date and clock) but is not one: stray, never content.
_NEAR_HEADER = re.compile(rf"^\[[ \t]*{_DATE}[^\]\n]{{0,30}}\]")
_RULE = re.compile(r"^={10,}[ \t]*$")
_FIELD = re.compile(r"^(Guild|Channel|Topic|After|Before):[ \t]?(.*)$")
_EXPORTED = re.compile(r"^Exported[ \t]+([\d,.\u00a0\u202f ]+?)[ \t]+message\(s\)[ \t]*$")
_BLOCK = re.compile(r"^\{(Attachments|Embed|Stickers|Reactions)\}[ \t]*$")
# Discord's own sentences for system messages (DiscordChatExporter's fallback content), written under a member's name.
_NOTICE = re.compile(
    r"^(?:Joined the server\.|Pinned a message\.|Started a thread\.|Started a call(?: that lasted [^\n]{1,40})?\."
    r"|Added (?:a recipient|[^\n]{1,100} to the group)\.|Removed (?:a recipient|[^\n]{1,100} from the group)\."
    r"|Left the group\.|Changed the channel name(?::[^\n]*|\.)|Changed the channel icon\.|A poll has closed\.)$"
)


def looks_like_discord_export(text: str) -> bool:
    """Whether a decoded file is a DiscordChatExporter text export (see the module docstring)."""
    lines = [line.rstrip("\r") for line in text.lstrip("\ufeff")[:65_536].split("\n")]
    filled = [line for line in lines[:40] if line.strip()]
    if len(filled) >= 3 and _RULE.match(filled[0]) and filled[1].startswith("Guild:"):
        return any(line.startswith("Channel:") for line in filled[2:6])
    # A message line followed by its content (not by another message line).
    starts = [
        i
        for i, line in enumerate(lines[:-1])
        if line.startswith("[") and _HEADER.match(line) and lines[i + 1].strip() and not _HEADER.match(lines[i + 1])
    ]
    return blocks_open_the_file(lines, starts)


@dataclass
class _Message:
    source_line: int
    author: str
    timestamp: str
    pinned: bool
    content: list[str] = field(default_factory=list)
    blocks: list[tuple[str, list[str]]] = field(default_factory=list)


@dataclass
class _Export:
    source_line: int
    fields: dict[str, str] = field(default_factory=dict)
    header_lines: list[tuple[int, str]] = field(default_factory=list)
    messages: list[_Message] = field(default_factory=list)
    exported: int | None = None


def _read_file(text: str) -> tuple[list[_Export], list[tuple[int, str]]]:
    """One file -> its exports (banner to banner) and its stray lines."""
    lines = [line.rstrip("\r") for line in text.split("\n")]
    if lines:
        lines[0] = lines[0].lstrip("\ufeff")
    exports: list[_Export] = []
    strays: list[tuple[int, str]] = []
    # Lines above the first message of a file without the banner (a title, a note): the session's header.
    above: list[tuple[int, str]] = []
    # Where the reading is: "open" (no export yet, or between messages), "closed" (after a closing banner).
    closed = False
    i = 0
    while i < len(lines):
        line = lines[i]
        line_no = i + 1
        if _RULE.match(line) and i + 1 < len(lines) and _FIELD.match(lines[i + 1]):
            export = _Export(source_line=line_no, header_lines=[(line_no, line)])
            i += 1
            field_name = ""
            while i < len(lines) and not _RULE.match(lines[i]):
                found = _FIELD.match(lines[i])
                if found:
                    field_name = found.group(1).lower()
                    export.fields[field_name] = found.group(2).strip()
                elif field_name:
                    # A channel topic may run over several lines.
                    export.fields[field_name] = (export.fields[field_name] + "\n" + lines[i]).strip()
                export.header_lines.append((i + 1, lines[i]))
                i += 1
            if i < len(lines):
                export.header_lines.append((i + 1, lines[i]))
            exports.append(export)
            closed = False
            i += 1
            continue
        exported = _EXPORTED.match(lines[i + 1]) if _RULE.match(line) and i + 1 < len(lines) else None
        if exported:
            count = re.sub(r"\D", "", exported.group(1))
            if not exports:
                exports.append(_Export(source_line=1))
            exports[-1].exported = int(count) if count else None
            i += 3 if i + 2 < len(lines) and _RULE.match(lines[i + 2]) else 2
            closed = True
            continue
        header = _HEADER.match(line)
        if header and not closed:
            if not exports:
                exports.append(_Export(source_line=above[0][0] if above else line_no, header_lines=above))
            exports[-1].messages.append(
                _Message(line_no, header.group(2).strip(), header.group(1), pinned=header.group(3) is not None)
            )
        elif not line.strip():
            if exports and exports[-1].messages and not closed:
                message = exports[-1].messages[-1]
                (message.blocks[-1][1] if message.blocks else message.content).append(line)
        elif closed or _NEAR_HEADER.match(line) or header:
            strays.append((line_no, line))
        elif not exports or not exports[-1].messages:
            (exports[-1].header_lines if exports else above).append((line_no, line))
        else:
            message = exports[-1].messages[-1]
            block = _BLOCK.match(line)
            after_blank = not message.content or not message.content[-1].strip()
            if block and (message.blocks or after_blank):
                message.blocks.append((block.group(1).lower(), []))
            elif message.blocks:
                message.blocks[-1][1].append(line)
            else:
                message.content.append(line)
        i += 1
    return exports, strays


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of DiscordChatExporter text exports."""
    sessions: list[tuple[str, int, int, int, str | None]] = []
    turns: list[dict[str, object]] = []
    headers: list[tuple[str, int, int, str]] = []
    strays: list[tuple[str, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        exports, stray = _read_file(text)
        index = 0
        for segment, export in enumerate(exports):
            rows, notices = _turns_of(source_id, segment, export)
            if not rows:
                continue
            metadata: dict[str, object] = dict(export.fields)
            if export.exported is not None:
                metadata["exported_messages"] = export.exported
            if notices:
                metadata["notices"] = notices
            encoded = json.dumps(metadata, ensure_ascii=False) if metadata else None
            sessions.append((source_id, segment, index, export.source_line, encoded))
            index += 1
            turns.extend(rows)
            headers.extend((source_id, segment, n, line) for n, line in export.header_lines)
        if index:
            strays.extend((source_id, n, line) for n, line in stray)
    return build_parsed(sessions, turns, headers, strays, TURN_COLUMNS)


def _turns_of(source_id: str, segment: int, export: _Export) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    rows: list[dict[str, object]] = []
    notices: list[dict[str, object]] = []
    for message in export.messages:
        text = "\n".join(message.content).strip()
        if not message.blocks and "\n" not in text and _NOTICE.match(text):
            notices.append(
                {
                    "author": message.author,
                    "timestamp": message.timestamp,
                    "source_line": message.source_line,
                    "notice": text,
                }
            )
            continue
        blocks: dict[str, list[str]] = {}
        for name, block in message.blocks:
            blocks.setdefault(name, []).append("\n".join(block).strip())
        labels: dict[str, object] = {"pinned": True} if message.pinned else {}
        labels.update(blocks)
        rows.append(
            {
                "source_id": source_id,
                "segment": segment,
                "source_turn_index": len(rows),
                "source_line": message.source_line,
                "speaker": message.author,
                "_role_word": role_word(re.sub(r"#\d{4}$", "", message.author)),
                "text": text,
                "timestamp": message.timestamp,
                "source_labels": json.dumps(labels, ensure_ascii=False) if labels else None,
            }
        )
    return rows, notices
