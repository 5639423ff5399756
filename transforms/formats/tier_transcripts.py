"""Time-aligned transcripts kept as one tier per speaker: Praat TextGrids and ELAN `.eaf` documents.

Phoneticians and conversation analysts transcribe in these tools: each speaker has a tier of timed intervals,
the turns are the tiers' non-empty intervals in time order.

- **Praat TextGrid** (the long text format Praat writes, or its short one, the same values without their names:
  `File type = "ooTextFile"`, `Object class = "TextGrid"`,
  then `item [n]:` tiers with `name = "Therapist"` and `intervals [k]:` of `xmin`, `xmax`, `text`). An
  `IntervalTier`'s interval with text is a turn by the tier's name, at its `text = "..."` line (the tier names the
  speaker only once, far above), its timestamp `xmin` in seconds; an empty interval is silence, no turn. Point
  tiers (`TextTier`: marks at instants) are annotations, not speech: listed in the session's metadata. `""`
  inside a text is a quote.
- **ELAN** (`<ANNOTATION_DOCUMENT>`): each `<TIER>` with `ALIGNABLE_ANNOTATION`s is a speaker's tier; its
  speaker is the tier's `PARTICIPANT` with its `TIER_ID` as an aside (`Gwen Rhys (Counsellor)`, so the alias
  table reads the role from the tier's name), or the `TIER_ID` alone; each `<ANNOTATION_VALUE>` a turn at its own
  line, timed by its `TIME_SLOT_REF1` (`TIME_ORDER`, milliseconds, written as seconds). Dependent tiers
  (`REF_ANNOTATION`: comments, translations) are no speech: each value goes to the `source_labels` of the
  annotation it refers to, under its tier's id.

- **EXMARaLDA** basic transcriptions (`<basic-transcription>`, `.exb`): a `<common-timeline>` of points (`tli`,
  in order, times optional) and tiers of `<event start= end=>`; a tier of `type="t"` is a speaker's transcription,
  its speaker the speaker table's `<abbreviation>` with the `role` of its `ud-information` as an aside (`TH
  (therapist)`), each event a turn at its own line, ordered by the timeline position of its start. Tiers of type
  `a` and `d` (comments, descriptions: `((laughs))` notes, `recording paused`) are no speech: each event goes to
  the `source_labels` of the turn whose span it starts in, under the tier's display name.

One session a file; turns ordered by start time, ties in file order. An empty ELAN value is an empty turn.
"""

from __future__ import annotations

import json
import re
from typing import Any

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import PARSED_TURN_SCHEMA, ParsedText
from transforms.formats.generic_xml import tree
from transforms.formats.json_common import finish

_TEXTGRID_HEAD = re.compile(r'\A\ufeff?\s*File type = "ooTextFile"\s*\n\s*Object class = "TextGrid"')
_KEY_VALUE = re.compile(r"^\s*(class|name|xmin|xmax|text|mark|number)\s*=\s*(.*?)\s*$")
_ITEM = re.compile(r"^\s*item\s*\[\d+\]\s*:\s*$")
_INTERVAL = re.compile(r"^\s*(intervals|points)\s*\[\d+\]\s*:\s*$")


def looks_like_textgrid(body: str) -> bool:
    return _TEXTGRID_HEAD.match(body[:200]) is not None


def looks_like_eaf(body: str) -> bool:
    return "<ANNOTATION_DOCUMENT" in body[:1000] or looks_like_exb(body)


def looks_like_exb(body: str) -> bool:
    return "<basic-transcription" in body[:1000]


Row = tuple[float, int, str | None, str, str | None, str | None]  # start, line, speaker, text, timestamp, labels


def _textgrid_rows(text: str) -> tuple[list[Row], list[dict[str, object]]]:
    lines = text.split("\n")
    if not any(_ITEM.match(line) for line in lines):
        return _short_textgrid_rows(lines)
    rows: list[Row] = []
    points: list[dict[str, object]] = []
    tier_class = tier_name = None
    start: float | None = None
    kind = None
    number = 0
    while number < len(lines):
        line = lines[number]
        number += 1
        if _ITEM.match(line):
            tier_class = tier_name = None
            kind = None
            continue
        if (interval := _INTERVAL.match(line)) is not None:
            kind, start = interval.group(1), None
            continue
        field = _KEY_VALUE.match(line)
        if field is None:
            continue
        key, value = field.groups()
        if kind is None and key == "class":
            tier_class = _unquote(value)
        elif kind is None and key == "name":
            tier_name = _unquote(value)
        elif kind is not None and key in ("xmin", "number"):
            start = _seconds(value)
        elif kind is not None and key in ("text", "mark"):
            first_line = number
            # A text may run over lines: until its closing quote (`""` is a quote inside it).
            while not _closed(value) and number < len(lines):
                value += "\n" + lines[number].rstrip()
                number += 1
            said = _unquote(value)
            if kind == "points" or tier_class == "TextTier":
                if said.strip():
                    points.append({"tier": tier_name, "time": start, "mark": said, "line": first_line})
            elif said.strip():
                rows.append((start or 0.0, first_line, tier_name, said, _format_seconds(start), None))
    return rows, points


