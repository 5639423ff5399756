"""CSV / TSV with one utterance a row (AnnoMI and exports like it) -> sessions and turns.

Columns are found by name (`transcript_id`, `utterance_id`, `interlocutor`, `utterance_text`,
`timestamp`... see DEFAULT_COLUMNS), or by a mapping file `transcripts-columns.json` in the same
folder as the CSV, which points our roles at the file's own column names:

    {"session": "conversation", "order": "turn_no", "speaker": "who", "text": "said",
     "timestamp": "start", "annotator": "coder", "labels": ["code"], "metadata": ["topic"]}

Only `speaker` and `text` are required (without `session` the whole file is one session). The
mapping wins over the defaults for the roles it names. Rows of one session are kept in file order, or
sorted by `order` when there is one. Every other column is kept: a column constant within each
session goes to `sessions.source_metadata` (AnnoMI's topic, MI quality, video), any other to
`turns.source_labels` (AnnoMI's therapist behaviour and client talk type); `labels` / `metadata` in
the mapping override that choice.

A file with an annotator column (AnnoMI-full.csv: one row per annotator of an utterance) gives one
turn per utterance; the annotators' labels are kept as a list, `{"annotations": [{...}, ...]}`.

`source_line` is the row's first line in the decoded file (header on line 1), counting the line
breaks inside quoted fields of earlier rows.
"""

from __future__ import annotations

import csv
import io
import json
import re
from dataclasses import dataclass, replace

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats.base import ParsedText, concat_parsed, empty_parsed
from transforms.formats.json_common import finish
from transforms.formats.record_discovery import plain
from transforms.speakers import ROLE_BY_ALIAS, normalise_label

