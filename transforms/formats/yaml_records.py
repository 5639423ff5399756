"""YAML sessions that hold their turns: nested_json's shape, written as YAML.

    - id: S-01                       # or one session a document, `---` between them,
      approach: CBT                  # or `sessions:` / `dialogues:` holding the list
      turns:
        - counsellor: "Hello Derek, what brings you here?"
        - client: |
            Work, mostly.
        - speaker: counsellor
          text: Tell me more.

A document is a session mapping, a list of them, or a mapping whose list of sessions is under one of
SESSION_LIST_KEYS (`sessions`, `dialogues`...), or under the one key whose list holds sessions; that mapping's
own scalar keys (a client id) are every session's metadata too, under the session's own. A session's turns are
found as nested_json finds them (TURN_LIST_KEYS, else the one list of speaker-and-text mappings), and a turn is
either keyed as there (flat_json's SPEAKER_KEYS, TEXT_KEYS, TIMESTAMP_KEYS, LABEL_KEYS; a key in another case,
`Speaker`, matches too) or a mapping of one key, the speaker, to its text (`- Therapist: ...`), beside which only
timestamp and label keys may stand. That second form is only looked for under TURN_LIST_KEYS: a list of
one-key mappings under any other name (`goals: [{short: sleep}]`) is as likely metadata.

- Texts are kept as written: plain, quoted or block scalars, `- client: yes` is "yes" and `- client: 007` is
  "007" (never YAML 1.1's true and 7). An empty or null text (`- client: ""`, `- client:`, `~`) is a turn with
  empty text, which the empty_turn step reports. Comments are no turns.
- A session's other scalar keys are its `sessions.source_metadata`, as in nested_json: `true`/`false` and
  numbers written as such (`4`, `4.5`) are JSON booleans and numbers, anything else its text (`2024-04-09`,
  `007`, `yes`); null keys are left out. A `system` turn is the session's `system_prompt`.
- An item of a turn list that is no turn (a bare string, a mapping of two speakers) is a stray line, so an
  `unparseable_line` defect; a session without turns gives no session.
- `source_line`: a turn's is the line where its list item starts (the `- client:` line), a session's the line
  where its mapping starts (`- id: S-01`).

Reading. YAML is rare here, so it is read per file in Python, but with libyaml's event parser (C) and a composer
of our own that keeps only what a session needs: PyYAML's composer recurses once per nesting level (libyaml's
overflows the C stack and kills the process near 100,000 levels), so ours stops at MAX_DEPTH, and never
constructs objects from tags (safe loading: a `!!python/object` tag is just text). Aliases may repeat sessions or
turn lists, but not beyond one turn per two characters of the file (a "billion laughs" file is refused by
preflight). The turns of a batch then become one frame, read by nested_json's own turn_fields and
finish_sessions. Detection, preflight and the parser all ask for the same read: the last few files' reads are
kept, keyed by a digest of the text, so each is read once.

Detection (detect.py): after every JSON shape, a file is YAML when its name ends in `.yaml`/`.yml`, or its text
has a line that opens a turn or session list (`turns:`, `  dialogue:`...), AND it reads as YAML holding at least
one session with a turn list. `Therapist: Hello` lines are a valid YAML mapping, but one of labels, with no
turn list: plain text still reads them. YAML that does not read falls back to plain text; if that finds no
turns either, the quarantine reason says where the YAML broke (reason_unread).
"""

from __future__ import annotations

import hashlib
import math
import re
import threading
from bisect import bisect_right
from collections import OrderedDict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any, NamedTuple

import polars as pl
import yaml  # PyYAML, with its libyaml binding when built with it

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import STRAY_LINE_SCHEMA, ParsedText, empty_parsed
from transforms.formats.flat_json import LABEL_KEYS, SPEAKER_KEYS, TEXT_KEYS, TIMESTAMP_KEYS
from transforms.formats.nested_json import (
    TURN_KEYS,
    TURN_LIST_KEYS,
    finish_sessions,
    session_keys,
    turn_fields,
    turn_list_key,
)

# Keys under which a document lists its sessions, when it is a mapping of more than one session.
SESSION_LIST_KEYS = ("sessions", "dialogues", "dialogs", "conversations", "transcripts", "records")
# Nesting deeper than this is no transcript: reading stops there (see the module docstring).
MAX_DEPTH = 200
SUFFIXES = (".yaml", ".yml")

