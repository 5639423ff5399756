"""Cheap per-file checks before the batch transform, for files the parsers would raise on.

The transforms run over a whole batch at once; a file that makes them raise sends the batch down the slow
path of finding the culprit (flows/batch.py). Hostile folders are full of such files (truncated JSON,
JSON nested thousands deep, ragged tables), so the usual ones are caught here, per file, with a reason a
user can act on. Each check is one C-level parse of the file (json, polars' CSV reader): once per file,
never per line. Messages carry positions and kinds, never the file's text.
"""

from __future__ import annotations

import csv
import io
import json
import re
from pathlib import PurePath

import polars as pl

from transforms.formats import (
    cell_dialogues,
    csv_table,
    flat_json,
    generic_json,
    markdown_table,
    nested_json,
    psycheval,
    smilechat,
    yaml_records,
)
from transforms.formats.detect import (
    ASS_SUBTITLES,
    CELL_DIALOGUES,
    CHAT_CHA,
    CSV_TABLE,
    DIALOGUE_ACTS,
    DISCORD_EXPORT,
    EMAIL_THREAD,
    FIXED_WIDTH_TABLE,
    FLAT_JSON,
    GENERIC_TABLE,
    GENERIC_XML,
    HTML,
    IMESSAGE,
    IRC_LOG,
    LABELLED_LINES,
    MARKDOWN_TABLE,
    MARKUP_TEXT,
    NESTED_JSON,
    PARLAI_TEXT,
    PLAIN_TEXT,
    PSYCHEVAL,
    PYTHON_LITERALS,
    REFI_QDA,
    REPL_LOG,
    SAMI_CAPTIONS,
    SMILECHAT,
    SMS_BACKUP,
    SQL_DUMP,
    STM_REFERENCE,
    TIER_TRANSCRIPTS,
    UNKNOWN_JSON,
    YAML_RECORDS,
    detect_format,
    without_excel_separator,
)
from transforms.formats.json_common import ARRAY, JSONL, container_of

# Formats whose parser decodes the whole file to one polars type: a value of another type (a number or a
# list where text belongs) makes polars raise, so the file is decoded to that type here, alone.
_WHOLE_FILE_TYPES: dict[str, pl.DataType] = {
    SMILECHAT: pl.List(smilechat.TURN),
    LABELLED_LINES: pl.List(pl.String),
    PSYCHEVAL: psycheval.CASE,
    # A list of utterance records. One object, like a JSON line, is read key by key and needs no check.
    FLAT_JSON: pl.List(flat_json.RECORD),
}


# Key-value files whose `NAME:value` lines read like labelled turns: a calendar's `SUMMARY:` or a contact card's
# `FN:` is nobody speaking.
_NOT_TRANSCRIPTS = {
    "BEGIN:VCALENDAR": "an iCalendar file (calendar events), not a transcript",
    "BEGIN:VCARD": "a vCard file (contact cards), not a transcript",
}


# What a dataset ships beside its transcripts, by name: `README.md`, `LICENSE`, `CHANGELOG.txt`, `CITATION.cff`; a
# read-me under a prefix too (`export_readme.txt`, `data-README.md`: no transcript is named so).
_DOCUMENTATION_NAME = re.compile(
    r"(?i)^(?:(?:[\w.-]*[_.-])?readme|licen[cs]e|changelog|changes|contributing|citation|notice|copying|authors|"
    r"code_of_conduct)(?:[_-][a-z]{2}(?:[_-][a-z]{2})?)?(?:\.\w{1,5})?$"
)
# A diariser's RTTM file says who spoke when (`SPEAKER <file> 1 0.620 1.900 <NA> <NA> SPEAKER_00 <NA> <NA>`) and
# holds no words: read as plain text, its lines would be a speaker's turns repeating one another.
_RTTM_LINE = re.compile(r"SPEAKER\s+\S+\s+\d+\s+\d+(?:\.\d+)?\s+\d+(?:\.\d+)?\s+\S+\s+\S+\s+\S+")


def format_and_problem(path: str, text: str, column_mapping: str | None = None) -> tuple[str | None, str | None]:
    """The file's format (None when it cannot be told) and why the parsers could not read it (None when they can
    try). The batch keeps the format, so the pipeline does not detect it a second time."""
    opening = text.lstrip("\ufeff \t\r\n")[:16].upper()
    for signature, reason in _NOT_TRANSCRIPTS.items():
        if opening.startswith(signature):
            return None, reason
    if _RTTM_LINE.match(text.lstrip("\ufeff \t\r\n")[:300]):
        return None, "an RTTM file (who spoke when, from a diariser; no words), not a transcript"
    if _DOCUMENTATION_NAME.match(PurePath(path).name):
        # A corpus's README may quote a sample dialogue; read as one, it would be a session no one held.
        return None, "a corpus's documentation (README, LICENSE, CHANGELOG...), not a transcript"
    try:
        file_format = detect_format(path, text, column_mapping)
    except RecursionError:
        return None, "JSON nested too deeply to read"
    except ValueError as error:
        return None, f"cannot tell the format: {type(error).__name__}"
    # (Under Excel's `sep=;` line the table is read as the parsers read it: from the next line, by that delimiter.)
    body, mapping, _ = without_excel_separator(text, column_mapping)
    problem = _problem(path, body, mapping, file_format)
    if problem is not None and problem.startswith(_WRONG_TYPES) and generic_json.record_lists(text):
        # Not the layout its first record looked like, but conversations are there to be found by their values.
        return UNKNOWN_JSON, None
    return file_format, problem