def _short_textgrid_rows(lines: list[str]) -> tuple[list[Row], list[dict[str, object]]]:
    """The short text format Praat also writes: the same values one a line without their names (the grid's xmin,
    xmax and `<exists>`, the number of tiers, then each tier's class, name, xmin, xmax, count and its intervals'
    xmin, xmax and text, or its points' time and mark). A file that stops early keeps what was read."""
    tokens: list[tuple[int, str]] = []  # (line, value): a quoted text may run over lines
    number = 0
    while number < len(lines):
        value = lines[number].strip()
        number += 1
        first_line = number
        if not value or (" = " in value and not value.startswith('"')):  # the `File type = ...` header
            continue
        while not _closed(value) and number < len(lines):
            value += "\n" + lines[number].rstrip()
            number += 1
        tokens.append((first_line, value))
    rows: list[Row] = []
    points: list[dict[str, object]] = []
    values = iter(tokens)
    try:
        next(values), next(values)
        if next(values)[1] != "<exists>":
            return rows, points
        for _ in range(int(next(values)[1])):
            tier_class, tier_name = _unquote(next(values)[1]), _unquote(next(values)[1])
            next(values), next(values)
            for _ in range(int(next(values)[1])):
                start = _seconds(next(values)[1])
                if tier_class == "IntervalTier":
                    next(values)
                said_line, said = next(values)
                said = _unquote(said)
                if not said.strip():
                    continue
                if tier_class == "IntervalTier":
                    rows.append((start or 0.0, said_line, tier_name, said, _format_seconds(start), None))
                else:
                    points.append({"tier": tier_name, "time": start, "mark": said, "line": said_line})
    except (StopIteration, ValueError):
        pass
    return rows, points


def _closed(value: str) -> bool:
    body = value.strip()
    if not body.startswith('"'):
        return True
    inner = body[1:]
    return inner.endswith('"') and (len(inner) - len(inner.rstrip('"'))) % 2 == 1


def _unquote(value: str) -> str:
    body = value.strip()
    if body.startswith('"') and body.endswith('"') and len(body) >= 2:
        body = body[1:-1]
    return body.replace('""', '"')


def _seconds(value: str) -> float | None:
    try:
        return float(value)
    except ValueError:
        return None


def _format_seconds(seconds: float | None) -> str | None:
    return None if seconds is None else f"{seconds:g}"


def _eaf_rows(text: str) -> tuple[list[Row], list[dict[str, object]]]:
    root = tree(text)
    if root is None:
        return [], []
    document = next((e for e in root.children if e.tag == "ANNOTATION_DOCUMENT"), None)
    if document is None:
        return [], []
    times: dict[str, float] = {}
    for order in (e for e in document.children if e.tag == "TIME_ORDER"):
        for slot in order.children:
            milliseconds = _seconds(slot.attrs.get("TIME_VALUE", ""))
            if milliseconds is not None:
                times[slot.attrs.get("TIME_SLOT_ID", "")] = milliseconds / 1000
    labels: dict[str, dict[str, str]] = {}
    aligned: list[tuple[str, float, int, str, str]] = []
    for tier in (e for e in document.children if e.tag == "TIER"):
        tier_id = tier.attrs.get("TIER_ID", "")
        participant = tier.attrs.get("PARTICIPANT", "").strip()
        speaker = f"{participant} ({tier_id})" if participant and tier_id else participant or tier_id
        for annotation in (a for e in tier.children if e.tag == "ANNOTATION" for a in e.children):
            value = next((v for v in annotation.children if v.tag == "ANNOTATION_VALUE"), None)
            said = "" if value is None else value.own_text
            line = annotation.line if value is None else value.line
            if annotation.tag == "REF_ANNOTATION":
                labels.setdefault(annotation.attrs.get("ANNOTATION_REF", ""), {})[tier_id] = said
            elif annotation.tag == "ALIGNABLE_ANNOTATION":
                start = times.get(annotation.attrs.get("TIME_SLOT_REF1", ""), 0.0)
                aligned.append((annotation.attrs.get("ANNOTATION_ID", ""), start, line, speaker, said))
    rows: list[Row] = [
        (
            start,
            line,
            speaker,
            said,
            _format_seconds(start),
            json.dumps(labels[annotation_id], ensure_ascii=False) if annotation_id in labels else None,
        )
        for annotation_id, start, line, speaker, said in aligned
    ]
    return rows, []


