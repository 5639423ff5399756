"""Android "SMS Backup & Restore" XML (a youth worker's or counsellor's work phone) -> a session a thread.

    <?xml version='1.0' encoding='UTF-8' standalone='yes' ?>
    <smses count="3" backup_set="..." backup_date="1710400000000" type="full">
      <sms protocol="0" address="+6421555123" date="1710399000000" type="1" subject="null" body="hey r u there"
           ... readable_date="14 Mar 2024 7:03:20 pm" contact_name="Sam" />
      <mms date="1710399100000" msg_box="2" address="+6421555123" ... contact_name="Sam">
        <parts><part seq="0" ct="text/plain" ... text="Yes, here." /></parts> ...
      </mms>
    </smses>

The app writes one `<sms .../>` element a line. The phone's owner is the counsellor: an `sms` of `type="2"` (sent)
or an `mms` of `msg_box="2"` is theirs, speaker `Me`; `type="1"` / `msg_box="1"` (received) is the client's, speaker
the `contact_name` (the address when the app knew no name). Drafts, the outbox, failed and queued messages (types
3-6) were never read by anyone: no turns, listed under the session's `skipped` metadata with their line.
An `mms` is a turn when it has a `text/plain` part (its attachments' content types go to `source_labels`), else
(a picture alone) it is skipped so too.

A session is a thread: the `thread_id` attribute when the backup has it, else the `address`; threads in order of
their first message in the file, each one's turns in `date` order (the file's order on ties). `timestamp` is the
`readable_date` (the `date` in milliseconds when there is none); `source_line` the line of the element's `<sms` or
`<mms`. Session metadata: the thread's address and contact name. Attribute values are XML-unescaped (`&#10;`,
`&amp;`, `&quot;`...; the app writes an emoji as two numeric references to UTF-16 halves, which are put back
together); nothing else is changed.

The file is read element by element with regular expressions, never by a strict XML parser: a backup cut off in
the middle of an element (no `</smses>`) keeps every complete message, and the cut line, like any other line that is
no element of the layout, goes to `stray_lines` (an `unparseable_line` defect).

Detection (detect.py, `looks_like_sms_backup`): an `<smses` root, or an `<sms ` element, first after an optional XML
declaration, stylesheet instruction and comments.
"""

from __future__ import annotations

import json
import re

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.chat_cha import TURN_COLUMNS, build_parsed

_START = re.compile(r"(?:\s|<\?[^>]*\?>|<!--.*?-->|<!DOCTYPE[^>]*>)*<(?:smses\b|sms\s)", re.S)
# Attributes of an element: no `<` or `>` outside a quoted value, and no line break inside one (a value cut off by the
# end of a truncated file must not run on into the next element).
_ATTRS = r"""(?:[^<>"']|"[^"\n]*"|'[^'\n]*')*"""
_ELEMENT = re.compile(
    rf"""
    (?P<space>\s+)
    |(?P<instruction><\?.*?\?>)
    |(?P<comment><!--.*?-->)
    |(?P<doctype><!DOCTYPE[^>]*>)
    |(?P<root></?smses\b{_ATTRS}>)
    |<sms\b(?P<sms>{_ATTRS})/>
    |<mms\b(?P<mms_empty>{_ATTRS})/>
    |<mms\b(?P<mms>{_ATTRS})>(?P<mms_body>(?:(?!<mms\b|<sms\b|</smses\b).)*?)</mms[ \t]*>
    """,
    re.S | re.X,
)
# Where to go on after a broken element: the next line that opens a message or closes the root.
_NEXT_ELEMENT = re.compile(r"\n[ \t]*<(?:sms\b|mms\b|/smses\b)")
_ATTR = re.compile(r"""([\w:.\-]+)[ \t\r\n]*=[ \t\r\n]*(?:"([^"]*)"|'([^']*)')""")
_PART = re.compile(rf"<part\b({_ATTRS})/?>", re.S)
_REFERENCE = re.compile(r"&(?:#([0-9]{1,7})|#[xX]([0-9A-Fa-f]{1,6})|(amp|lt|gt|quot|apos));")
_NAMED = {"amp": "&", "lt": "<", "gt": ">", "quot": '"', "apos": "'"}
_SURROGATE = re.compile("[\ud800-\udfff]")
# SMS `type` / MMS `msg_box`: who wrote the message.
_RECEIVED, _SENT = "1", "2"
_NOT_SENT = {"3": "draft", "4": "outbox", "5": "failed", "6": "queued"}
_NO_NAME = {"", "null", "(Unknown)"}
# MMS parts that are no attachment: the text, and the SMIL layout every MMS carries.
_NOT_ATTACHMENTS = ("text/plain", "application/smil")


def looks_like_sms_backup(text: str) -> bool:
    """Whether a decoded file is an SMS Backup & Restore XML file (see the module docstring)."""
    return _START.match(text.lstrip("\ufeff")[:8192]) is not None


def unescape(value: str) -> str:
    """XML's character and entity references undone; UTF-16 halves written as two references joined."""
    if "&" not in value:
        return value
    text = _REFERENCE.sub(_reference, value)
    if _SURROGATE.search(text) is None:
        return text
    # A pair of halves is one character; a lone half is no character at all.
    return text.encode("utf-16-le", "surrogatepass").decode("utf-16-le", "replace")


def _reference(match: re.Match[str]) -> str:
    decimal, hexadecimal, name = match.groups()
    if name is not None:
        return _NAMED[name]
    code = int(decimal) if decimal is not None else int(hexadecimal, 16)
    return chr(code) if 0 < code <= 0x10FFFF else match.group()