COLUMN_MAPPING_FILE = "transcripts-columns.json"
# A platform row saying the chat is over: "Member left the chat", "Conversation ended", "Chat closed by volunteer".
_CHAT_ENDED = (
    r"(?i)\b(?:left|ended|closed|disconnected|finished)\b.{0,40}\b(?:chat|conversation|session|call)\b"
    r"|\b(?:chat|conversation|session|call)\b.{0,20}\b(?:ended|closed|finished)\b"
)
ROLES = ("session", "order", "speaker", "text", "timestamp", "annotator", "direction")
# A messaging export's direction column (iMazing's `Type`: Incoming / Outgoing; `is_from_me`: 1 / 0). The exporting
# phone's owner, the counsellor, sends; their rows often name no sender at all, so they are `Me`, as a Messages text
# export prints them (role inference then reads who is who).
# (An SMS gateway's log says `outbound-api` or `outbound-reply` of what the service sent: Twilio's directions.)
_SENT = ("outgoing", "sent", "out", "outbound", "outbound-api", "outbound-reply")
_RECEIVED = ("incoming", "received", "in", "inbound")
# An SMS gateway logs a message's delivery as rows of their own, the same message id, no body and a status
# (`queued`, then `sent`, then `delivered`): events of the platform, not turns. (A received message without a body, a
# picture alone, is a turn: an empty one.)
_STATUS_COLUMN = r"^(?:delivery_|message_|msg_|sms_)?status$"
_MESSAGE_ID_COLUMN = r"^(?:message_|msg_|sms_)?(?:sid|id|uuid)$"
_DELIVERY_STATES = ["queued", "accepted", "sending", "sent", "delivered", "undelivered", "failed", "read", "scheduled"]
# ... and names the sender and the recipient: the conversation is the one with the number on the other side.
_RECIPIENT_COLUMNS = ("to", "recipient", "to_number", "recipient_number")
_FROM_ME_COLUMN = r"^(?:is_)?(?:from_me|sent|outgoing)$"
# ... whose cells then say yes or no.
_YES = ("1", "true", "yes")
_NO = ("0", "false", "no")
_HTML_BODY = r"(?i)^\s*<(?:p|div|span|br|b|i|strong|em|ul|ol|li|a|table|blockquote)\b[^>]*>"
_MIN_HTML_SHARE = 0.5
# A column saying what kind of part a row is, and the kinds that are the platform's events or private notes.
# (Not a bare `type` or `kind`: an MI coding sheet's `type` says `open` or `closed` of a counsellor's question.)
_PART_TYPE_COLUMN = r"^(?:part|message|msg|event|entry|item)_?type$"
_EVENT_PARTS = [
    "assignment", "assigned", "close", "closed", "open", "opened", "reopened", "snoozed", "unsnoozed", "note",
    "internal_note", "private_note", "away_mode_assignment", "participant_added", "participant_removed", "event",
    "status", "system", "conversation_rating_changed", "transfer", "transferred",
]  # fmt: skip
# A column naming whose session a row belongs to (csv_table._session_owner): an id, a reference, or a person.
_OWNER_COLUMN = (
    r"(?:^|_)(?:id|ref|reference|code|key)$"
    r"|^(?:client|patient|participant|user|member|record|export|case|subject|person|student|family|couple|dyad)"
)
# Column names (case-insensitive) each role is found under when no mapping names it, first match wins.
DEFAULT_COLUMNS: dict[str, tuple[str, ...]] = {
    "session": ("transcript_id", "session_id", "conversation_id", "dialogue_id", "dialog_id", "conv_id",
                "transcript", "session", "conversation",
                # Chat and messaging exports: a reference or thread rather than an id.
                "conversation_ref", "conversation_reference", "dialog_ref", "dialogue_ref", "session_ref", "conv_ref",
                "thread_id", "thread", "chat_id", "call_id", "chat_session", "chat_name",
                # Generated and benchmark datasets: a simulation, an episode, a sample, a case.
                "sim_id", "simulation_id", "episode_id", "episode", "sample_id", "case_id",

                # Research spreadsheets in the team's own language: session (Korean, Chinese, Japanese, Russian,
                # Spanish, Portuguese, German, French).
                "회기", "세션", "会话", "会话id", "セッション", "сессия", "sesión", "sesion", "sessão", "sessao",
                "sitzung", "séance",
                # ... Norwegian and Danish, Swedish (conversation).
                "samtale_id", "samtale", "samtal_id", "samtal",
                # REDCap's longitudinal export (labels, raw): each session an event of the record.
                "event_name", "redcap_event_name"),
    "order": ("utterance_id", "turn_id", "turn_index", "utterance_index", "turn_no", "turn",
              "turn_number", "seq", "seq_no", "sequence", "sequence_number", "message_index", "message_no",
              "msg_index", "#", "no", "no.", "number", "message_id", "msg_id",
              "순번", "번호", "序号", "序號", "轮次", "輪次", "番号", "номер", "№", "nr", "nr.",
              "repeat_instance", "redcap_repeat_instance"),
    "speaker": ("interlocutor", "speaker", "role", "speaker_role", "speaker_name", "author", "participant",
                "participant_role", "sender", "sender_role", "from", "author_role",
                "user_type", "speaker_type", "sender_type", "author_type", "participant_type",
                "sender_name", "from_name", "author_name",
                "화자", "발화자", "说话人", "说话者", "說話人", "角色", "話者", "говорящий", "роль", "hablante",
                "sprecher",
                "locuteur",
                "falante",
                # Norwegian and Danish, Swedish: role, sender, speaker.
                "rolle", "roll", "avsender", "afsender", "avsändare", "taler", "talare",
                # A REDCap repeating instrument's fields.
                "turn_speaker"),
    "text": ("utterance_text", "utterance", "text", "content", "message", "transcript_text", "dialogue", "sentence",
             "message_text", "message_body", "body", "msg",
             # Scripts and role-play tables: the speaker's line.
             "line", "lines", "speech", "said", "words",
             "발화", "내용", "内容", "內容", "文本", "发言", "發言", "発話", "реплика", "текст", "texto", "texte",
             "melding", "meddelelse", "meddelande", "besked", "tekst", "ytring", "yttrande", "innlegg",
             # Spanish and Portuguese, German, French: an utterance, a message.
             "intervención", "intervencion", "mensaje", "enunciado", "fala", "mensagem", "äußerung", "ausserung",
             "nachricht", "énoncé", "enonce", "réplique",
             "turn_text"),
    "timestamp": ("timestamp", "time", "start_time", "start",
                  "sent_at", "sent_at_utc", "timestamp_utc", "created_at", "datetime", "date_time",
                  "tidspunkt", "tidpunkt", "tid"),
    "annotator": ("annotator_id", "annotator", "coder_id", "coder"),
    "direction": ("direction", "message_direction", "type", "message_type", "msg_type", "is_from_me", "from_me",
                  "is_sent", "is_outgoing"),
}  # fmt: skip


@dataclass(frozen=True)
class ColumnMap:
    columns: dict[str, str]
    labels: tuple[str, ...] | None = None
    metadata: tuple[str, ...] | None = None
    # A wide table's speaker columns (`| Time | Counsellor | Client | Notes |`: the words stand in the column of the
    # one speaking); its rows are read as one turn per filled cell, under these synthetic speaker and text columns.
    wide: tuple[str, ...] = ()
    # ... or numbered turn columns, `T1 vol`, `T2 guest`, ...: a row is a whole conversation, turn by turn, each
    # spoken by the column's role word.
    numbered: bool = False


