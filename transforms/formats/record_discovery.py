"""Turns found in structured files of a shape no parser knows: lists of records, which field is whose words.

generic_json.py and generic_xml.py walk a file into candidate lists (a JSON array of objects, an XML element's
repeated children), each record flattened to `path -> Field` (`sender.display`, `payload.contentString`,
`@who`, `body`, `#text`). Here each list is judged on its own values, not on the names a known exporter uses:

- the **speaker** field is a short one-line value in (nearly) every record, taking few distinct values, that is
  not a number or a time, and that either sits under a speaker-like key (SPEAKER_HINT: `from`, `sender`,
  `author`, `role`, `who`...) or names a role the alias table knows (`Counsellor`, `seeker`);
- the **text** field is the longest prose field (values with spaces, most records): a key that says text
  (TEXT_HINT) counts double;
- a list is a session only if both are found and no record holds such a list itself (the innermost lists
  are the conversations: Telegram's `chats.list` holds chats, each chat's `messages` the turns);
- a field under a conversation-id-like key (`thread_id`, `roomId`) with several values splits the list into a
  session per value, in order of first appearance; a time-like field is the turn's timestamp.

A list whose records name no speaker may still be a conversation of one exchange a record, the shape of the
question-and-answer datasets counselling models are trained on (`{"Context": ..., "Response": ...}`, a CSV of
`questionText,...,answerText`, `{"instruction", "input", "output"}`): a prose field under an asking key (ASK_KEY,
the client's) and one under an answering key (REPLY_KEY, the counsellor's) make each record a session of two
turns, its other short fields the session's metadata (`choose_exchange`).

A record without the speaker field is still a turn (an unknown speaker), one without text a turn with empty
text (the empty_turn step reports it): nothing in a chosen list is dropped silently. The list's container's
scalar fields (a chat's `name`, a conversation element's attributes) are its session's metadata.

Slow next to the format parsers (a Python walk of the whole document), so only files no parser reads come here.
"""

from __future__ import annotations

import html
import itertools
import json
import re
from collections import Counter
from dataclasses import dataclass, field

import polars as pl

from transforms.formats.base import PARSED_TURN_SCHEMA, ParsedText
from transforms.formats.nested_json import finish_sessions
from transforms.meta_text import REASONING_TAGS
from transforms.speakers import role_of

# Last key of a path (lower-cased, `_`/`-` dropped) that names who speaks / what was said / when / which talk.
SPEAKER_HINT = re.compile(
    r"(speaker|sender|from|author|role|who|user(name)?|name|display(name)?|participant|actor|by|person|agent|party)$"
)
TEXT_HINT = re.compile(r"(text|content(string)?|body|message|msg|utterance|said|transcript|value|string|words?|u)")
TIME_HINT = re.compile(
    r"(created|sent|posted|send|received|start|message|msg)?(time(stamp)?|date(time)?|ts|at|on)|sent|created|when"
)
SESSION_HINT = re.compile(
    r"(conversation|conv|session|thread|dialog(ue)?|chat|room|channel|call|sim|simulation|episode|sample|case|"
    r"encounter)(id|ref|reference|uuid|key)"
)
# Last keys under which a record of one exchange keeps the client's words, and the counsellor's answer.
ASK_KEY = re.compile(
    r"context|situation|question(text|body)?|input|prompt|query|post(text|body)?"
    r"|(user|human|client|patient|seeker|helpseeker)(message|text|input|query|question|utterance|post)?"
)
REPLY_KEY = re.compile(
    r"response|answer(text|body)?|output|completion|reply|advice"
    r"|(therapist|counsell?or|doctor|assistant|supporter|psychologist|expert|listener|gpt|bot|model)"
    r"(message|text|response|reply|answer|utterance)?"
)
# An Alpaca-style record asks in its instruction when it has no input.
_FALLBACK_ASK_KEY = "instruction"
_MAX_EXCHANGE_META = 20
# A field of an earlier exchange, flattened by the walker: `history.3.0`.
_HISTORY_ITEM = re.compile(r"^((?:.*\.)?history)\.\d+\.[01]$")
_CJK = re.compile(r"[\u3040-\u30ff\u3400-\u9fff\uac00-\ud7af]")
# Values that are identifiers, numbers or times, never a speaker's name or a sentence.
_NOT_A_NAME = re.compile(r"^[\d\s:.,\-+/TZ]*$|^[0-9a-f]{8,}$|^https?://")
_MAX_SPEAKER_CHARS = 60
# One token of letters, digits and separators with a digit in it: an account or user id, not a name.
_ACCOUNT_ID = re.compile(r"^(?=[^\s]*\d)[\w.:@+/-]+$")
_NUMBERED_SPEAKER_KEY = re.compile(r"speaker(id|idx|tag|label|number|index)?|spk(id)?|channel(tag)?")
_ISO_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}")
_EPOCH = re.compile(r"^\d{9,13}(?:\.\d+)?$")
# Any element of a message body (Teams, e-mail and chat-widget exports, Outlook's `<o:p>`) but a model's reasoning
# tags: a leaked `<think>` block is an artefact the meta-text step must see, not markup to strip.
_HTML_TAG = re.compile(rf"</?(?!{REASONING_TAGS}\b)[a-zA-Z][\w:-]*(?:\s[^<>]*)?/?>")
_BLOCKQUOTE = re.compile(r"(?is)<blockquote\b.*?</blockquote>")
_BREAK = re.compile(r"(?i)<br\s*/?>|</p>\s*<p\b[^>]*>")
_ENTITY = re.compile(r"&(?:apos|quot|amp|lt|gt|nbsp|#\d{2,5}|#x[0-9a-fA-F]{2,4});")


