"""Advanced SubStation Alpha / SubStation Alpha subtitles (`.ass`, `.ssa`) -> a session a file.

    [Script Info]
    Title: Role-play 3, first appointment
    ScriptType: v4.00+

    [V4+ Styles]
    Format: Name, Fontname, Fontsize, PrimaryColour, ...
    Style: Default,Arial,20,&H00FFFFFF,...

    [Events]
    Format: Layer, Start, End, Style, Name, MarginL, MarginR, MarginV, Effect, Text
    Dialogue: 0,0:00:01.00,0:00:04.00,Default,Counsellor,0,0,0,,Come in, sit wherever you like.
    Dialogue: 0,0:00:04.50,0:00:06.00,Default,Client,0,0,0,,Thanks.{\\i1} Sorry I'm late.{\\i0}

- Field positions come from the `Format:` line of `[Events]` (the v4+ default when it has none); `Text` is the last
  field and keeps its commas (a Dialogue line is split into as many fields as the Format names, no more).
- Each `Dialogue:` line is a turn at its own line: `speaker` the `Name` (or `Actor`) field, `role` the alias table's
  reading of it, `timestamp` the `Start` field as written. With no Name, a `Label:` opening the text names the
  speaker (`Counsellor: Come in.`); else the line's `Style` does (`Default` is unknown to the alias table).
- The text is unescaped as ASS writes it: `\\N` and `\\n` (line breaks inside a subtitle) become a space, `\\h` (a
  hard space) a space, `{...}` override blocks (`{\\i1}`, `{\\pos(10,20)}`) are removed. Nothing else is changed.
- A Dialogue with no Name in a title or caption style (`Title`, `Caption`, `Sign`, `Card`, `Credits`...) is a title
  card, not speech: it goes to `source_metadata` under `title_cards` (line, start, style, text). `Comment:` events
  are no turns either: they go under `comments`. `Picture:`, `Sound:`, `Movie:` and `Command:` events are skipped.
- `[Script Info]` fields (`Title`, `Original Script`...) go to `source_metadata` under `script_info`; styles, fonts,
  graphics and editor sections are skipped.
- A `Dialogue:` line with fewer fields than the Format names, any other line inside `[Events]`, and text above the
  first section are stray text (an `unparseable_line`), never a turn.

Detection (detect.py, `looks_like_ass`): the first non-blank line is `[Script Info]`, or the file has an `[Events]`
section with a `Format:` and a `Dialogue:` line. (SubRip and WebVTT captions have neither; plain_text reads them.)
"""

from __future__ import annotations

import json
import re

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText
from transforms.formats.chat_cha import TURN_COLUMNS, build_parsed

_DEFAULT_FORMAT = ("layer", "start", "end", "style", "name", "marginl", "marginr", "marginv", "effect", "text")
_SECTION = re.compile(r"^[ \t]*\[([^\[\]\n]+)\][ \t]*$")
_EVENT = re.compile(r"^(Format|Dialogue|Comment|Picture|Sound|Movie|Command)[ \t]*:[ \t]?(.*)$")
_SCRIPT_FIELD = re.compile(r"^([^:;!\n][^:\n]{0,60}?)[ \t]*:[ \t]?(.*)$")
_OVERRIDE = re.compile(r"\{[^{}]*\}")
_LINE_BREAK = re.compile(r"[ \t]*\\[Nn][ \t]*")
_HARD_SPACE = re.compile(r"\\h")
_TITLE_STYLE = re.compile(r"(?i)title|caption|sign|card|credit|chapter|heading|note|typeset")
# A label opening a nameless subtitle's text: one to three words, the first capitalised, then a colon.
_TEXT_LABEL = re.compile(r"^([A-Z][\w.'\-]*(?:[ ][\w.'\-]+){0,2})[ \t]*:[ \t]+(.*)$", re.S)


