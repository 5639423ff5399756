"""Which parser reads a file: decided by content first, the file name only as a tie-breaker.

JSON is recognised by its first character and its shape (the keys of the first record, whether the
file is one value, a list or JSON Lines); then YAML sessions holding turn lists (yaml_records.holds_sessions:
the file reads as such YAML; the name `.yaml`/`.yml` or a `turns:`-like line says whether to try); an HTML
document by its doctype or `<html>` tag (before the tables) or by block tags at line starts (after them;
html_export.looks_like_html); an e-mail thread by two `From:` header blocks, the first under at most a short
preamble (email_thread.is_email_thread); a table by a header row whose columns name at least a speaker and a
text (see csv_table.DEFAULT_COLUMNS or the folder's column-mapping file); a Markdown table with such a header,
from the first line or further down under a title and a preamble, by markdown_table.tables_in (before the CSV
test, so text around the table is kept); a table of one session a row, its dialogue in one cell and no speaker
column (cell_dialogues.dialogue_column), after the CSV test; anything else is plain text. A SQL dump (an
`INSERT INTO ... VALUES` line with a `CREATE TABLE` or a column list, or pg_dump's `COPY t (...) FROM stdin;`;
sql_dump.looks_like_sql_dump) is
recognised right after JSON, before any text or table test; RTF, LaTeX and org-mode documents
(markup_text.markup_kind: `{\\rtf`, `\\documentclass` or list and section commands, `#+TITLE:`-like keywords or
`- Label ::` items under `*` headings) just before it; after it, XML files that an SMS Backup & Restore root
(`<smses>`, sms_backup.looks_like_sms_backup) or a REFI-QDA project (refi_qda.looks_like_refi_qda) opens.
The file name only settles what content cannot: which delimiter a header that holds as many tabs as commas
uses (`.tsv` or `.csv`). Chat logs and subtitle scripts with markers of their own (ass_subtitles,
discord_export, irc_log) come after the Messages export, before HTML.
"""

from __future__ import annotations

import csv
import json
import re
from typing import Any

from transforms.formats import (
    app_json,
    ass_subtitles,
    cell_dialogues,
    chat_cha,
    csv_table,
    dialogue_acts,
    discord_export,
    email_thread,
    eval_logs,
    fixed_width_table,
    flat_json,
    generic_table,
    generic_xml,
    html_export,
    imessage,
    instruction_records,
    irc_log,
    labelled_lines,
    markdown_table,
    markup_text,
    nested_json,
    notebook,
    openai_batch,
    parlai_text,
    preference_pairs,
    python_literals,
    refi_qda,
    repl_log,
    sami_captions,
    sms_backup,
    sql_dump,
    stm_reference,
    ticket_exports,
    tier_transcripts,
    yaml_records,
)
from transforms.formats.json_common import SPEAKER_KEYS, TEXT_KEYS, skip_space

PLAIN_TEXT = "plain_text"
CHAT_JSON = "chat_json"
ESCONV = "esconv"
SMILECHAT = "smilechat"
PSYCHEVAL = "psycheval"
CACTUS = "cactus"
CSV_TABLE = "csv_table"
MARKDOWN_TABLE = "markdown_table"
LABELLED_LINES = "labelled_lines"
FLAT_JSON = "flat_json"
NESTED_JSON = "nested_json"
INSTRUCTION_RECORDS = "instruction_records"
HTML = "html"
CELL_DIALOGUES = "cell_dialogues"
EMAIL_THREAD = "email_thread"
YAML_RECORDS = "yaml_records"
PREFERENCE_PAIRS = "preference_pairs"
EVAL_LOGS = "eval_logs"
TICKET_EXPORTS = "ticket_exports"
CHAT_CHA = "chat_cha"
IMESSAGE = "imessage"
SQL_DUMP = "sql_dump"
SMS_BACKUP = "sms_backup"
REFI_QDA = "refi_qda"
NOTEBOOK = "notebook"
MARKUP_TEXT = "markup_text"
APP_JSON = "app_json"
ASS_SUBTITLES = "ass_subtitles"
DISCORD_EXPORT = "discord_export"
IRC_LOG = "irc_log"
STM_REFERENCE = "stm_reference"
DIALOGUE_ACTS = "dialogue_acts"
# ParlAI's `text:...<TAB>labels:...` lines (parlai_text.py).
PARLAI_TEXT = "parlai_text"
# A chat with a local model saved from its terminal: `>>> ` prompts, the model's replies below (repl_log.py).
REPL_LOG = "repl_log"
# SAMI captions: `<SYNC Start=ms><P>NAME: text` lines (sami_captions.py).
SAMI_CAPTIONS = "sami_captions"
# OpenAI Batch API output: a request's result a JSON line, the speaker in its `custom_id` (openai_batch.py).
OPENAI_BATCH = "openai_batch"
TIER_TRANSCRIPTS = "tier_transcripts"
FIXED_WIDTH_TABLE = "fixed_width_table"
# A delimited table whose column names no table reader knows, read by its values (generic_table.py).
GENERIC_TABLE = "generic_table"
# Conversations printed as Python lists of dicts in a script's log (python_literals.py).
PYTHON_LITERALS = "python_literals"
# XML that no parser above knows but that holds repeated elements naming a speaker and a text (generic_xml.py).
GENERIC_XML = "generic_xml"
# JSON whose shape no parser knows: read by generic_json.py, which looks for arrays of objects naming a speaker
# and a text; a file without any is quarantined with that reason.
UNKNOWN_JSON = "unknown_json"