_Loader: type[Any] = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
_NULL_TAG = "tag:yaml.org,2002:null"
_NULLS = ("", "~", "null", "Null", "NULL")
_TURN_KEY_SET = frozenset(TURN_KEYS)
_SPEAKER_SET = frozenset(SPEAKER_KEYS)
_TEXT_SET = frozenset(TEXT_KEYS)
_BESIDE_ONE_KEY = frozenset((*TIMESTAMP_KEYS, *LABEL_KEYS))
# A line that opens a turn or session list, its items on the lines below: `turns:`, `  - Dialogue:  # notes`. Searched
# with polars (Rust's regex): the gate every plain-text file passes through, at a few milliseconds a megabyte.
_LIST_KEY_LINE = (
    r"(?mi)^[ \t]*(?:-[ \t]+)?[\"']?(?:"
    + "|".join(re.escape(key) for key in (*TURN_LIST_KEYS, *SESSION_LIST_KEYS))
    + r")[\"']?[ \t]*:[ \t]*(?:#.*)?$"
)
# Line breaks YAML counts that an editor (and transforms.lines) does not.
_OTHER_BREAKS = re.compile("[\x85\u2028\u2029]")
_INT = re.compile(r"-?(?:0|[1-9][0-9]*)")


# --- a composer of our own: plain nodes, an explicit stack -------------------------------------------------


@dataclass(eq=False)
class _Scalar:
    value: str
    # Written without quotes or tag: only such a scalar can be null, a boolean or a number.
    plain: bool
    tag: str | None
    line: int

    @property
    def is_null(self) -> bool:
        return self.tag == _NULL_TAG or (self.plain and self.value in _NULLS)


@dataclass(eq=False)
class _Seq:
    line: int
    items: list[_Node] = field(default_factory=list)


@dataclass(eq=False)
class _Map:
    line: int
    # Keys and values alternate, as the events come.
    flat: list[_Node] = field(default_factory=list)

    def pairs(self) -> list[tuple[str, _Node]]:
        """(key, value) for each scalar key, in order; a key that is a list or mapping is skipped."""
        keys, values = self.flat[0::2], self.flat[1::2]
        return [(k.value, v) for k, v in zip(keys, values, strict=False) if isinstance(k, _Scalar)]


_Node = _Scalar | _Seq | _Map


class _Unreadable(Exception):
    """YAML that does not read; the message gives a kind and a position, never the file's text."""


def _compose(text: str) -> list[_Node]:
    """The documents of `text` as plain nodes (an alias is the very node of its anchor)."""
    line_of = _line_counter(text)
    documents: list[_Node] = []
    # The collections being read, each with its anchor.
    stack: list[tuple[_Seq | _Map, str | None]] = []
    anchors: dict[str, _Node] = {}
    try:
        loader = _Loader(text)
    except (UnicodeError, ValueError) as error:  # a lone surrogate cannot be handed to libyaml
        raise _Unreadable(type(error).__name__) from None
    try:
        while loader.check_event():
            event = loader.get_event()
            node: _Node
            anchor: str | None = None
            if isinstance(event, yaml.ScalarEvent):
                node = _Scalar(event.value, bool(event.implicit[0]), event.tag, line_of(event.start_mark))
                anchor = event.anchor
            elif isinstance(event, yaml.AliasEvent):
                if event.anchor not in anchors:
                    # Also an alias inside its own anchor: anchors are registered when complete, so none loops.
                    raise _Unreadable(f"an alias to no complete anchor (line {line_of(event.start_mark)})")
                node = anchors[event.anchor]
            elif isinstance(event, (yaml.SequenceStartEvent, yaml.MappingStartEvent)):
                if len(stack) >= MAX_DEPTH:
                    raise _Unreadable(f"nested more than {MAX_DEPTH} deep (line {line_of(event.start_mark)})")
                start = line_of(event.start_mark)
                stack.append((_Seq(start) if isinstance(event, yaml.SequenceStartEvent) else _Map(start), event.anchor))
                continue
            elif isinstance(event, (yaml.SequenceEndEvent, yaml.MappingEndEvent)):
                node, anchor = stack.pop()
            elif isinstance(event, yaml.DocumentEndEvent):
                anchors.clear()  # anchors belong to their document
                continue
            else:
                continue
            if anchor is not None:
                anchors[anchor] = node
            if not stack:
                documents.append(node)
            elif isinstance(parent := stack[-1][0], _Seq):
                parent.items.append(node)
            else:
                parent.flat.append(node)
    except yaml.MarkedYAMLError as error:
        mark = error.problem_mark
        where = f" (line {line_of(mark)}, column {mark.column + 1})" if mark is not None else ""
        # The problem's kind only: the context PyYAML adds around it quotes the file.
        raise _Unreadable(f"{error.problem or type(error).__name__}{where}") from None
    except yaml.reader.ReaderError as error:
        # A character YAML does not allow (a form feed): libyaml's reason and the line.
        raise _Unreadable(f"{error.reason} (line {text.count(chr(10), 0, error.position) + 1})") from None
    except (yaml.YAMLError, UnicodeError, ValueError) as error:
        raise _Unreadable(type(error).__name__) from None
    finally:
        loader.dispose()
    return documents