@dataclass(frozen=True)
class Field:
    value: str
    line: int


@dataclass(frozen=True)
class Record:
    line: int
    fields: dict[str, Field]


@dataclass(frozen=True)
class Choice:
    speaker: str
    text: str
    timestamp: str | None
    session: str | None
    # A field whose leading word names each speaker's role where the speaker field holds names (FHIR's
    # `sender.reference`: `Practitioner/p1` beside `sender.display`: `Dr Chidi Okafor`).
    role: str | None = None
    # (field, value) that the list's messages share and its other records lack (a bundle's `resourceType`:
    # `Communication`, beside the `Practitioner` and `Patient` resources it includes): those are no turns.
    kind: tuple[str, str] | None = None


@dataclass(frozen=True)
class Exchange:
    # The paths of the client's words and of the counsellor's answer in each record, and of the exchanges before
    # them (`history.0.0`, `history.0.1`, ...: LLaMA-Factory's `[question, answer]` pairs).
    ask: str
    reply: str
    history: str | None = None


@dataclass(frozen=True)
class RoleColumns:
    # Columns named for the roles (`Therapist`, `Client`), each row's words under the one who spoke them: a
    # transcriber's spreadsheet. A row's speaker is the column that holds its text.
    columns: tuple[str, ...]
    timestamp: str | None


@dataclass
class RecordList:
    # Where the list starts (its key's or element's line), the fields `choose` picked for it (the walkers keep only
    # lists it accepts, so parsing does not choose again) and what its container says about it.
    line: int
    records: list[Record]
    choice: Choice | Exchange | RoleColumns
    metadata: dict[str, str] = field(default_factory=dict)


def _last_key(path: str) -> str:
    return re.sub(r"[_\-\s]", "", re.split(r"[.@]", path)[-1]).lower().lstrip("#$")


def _session_key(path: str) -> str:
    """The last key, with its parent's before it when it only says "the id of" (FHIR's `encounter.reference`)."""
    last = _last_key(path)
    parents = re.split(r"[.@]", path)[:-1]
    if last in ("id", "ref", "reference", "key") and parents:
        return _last_key(parents[-1]) + last
    return last


def _roles(values: set[str]) -> dict[str, str]:
    """value -> the role the alias table gives it, for the values it knows."""
    if not values:
        return {}
    frame = pl.DataFrame({"v": sorted(values)}).with_columns(role_of(pl.col("v")).alias("role"))
    return dict(frame.filter(pl.col("role") != "unknown").iter_rows())


def _leading_word(value: str) -> str:
    return re.split(r"[/:#|\s]", value.strip(), maxsplit=1)[0]


# A FHIR reference names a resource by its type and id (`Practitioner/pr-mkinnaird`, `Patient/pt-20931`): the type says
# the role, the id who it is.
_REFERENCE = re.compile(r"^([A-Z][A-Za-z]+)/([\w.\-:]{1,64})$")


