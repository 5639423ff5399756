"""IRC client logs (irssi, WeeChat, HexChat, mIRC) -> a session per logging session.

    --- Log opened Thu Mar 14 19:00:01 2024
    19:00 -!- sam_visitor [~sam@host] has joined #support
    19:02 <@volunteer_ana> Hi Sam, what's on your mind tonight?
    19:03 < sam_visitor> I can't sleep again.
    19:05  * sam_visitor sighs
    --- Log closed Thu Mar 14 20:10:44 2024

A line is an optional timestamp (irssi's `19:02`, `[19:02]` or `[19:02:07]` of mIRC and ZNC, WeeChat's
`2024-03-14 19:02:07`, HexChat's `Mar 14 19:02:07`) and then one of:

- a message, `<nick> text` (irssi, mIRC, HexChat: a tab may follow the `>`), or WeeChat's `nick<tab>text`: a turn
  each, consecutive lines of one nick kept apart as IRC sent them (the product reports consecutive speakers). A mode
  mark before the nick (`@` op, `+` voice, `%`, `~`, `&`, or irssi's space) is not part of the name; it goes to the
  turn's `source_labels` (`{"mode": "@"}`). `<nick>` with nothing after it is an empty turn;
- an action, `* nick waves` (WeeChat: ` *<tab>nick waves`): a turn of that nick, its text what follows the nick,
  `source_labels` `{"action": true}`;
- an event: irssi's `-!- ...` (joins, parts, quits, modes, topics, nick changes, netsplits), WeeChat's `-->`,
  `<--`, `--`, `=!=` prefixes, HexChat's and mIRC's `* nick has joined #chan` / `* Joins: nick` / `* nick sets
  mode: +o x` / `* Now talking on #chan`, a notice `-NickServ- ...`, a server line `!server ...`. Events are no
  turns and no stray text: each goes to its session's `source_metadata` under `events` (`source_line`, `event`),
  and the channel a join, `Session Ident:` or topic names becomes `channel`.

Sessions: a logging session opens at `--- Log opened ...` (irssi), `**** BEGIN LOGGING AT ...` (HexChat) or
`Session Start: ...` (mIRC); its date goes to `opened`, the closing line's to `closed`; `--- Day changed` is a date
mark (skipped). Lines before the first opening line form a session of their own (WeeChat writes no markers: its
file is one session).

`speaker`: the nick as written (mode mark off); `role`: the alias table's reading of a role word inside the nick
(`volunteer_ana`, `ListenerSam`: see role_word), else of the nick, else `unknown` (left to role inference).
`timestamp`: the line's timestamp as written; `source_line`: the message's own line. Any other non-blank line is
stray text (an `unparseable_line`).

Detection (detect.py, `looks_like_irc_log`): among the first lines, at least one timestamped message and either an
opening marker as the first line, or two messages beside an IRC event; or, with no event, mostly messages, one of
them from a nick no plain-text label reads (`sam_k`, `@ana`, lower case: `[00:01] <Therapist> ...` stays plain text).
A first line of tab-separated cells without a timestamp is a table's header row (WeeChat writes none): no IRC log.
"""

from __future__ import annotations