WIDE_SPEAKER, WIDE_TEXT, WIDE_ROW = "_speaker", "_text", "_row_session"
# A turn's column in a sheet with a row per conversation: `T1 vol`, `Turn 2 - client`, `msg3_user` (number, then the
# speaker's role word).
_NUMBERED_TURN_COLUMN = re.compile(r"(?:t|turn|utt|utterance|msg|message)_?#?(\d+)[_:.]*([^\d_:.].*)")


def read_mapping(text: str | None) -> dict[str, object]:
    """The mapping file's content, checked; `{}` when there is none."""
    if not text:
        return {}
    mapping = json.loads(text)
    if not isinstance(mapping, dict):
        raise ValueError(f"{COLUMN_MAPPING_FILE} must hold a JSON object")
    unknown = set(mapping) - {*ROLES, "labels", "metadata", "delimiter"}
    if unknown:
        raise ValueError(f"{COLUMN_MAPPING_FILE}: unknown keys {sorted(unknown)}")
    return mapping


def sniff_delimiter(header_line: str, mapping: dict[str, object] | None = None, path: str = "") -> str:
    """The mapping's delimiter, else the most frequent of tab, comma, semicolon and bar in the header;
    on a tie the file name decides (`.tsv`/`.tab` tab, `.csv` comma)."""
    if mapping and isinstance(mapping.get("delimiter"), str):
        return str(mapping["delimiter"])
    counts = {d: header_line.count(d) for d in ("\t", ",", ";", "|")}
    best = max(counts.values())
    tied = [d for d, n in counts.items() if n == best]
    name = path.lower().removesuffix(".gz")
    preferred = "\t" if name.endswith((".tsv", ".tab")) else "," if name.endswith(".csv") else None
    return preferred if preferred in tied else tied[0]


def header_of(text: str, mapping: dict[str, object] | None = None, path: str = "") -> list[str]:
    # A CRLF file's header ends in `\r`, which polars' reader drops from the last column's name.
    first = text.lstrip("\ufeff").split("\n", 1)[0].removesuffix("\r")
    return next(csv.reader([first], delimiter=sniff_delimiter(first, mapping, path)), [])


def column_key(name: str) -> str:
    """`Session ID`, `session-id` and `session_id` are one column name to a person exporting a sheet."""
    return re.sub(r"[\s\-]+", "_", name.strip().lower())


def resolve(header: list[str], mapping: dict[str, object] | None = None, *, wide: bool = False) -> ColumnMap | None:
    """Our roles -> the file's columns; None when speaker or text cannot be found. `wide`: a table with a column per
    side may stand for them (Markdown tables below a file's title; a wide CSV is generic_table's, which reads its
    cells by their values)."""
    mapping = mapping or {}
    by_lower = {column_key(name): name for name in header}
    columns: dict[str, str] = {}
    for role in ROLES:
        named = mapping.get(role)
        if isinstance(named, str):
            if named not in header:
                return None
            columns[role] = named
            continue
        found = next((by_lower[c] for c in DEFAULT_COLUMNS[role] if c in by_lower), None)
        if found is not None and found not in columns.values():
            columns[role] = found
    wide_columns: tuple[str, ...] = ()
    numbered = _numbered_turn_columns(header)
    if numbered and "speaker" not in columns and "text" not in columns:
        return ColumnMap(
            columns={**columns, "speaker": WIDE_SPEAKER, "text": WIDE_TEXT, "session": WIDE_ROW},
            wide=numbered,
            numbered=True,
        )
    if wide and "speaker" not in columns and "text" not in columns:
        # No speaker or text column, but a column for each side, named by role: a wide table.
        wide_columns = tuple(
            name for name in header if ROLE_BY_ALIAS.get(name.strip().lower()) in ("therapist", "client")
        )
        if {ROLE_BY_ALIAS[name.strip().lower()] for name in wide_columns} == {"therapist", "client"}:
            columns = {**columns, "speaker": WIDE_SPEAKER, "text": WIDE_TEXT}
    if "speaker" not in columns or "text" not in columns:
        return None
    labels = mapping.get("labels")
    metadata = mapping.get("metadata")
    return ColumnMap(
        columns=columns,
        labels=tuple(str(x) for x in labels) if isinstance(labels, list) else None,
        metadata=tuple(str(x) for x in metadata) if isinstance(metadata, list) else None,
        wide=wide_columns,
    )