def looks_like_ass(text: str) -> bool:
    """Whether a decoded file is an ASS/SSA subtitle script (see the module docstring)."""
    head = text.lstrip("\ufeff \t\r\n")[:65_536]
    if head.startswith("[Script Info]"):
        return True
    return (
        re.search(r"(?m)^\[Events\][ \t]*\r?$", head) is not None
        and re.search(r"(?m)^Format:[ \t]*\S", head) is not None
        and re.search(r"(?m)^Dialogue:[ \t]*\S", head) is not None
    )


def unescape(text: str) -> str:
    """A subtitle's Text field as plain text: override blocks off, `\\N`/`\\n` and `\\h` as spaces."""
    return _HARD_SPACE.sub(" ", _LINE_BREAK.sub(" ", _OVERRIDE.sub("", text))).strip()


def _read_file(
    source_id: str, text: str
) -> tuple[dict[str, object], list[dict[str, object]], list[tuple[int, str]], int | None]:
    """One file -> (session metadata, turn rows, stray lines, line of its first section)."""
    fields = list(_DEFAULT_FORMAT)
    section: str | None = None
    first_section: int | None = None
    script_info: dict[str, str] = {}
    title_cards: list[dict[str, object]] = []
    comments: list[dict[str, object]] = []
    rows: list[dict[str, object]] = []
    strays: list[tuple[int, str]] = []
    for line_no, raw in enumerate(text.split("\n"), start=1):
        line = raw.rstrip("\r").lstrip("\ufeff") if line_no == 1 else raw.rstrip("\r")
        if not line.strip() or line.lstrip().startswith(";"):
            continue
        heading = _SECTION.match(line)
        if heading:
            section = heading.group(1).strip().lower()
            first_section = first_section or line_no
            continue
        if section is None:
            strays.append((line_no, line))
            continue
        if section == "script info":
            found = _SCRIPT_FIELD.match(line)
            if found:
                script_info[found.group(1).strip()] = found.group(2).strip()
            continue
        if section != "events":
            continue
        event = _EVENT.match(line)
        if event is None:
            strays.append((line_no, line))
            continue
        kind, value = event.group(1), event.group(2)
        if kind == "Format":
            fields = [name.strip().lower() for name in value.split(",")]
            continue
        if kind not in ("Dialogue", "Comment"):
            continue
        parts = value.split(",", len(fields) - 1)
        if len(parts) < len(fields):
            strays.append((line_no, line))
            continue
        record = dict(zip(fields, parts, strict=True))
        name = (record.get("name") or record.get("actor") or "").strip()
        style = (record.get("style") or "").strip()
        start = (record.get("start") or "").strip() or None
        said = unescape(record.get("text", parts[-1]))
        if kind == "Comment":
            comments.append({"source_line": line_no, "start": start, "name": name, "text": said})
            continue
        if not name and _TITLE_STYLE.search(style):
            title_cards.append({"source_line": line_no, "start": start, "style": style, "text": said})
            continue
        if not name:
            label = _TEXT_LABEL.match(said)
            name, said = (label.group(1), label.group(2).strip()) if label else (style, said)
        rows.append(
            {
                "source_id": source_id,
                "segment": 0,
                "source_turn_index": len(rows),
                "source_line": line_no,
                "speaker": name,
                "_role_word": name,
                "text": said,
                "timestamp": start,
                "source_labels": None,
            }
        )
    metadata: dict[str, object] = {}
    for key, value in (("script_info", script_info), ("title_cards", title_cards), ("comments", comments)):
        if value:
            metadata[key] = value
    return metadata, rows, strays, first_section


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` of ASS/SSA subtitle scripts."""
    sessions: list[tuple[str, int, int, int, str | None]] = []
    turns: list[dict[str, object]] = []
    strays: list[tuple[str, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        metadata, rows, stray_lines, first_section = _read_file(source_id, text)
        if not rows:
            continue
        first_line = min([first_section or int(str(rows[0]["source_line"]))] + [n for n, _ in stray_lines])
        sessions.append((source_id, 0, 0, first_line, json.dumps(metadata, ensure_ascii=False) if metadata else None))
        turns.extend(rows)
        strays.extend((source_id, n, line) for n, line in stray_lines)
    return build_parsed(sessions, turns, [], strays, TURN_COLUMNS)