import json
import re
from dataclasses import dataclass, field
from itertools import pairwise

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.chat_cha import TURN_COLUMNS, build_parsed
from transforms.speakers import ROLE_NOUNS

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)"
_CLOCK = r"\d{1,2}:\d{2}(?::\d{2})?"
# The timestamp and the one space or tab after it (irssi's action keeps its own leading space: `19:05  * nick`).
_TIMESTAMP = re.compile(
    rf"^(?:\[(\d{{4}}-\d{{2}}-\d{{2}}[ T]{_CLOCK}|{_CLOCK}(?:[ ]?[AaPp][Mm])?)\]"
    rf"|(\d{{4}}-\d{{2}}-\d{{2}}[ T]{_CLOCK})"
    rf"|({_MONTH}[ ]{{1,2}}\d{{1,2}}[ ]{_CLOCK})"
    rf"|({_CLOCK}))[ \t]"
)
_MODES = "~&@%+"
_NICK = r"[^\s<>]+"
# `<@nick> text`, `< nick> text`, `<nick>\ttext`.
_MESSAGE = re.compile(rf"^<([ {re.escape(_MODES)}]?)({_NICK})>(?:[ \t](.*))?$")
# WeeChat: `prefix<tab>text`; the prefix is a nick (with its mode mark) or an event arrow.
_WEECHAT = re.compile(r"^([^\t]{1,64})\t(.*)$")
_WEECHAT_EVENT = frozenset({"-->", "<--", "--", "=!=", "-", "<->", "<-->"})
_ACTION = re.compile(r"^[ \t]*\*[ \t]+(.*)$")
_IRSSI_EVENT = re.compile(r"^-!-[ \t]")
_NOTICE = re.compile(r"^-[^\s-][^\s]*?-[ \t]")
_SERVER = re.compile(r"^![\w.\-]+[ \t]")
_ARROW_EVENT = re.compile(r"^(?:-->|<--|\*\*\*|==)[ \t]")
# What a `*` line says when it is an event (HexChat, mIRC), not a nick's action.
_EVENT_TEXT = re.compile(
    r"(?i)^(?:(?:Joins|Parts|Quits|Kicks|Mode|Topic|Nick)\b:"
    r"|Now talking (?:on|in)\b|Topic (?:for|is)\b|Set by\b|Disconnected\b|Attempting to rejoin|Rejoined channel"
    r"|Retrieving \S+ info|Looking up|Connecting to|Connected\.|You are now known as|Channel \S+ created"
    r"|\S+ (?:\([^)]*\) )?(?:has joined|has left|has quit|has been kicked|was kicked by|sets mode|is now known as"
    r"|changes topic to|has changed the topic|gives channel operator status|removes channel operator status"
    r"|gives voice|removes voice|sets ban|removes ban)\b)"
)
# LINE's notices on a timed line of their own, no sender column: a message unsent, someone joining or leaving.
_LINE_EVENT = re.compile(
    r"^[^\t]{1,64}?(?:[ ]unsent a message|[ ](?:left|joined) the group"
    r"|がメッセージの送信を取り消しました|が退出しました|がグループに参加しました)\.?[ \t]*$"
)
_OPENED = re.compile(r"^(?:---[ ]Log opened|\*{4}[ ]BEGIN LOGGING AT|Session Start:|\[LINE\])[ \t]*(.*)$")
_CLOSED = re.compile(r"^(?:---[ ]Log closed|\*{4}[ ]ENDING LOGGING AT|Session Close:)[ \t]*(.*)$")
_DATE_MARK = re.compile(
    # (LINE's save time, `保存日時` and a full-width colon, or `Saved on:`.)
    r"^(?:(?:---[ ]Day changed|Session Time:)[ \t]|(?:保存日時|Saved on)[\uff1a:]"
    # LINE's day lines: `2024/03/05(火)`, `Tue, 03/05/2024`.
    r"|\d{4}/\d{1,2}/\d{1,2}[ \t]*\([^)]{1,4}\)[ \t]*$"
    r"|(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun),[ \t]+\d{1,2}/\d{1,2}/\d{4}[ \t]*$)"
)
_IDENT = re.compile(r"^Session Ident:[ \t]*(\S+)")
_CHANNEL = re.compile(r"(?:has joined|Now talking (?:on|in)|Topic for|mode/)[ \t]*(#[^\s,:\]]+)")
# Detection: among this many non-blank lines at the head of the file.
_HEAD_LINES = 200
_MIN_MESSAGES = 2
_MIN_MESSAGE_SHARE = 0.8
# A nick plain text could read as a label: capitalised letters, digits, `'.-` and spaces only (`Therapist`, `Dr.Lee`).
_LABEL_LIKE = re.compile(r"[A-Z][^\W_]*(?:['.\-][^\W_]*)*")
# Role words a nick or display name may carry (`volunteer_ana`, `ListenerSam`, `Counsellor Dee`): nouns of one role
# only, as the alias table maps them (transforms/speakers.py); `user`, `member` or `agent` end many names of nobody's.
_ROLE_WORDS = ROLE_NOUNS | {"volunteer", "listener", "supporter", "seeker"}
_NAME_PART = re.compile(r"[A-Z]+(?![a-z])|[A-Z]?[a-z]+")


def role_word(name: str) -> str:
    """The one role word inside a nick or display name (`volunteer_ana` -> `volunteer`, `ListenerSam` ->
    `listener`), else the name itself for the alias table to read."""
    words = {part.lower() for part in _NAME_PART.findall(name)} & _ROLE_WORDS
    return words.pop() if len(words) == 1 else name