def _references_roles(values: set[str]) -> bool:
    """Are `values` all FHIR-style references whose types include a counsellor's and a client's?"""
    matches = [_REFERENCE.match(v.strip()) for v in values]
    if not values or not all(matches):
        return False
    return set(_roles({m.group(1) for m in matches if m}).values()) >= {"therapist", "client"}


def choose(records: list[Record]) -> Choice | None:
    """The speaker, text, timestamp and session fields of a list's records; None if it is not a conversation."""
    if len(records) < 2:
        return None
    text = _text_field(_values(records), len(records))
    if text is None:
        return None
    kind = _kind(records, text)
    said = [r for r in records if kind is None or r.fields[kind[0]].value == kind[1]]
    n = len(said)
    if n < 2:
        return None
    values = _values(said)
    speaker = _speaker_field({p: v for p, v in values.items() if p != text}, n)
    if speaker is None:
        return None
    others = {p: v for p, v in values.items() if p not in (text, speaker)}
    timestamp = next((p for p, v in others.items() if TIME_HINT.fullmatch(_last_key(p)) and len(v) >= n / 2), None)
    session = next(
        (p for p, v in others.items() if SESSION_HINT.fullmatch(_session_key(p)) and len(v) == n and len(set(v)) > 1),
        None,
    )
    return Choice(speaker, text, timestamp, session, _role_field(said, speaker, others), kind)


def choose_exchange(records: list[Record]) -> Exchange | None:
    """The asking and answering fields of records that are one exchange each; None if they are not."""
    if not records:
        return None
    values = _values(records)
    n = len(records)

    def prose(path: str) -> bool:
        found = values[path]
        return len(found) >= 0.8 * n and sum(_is_sentence(v) for v in found) >= 0.5 * len(found)

    def best(paths: list[str]) -> str | None:
        # The shallowest, then the longest on average: `questionText` over a `question.id`.
        ranked = sorted(
            (p for p in paths if prose(p)), key=lambda p: (p.count("."), -sum(map(len, values[p])) / len(values[p]))
        )
        return ranked[0] if ranked else None

    history = next((m.group(1) for p in values if (m := _HISTORY_ITEM.search(p))), None)
    values = {p: v for p, v in values.items() if not _HISTORY_ITEM.search(p)}
    ask = best([p for p in values if ASK_KEY.fullmatch(_last_key(p))]) or best(
        [p for p in values if _last_key(p) == _FALLBACK_ASK_KEY]
    )
    reply = best([p for p in values if REPLY_KEY.fullmatch(_last_key(p)) and p != ask])
    return None if ask is None or reply is None else Exchange(ask, reply, history)


def choose_role_columns(records: list[Record]) -> RoleColumns | None:
    """Columns the alias table knows as a therapist and a client role, of which nearly every record fills one."""
    if len(records) < 2:
        return None
    values = _values(records)
    named = _roles({_last_key_as_written(p) for p in values})
    columns = tuple(p for p in values if _last_key_as_written(p) in named)
    if {named[_last_key_as_written(p)] for p in columns} != {"therapist", "client"}:
        return None
    one = sum(sum(c in r.fields for c in columns) == 1 for r in records)
    if one < 0.8 * len(records):
        return None
    n = len(records)
    others = {p: v for p, v in values.items() if p not in columns}
    timestamp = next((p for p, v in others.items() if TIME_HINT.fullmatch(_last_key(p)) and len(v) >= n / 2), None)
    return RoleColumns(columns, timestamp)


def _last_key_as_written(path: str) -> str:
    return re.split(r"[.@]", path)[-1].strip()


def _is_sentence(value: str) -> bool:
    """Four words or more, or eight characters of a script written without spaces (Chinese, Japanese)."""
    return len(value.split()) >= 4 or (len(value) >= 8 and _CJK.search(value) is not None)


def _values(records: list[Record]) -> dict[str, list[str]]:
    values: dict[str, list[str]] = {}
    for record in records:
        for path, found in record.fields.items():
            values.setdefault(path, []).append(found.value)
    return values