def _mostly_words(cells: pl.Series) -> bool:
    """At least half the filled cells hold two words or more."""
    filled = cells.drop_nulls().str.strip_chars()
    filled = filled.filter(filled != "")
    worded = filled.str.contains(r"\p{L}{2,}[^\p{L}]+\p{L}").sum()
    return filled.len() > 0 and 2 * worded >= filled.len()


def _numbered_turn_columns(header: list[str]) -> tuple[str, ...]:
    """The header's numbered turn columns in turn order, when there are at least three and two or more speakers'
    role words among them (else none)."""
    found = [
        (int(match.group(1)), name)
        for name in header
        if (match := _NUMBERED_TURN_COLUMN.fullmatch(column_key(name))) is not None
    ]
    speakers = {_turn_column_speaker(name) for _, name in found}
    if len(found) < 3 or len(speakers) < 2:
        return ()
    return tuple(name for _, name in sorted(found))


def _turn_column_speaker(name: str) -> str:
    """`T2 guest` -> `guest`."""
    match = _NUMBERED_TURN_COLUMN.fullmatch(column_key(name))
    return match.group(2).replace("_", " ").strip() if match else name


def _one_turn_per_cell(table: pl.DataFrame, wide: tuple[str, ...], numbered: bool = False) -> pl.DataFrame:
    """A wide table's rows -> one row per filled speaker cell (speaker = the column's name), in row and column
    order, on the row's line; a row with no filled speaker cell stays one row with neither (as in a long table).
    `numbered`: turn columns (`T1 vol`), each row its own session (WIDE_ROW), the speaker the column's role word."""
    others = [c for c in table.columns if c not in wide]
    has_text = pl.col(WIDE_TEXT).fill_null("").str.strip_chars() != ""
    # A numbered turn left empty before the conversation's last is an empty turn; the columns after it, unused.
    before_last_filled = pl.lit(numbered) & (pl.col("_rank") < pl.col("_rank").filter(has_text).max().over("_row"))
    # A Markdown table's alignment row (`|---|:---:|`) is layout.
    layout = pl.all_horizontal(
        pl.col(c).is_null() | pl.col(c).str.contains(r"^[ \t]*:?-{3,}:?[ \t]*$") for c in table.columns if c != "_line"
    ) | pl.all_horizontal(pl.col(c).str.strip_chars() == c.strip() for c in wide)  # ... and so is the header again
    return (
        table.filter(~layout)
        .with_row_index("_row")
        .unpivot(on=list(wide), index=["_row", *others], variable_name=WIDE_SPEAKER, value_name=WIDE_TEXT)
        .with_columns(pl.col(WIDE_SPEAKER).replace_strict({name: i for i, name in enumerate(wide)}).alias("_rank"))
        .filter(has_text | (~has_text.any().over("_row") & (pl.col("_rank") == 0)) | before_last_filled)
        .with_columns(pl.when(has_text | before_last_filled).then(pl.col(WIDE_SPEAKER)).alias(WIDE_SPEAKER))
        .sort("_row", "_rank")
        .with_columns(
            *(
                [
                    pl.col("_row").cast(pl.String).alias(WIDE_ROW),
                    pl.col(WIDE_SPEAKER).replace_strict({name: _turn_column_speaker(name) for name in wide}),
                ]
                if numbered
                else []
            )
        )
        .drop("_row", "_rank")
    )


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, path, text[, column_mapping])`: one read per file, the rows handled as frames."""
    mappings = (
        files.get_column("column_mapping").to_list() if "column_mapping" in files.columns else [None] * files.height
    )
    parts = [
        parse_table(source_id, path, text, read_mapping(mapping))
        for (source_id, path, text), mapping in zip(
            files.select("source_id", "path", "text").iter_rows(), mappings, strict=True
        )
    ]
    return concat_parsed(parts)


def parse_table(source_id: str, path: str, text: str, mapping: dict[str, object], *, wide: bool = False) -> ParsedText:
    """One table whose header is the text's first line (markdown_table.py hands over tables found further down;
    `wide` as in resolve)."""
    body = text.lstrip("\ufeff")
    header = header_of(body, mapping, path)
    columns = resolve(header, mapping, wide=wide)
    if columns is None:
        raise ValueError("no speaker and text columns in this table")
    overlong: list[tuple[int, int]] = []
    try:
        table = read_table(body, header, mapping, path)
    except pl.exceptions.ComputeError:
        # polars found a row with more fields than the header: those rows are set aside, the others read.
        separator = sniff_delimiter(body.split("\n", 1)[0], mapping, path)
        readable, overlong = without_overlong_rows(body, separator, len(header))
        if not overlong:
            raise
        removed = [line for first, last in overlong for line in range(first, last + 1)]
        table = read_table(readable, header, mapping, path).filter(~pl.col("_line").is_in(removed))
    if columns.wide:
        table = _one_turn_per_cell(table, columns.wide, columns.numbered)
        if columns.numbered and not _mostly_words(table.get_column(WIDE_TEXT)):
            # Numbered columns of scores or times (`T1 PHQ9`, `T2 GAD7`: a study's time points), not of turns.
            return empty_parsed()
    # A row with neither a speaker nor a text but another cell filled was no record of this table (a row retyped
    # with spaces for its tabs, `00:03:10   YP   i dunno`, all in the first column): an unparseable line, not a
    # turn of nobody with no text.
    speaker, text = columns.columns["speaker"], columns.columns["text"]
    empty = pl.col(speaker).fill_null("").str.strip_chars().eq("") & pl.col(text).fill_null("").str.strip_chars().eq("")
    filled = pl.any_horizontal(
        pl.col(c).is_not_null() & (pl.col(c).str.strip_chars() != "") for c in table.columns if c != "_line"
    )
    short = table.filter(empty & filled).get_column("_line").to_list()
    # A row whose quoted cell closes and runs on (`,"When he calls it "nagging", what ...`: quotes inside a cell not
    # doubled) was split wherever the reader guessed: an unparseable line too, not a turn with half its words.
    separator = sniff_delimiter(body.split("\n", 1)[0], mapping, path)
    short += _misquoted_rows(body, separator, set(table.get_column("_line").to_list()))
    if not overlong and not short:
        return table_rows(source_id, table, header, columns)
    parsed = table_rows(source_id, table.filter(~pl.col("_line").is_in(short)), header, columns)
    lines = body.split("\n")
    stray = pl.DataFrame(
        [(source_id, first, "\n".join(lines[first - 1 : last])) for first, last in overlong]
        + [(source_id, line, lines[line - 1].removesuffix("\r")) for line in short],
        schema={"source_id": pl.String, "line_no": pl.Int64, "line": pl.String},
        orient="row",
    ).sort("line_no")
    return ParsedText(parsed.sessions, parsed.turns, parsed.header_lines, stray)