# Excel's separator hint, `sep=;` alone on a CSV's first line: the table starts on the next line.
_EXCEL_SEPARATOR = re.compile(r"\A\ufeff?sep=(.)\r?\n")


def without_excel_separator(text: str, column_mapping: str | None) -> tuple[str, str | None, str | None]:
    """(the text without Excel's `sep=X` first line, the column mapping with X as its delimiter unless it sets one,
    the line taken off), or (text, column_mapping, None) when there is none."""
    hint = _EXCEL_SEPARATOR.match(text)
    if hint is None:
        return text, column_mapping, None
    mapping = json.loads(column_mapping) if column_mapping else {}
    mapping.setdefault("delimiter", hint.group(1))
    return text[hint.end() :], json.dumps(mapping), hint.group(0)


def detect_format(path: str, text: str, column_mapping: str | None = None) -> str:
    """The format name of a decoded file (a key of transforms.formats.PARSERS)."""
    text, column_mapping, _ = without_excel_separator(text, column_mapping)
    body = text.lstrip("\ufeff \t\n")
    if body[:1] in ("{", "["):
        shape = _json_shape(body)
        if shape is not None:
            return shape
    # Time-aligned tiers, one a speaker: a Praat TextGrid's header, an ELAN document's root (before the XML tests).
    if tier_transcripts.looks_like_textgrid(body) or (body[:1] == "<" and tier_transcripts.looks_like_eaf(body)):
        return TIER_TRANSCRIPTS
    # RTF, LaTeX or org-mode markup (`{\rtf1`, `\documentclass`, `#+TITLE:`...): before any text reading, which
    # would take its commands for lines (markup_text.markup_kind).
    if markup_text.markup_kind(body) is not None:
        return MARKUP_TEXT
    # A SQL dump (`CREATE TABLE`, `INSERT INTO ... VALUES`): before any text or table reading, which would take
    # its statements for lines or a header. A dump without a messages table is still one, parsed to nothing.
    if sql_dump.looks_like_sql_dump(body):
        return SQL_DUMP
    # XML exports known by their root: an SMS backup (`<smses>`), a REFI-QDA project (`<Project xmlns="urn:QDA-XML:...`
    # or `<TextSource>`); before the HTML test, which would read their elements as tags.
    if body[:1] == "<" and sms_backup.looks_like_sms_backup(body):
        return SMS_BACKUP
    if body[:1] == "<" and refi_qda.looks_like_refi_qda(body):
        return REFI_QDA
    # Not JSON: YAML sessions holding their turns, when the name or a `turns:`-like line says it may be and the
    # text reads so (a flat mapping of `Therapist: ...` labels has no turn list and stays plain text).
    if yaml_records.holds_sessions(path, text):
        return YAML_RECORDS
    # CHAT (`@Begin`, `*THE:<tab>...`) before anything that reads labels: `@Participants:` is no chat handle.
    if chat_cha.looks_like_cha(body):
        return CHAT_CHA
    # A Messages export: timestamp line, sender line, message; no label the plain-text rules could read.
    if imessage.looks_like_imessage(body):
        return IMESSAGE
    # Chat logs and subtitle scripts by their own markers: `[Script Info]`/`[Events]`, the exporter's `Guild:` banner or
    # `[date] Author` lines, an IRC client's `--- Log opened` or `<nick>` lines beside joins. Before HTML and the tables
    # (WeeChat's lines hold tabs).
    for name, looks_like in (
        (ASS_SUBTITLES, ass_subtitles.looks_like_ass),
        (DISCORD_EXPORT, discord_export.looks_like_discord_export),
        (IRC_LOG, irc_log.looks_like_irc_log),
        (STM_REFERENCE, stm_reference.looks_like_stm),
        (DIALOGUE_ACTS, dialogue_acts.looks_like_dialogue_acts),
        (PARLAI_TEXT, parlai_text.looks_like_parlai),
        (REPL_LOG, repl_log.looks_like_repl_log),
    ):
        if looks_like(body):
            return name
    # SAMI captions: tags around every caption, so before HTML, which would read the page as one paragraph.
    if body[:1] == "<" and sami_captions.looks_like_sami(body):
        return SAMI_CAPTIONS
    # An HTML document: its tags would otherwise be read as text (or its first line as a table header).
    if body[:1] == "<" and html_export.looks_like_html(body):
        return HTML
    # Other XML: whatever repeated elements name a speaker and say something (after HTML, which reads TEI's `<u>`).
    if body[:1] == "<" and generic_xml.holds_conversation(body):
        return GENERIC_XML
    # Before the tables: a thread's preamble may hold commas or a `|` (`client: A. Munro | counsellor: K. Ireland`).
    if email_thread.is_email_thread(body):
        return EMAIL_THREAD
    mapping = csv_table.read_mapping(column_mapping)
    # A Markdown table, from the first line or under a preamble: its reader also keeps the text around the table
    # (a closing note would be lost as empty rows of a `|`-delimited CSV).
    if "|" in text and markdown_table.tables_in(text, mapping):
        return MARKDOWN_TABLE
    # A table printed in aligned columns (pandas' to_string): no delimiter the CSV test could find.
    if fixed_width_table.looks_like_fixed_width(text.lstrip("\ufeff")):
        return FIXED_WIDTH_TABLE
    if _is_table(body, path, mapping):
        return CSV_TABLE
    # No speaker column, but a session a row with its whole dialogue in one cell.
    if _is_cell_table(body, path, mapping):
        return CELL_DIALOGUES
    # Columns named in a way no reader above knows (`who_said`, `what`), judged by their values.
    if generic_table.holds_conversation(body, path):
        return GENERIC_TABLE
    # A script's log with its conversations printed as Python lists of dicts (`[{'role': 'user', ...`).
    if python_literals.looks_like_python_literals(body):
        return PYTHON_LITERALS
    # Block tags at line starts without a doctype (a fragment saved as .html); after the tables, whose cells may
    # hold markup.
    if html_export.looks_like_html(body):
        return HTML
    return PLAIN_TEXT