def _kind(records: list[Record], text: str) -> tuple[str, str] | None:
    """A field in every record whose one value the records with text share and the records without it lack."""
    with_text = [r for r in records if _field(r, text) is not None]
    if len(with_text) == len(records):
        return _message_kind(records, text)
    for path, found in with_text[0].fields.items():
        if path == text or not all(path in r.fields for r in records):
            continue
        if all(r.fields[path].value == found.value for r in with_text) and not any(
            r.fields[path].value == found.value for r in records if _field(r, text) is None
        ):
            return path, found.value
    return None


# Of a chat export's records, the share one message type must hold for its other types to be events, not messages.
_MESSAGE_KIND_SHARE = 0.8
# The root of an HTML message body (a paragraph, a span...), not an event's XML payload (`<partlist>`, `<URIObject>`).
_TEXT_ELEMENT = re.compile(r"(?i)<(?:p|div|span|a|b|i|u|em|strong|br|font|blockquote|ul|ol|li|html|body|h[1-6])\b")


def _message_kind(records: list[Record], text: str) -> tuple[str, str] | None:
    """Where every record has text: a field whose one value most records share while every other record's text is
    an XML payload rather than a message (a Skype export's `RichText` messages beside its `Event/Call` and
    `RichText/UriObject` records): those are events, not anyone's words. A minority of HTML messages (`<p>...`, a
    Teams export's `contentType: html`) are messages: their root is a text element."""
    texts = [(_field(r, text) or Field("", 0)).value.lstrip() for r in records]
    payload = [t.startswith("<") and not _TEXT_ELEMENT.match(t) for t in texts]
    if not any(payload) or all(payload):
        return None
    for path in records[0].fields:
        if path == text or not all(path in r.fields for r in records):
            continue
        counts = Counter(r.fields[path].value for r in records)
        common, count = counts.most_common(1)[0]
        if count < _MESSAGE_KIND_SHARE * len(records) or count == len(records):
            continue
        if all(flag for r, flag in zip(records, payload, strict=True) if r.fields[path].value != common):
            return path, common
    return None


def _role_field(records: list[Record], speaker: str, others: dict[str, list[str]]) -> str | None:
    """Where the speaker field holds names the alias table does not know: another field in every record whose
    leading word it does know, taking two roles or more, one per speaker; beside the speaker field first."""
    names = {r.fields[speaker].value.strip() for r in records if speaker in r.fields}
    if _roles(names):
        return None
    if _references_roles(names):
        return speaker
    parent = speaker.rpartition(".")[0]
    candidates = sorted(others, key=lambda p: p.rpartition(".")[0] != parent)
    for path in candidates:
        if len(others[path]) < len(records):
            continue
        words = {_leading_word(v) for v in others[path]}
        known = _roles(words)
        if len(known) < len(words) or len(set(known.values())) < 2:
            continue
        per_speaker: dict[str, set[str]] = {}
        for r in records:
            if speaker in r.fields:
                per_speaker.setdefault(r.fields[speaker].value, set()).add(known[_leading_word(r.fields[path].value)])
        if all(len(roles) == 1 for roles in per_speaker.values()):
            return path
    return None


def _text_field(values: dict[str, list[str]], n: int) -> str | None:
    best: tuple[float, str] | None = None
    for path, found in values.items():
        # Four words or more in some: names and titles (`Jane Lee, counsellor`) are not what anyone said.
        prose = [v for v in found if len(v.split()) >= 4]
        if len(found) < n / 2 or len(prose) < max(1, len(found) * 0.3):
            continue
        key = _last_key(path)
        if TIME_HINT.fullmatch(key) or SESSION_HINT.fullmatch(key) or key.endswith("id") or key.endswith("url"):
            continue
        mean = sum(len(v) for v in found) / len(found)
        if mean < 8:
            continue
        # What people say differs record to record; a situation or prompt repeated down a conversation does not.
        distinct = len(set(found)) / len(found)
        score = mean * (2 if TEXT_HINT.fullmatch(key) else 1) * len(found) / n * distinct
        if best is None or score > best[0]:
            best = (score, path)
    return None if best is None else best[1]