_MAX_OVERLONG_SHARE = 0.1


def without_overlong_rows(body: str, separator: str, width: int) -> tuple[str, list[tuple[int, int]]]:
    """The table with each row that has more fields than its header (a comma left unquoted, a cell split in two)
    blanked, line breaks kept, and the (first, last) lines of those rows: they become `unparseable_line` defects
    rather than rows read into the wrong columns, or the whole file's quarantine. Called only when polars has
    found such a row, so a well-formed table costs one read."""
    reader = csv.reader(io.StringIO(body, newline=""), delimiter=separator)
    overlong: list[tuple[int, int]] = []
    last = 0
    try:
        for fields in reader:
            first, last = last + 1, reader.line_num
            if len(fields) > width:
                overlong.append((first, last))
    except csv.Error:
        return body, []
    # Many such rows: the table's own structure is broken (unquoted commas throughout), and the file is quarantined
    # with polars' reason rather than losing a large part of it to defects.
    if not overlong or len(overlong) > _MAX_OVERLONG_SHARE * max(reader.line_num - 1, 1):
        return body, []
    lines = body.split("\n")
    for first, last in overlong:
        lines[first - 1 : last] = [""] * (last - first + 1)
    return "\n".join(lines), overlong


def _misquoted_rows(body: str, separator: str, row_lines: set[int]) -> list[int]:
    """Rows (by their first line) where a quoted cell closes with a character after it that is not the separator."""
    closed_early = re.compile(rf'(?:^|{re.escape(separator)})"(?:[^"]|"")*"[^{re.escape(separator)}"\r\n \t]')
    return [
        number
        for number, line in enumerate(body.split("\n"), start=1)
        if number in row_lines and '"' in line and closed_early.search(line)
    ]