@dataclass
class _Line:
    """One line, read: kind is "message", "action", "event", "opened", "closed", "mark", "ident" or "stray"."""

    kind: str
    timestamp: str | None = None
    nick: str = ""
    mode: str = ""
    text: str = ""


def read_line(line: str) -> _Line:
    """What one line of an IRC log is (see the module docstring)."""
    for pattern, kind in ((_OPENED, "opened"), (_CLOSED, "closed")):
        marker = pattern.match(line)
        if marker:
            return _Line(kind, text=marker.group(1).strip())
    if _DATE_MARK.match(line):
        return _Line("mark")
    ident = _IDENT.match(line)
    if ident:
        return _Line("ident", text=ident.group(1))
    stamp = _TIMESTAMP.match(line)
    timestamp = next((g for g in stamp.groups() if g), None) if stamp else None
    rest = line[stamp.end() :] if stamp else line
    read = _read_rest(rest)
    read.timestamp = timestamp
    return read


def _read_rest(rest: str) -> _Line:
    message = _MESSAGE.match(rest)
    if message:
        said = (message.group(3) or "").strip()
        return _Line("message", nick=message.group(2), mode=message.group(1).strip(), text=said)
    weechat = _WEECHAT.match(rest)
    if weechat:
        prefix, text = weechat.group(1).strip(), weechat.group(2)
        if prefix in _WEECHAT_EVENT:
            return _Line("event", text=text)
        if prefix == "*":
            return _action(text)
        if re.fullmatch(rf"[{re.escape(_MODES)}]?[^\s<>*\-!][^\s<>]*", prefix):
            mode = prefix[0] if prefix[0] in _MODES and len(prefix) > 1 else ""
            return _Line("message", nick=prefix[len(mode) :], mode=mode, text=text.strip())
        return _Line("stray")
    if (
        _IRSSI_EVENT.match(rest)
        or _NOTICE.match(rest)
        or _SERVER.match(rest)
        or _ARROW_EVENT.match(rest)
        or _LINE_EVENT.search(rest)
    ):
        return _Line("event", text=rest.strip())
    action = _ACTION.match(rest)
    if action:
        return _action(action.group(1))
    return _Line("stray")


def _action(text: str) -> _Line:
    if _EVENT_TEXT.match(text) or not text.strip():
        return _Line("event", text=text.strip())
    nick, _, said = text.strip().partition(" ")
    mode = nick[0] if nick[0] in _MODES and len(nick) > 1 else ""
    return _Line("action", nick=nick[len(mode) :], mode=mode, text=said.strip())


# A line with a timed message or action: `19:03 <nick>`, `[19:03] * nick`, WeeChat's `... 19:03:12<tab>nick<tab>`.
# A log without one is no log (`looks_like_irc_log` needs one), and one regex over the head tells it at C speed.
_TIMED_MESSAGE = re.compile(_TIMESTAMP.pattern + r"(?:<|[ \t]*\*[ \t]|[^\t\n]{1,64}\t)", re.M)


def looks_like_irc_log(text: str) -> bool:
    """Whether a decoded file is an IRC client log (see the module docstring)."""
    if not _TIMED_MESSAGE.search(text, 0, 65_536):
        return False
    head: list[str] = []
    for line in text[:65_536].split("\n"):
        line = line.rstrip("\r")
        if line.strip():
            head.append(line)
            if len(head) >= _HEAD_LINES:
                break
    if not head:
        return False
    # Cheap refusal first: no line holds a `<`, a tab, `-!-` or a `*`.
    if not any(("<" in line or "\t" in line or "-!-" in line or "*" in line) for line in head):
        return False
    read = [read_line(line) for line in head]
    # WeeChat stamps every line and writes no header row: an unstamped first line of tab-separated cells
    # (`time<tab>speaker<tab>text`) is a table's header, and its rows are the table's (csv_table reads them).
    if read[0].kind in ("message", "stray") and read[0].timestamp is None and "\t" in head[0] and head[0][0] != "<":
        return False
    messages = sum(1 for r in read if r.kind in ("message", "action") and r.timestamp is not None)
    if messages == 0:
        return False
    if read[0].kind == "opened" and head[0].startswith(("--- Log opened", "**** BEGIN LOGGING")):
        return True
    events = sum(1 for r in read if r.kind in ("event", "opened", "closed", "ident"))
    if messages >= _MIN_MESSAGES and events >= 1 and messages + events >= 0.6 * len(head):
        return True
    # No event at all: mostly messages, and a nick no plain-text label reads (`sam_k`, `@ana`, lower case), so a
    # `[00:01] <Therapist> ...` transcript stays plain text.
    timed = [r for r in read if r.kind in ("message", "action") and r.timestamp is not None]
    return (
        len(timed) > _MIN_MESSAGES
        and len(timed) >= _MIN_MESSAGE_SHARE * len(head)
        and any(r.mode or not _LABEL_LIKE.fullmatch(r.nick) for r in timed)
    )