_DECODER = json.JSONDecoder()
_NOT_JSON = object()


def _json_shape(body: str) -> str | None:
    """The JSON format of the text, UNKNOWN_JSON for JSON of another shape, None if it is not JSON.

    Only the first record is decoded (the parser reads the rest): a list's first element, a JSON
    Lines file's first line, or a multi-line object whole."""
    first = _first_list_element(body) if body.startswith("[") else _first_object(body)
    if first is _NOT_JSON:
        return None
    if body.startswith("["):
        if isinstance(first, dict) and _is_message(first) and not isinstance(first.get("dialog"), list):
            # Messages that name their conversation may belong to several: flat_json splits them.
            return FLAT_JSON if flat_json.has_session_key(first) else SMILECHAT
        if isinstance(first, str):
            return LABELLED_LINES
    if not isinstance(first, dict):
        return UNKNOWN_JSON
    # A Jupyter notebook (`cells`, `nbformat`): its transcripts are its cells' printed output.
    if notebook.is_notebook(first):
        return NOTEBOOK
    keys = set(first)
    if isinstance(first.get("messages"), list) and not _is_app_export(first["messages"]):
        return CHAT_JSON
    conversation = first.get("conversations")
    if (
        isinstance(conversation, list)
        and conversation
        and isinstance(conversation[0], dict)
        and _is_message(conversation[0])
    ):
        return CHAT_JSON
    if isinstance(first.get("dialog"), list):
        return ESCONV
    if isinstance(first.get("sessions"), list) and any(
        isinstance(s, dict) and "session_dialogue" in s for s in first["sessions"]
    ):
        return PSYCHEVAL
    if {"AI_client", "ground_truth_CBT"} <= keys:
        return CACTUS
    # The Batch API's results: every message is the assistant's, so no message reader would find a client.
    if openai_batch.is_batch_output(first):
        return OPENAI_BATCH
    # Application exports with keys of their own (AWS Transcribe jobs, Slack messages, Rasa trackers): before the
    # loose shapes below, which would read a job's `audio_segments` as turns or a Slack text as a dialogue string.
    if app_json.app_shape(first) is not None:
        return APP_JSON
    # A session object whose turns are `Label: text` strings (`"dialogue": ["Client: ...", ...]`).
    if labelled_lines.session_strings_key(first) is not None:
        return LABELLED_LINES
    # After the shapes above, so none changes hands: one utterance a record (JSON Lines, or a list under
    # other keys), then a session object holding its turns under a key of its own.
    holds_turns = nested_json.turn_list_key(first) is not None or nested_json.wrapped_sessions_key(first) is not None
    # A record with no text but a list of turns is a session whose metadata has a speaker-like key
    # (`"participant": "P-07"` beside its `session_id`): read as an utterance, it would be one empty turn.
    if flat_json.is_utterance_record(first) and not (holds_turns and not flat_json.has_text(first)):
        return FLAT_JSON
    if holds_turns:
        return NESTED_JSON
    # Keys of their own, before instruction records (which would read a `prompt` or `chosen` string as dialogue):
    # a preference pair's `chosen` and `rejected`, an evaluation run's list of prompt/completion exchanges, a
    # help-desk export's tickets with their comments.
    if preference_pairs.is_preference_pair(first):
        return PREFERENCE_PAIRS
    if eval_logs.is_eval_log(first):
        return EVAL_LOGS
    if ticket_exports.is_ticket_export(first):
        return TICKET_EXPORTS
    # Last: a dialogue inside one string (`output`, `text`, `prompt`...) is the loosest shape; any record with
    # turns of its own under a known key belongs to a parser above.
    if instruction_records.is_instruction_record(first):
        return INSTRUCTION_RECORDS
    return UNKNOWN_JSON