def read_table(body: str, header: list[str], mapping: dict[str, object], path: str = "") -> pl.DataFrame:
    """The CSV text as a table of strings, with `_line`: each row's first line in the text (header on line 1).
    A blank line is a row of nulls, which no turn comes from."""
    separator = sniff_delimiter(body.split("\n", 1)[0], mapping, path)
    # R's write.csv quotes every string and writes a missing value as a bare NA: there, NA is no one's words.
    r_missing = (
        body.lstrip("\ufeff").startswith('"')
        and re.search(rf"(?m)(?:^|{re.escape(separator)})NA(?:{re.escape(separator)}|\r?$)", body) is not None
    )
    table = pl.read_csv(
        io.StringIO(body), separator=separator, infer_schema=False, null_values=["NA"] if r_missing else None
    )
    # A Markdown table (`| Speaker | Text |`) reads as a `|`-delimited table whose outer bars make
    # nameless, empty columns: nothing to keep as metadata.
    blank = [name for name, cell in zip(table.columns, header, strict=False) if not cell.strip()]
    table = table.drop([name for name in blank if table.get_column(name).null_count() == table.height])
    # Line breaks inside quoted fields push every later row down.
    breaks = pl.sum_horizontal(*[pl.col(c).str.count_matches("\n").fill_null(0) for c in table.columns])
    return table.with_columns(
        (pl.int_range(pl.len(), dtype=pl.Int64) + 2 + breaks.cum_sum().shift(1, fill_value=0)).alias("_line")
    )