def _speaker_field(values: dict[str, list[str]], n: int) -> str | None:
    best: tuple[int, str] | None = None
    for path, found in values.items():
        stripped = [v.strip() for v in found]
        if len(found) < 0.8 * n or any(not v or len(v) > _MAX_SPEAKER_CHARS or "\n" in v for v in stripped):
            continue
        distinct = set(stripped)
        # One value all through is a conversation of one party: only when it names a role (a few records of one
        # side), never a constant field (an annotation's `from_name: strategy`).
        if len(distinct) > max(3, 0.6 * n) or (len(distinct) < 2 and (n >= 4 or not _roles(distinct))):
            continue
        key = _last_key(path)
        numbered = _numbered_speakers(key, distinct)
        # Numbers are no names, except a speech-to-text service's diarised speakers (`"speaker": 2`).
        if all(_NOT_A_NAME.match(v) for v in distinct) and not numbered:
            continue
        named = SPEAKER_HINT.search(key) is not None and not key.endswith("id")
        score = (2 if named or numbered else 0) + (4 if _roles(distinct) or _references_roles(distinct) else 0)
        # `sender.display` over `recipient.display`: the path says whose name it is.
        if score and re.search(r"(?i)(^|[.@])(sender|from|author|speaker|by|who)", path):
            score += 1
        if re.search(r"(?i)(^|[.@])(recipients?|to|receivers?|addressees?|targets?|mentions?|cc)([.@]|$)", path):
            score = 0
        # An account id (`8:live:.cid.2a91f0d6c3b8`, `user_4471`) names a speaker less well than a display name
        # beside it: Skype's `from` loses to its `displayName`, but a file with ids alone keeps them.
        rank = score - 2 if score and not numbered and all(_ACCOUNT_ID.match(v) for v in distinct) else score
        if score > 0 and (best is None or rank > best[0]):
            best = (rank, path)
    return None if best is None else best[1]


def _numbered_speakers(key: str, values: set[str]) -> bool:
    return _NUMBERED_SPEAKER_KEY.fullmatch(key) is not None and all(re.fullmatch(r"\d{1,4}", v) for v in values)


def parsed(
    source_lists: list[tuple[str, list[RecordList]]], stray_lines: list[tuple[str, int, str]] | None = None
) -> ParsedText:
    """The shared frames from each file's record lists (`(source_id, lists)`): a session per chosen list (or per
    conversation id within it), a turn per record, in file order; `stray_lines` (source_id, line, text): what
    the walker could not read (a JSON Lines line that is no JSON)."""
    turns: dict[str, list[object]] = {
        k: [] for k in ("source_id", "segment", "source_line", "speaker", "text", "timestamp")
    }
    sessions: dict[str, list[object]] = {k: [] for k in ("source_id", "segment", "record_line", "other_keys")}
    for source_id, lists in source_lists:
        segment = 0
        for found in lists:
            choice = found.choice
            if isinstance(choice, Exchange):
                segment = _exchange_sessions(source_id, segment, found, choice, turns, sessions)
                continue
            if isinstance(choice, RoleColumns):
                segment = _role_column_session(source_id, segment, found, choice, turns, sessions)
                continue
            kind = choice.kind
            said = [r for r in found.records if kind is None or r.fields[kind[0]].value == kind[1]]
            said_ids = {id(r) for r in said}
            # Kept on record, as the session's metadata: never dropped without a trace.
            skipped: list[dict[str, object]] = [
                {"line": r.line, kind[0]: r.fields[kind[0]].value}
                for r in found.records
                if kind and id(r) not in said_ids
            ]
            # A record with neither a sender nor words (a system event, `<systemEventMessage/>`) is no turn either.
            events = [
                r
                for r in said
                if (choice.speaker not in r.fields and not plain(_text_of(r, choice)).strip())
                # ... nor one a device sent (FHIR's `Device/booking-reminders`: an appointment reminder).
                or (choice.speaker in r.fields and r.fields[choice.speaker].value.strip().startswith("Device/"))
            ]
            skipped += [{"line": r.line, "event": _text_of(r, choice)} for r in events]
            said = [r for r in said if r not in events]
            for group in _split(_in_time_order(said, choice.timestamp), choice.session):
                meta: dict[str, object] = dict(found.metadata)
                if choice.session is not None:
                    meta[choice.session] = group[0].fields[choice.session].value
                meta["fields_read"] = f"speaker={choice.speaker}, text={choice.text}" + (
                    f", role={choice.role}" if choice.role else ""
                )
                if skipped and segment == 0:
                    meta["records_without_text"] = skipped
                starts = found.line if choice.session is None else group[0].line
                _add_session(sessions, source_id, segment, starts, meta)
                for record in group:
                    speaker = record.fields.get(choice.speaker)
                    text = _field(record, choice.text)
                    when = record.fields.get(choice.timestamp) if choice.timestamp else None
                    # At the speaker's line, as a text file's turn sits at its label (a printed dict may put the
                    # text first, `'content': ...` above `'role': ...`); else at the text's, else the record's.
                    placed = speaker or text
                    # No sender at all (a system event among the messages): an unknown speaker, flagged, never null.
                    _add_turn(
                        turns,
                        source_id,
                        segment,
                        record.line if placed is None else placed.line,
                        _label(record, speaker, choice.role, choice.speaker) or "",
                        "" if text is None else plain(text.value).strip(),
                        when,
                    )
                segment += 1
    turn_frame = pl.DataFrame(turns, schema={k: PARSED_TURN_SCHEMA[k] for k in turns}).with_columns(
        pl.lit(None, dtype=pl.String).alias("source_labels")
    )
    session_frame = pl.DataFrame(
        sessions,
        schema={"source_id": pl.String, "segment": pl.Int64, "record_line": pl.Int64, "other_keys": pl.String},
    )
    stray = pl.DataFrame(
        stray_lines or [], schema={"source_id": pl.String, "line_no": pl.Int64, "line": pl.String}, orient="row"
    )
    return finish_sessions(turn_frame, session_frame, stray)