def _first_list_element(body: str) -> Any:
    start = skip_space(body, 1)
    if body.startswith("]", start):
        return None
    try:
        value, end = _DECODER.raw_decode(body, start)
    except ValueError:
        return _NOT_JSON
    # `[00:01:23] Therapist:` decodes a 0 and stops: a real list goes on with `,` or `]`.
    if not body.startswith((",", "]"), skip_space(body, end)):
        return _NOT_JSON
    return value


def _first_object(body: str) -> Any:
    for candidate in (body.split("\n", 1)[0], body):
        try:
            return json.loads(candidate)
        except ValueError:
            continue
    return _NOT_JSON


def _is_app_export(messages: list[Any]) -> bool:
    """Whether a `messages` list is a chat app's export (Telegram, Messenger) rather than chat-format turns:
    its first message names its speaker with none of the chat keys (`sender_name`), carries its time (`date`,
    `timestamp_ms`: chat_json has no timestamp column) or its text as a list of rich-text runs. nested_json
    reads those."""
    first = next((m for m in messages[:8] if isinstance(m, dict)), None)
    if first is None:
        return False
    return (
        (any(key in first for key in flat_json.SPEAKER_KEYS) and not any(key in first for key in SPEAKER_KEYS))
        or any(key in first for key in flat_json.TIMESTAMP_KEYS)
        or any(isinstance(first.get(key), list) for key in TEXT_KEYS)
    )


def _is_message(item: dict[str, Any]) -> bool:
    return any(key in item for key in SPEAKER_KEYS) and any(key in item for key in TEXT_KEYS)


def _is_table(body: str, path: str, mapping: dict[str, object]) -> bool:
    try:
        header = csv_table.header_of(body, mapping, path)
    except csv.Error:
        # A first line longer than the csv module's field limit is no table header (a one-line transcript).
        return False
    return csv_table.resolve(header, mapping) is not None


def _is_cell_table(body: str, path: str, mapping: dict[str, object]) -> bool:
    try:
        return cell_dialogues.dialogue_column(body, path, mapping) is not None
    except csv.Error:
        return False