def table_rows(source_id: str, table: pl.DataFrame, header: list[str], columns: ColumnMap) -> ParsedText:
    """A table of string columns and `_line` (its rows' file lines) -> sessions and turns, as the module docstring
    says. `header` is the table's column names as the file gives them; sql_dump.py hands over its own tables."""
    columns = _with_direction_read(table, columns)
    role_of_column = {column: role for role, column in columns.columns.items()}
    others = [c for c in table.columns if c not in role_of_column and c != "_line"]
    col = columns.columns
    rows = table.with_columns(
        (pl.col(col["session"]) if "session" in col else pl.lit("")).fill_null("").alias("_session"),
    )
    owner = _session_owner(rows, others, col.get("order")) if "session" in col else None
    if owner is not None:
        rows = rows.with_columns(pl.concat_str(pl.col(owner), pl.lit("\x1f"), pl.col("_session")).alias("_session"))
    # A Markdown table's alignment row (`|---|:---:|`) is layout, not an utterance.
    alignment = r"^[ \t]*:?-{3,}:?[ \t]*$"
    rows = rows.filter(
        ~(
            pl.col(col["speaker"]).fill_null("").str.contains(alignment)
            & pl.col(col["text"]).fill_null("").str.contains(alignment)
        )
    )
    # ... and nor is the header again partway down (two sheets' exports pasted into one file).
    rows = rows.filter(
        ~(
            (pl.col(col["speaker"]).fill_null("").str.strip_chars() == col["speaker"].strip())
            & (pl.col(col["text"]).fill_null("").str.strip_chars() == col["text"].strip())
        )
    )
    # A platform's own rows (speaker `system`: "Member left the chat") are no one's speech: they go to the session's
    # metadata. Without a session column, the row that says a chat ended closes it, so the next row opens another.
    is_system = normalise_label(pl.col(col["speaker"]).fill_null("")) == "system"
    # A help-desk export's own parts (Intercom's `part_type`: an assignment, a close, an internal note) are no one's
    # speech either, whoever the row names.
    kinds = [c for c in others if re.search(_PART_TYPE_COLUMN, column_key(c))]
    for kind in kinds:
        is_system = is_system | pl.col(kind).fill_null("").str.to_lowercase().str.strip_chars().is_in(_EVENT_PARTS)
    # (An event row says what it was when it has no text: `assignment`, `close`.)
    event_text = pl.coalesce(
        pl.when(pl.col(col["text"]).fill_null("").str.strip_chars() != "").then(pl.col(col["text"])),
        *(pl.col(kind) for kind in kinds),
        pl.lit(""),
    )
    no_text = pl.col(col["text"]).fill_null("").str.strip_chars() == ""
    message_id = next((c for c in others if re.search(_MESSAGE_ID_COLUMN, column_key(c))), None)
    if message_id is not None:
        # (Only a row whose message another row of the file carries with its words: a received picture alone, status
        # `read`, is a message of its own.)
        said = pl.col(message_id).filter(~no_text).implode()
        for status in (c for c in others if re.search(_STATUS_COLUMN, column_key(c))):
            is_system = is_system | (
                no_text
                & pl.col(status).fill_null("").str.to_lowercase().str.strip_chars().is_in(_DELIVERY_STATES)
                & pl.col(message_id).is_in(said)
            )
    recipient = next((c for c in others if column_key(c) in _RECIPIENT_COLUMNS), None)
    if "session" not in col and "direction" in col and recipient is not None:
        # Each texter's conversation with the service is a session: the sender of what came in, the recipient of
        # what went out.
        sent = pl.col(col["direction"]).str.strip_chars().str.to_lowercase().is_in([*_SENT, *_YES])
        rows = rows.with_columns(
            pl.when(sent).then(pl.col(recipient)).otherwise(pl.col(col["speaker"])).fill_null("").alias("_session")
        )
    elif "session" not in col:
        ended = is_system & pl.col(col["text"]).fill_null("").str.contains(_CHAT_ENDED)
        rows = rows.with_columns(
            ended.cast(pl.Int64).cum_sum().shift(1, fill_value=0).cast(pl.String).alias("_session")
        )
    rows = rows.with_columns(is_system.alias("_system"))
    # (A coder's block of the same turns in an annotation sheet is no copy: its codes are the turns' labels.)
    if "order" in col and "annotator" not in col:
        rows = rows.with_columns(_with_copies_apart(pl.col(col["order"])))
    # Sessions in order of first appearance.
    first_seen = rows.group_by("_session", maintain_order=True).agg(pl.col("_line").min().alias("record_line"))
    first_seen = first_seen.with_columns(pl.int_range(pl.len(), dtype=pl.Int64).alias("segment"))
    rows = rows.join(first_seen.select("_session", "segment"), on="_session", maintain_order="left")
    if "order" in col:
        order_key = order_number(pl.col(col["order"]))
        rows = rows.sort("segment", order_key, "_line", nulls_last=True, maintain_order=True)
    system = (
        rows.filter(pl.col("_system")).group_by("segment", maintain_order=True).agg(event_text.alias("system_messages"))
    )
    rows = rows.filter(~pl.col("_system"))
    constant = _constant_within_sessions(rows, others)
    metadata = list(columns.metadata) if columns.metadata is not None else [c for c in others if c in constant]
    labels = list(columns.labels) if columns.labels is not None else [c for c in others if c not in constant]
    if "annotator" in col:
        labels = [col["annotator"], *[c for c in labels if c != col["annotator"]]]
        turn_key = ["segment", col["order"]] if "order" in col else ["segment", "_line"]
        rows = rows.group_by(turn_key, maintain_order=True).agg(
            pl.all().exclude(labels).first(),
            pl.struct(labels).struct.json_encode().str.join(",").alias("_labels"),
        )
        label_json = pl.concat_str(pl.lit('{"annotations":['), pl.col("_labels"), pl.lit("]}"))
    else:
        label_json = pl.struct(labels).struct.json_encode() if labels else pl.lit(None, dtype=pl.String)
    # A help-desk or chat-widget export keeps each message as HTML (`<p>yes please</p>`): read as its text.
    filled = rows.get_column(col["text"]).drop_nulls()
    html_bodies = filled.len() > 0 and filled.str.contains(_HTML_BODY).mean() >= _MIN_HTML_SHARE  # type: ignore[operator]
    turns = rows.select(
        pl.lit(source_id).alias("source_id"),
        "segment",
        pl.int_range(pl.len(), dtype=pl.Int32).over("segment").alias("source_turn_index"),
        pl.col("_line").alias("source_line"),
        _speaker(col).alias("speaker"),
        pl.when(html_bodies)
        .then(pl.col(col["text"]).fill_null("").map_elements(plain, return_dtype=pl.String))
        .otherwise(pl.col(col["text"]).fill_null(""))
        .str.strip_chars()
        .alias("text"),
        (pl.col(col["timestamp"]) if "timestamp" in col else pl.lit(None, dtype=pl.String)).alias("timestamp"),
        label_json.alias("source_labels"),
    )
    session_columns = ([col["session"]] if "session" in col else []) + metadata
    sessions = (
        rows.group_by("segment", maintain_order=True)
        .agg(pl.col(session_columns).first() if session_columns else pl.lit(None).alias("_none"))
        .join(first_seen.select("segment", "record_line"), on="segment")
        .join(system, on="segment", how="left", maintain_order="left")
        .select(
            pl.lit(source_id).alias("source_id"),
            "segment",
            "record_line",
            (
                pl.struct([*session_columns, "system_messages"]).struct.json_encode()
                if not system.is_empty()
                else pl.struct(session_columns).struct.json_encode()
                if session_columns
                else pl.lit(None, dtype=pl.String)
            ).alias("source_metadata"),
        )
    )
    return finish(turns, sessions)