def _line_counter(text: str) -> Callable[[Any], int]:
    """Mark -> 1-based line as the file's `\\n`s count them (YAML also breaks lines at NEL, LS and PS)."""
    if not _OTHER_BREAKS.search(text):
        return lambda mark: int(mark.line) + 1
    starts = [match.end() for match in re.finditer("\n", text)]
    return lambda mark: bisect_right(starts, mark.index) + 1


# --- sessions and turns from the nodes ---------------------------------------------------------------------


@dataclass(frozen=True)
class _Turn:
    line: int
    # TURN_KEYS keys -> the text as written (None for null).
    fields: dict[str, str | None]


@dataclass(frozen=True)
class _Session:
    line: int
    metadata: str | None
    turns: tuple[_Turn, ...]
    # Lines of turn-list items that are no turns.
    strays: tuple[int, ...]


@dataclass(frozen=True)
class _Read:
    sessions: tuple[_Session, ...] = ()
    # Why the file is YAML that cannot be read.
    unreadable: str | None = None
    # Why a file of sessions is refused all the same (preflight quarantines it; parse_files reads nothing of it):
    # values of the wrong type, aliases that repeat too much.
    problem: str | None = None


class _TurnRead(NamedTuple):
    fields: dict[str, str | None]
    # Lines of values that are lists or mappings under a turn key (speaker, text, time, label).
    wrong: list[int]
    # Whether the turn named its text with a key (not `- client: ...`).
    keyed: bool


def _turn(node: _Node, one_key: bool, keyed_list: bool) -> _TurnRead | None:
    """A turn, or None if the item is no turn.

    Keyed when it has a text key, or a speaker key in a list whose turns have text keys (`- who: client` there is
    a turn without text); else, when `one_key` (under one of TURN_LIST_KEYS), a mapping of one speaker to its
    text, timestamp and label keys beside; else keyed if it has a speaker key."""
    if not isinstance(node, _Map):
        return None
    pairs = [(_turn_key(key), value) for key, value in node.pairs()]
    fields = {key: _text(value) for key, value in pairs if key in _TURN_KEY_SET}
    wrong = [value.line for key, value in pairs if key in _TURN_KEY_SET and not isinstance(value, _Scalar)]
    has_speaker = any(key in _SPEAKER_SET for key in fields)
    if any(key in _TEXT_SET for key in fields) or (keyed_list and has_speaker):
        return _TurnRead(fields, wrong, keyed=True)
    others = [(key, value) for key, value in pairs if key not in _BESIDE_ONE_KEY]
    if one_key and len(others) == 1 and isinstance(others[0][1], _Scalar):
        speaker, text = others[0]
        beside = {key: value for key, value in fields.items() if key in _BESIDE_ONE_KEY}
        # Under the first speaker and text keys, so nested_json's turn_fields reads both forms alike.
        return _TurnRead({**beside, SPEAKER_KEYS[0]: speaker, TEXT_KEYS[0]: _text(text)}, wrong, keyed=False)
    return _TurnRead(fields, wrong, keyed=True) if has_speaker else None


def _turn_key(key: str) -> str:
    """A turn key as flat_json spells it: `Speaker` is `speaker` (exact spellings first: `dialogId`)."""
    return key if key in _TURN_KEY_SET or key.lower() not in _TURN_KEY_SET else key.lower()


def _list_key(key: str) -> str:
    """A list's key as nested_json spells TURN_LIST_KEYS: `Turns` is `turns`."""
    return key if key in TURN_LIST_KEYS or key.lower() not in TURN_LIST_KEYS else key.lower()


def _text(node: _Node) -> str | None:
    return None if not isinstance(node, _Scalar) or node.is_null else node.value