_TIMED_LINE = re.compile(r"^\d{1,2}:\d{2}\t")


def _open_quote(text: str) -> bool:
    """A message that opens a double quote it does not close (`"こんばんは`, LINE's first line of several)."""
    return text.startswith('"') and text.replace('""', "").count('"') % 2 == 1


@dataclass
class _Session:
    source_line: int
    opened: str | None = None
    closed: str | None = None
    channel: str | None = None
    events: list[dict[str, object]] = field(default_factory=list)
    rows: list[dict[str, object]] = field(default_factory=list)
    line_export: bool = False


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of IRC logs."""
    sessions: list[tuple[str, int, int, int, str | None]] = []
    turns: list[dict[str, object]] = []
    strays: list[tuple[str, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        parts, stray = _read_file(source_id, text)
        # A logging session that names no channel is in the channel of the one before it (the same log file).
        for before, part in pairwise(parts):
            part.channel = part.channel or before.channel
        kept = [(segment, part) for segment, part in enumerate(parts) if part.rows]
        if not kept:
            continue
        for index, (segment, part) in enumerate(kept):
            metadata = {
                key: value
                for key, value in (
                    ("channel", part.channel),
                    ("opened", part.opened),
                    ("closed", part.closed),
                    ("events", part.events),
                )
                if value
            }
            encoded = json.dumps(metadata, ensure_ascii=False) if metadata else None
            sessions.append((source_id, segment, index, part.source_line, encoded))
            for row in part.rows:
                row["segment"] = segment
            turns.extend(part.rows)
        strays.extend((source_id, n, line) for n, line in stray)
    return build_parsed(sessions, turns, [], strays, TURN_COLUMNS)


def _read_file(source_id: str, text: str) -> tuple[list[_Session], list[tuple[int, str]]]:
    """One file -> its logging sessions and its stray lines."""
    parts = [_Session(source_line=1)]
    strays: list[tuple[int, str]] = []
    for line_no, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r").lstrip("\ufeff") if line_no == 1 else raw.rstrip("\r")
        part = parts[-1]
        if part.line_export and part.rows and _open_quote(str(part.rows[-1]["text"])) and not _TIMED_LINE.match(line):
            # LINE quotes a message of several lines: the lines up to the closing quote are its own. (Only in a LINE
            # export, and never over the next timed line: an IRC message may open a quote it never closes.)
            row = part.rows[-1]
            row["text"] = f"{row['text']}\n{line}"
            if not _open_quote(str(row["text"])):
                row["text"] = str(row["text"])[1:-1].replace('""', '"')
            continue
        if not line.strip():
            continue
        read = read_line(line)
        if read.kind == "opened":
            # The lines above the first marker are a session of their own only if they hold something.
            if part.opened is not None or part.rows or part.events:
                parts.append(_Session(source_line=line_no))
                part = parts[-1]
            else:
                part.source_line = line_no
            part.opened = read.text
            part.line_export = line.startswith("[LINE]")
        elif read.kind == "closed":
            part.closed = read.text or None
        elif read.kind == "ident":
            part.channel = part.channel or read.text
        elif read.kind == "event":
            part.events.append({"source_line": line_no, "event": read.text})
            channel = _CHANNEL.search(read.text)
            if channel and part.channel is None:
                part.channel = channel.group(1)
        elif read.kind in ("message", "action"):
            labels: dict[str, object] = {}
            if read.mode:
                labels["mode"] = read.mode
            if read.kind == "action":
                labels["action"] = True
            part.rows.append(
                {
                    "source_id": source_id,
                    "segment": 0,
                    "source_turn_index": len(part.rows),
                    "source_line": line_no,
                    "speaker": read.nick,
                    "_role_word": role_word(read.nick),
                    "text": read.text,
                    "timestamp": read.timestamp,
                    "source_labels": json.dumps(labels, ensure_ascii=False) if labels else None,
                }
            )
        elif read.kind == "stray":
            strays.append((line_no, line))
    return parts, strays