# Text formats: a line nothing reads becomes a defect, never the file's.
_TEXT_FORMATS = frozenset(
    {
        PLAIN_TEXT, HTML, EMAIL_THREAD, CHAT_CHA, IMESSAGE, SQL_DUMP, SMS_BACKUP, REFI_QDA, MARKUP_TEXT, ASS_SUBTITLES,
        DISCORD_EXPORT, IRC_LOG, STM_REFERENCE, DIALOGUE_ACTS, TIER_TRANSCRIPTS, FIXED_WIDTH_TABLE, GENERIC_TABLE,
        PYTHON_LITERALS, PARLAI_TEXT, SAMI_CAPTIONS, REPL_LOG,
    }
)  # fmt: skip


_WRONG_TYPES = "JSON values of the wrong type"


def _problem(path: str, text: str, column_mapping: str | None, file_format: str) -> str | None:
    if file_format in _TEXT_FORMATS or file_format == GENERIC_XML:
        # generic_xml: well-formed, or detection would not have named it.
        return None
    if file_format == CSV_TABLE:
        return _table_problem(path, text, column_mapping)
    if file_format == CELL_DIALOGUES:
        return _cell_table_problem(path, text, column_mapping)
    if file_format == MARKDOWN_TABLE:
        return _markdown_problem(text, column_mapping)
    if file_format == YAML_RECORDS:
        # Read once already to detect it (and remembered): a value of the wrong type, aliases repeated too often.
        return yaml_records.structural_problem(text)
    if container_of(text) == JSONL:
        return None  # a broken record becomes an `unparseable_line` defect; the others load
    try:
        parsed = json.loads(text.lstrip("\ufeff"))
    except RecursionError:
        return "JSON nested too deeply to read"
    except ValueError as error:
        # json's message is a position ("Expecting ',' delimiter: line 3 column 9 (char 51)"), no content.
        return f"invalid JSON: {str(error).splitlines()[0]}"
    dtype = _WHOLE_FILE_TYPES.get(file_format)
    if file_format == LABELLED_LINES and not (isinstance(parsed, list) and parsed and isinstance(parsed[0], str)):
        dtype = None  # session objects: decoded one by one, their strings taken as they are
    decoded = text.lstrip("\ufeff")
    if file_format == NESTED_JSON:
        # Sessions decode to a type named after the key their turns are under, which varies by file; rich-text
        # lists under a text key are read as their plain text, as the parser reads them.
        # (A wrapper's list of sessions is what the parser reads, its other keys blanked.)
        key = nested_json.wrapped_sessions_key(parsed) if isinstance(parsed, dict) else None
        dtype = nested_json.file_dtype(parsed if key is None else parsed[key])
        unwrapped = decoded if key is None else nested_json.only_wrapped_sessions(decoded, key)
        decoded = nested_json.decodable_text(unwrapped)
    if dtype is not None and not (file_format == FLAT_JSON and container_of(text) != ARRAY):
        try:
            pl.Series([decoded], dtype=pl.String).str.json_decode(dtype)
        except pl.exceptions.PolarsError:
            return f"{_WRONG_TYPES} for the {file_format} layout (e.g. a number or list where text belongs)"
    return None


def _table_problem(path: str, text: str, column_mapping: str | None) -> str | None:
    body = text.lstrip("\ufeff")
    mapping = csv_table.read_mapping(column_mapping) if column_mapping else {}
    separator = csv_table.sniff_delimiter(body.split("\n", 1)[0], mapping, path)
    detail = _unreadable(body, separator)
    if detail is not None:
        # Rows with a field too many are the parser's to set aside (unparseable_line), if the rest then reads.
        width = len(csv_table.header_of(body, mapping, path))
        readable, overlong = csv_table.without_overlong_rows(body, separator, width)
        detail = _unreadable(readable, separator) if overlong else detail
    return None if detail is None else f"a table that cannot be read: {detail}"


def _cell_table_problem(path: str, text: str, column_mapping: str | None) -> str | None:
    """What the csv module says is wrong with a table of one dialogue a row (a cell over its field limit)."""
    mapping = csv_table.read_mapping(column_mapping) if column_mapping else {}
    body = text.lstrip("\ufeff")
    try:
        cell_dialogues.records(body, csv_table.sniff_delimiter(body.split("\n", 1)[0], mapping, path))
    except csv.Error as error:
        # The csv module's message names the problem ("field larger than field limit (131072)"), not the content.
        return f"a table that cannot be read: {str(error).splitlines()[0]}"
    return None


def _markdown_problem(text: str, column_mapping: str | None) -> str | None:
    """The first of the file's Markdown tables that csv_table could not read (a row with a `|` too many)."""
    mapping = csv_table.read_mapping(column_mapping) if column_mapping else {}
    for table in markdown_table.tables_in(text, mapping):
        detail = _unreadable(table.text, "|")
        if detail is not None:
            return f"a Markdown table that cannot be read (table at line {table.first_line}): {detail}"
    return None


def _unreadable(body: str, separator: str) -> str | None:
    """What polars' CSV reader says is wrong with the table, or None when it reads."""
    try:
        pl.read_csv(io.StringIO(body), separator=separator, infer_schema=False)
    except (pl.exceptions.PolarsError, ValueError) as error:
        first = str(error).strip().splitlines()[0] if str(error).strip() else ""
        # polars names the problem ("found more fields than defined in 'Schema'"); keep only that kind of line.
        return first if "'" not in first.replace("'Schema'", "") else type(error).__name__
    return None