def _with_direction_read(table: pl.DataFrame, columns: ColumnMap) -> ColumnMap:
    """`columns` less its direction column unless every filled cell of it says sent or received (a `type` column of
    other words, an MI coding sheet's `open` / `closed`, stays an ordinary column)."""
    named = columns.columns.get("direction")
    if named is None:
        return columns
    others = {c for role, c in columns.columns.items() if role != "direction"}
    # The first column that reads so, of the one chosen and the other direction-like names (iMessage exports have a
    # `message_type` of iMessage/SMS before their `is_from_me`).
    candidates = [named] + [
        c for c in table.columns if column_key(c) in DEFAULT_COLUMNS["direction"] and c not in (named, *others)
    ]
    for direction in candidates:
        values = set(table.get_column(direction).drop_nulls().str.strip_chars().str.to_lowercase().unique().to_list())
        readable = values <= {*_SENT, *_RECEIVED} or (
            re.search(_FROM_ME_COLUMN, column_key(direction)) is not None and values <= {*_YES, *_NO}
        )
        if values and readable:
            return replace(columns, columns={**columns.columns, "direction": direction})
    return replace(columns, columns={role: c for role, c in columns.columns.items() if role != "direction"})


def _speaker(col: dict[str, str]) -> pl.Expr:
    """The row's speaker as written; a messaging export's sent row without one is `Me`, a received one its chat's."""
    named = pl.col(col["speaker"]).str.strip_chars()
    if "direction" not in col:
        return named
    said = pl.col(col["direction"]).str.strip_chars().str.to_lowercase()
    sent = said.is_in([*_SENT, *_YES])
    unnamed = named.is_null() | (named == "")
    chat = pl.col(col["session"]).str.strip_chars() if "session" in col else pl.lit(None, dtype=pl.String)
    return pl.when(unnamed & sent).then(pl.lit("Me")).when(unnamed).then(chat).otherwise(named)


def order_number(order: pl.Expr) -> pl.Expr:
    """A turn's number in its session from the order column: a number, or a number under a short prefix the whole
    column shares (`m-0007`, `T12`, `msg_31`); else null for the whole column (a hex id's digits, `e5083127`, say
    nothing of order)."""
    text = order.cast(pl.String).str.strip_chars()
    numbered = text.str.contains(r"^[A-Za-z]{0,6}[-_#]?\d{1,12}$")
    shared_prefix = text.str.extract(r"^([A-Za-z]*)").n_unique() == 1
    return pl.when(numbered.all() & shared_prefix).then(text.str.extract(r"(\d+)$").cast(pl.Int64, strict=False))


def _with_copies_apart(order: pl.Expr) -> pl.Expr:
    """`_session` with a session's later copies apart: where, further down the file, its numbering starts again at
    its first number (two weekly exports joined, each holding the same conversation), the rows from there are
    another session, so the copy reads as a duplicate session and not as every turn said twice."""
    number = order_number(order)
    restart = (number == number.first().over("_session")) & (number < number.shift().over("_session"))
    copy = restart.fill_null(False).cast(pl.Int64).cum_sum().over("_session")
    return (
        pl.when(copy > 0)
        .then(pl.concat_str(pl.col("_session"), pl.lit("\x1e"), copy.cast(pl.String)))
        .otherwise(pl.col("_session"))
        .alias("_session")
    )


def _session_owner(rows: pl.DataFrame, others: list[str], order: str | None) -> str | None:
    """A column saying whose sessions the rows are, where the session column numbers sessions per person or record
    (`export_id` SLP-0371 beside `session` 1, 2, then SLP-0394 with its own session 1): named as an id or a person,
    filled on every row, in blocks (one value a run of rows, never back), fewer values than half the rows, and the
    same session value under two of them; where the session value runs on across a change of it, the turn
    numbering (`order`) starts again there (else it is one session recorded in two parts, `REC-A` then `REC-B`).
    Sessions are then told apart by both."""
    sessions = rows.get_column("_session").n_unique()
    number = order_number(pl.col(order)) if order else None
    for column in others:
        if not re.search(_OWNER_COLUMN, column_key(column)):
            continue
        values, runs, pairs, missing = rows.select(
            pl.col(column).n_unique().alias("values"),
            ((pl.col(column) != pl.col(column).shift()).sum() + 1).alias("runs"),
            pl.struct(column, "_session").n_unique().alias("pairs"),
            (pl.col(column).is_null().sum() + (pl.col(column).str.strip_chars() == "").sum()).alias("missing"),
        ).row(0)
        if not missing and pairs > sessions and runs == values and values * 2 < rows.height:
            if number is not None:
                runs_on = (pl.col(column) != pl.col(column).shift()) & (
                    pl.col("_session") == pl.col("_session").shift()
                )
                if rows.select((runs_on & ~(number < number.shift()).fill_null(False)).any()).item():
                    continue
            return column
    return None


def _constant_within_sessions(rows: pl.DataFrame, columns: list[str]) -> set[str]:
    if not columns:
        return set()
    distinct = rows.group_by("segment").agg(pl.col(columns).n_unique()).select(pl.col(columns).max())
    return {c for c in columns if distinct.get_column(c)[0] <= 1}