def _exchange_sessions(
    source_id: str,
    segment: int,
    found: RecordList,
    choice: Exchange,
    turns: dict[str, list[object]],
    sessions: dict[str, list[object]],
) -> int:
    """A session per record of an exchange list (appended to `turns` and `sessions`): the client's words, then the
    counsellor's answer, each under its key with the role as an aside (`Context (client)`), which the alias table
    reads. Returns the next segment."""
    for record in found.records:
        meta: dict[str, object] = dict(found.metadata)
        earlier: list[tuple[int, int, str]] = []
        for path, value in record.fields.items():
            item = _HISTORY_ITEM.search(path)
            if item is not None and item.group(1) == choice.history:
                k, j = path.rsplit(".", 2)[1:]
                earlier.append((int(k), int(j), path))
            elif path not in (choice.ask, choice.reply) and len(meta) < _MAX_EXCHANGE_META:
                meta[path] = value.value[:200]
        meta["fields_read"] = f"client={choice.ask}, counsellor={choice.reply}"
        _add_session(sessions, source_id, segment, record.line, meta)
        spoken = [(path, ("client", "counsellor")[j]) for _, j, path in sorted(earlier)]
        for path, role in [*spoken, (choice.ask, "client"), (choice.reply, "counsellor")]:
            said = _field(record, path)
            # An earlier exchange is labelled by its list (`history`), the last by its own key.
            key = (choice.history if choice.history and _HISTORY_ITEM.search(path) else path).rpartition(".")[2]
            text = "" if said is None else said.value.strip()
            _add_turn(turns, source_id, segment, record.line if said is None else said.line, f"{key} ({role})", text)
        segment += 1
    return segment


def _role_column_session(
    source_id: str,
    segment: int,
    found: RecordList,
    choice: RoleColumns,
    turns: dict[str, list[object]],
    sessions: dict[str, list[object]],
) -> int:
    """One session of the list: a turn per filled role column of each record (two when both hold words: overlapping
    speech), under the column's name. A record with neither is no turn; its other fields stay in the session's
    metadata with its line."""
    unspoken: list[dict[str, object]] = []
    for record in found.records:
        filled = [c for c in choice.columns if c in record.fields]
        if not filled:
            unspoken.append({"line": record.line, **{p: f.value for p, f in record.fields.items()}})
        when = record.fields.get(choice.timestamp) if choice.timestamp else None
        for column in filled:
            said = record.fields[column]
            text = plain(said.value).strip()
            _add_turn(turns, source_id, segment, said.line, _last_key_as_written(column), text, when)
    meta: dict[str, object] = dict(found.metadata)
    meta["fields_read"] = "speaker=the role column holding the words: " + ", ".join(choice.columns)
    if unspoken:
        meta["records_without_text"] = unspoken
    _add_session(sessions, source_id, segment, found.line, meta)
    return segment + 1