def _exb_rows(text: str) -> tuple[list[Row], list[dict[str, object]]]:
    root = tree(text)
    document = None if root is None else next((e for e in root.children if e.tag == "basic-transcription"), None)
    if document is None:
        return [], []
    speakers: dict[str, str] = {}
    body = next((e for e in document.children if e.tag == "basic-body"), None)
    head = next((e for e in document.children if e.tag == "head"), None)
    for table in (e for e in (head.children if head else []) if e.tag == "speakertable"):
        for entry in (e for e in table.children if e.tag == "speaker"):
            abbreviation = next((e.own_text.strip() for e in entry.children if e.tag == "abbreviation"), "")
            role = next(
                (
                    info.own_text.strip()
                    for info in _descendants(entry)
                    if info.tag == "ud-information" and info.attrs.get("attribute-name", "").lower() == "role"
                ),
                "",
            )
            name = abbreviation or entry.attrs.get("id", "")
            speakers[entry.attrs.get("id", "")] = f"{name} ({role})" if role and name else name or role
    if body is None:
        return [], []
    order: dict[str, tuple[int, float | None]] = {}
    for timeline in (e for e in body.children if e.tag == "common-timeline"):
        for position, point in enumerate(e for e in timeline.children if e.tag == "tli"):
            order[point.attrs.get("id", "")] = (position, _seconds(point.attrs.get("time", "")))
    spoken: list[tuple[int, int, int, str | None, str, float | None]] = []
    notes: list[tuple[int, int, str, str]] = []
    for tier in (e for e in body.children if e.tag == "tier"):
        kind = tier.attrs.get("type", "t")
        speaker = speakers.get(tier.attrs.get("speaker", ""), tier.attrs.get("display-name", "")) or None
        for event in (e for e in tier.children if e.tag == "event"):
            start, seconds = order.get(event.attrs.get("start", ""), (len(order), None))
            end, _ = order.get(event.attrs.get("end", ""), (start, None))
            if kind == "t":
                spoken.append((start, end, event.line, speaker, event.own_text, seconds))
            else:
                notes.append((start, event.line, tier.attrs.get("display-name", "") or tier.attrs.get("id", ""),
                              event.own_text.strip()))  # fmt: skip
    labels: dict[int, dict[str, str]] = {}
    for start, _, tier_name, note in notes:
        owner = next((line for begin, end, line, *_ in spoken if begin <= start < max(end, begin + 1)), None)
        if owner is not None:
            labels.setdefault(owner, {})[tier_name] = note
    rows: list[Row] = [
        (
            float(start),
            line,
            speaker,
            said,
            _format_seconds(seconds),
            json.dumps(labels[line], ensure_ascii=False) if line in labels else None,
        )
        for start, _, line, speaker, said, seconds in spoken
    ]
    return rows, []


def _descendants(element: Any) -> list[Any]:
    found = []
    for child in element.children:
        found.append(child)
        found.extend(_descendants(child))
    return found


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, text, ...)` -> one session a file, its tiers' intervals as turns in time order."""
    turns: list[tuple[str, int, int, int, str | None, str, str | None, str | None]] = []
    sessions: list[tuple[str, int, int, str | None]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        body = text.lstrip("\ufeff")
        rows, points = (
            _textgrid_rows(text)
            if looks_like_textgrid(body)
            else _exb_rows(text)
            if looks_like_exb(body)
            else _eaf_rows(text)
        )
        if not rows:
            continue
        ordered = sorted(rows, key=lambda row: (row[0], row[1]))
        for index, (_, line, speaker, said, timestamp, labels) in enumerate(ordered):
            turns.append((source_id, 0, index, line, speaker, said.strip(), timestamp, labels))
        metadata = json.dumps({"points": points}, ensure_ascii=False) if points else None
        sessions.append((source_id, 0, min(row[1] for row in rows), metadata))
    turn_frame = pl.DataFrame(turns, schema={k: v for k, v in PARSED_TURN_SCHEMA.items() if k != "role"}, orient="row")
    session_frame = pl.DataFrame(
        sessions,
        schema={"source_id": pl.String, "segment": pl.Int64, "record_line": pl.Int64, "source_metadata": pl.String},
        orient="row",
    )
    return finish(turn_frame, session_frame)