def _scalar_value(node: _Scalar) -> str | int | float | bool | None:
    """A metadata value: null, booleans and numbers when written as JSON writes them, else the text."""
    if node.is_null:
        return None
    if not node.plain:
        return node.value
    if node.value in ("true", "false", "True", "False", "TRUE", "FALSE"):
        return node.value.lower() == "true"
    if _INT.fullmatch(node.value):
        return int(node.value)
    try:
        number = float(node.value)
    except ValueError:
        return node.value
    return number if math.isfinite(number) and repr(number) == node.value else node.value


def _probe(node: _Map, inherited: dict[str, Any]) -> dict[str, Any]:
    """The session as nested_json.session_keys reads a decoded one: its scalar keys (after those it inherits) as
    values, each list as its first turn, a mapping as an empty one.

    nested_json looks at a list's first item only. A one-key turn stands there as its speaker alone, so
    turn_list_key takes its list under TURN_LIST_KEYS (where a turn needs no text) and never under another name
    (where it needs a speaker and a text key)."""
    probe = dict(inherited)
    for key, value in node.pairs():
        if isinstance(value, _Scalar):
            probe[key] = _scalar_value(value)
        elif isinstance(value, _Seq):
            probe[_list_key(key)] = _first_turn(value, _list_key(key) in TURN_LIST_KEYS)
        else:
            probe[key] = {}
    return probe


def _first_turn(seq: _Seq, one_key: bool) -> list[Any]:
    first = next((item for item in seq.items if not _is_null(item)), None)
    if first is None:
        return []
    turn = _turn(first, one_key, keyed_list=False)
    if turn is None:
        return [None]
    return [turn.fields if turn.keyed else {SPEAKER_KEYS[0]: turn.fields[SPEAKER_KEYS[0]]}]


def _is_null(node: _Node) -> bool:
    return isinstance(node, _Scalar) and node.is_null


def _holds_turns(node: _Node) -> bool:
    return isinstance(node, _Map) and turn_list_key(_probe(node, {})) is not None


def _sessions_of(document: _Node) -> list[tuple[_Map, dict[str, Any]]]:
    """The session mappings of one document, each with the metadata it inherits from a mapping around it."""
    if isinstance(document, _Seq):
        items = document.items
        return [(item, {}) for item in items if isinstance(item, _Map)] if any(map(_holds_turns, items)) else []
    if not isinstance(document, _Map):
        return []
    if _holds_turns(document):
        return [(document, {})]
    # A mapping of several sessions: under the first of SESSION_LIST_KEYS whose list holds one, else under the one
    # key whose list holds one.
    holding = [
        (key.lower(), value)
        for key, value in document.pairs()
        if isinstance(value, _Seq) and any(map(_holds_turns, value.items))
    ]
    named = [value for key, value in holding if key in SESSION_LIST_KEYS]
    found = named[0] if named else holding[0][1] if len(holding) == 1 else None
    if found is None:
        return []
    inherited = {key: _scalar_value(value) for key, value in document.pairs() if isinstance(value, _Scalar)}
    return [(item, inherited) for item in found.items if isinstance(item, _Map)]


def _read_session(node: _Map, inherited: dict[str, Any], budget: int) -> tuple[_Session, list[int], int]:
    """The session, the lines of its turns' values of the wrong type, and what is left of the turn budget."""
    key, metadata, _speaker_map = session_keys(_probe(node, inherited))
    turn_list = next(
        (value for name, value in node.pairs() if isinstance(value, _Seq) and _list_key(name) == key), None
    )
    items = turn_list.items if turn_list is not None else []
    budget -= len(items)
    if budget < 0:
        return _Session(node.line, metadata, (), ()), [], budget
    one_key = key in TURN_LIST_KEYS
    keyed_list = any(
        isinstance(item, _Map) and any(_turn_key(k) in _TEXT_SET for k, _ in item.pairs()) for item in items
    )
    turns: list[_Turn] = []
    strays: list[int] = []
    wrong: list[int] = []
    for item in items:
        turn = _turn(item, one_key, keyed_list)
        if turn is not None:
            turns.append(_Turn(item.line, turn.fields))
            wrong.extend(turn.wrong)
        elif not _is_null(item):
            strays.append(item.line)
    return _Session(node.line, metadata, tuple(turns), tuple(strays)), wrong, budget