def _attributes(text: str) -> dict[str, str]:
    return {m.group(1): unescape(m.group(2) if m.group(2) is not None else m.group(3)) for m in _ATTR.finditer(text)}


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of SMS Backup & Restore XML files."""
    sessions: list[tuple[str, int, int, int, str | None]] = []
    turns: list[dict[str, object]] = []
    strays: list[tuple[str, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        file_sessions, file_turns, file_strays = _parse_backup(source_id, text.lstrip("\ufeff"))
        sessions.extend(file_sessions)
        turns.extend(file_turns)
        strays.extend(file_strays)
    return build_parsed(sessions, turns, [], strays, TURN_COLUMNS)


def _parse_backup(
    source_id: str, text: str
) -> tuple[list[tuple[str, int, int, int, str | None]], list[dict[str, object]], list[tuple[str, int, str]]]:
    messages: list[tuple[int, dict[str, str], str, list[str]]] = []  # (line, attributes, text, attachment types)
    skipped: list[tuple[int, dict[str, str], dict[str, object]]] = []
    strays: list[tuple[str, int, str]] = []
    position = 0
    line = 1
    counted = 0  # `line` is the line of text[counted]
    while position < len(text):
        line += text.count("\n", counted, position)
        counted = position
        match = _ELEMENT.match(text, position)
        if match is None:
            # No element of the layout starts here (a cut or hand-edited line): the rest of the line is stray, and
            # a broken `<mms` is skipped whole, up to the next message.
            end = text.find("\n", position)
            end = len(text) if end < 0 else end
            strays.append((source_id, line, text[position:end].rstrip("\r")))
            if text.startswith("<mms", position):
                after = _NEXT_ELEMENT.search(text, position)
                end = len(text) if after is None else after.start()
            position = end
            continue
        position = match.end()
        if match.group("sms") is not None:
            attributes = _attributes(match.group("sms"))
            kind = attributes.get("type", "")
            if kind in (_RECEIVED, _SENT):
                messages.append((line, attributes, attributes.get("body", ""), []))
            else:
                reason = _NOT_SENT.get(kind, f"type {kind or 'missing'}")
                skipped.append((line, attributes, {"line": line, "element": "sms", "reason": reason}))
        elif match.group("mms") is not None or match.group("mms_empty") is not None:
            attributes = _attributes(match.group("mms") or match.group("mms_empty") or "")
            parts = [_attributes(p) for p in _PART.findall(match.group("mms_body") or "")]
            texts = [p.get("text", "") for p in parts if p.get("ct", "").lower() == "text/plain"]
            attached = [
                p.get("ct", "") for p in parts if p.get("ct", "").lower() not in ("text/plain", "application/smil")
            ]
            box = attributes.get("msg_box", "")
            if box in (_RECEIVED, _SENT) and texts:
                attributes["type"] = box
                messages.append((line, attributes, "\n".join(texts), attached))
            else:
                reason = (
                    "no text part" if box in (_RECEIVED, _SENT) else _NOT_SENT.get(box, f"msg_box {box or 'missing'}")
                )
                note: dict[str, object] = {"line": line, "element": "mms", "reason": reason}
                if attached:
                    note["parts"] = attached
                skipped.append((line, attributes, note))
    sessions, turns = _threads(source_id, messages, skipped)
    return sessions, turns, strays


def _thread_key(attributes: dict[str, str]) -> str:
    return attributes.get("thread_id") or attributes.get("address", "")


def _threads(
    source_id: str,
    messages: list[tuple[int, dict[str, str], str, list[str]]],
    skipped: list[tuple[int, dict[str, str], dict[str, object]]],
) -> tuple[list[tuple[str, int, int, int, str | None]], list[dict[str, object]]]:
    """Messages -> sessions by thread (in order of first message) and their turns in date order."""
    segment_of: dict[str, int] = {}
    first_line: dict[int, int] = {}
    for line, attributes, _, _ in messages:
        segment = segment_of.setdefault(_thread_key(attributes), len(segment_of))
        first_line.setdefault(segment, line)
    notes: dict[int, list[dict[str, object]]] = {}
    for _, attributes, note in skipped:
        found = segment_of.get(_thread_key(attributes))
        if found is not None:
            notes.setdefault(found, []).append(note)

    def order(message: tuple[int, dict[str, str], str, list[str]]) -> tuple[int, int, int]:
        line, attributes, _, _ = message
        date = attributes.get("date", "")
        return segment_of[_thread_key(attributes)], int(date) if date.isdigit() else 1 << 62, line

    turns: list[dict[str, object]] = []
    sessions: list[tuple[str, int, int, int, str | None]] = []
    index_in_segment: dict[int, int] = {}
    for line, attributes, body, attached in sorted(messages, key=order):
        segment = segment_of[_thread_key(attributes)]
        sent = attributes.get("type") == _SENT
        name = attributes.get("contact_name", "")
        if segment not in index_in_segment:
            index_in_segment[segment] = 0
            metadata: dict[str, object] = {"address": attributes.get("address")}
            if "thread_id" in attributes:
                metadata["thread_id"] = attributes["thread_id"]
            if name not in _NO_NAME:
                metadata["contact_name"] = name
            if segment in notes:
                metadata["skipped"] = notes[segment]
            sessions.append(
                (source_id, segment, segment, first_line[segment], json.dumps(metadata, ensure_ascii=False))
            )
        turns.append(
            {
                "source_id": source_id,
                "segment": segment,
                "source_turn_index": index_in_segment[segment],
                "source_line": line,
                "speaker": "Me" if sent else (name if name not in _NO_NAME else attributes.get("address", "")),
                "_role_word": "counsellor" if sent else "client",
                "text": body,
                "timestamp": attributes.get("readable_date") or attributes.get("date"),
                "source_labels": json.dumps({"attachments": attached}) if attached else None,
            }
        )
        index_in_segment[segment] += 1
    return sessions, turns