def _add_session(
    sessions: dict[str, list[object]], source_id: str, segment: int, line: int, meta: dict[str, object]
) -> None:
    sessions["source_id"].append(source_id)
    sessions["segment"].append(segment)
    sessions["record_line"].append(line)
    sessions["other_keys"].append(json.dumps(meta, ensure_ascii=False))


def _add_turn(
    turns: dict[str, list[object]],
    source_id: str,
    segment: int,
    line: int,
    speaker: str,
    text: str,
    when: Field | None = None,
) -> None:
    turns["source_id"].append(source_id)
    turns["segment"].append(segment)
    turns["source_line"].append(line)
    turns["speaker"].append(speaker)
    turns["text"].append(text)
    turns["timestamp"].append(None if when is None else when.value)


def _text_of(record: Record, choice: Choice) -> str:
    found = _field(record, choice.text)
    return "" if found is None else found.value


def _in_time_order(records: list[Record], timestamp: str | None) -> list[Record]:
    """The records oldest first: an API export lists the newest message first (Microsoft Graph, many REST
    exports), and a repeat is the later message in time. Reversed only when the times, ISO 8601 strings of one
    length or epoch numbers, run backwards all through the list."""
    if timestamp is None or len(records) < 2:
        return records
    times = [r.fields[timestamp].value if timestamp in r.fields else "" for r in records]
    if all(_EPOCH.match(t) for t in times):
        # Epoch seconds or milliseconds (`"created_at": 1710094113`, OpenAI's threads), compared as numbers: the same
        # count of digits, so as strings too once padded.
        times = [t.split(".")[0].rjust(13, "0") for t in times]
    elif len({len(t) for t in times}) != 1 or not _ISO_TIME.match(times[0]):
        return records
    backwards = all(a >= b for a, b in itertools.pairwise(times)) and times[0] > times[-1]
    return records[::-1] if backwards else records


def plain(text: str) -> str:
    """A message body in HTML (`<p>Thanks</p>`, Teams and e-mail exports) as its text: tags removed, entities
    read (also where there is no tag), a quoted earlier message (`<blockquote>`) left out, since its words are not
    what this speaker said."""
    if not _HTML_TAG.search(text):
        # ... or escaped without tags (a Skype export's `it&apos;s`): the entities read.
        return html.unescape(text) if _ENTITY.search(text) else text
    text = _BLOCKQUOTE.sub("", text)
    text = _BREAK.sub("\n", text)
    return html.unescape(_HTML_TAG.sub("", text))


def _label(record: Record, speaker: Field | None, role: str | None, speaker_path: str) -> str | None:
    """The speaker's name; with the role field's word as an aside where there is one (`Dr Chidi Okafor
    (Practitioner)`), which the alias table reads as it reads `Dr. Lee (Therapist)`."""
    if speaker is None:
        return None
    name = speaker.value.strip()
    if re.fullmatch(r"\d{1,4}", name):
        # A diarised speaker's number, read as the transcripts of such services print it.
        return f"Speaker {name}"
    if role is None or role not in record.fields:
        return name
    reference = _REFERENCE.match(name) if role == speaker_path else None
    if reference is not None:
        return f"{reference.group(2)} ({reference.group(1)})"
    return f"{name} ({_leading_word(record.fields[role].value)})"


def _field(record: Record, path: str) -> Field | None:
    """The record's field at `path`, or the first below it (`utterance.en` where the others have `utterance`)."""
    found = record.fields.get(path)
    if found is not None:
        return found
    return next((f for p, f in record.fields.items() if p.startswith((f"{path}.", f"{path}@"))), None)


def _split(records: list[Record], session: str | None) -> list[list[Record]]:
    if session is None:
        return [records]
    groups: dict[str, list[Record]] = {}
    for record in records:
        groups.setdefault(record.fields[session].value, []).append(record)
    return list(groups.values())


__all__ = [
    "Choice",
    "Exchange",
    "Field",
    "Record",
    "RecordList",
    "RoleColumns",
    "choose",
    "choose_exchange",
    "choose_role_columns",
    "parsed",
]