def _read_text(text: str) -> _Read:
    try:
        documents = _compose(text)
    except _Unreadable as error:
        return _Read(unreadable=str(error))
    # Without aliases a turn takes two characters at least (`{a}` is a mapping): more turns than that are
    # aliases repeated over and over.
    budget = len(text) // 2 + 1
    sessions: list[_Session] = []
    wrong: list[int] = []
    for document in documents:
        for node, inherited in _sessions_of(document):
            session, wrong_here, budget = _read_session(node, inherited, budget)
            sessions.append(session)
            wrong.extend(wrong_here)
            if budget < 0:
                return _Read(tuple(sessions), problem="YAML whose aliases repeat more turns than the file could hold")
    problem = None
    if wrong:
        problem = (
            f"YAML values of the wrong type: a list or mapping as a turn's speaker, text, time or label "
            f"(line {min(wrong)})"
        )
    return _Read(tuple(sessions), problem=problem)


_CACHE: OrderedDict[bytes, _Read] = OrderedDict()
_CACHE_SIZE = 16
_CACHE_LOCK = threading.Lock()


def _read(text: str) -> _Read:
    """_read_text, remembered for the last few files: detection, preflight and the parser each ask."""
    digest = hashlib.blake2b(text.encode("utf-8", "surrogatepass"), digest_size=16).digest()
    with _CACHE_LOCK:
        if digest in _CACHE:
            _CACHE.move_to_end(digest)
            return _CACHE[digest]
    read = _read_text(text)
    with _CACHE_LOCK:
        _CACHE[digest] = read
        while len(_CACHE) > _CACHE_SIZE:
            _CACHE.popitem(last=False)
    return read


# --- what detect.py, preflight and the batch ask ------------------------------------------------------------


def looks_like_yaml(path: str, text: str) -> bool:
    """The cheap gate: a `.yaml`/`.yml` name, or a line that opens a turn or session list."""
    return path.lower().endswith(SUFFIXES) or bool(pl.Series([text], dtype=pl.String).str.contains(_LIST_KEY_LINE)[0])


def holds_sessions(path: str, text: str) -> bool:
    """Whether the file is YAML of sessions with turn lists (detect.py; JSON is ruled out before)."""
    return looks_like_yaml(path, text) and bool(_read(text).sessions)


def structural_problem(text: str) -> str | None:
    """Why a YAML file of sessions is quarantined before parsing (preflight), or None."""
    return _read(text).problem


def reason_unread(path: str, text: str) -> str | None:
    """For a file that looked like YAML but was read as plain text: why it was not read as YAML."""
    if not looks_like_yaml(path, text):
        return None
    read = _read(text)
    if read.unreadable is not None:
        return f"YAML that cannot be read: {read.unreadable}"
    if not read.sessions:
        return (
            "YAML without sessions holding turns (expected sessions with a list of turns under `turns`, "
            "`dialogue`, `utterances`..., each turn `- client: ...` or `{speaker, text}`)"
        )
    return None


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    turn_rows: list[dict[str, Any]] = []
    session_rows: list[tuple[str, int, int, str | None]] = []
    stray_rows: list[tuple[str, int, str]] = []
    for source_id, text in files.select("source_id", "text").iter_rows():
        read = _read(text)
        if read.problem is not None:
            continue  # preflight quarantines such a file; read alone, it gives nothing
        lines = text.split("\n") if any(session.strays for session in read.sessions) else []
        for segment, session in enumerate(read.sessions):
            session_rows.append((source_id, segment, session.line, session.metadata))
            turn_rows.extend(
                {"source_id": source_id, "segment": segment, "source_line": turn.line, **turn.fields}
                for turn in session.turns
            )
            stray_rows.extend((source_id, line, lines[line - 1]) for line in session.strays)
    if not turn_rows:
        return empty_parsed()
    schema = {"source_id": pl.String, "segment": pl.Int64, "source_line": pl.Int64}
    turns = (
        pl.from_dicts(turn_rows, schema={**schema, **{key: pl.String for key in TURN_KEYS}})
        .pipe(turn_fields)
        .select("source_id", "segment", "source_line", "speaker", "text", "timestamp", "source_labels")
    )
    sessions = pl.DataFrame(
        session_rows,
        schema={"source_id": pl.String, "segment": pl.Int64, "record_line": pl.Int64, "other_keys": pl.String},
        orient="row",
    )
    strays = pl.DataFrame(
        stray_rows, schema={name: STRAY_LINE_SCHEMA[name] for name in ("source_id", "line_no", "line")}, orient="row"
    ).sort("source_id", "line_no")
    return finish_sessions(turns, sessions, strays)


__all__ = [
    "SESSION_LIST_KEYS",
    "holds_sessions",
    "looks_like_yaml",
    "parse_files",
    "reason_unread",
    "structural_problem",
]
