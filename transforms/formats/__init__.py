"""Decoded files -> sessions and turns, whatever shape each file has.

`detect.py` names a format per file (by content; see its docstring); each format's parser takes the
batch's files of that format and returns a `ParsedText`; the parts are stacked so every later step sees
one shape. One module per format:

| format | module | shape |
|---|---|---|
| plain_text | plain_text.py | `Label: text` lines (seeds, MusPsy, CPsyCounD, exports) |
| chat_json | chat_json.py | `{"messages": [{role, content}]}`, JSON Lines, a list or one object |
| smilechat | smilechat.py | one conversation as a list of `{role, content}` |
| esconv | esconv.py | ESConv `{dialog: [{speaker, text/content, strategy}]}` (FADO JSON Lines or list) |
| psycheval | psycheval.py | PsychEval case `{sessions: [{session_dialogue: [{role, text}]}]}` |
| cactus | cactus.py | CACTUS records with an intake form and an opening exchange |
| csv_table | csv_table.py | CSV/TSV, one utterance a row (AnnoMI), optional column mapping |
| markdown_table | markdown_table.py | Markdown tables of speaker and text columns below a title or preamble |
| labelled_lines | labelled_lines.py | a JSON list of `Label: text` strings (CPsyCounE) |
| flat_json | flat_json.py | one utterance a record, `{dialog_id, turn, speaker, utterance}` (JSON Lines or list) |
| nested_json | nested_json.py | sessions holding their turns, `{session_id, turns: [{who, said}]}` (JSONL, list, one) |
| | | also chat-app exports: Telegram `{name, messages: [{type, date, from, text}]}` (rich-text lists |
| | | joined, service notes -> metadata), Messenger `{participants, messages: [{sender_name, timestamp_ms, |
| | | content}]}` (newest first: ordered by time), speech-to-text `{call_id, segments: [{speaker, start, |
| | | transcript}]}` (a `speakers` map names speaker ids) |
| instruction_records | instruction_records.py | instruction-tuning records, `Label: text` lines in one string |
| cell_dialogues | cell_dialogues.py | CSV/TSV, one session a row, its `Label: text` dialogue in one multi-line cell |
| html | html_export.py | HTML exports, `<p><b>Label:</b> text</p>`, read as text lines with the plain-text rules |
| notebook | notebook.py | Jupyter `.ipynb`: code cells' stdout / text/plain output read with the plain-text rules |
| preference_pairs | preference_pairs.py | DPO/RLHF `{prompt, chosen, rejected}`, text or messages; `rejected` kept |
| eval_logs | eval_logs.py | evaluation runs `{model, run_id, exchanges: [{prompt, completion}]}` (or input/output) |
| ticket_exports | ticket_exports.py | help-desk `{tickets: [{comments: [{author_id, body}]}], users}`, notes kept |
| chat templates | chat_template.py | ChatML (`<|im_start|>user`), Llama-2/Mistral (`<s>[INST]`), Llama-3 |
| | | (`<|start_header_id|>user<|end_header_id|>`) or Gemma (`<start_of_turn>model`) markup, in a text file |
| | | or a record's string: rewritten for plain_text / instruction_records, system message -> metadata |
| email_thread | email_thread.py | e-mail thread as text: `From:`/`To:`/`Date:` header blocks, a turn per message |
| yaml_records | yaml_records.py | YAML sessions holding turns, `- counsellor: ...` or `{speaker, text}` (list, `---`) |
| chat_cha | chat_cha.py | CHAT/CHILDES `.cha`: `*THE:<tab>text` tiers, speakers from @Participants, %com -> labels |
| imessage | imessage.py | Apple Messages text exports: timestamp, sender and message blocks; tapbacks -> metadata |
| sql_dump | sql_dump.py | mysqldump / pg_dump --inserts: INSERT rows of a table with speaker and text columns |
| | | also pg_dump's plain `COPY t (...) FROM stdin;` blocks: tab-separated rows up to `\\.` |
| sms_backup | sms_backup.py | Android SMS Backup & Restore XML, `<sms type="1"/"2" body=.../>` lines; a thread each |
| refi_qda | refi_qda.py | REFI-QDA projects (`.qde`): each `<TextSource>`'s `<PlainTextContent>` read as plain text |
| markup_text | markup_text.py | RTF (`\\b Counsellor:\\b0 text\\par`) as text lines read with the plain-text rules; |
| | | LaTeX (`\\item[Th:] text`, `\\textbf{Client:}`, `\\section{}` sessions); org-mode (`- Client :: text`, |
| | | `*` headings) |
| app_json | app_json.py | AWS Transcribe jobs (transcribe_json.py: a turn per speaker segment, words joined by time), |
| | | Slack day files (slack_export.py: messages, notices -> metadata), Rasa trackers (rasa_tracker.py: |
| | | `user`/`bot` events, `session_started` opens a session) |
| discord_export | discord_export.py | DiscordChatExporter `.txt`: `[date] Author` line and content; notices: metadata |
| irc_log | irc_log.py | irssi / WeeChat / HexChat / mIRC logs: a turn per `<nick> text`; joins, modes -> metadata |
| stm_reference | stm_reference.py | NIST STM scoring references: a turn per segment line, a session per recording |
| dialogue_acts | dialogue_acts.py | Switchboard dialogue-act lines (`sd  B.2 utt1: ... /`): a turn per speaker turn |
| openai_batch | openai_batch.py | OpenAI Batch API output: a turn per result row, its speaker and session from the |
| | | `custom_id` (`dlg-7/t03/client`); a row without a role word holds a whole session as labelled text |
| sami_captions | sami_captions.py | SAMI `.smi` captions: each `<SYNC>` caption a text line, plain-text rules |
| parlai_text | parlai_text.py | ParlAI `text:...<TAB>labels:...` lines: the client's text, then the model's label; |
| | | `episode_done:True` ends a session; context lines above a session's first text -> metadata |
| repl_log | repl_log.py | a chat with a local model saved from its terminal (`ollama run`): `>>> ` prompts |
| | | the client's turns, the replies the model's; commands dropped, `/set system` -> system prompt |
| ass_subtitles | ass_subtitles.py | ASS/SSA subtitles: `Dialogue:` events (Name, Start, Text); title cards: metadata |
| tier_transcripts | tier_transcripts.py | Praat TextGrids and ELAN `.eaf`: a tier per speaker, its timed intervals |
| | | (annotations) the turns in time order, each at its text's line; point and dependent tiers -> labels |
| fixed_width_table | fixed_width_table.py | a table printed in aligned columns (pandas `to_string()`), CSV names |
| unknown_json | generic_json.py | JSON no parser above knows: each innermost array of objects with a speaker-like |
| | | and a prose field, judged by their values (record_discovery.py): FHIR `Communication` bundles, |
| | | Telegram multi-chat exports, MongoDB extended JSON... |
| generic_xml | generic_xml.py | XML no parser above knows: repeated sibling elements with a speaker and a text |
| | | (attribute, child element or own text), judged the same way |
| generic_table | generic_table.py | CSV/TSV whose column names no reader knows (`who_said`), judged the same way |
| python_literals | python_literals.py | a script's log, conversations printed as Python lists of dicts (`pprint`) |
| | | each list's records judged the same way; the log lines kept as metadata |
"""

from __future__ import annotations

from collections.abc import Callable

import polars as pl

from transforms.config import DEFAULT_CONFIG, ParseConfig
from transforms.formats import (
    app_json,
    ass_subtitles,
    cactus,
    cell_dialogues,
    chat_cha,
    chat_json,
    csv_table,
    dialogue_acts,
    discord_export,
    email_thread,
    esconv,
    eval_logs,
    fixed_width_table,
    flat_json,
    generic_json,
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
    plain_text,
    preference_pairs,
    psycheval,
    python_literals,
    refi_qda,
    repl_log,
    sami_captions,
    smilechat,
    sms_backup,
    sql_dump,
    stm_reference,
    ticket_exports,
    tier_transcripts,
    yaml_records,
)
from transforms.formats.base import ParsedText, concat_parsed
from transforms.formats.detect import (
    APP_JSON,
    ASS_SUBTITLES,
    CACTUS,
    CELL_DIALOGUES,
    CHAT_CHA,
    CHAT_JSON,
    CSV_TABLE,
    DIALOGUE_ACTS,
    DISCORD_EXPORT,
    EMAIL_THREAD,
    ESCONV,
    EVAL_LOGS,
    FIXED_WIDTH_TABLE,
    FLAT_JSON,
    GENERIC_TABLE,
    GENERIC_XML,
    HTML,
    IMESSAGE,
    INSTRUCTION_RECORDS,
    IRC_LOG,
    LABELLED_LINES,
    MARKDOWN_TABLE,
    MARKUP_TEXT,
    NESTED_JSON,
    NOTEBOOK,
    OPENAI_BATCH,
    PARLAI_TEXT,
    PLAIN_TEXT,
    PREFERENCE_PAIRS,
    PSYCHEVAL,
    PYTHON_LITERALS,
    REFI_QDA,
    REPL_LOG,
    SAMI_CAPTIONS,
    SMILECHAT,
    SMS_BACKUP,
    SQL_DUMP,
    STM_REFERENCE,
    TICKET_EXPORTS,
    TIER_TRANSCRIPTS,
    UNKNOWN_JSON,
    YAML_RECORDS,
    detect_format,
    without_excel_separator,
)

Parser = Callable[[pl.DataFrame, ParseConfig], ParsedText]


PARSERS: dict[str, Parser] = {
    PLAIN_TEXT: plain_text.parse_files,
    CHAT_JSON: chat_json.parse_files,
    SMILECHAT: smilechat.parse_files,
    ESCONV: esconv.parse_files,
    PSYCHEVAL: psycheval.parse_files,
    CACTUS: cactus.parse_files,
    CSV_TABLE: csv_table.parse_files,
    LABELLED_LINES: labelled_lines.parse_files,
    MARKDOWN_TABLE: markdown_table.parse_files,
    FLAT_JSON: flat_json.parse_files,
    NESTED_JSON: nested_json.parse_files,
    INSTRUCTION_RECORDS: instruction_records.parse_files,
    HTML: html_export.parse_files,
    CELL_DIALOGUES: cell_dialogues.parse_files,
    EMAIL_THREAD: email_thread.parse_files,
    YAML_RECORDS: yaml_records.parse_files,
    PREFERENCE_PAIRS: preference_pairs.parse_files,
    EVAL_LOGS: eval_logs.parse_files,
    TICKET_EXPORTS: ticket_exports.parse_files,
    CHAT_CHA: chat_cha.parse_files,
    IMESSAGE: imessage.parse_files,
    SQL_DUMP: sql_dump.parse_files,
    SMS_BACKUP: sms_backup.parse_files,
    REFI_QDA: refi_qda.parse_files,
    NOTEBOOK: notebook.parse_files,
    MARKUP_TEXT: markup_text.parse_files,
    APP_JSON: app_json.parse_files,
    ASS_SUBTITLES: ass_subtitles.parse_files,
    DISCORD_EXPORT: discord_export.parse_files,
    IRC_LOG: irc_log.parse_files,
    OPENAI_BATCH: openai_batch.parse_files,
    PARLAI_TEXT: parlai_text.parse_files,
    REPL_LOG: repl_log.parse_files,
    SAMI_CAPTIONS: sami_captions.parse_files,
    STM_REFERENCE: stm_reference.parse_files,
    DIALOGUE_ACTS: dialogue_acts.parse_files,
    TIER_TRANSCRIPTS: tier_transcripts.parse_files,
    FIXED_WIDTH_TABLE: fixed_width_table.parse_files,
    GENERIC_XML: generic_xml.parse_files,
    GENERIC_TABLE: generic_table.parse_files,
    PYTHON_LITERALS: python_literals.parse_files,
    UNKNOWN_JSON: generic_json.parse_files,
}


def formats_of(files: pl.DataFrame) -> pl.Series:
    """The format of each of `files(path, text[, column_mapping])`, in order."""
    mappings = (
        files.get_column("column_mapping").to_list() if "column_mapping" in files.columns else [None] * files.height
    )
    names = [
        detect_format(path, text, mapping)
        for (path, text), mapping in zip(files.select("path", "text").iter_rows(), mappings, strict=True)
    ]
    return pl.Series("format", names, dtype=pl.String)


def parse_files(files: pl.DataFrame, config: ParseConfig = DEFAULT_CONFIG.parse) -> ParsedText:
    """`files(source_id, path, text[, column_mapping, format])` -> sessions, turns, header and stray lines.

    Files without a `format` column are detected here. A CSV under Excel's `sep=;` line is read without it (the
    line is the file's header, its lines counted as in the file)."""
    with_format = files if "format" in files.columns else files.with_columns(formats_of(files))
    hinted = _without_excel_separator(with_format)
    groups = {
        str(name): group.drop("format", "_hint") for (name,), group in hinted.group_by("format", maintain_order=True)
    }
    parts: list[ParsedText] = []
    if PLAIN_TEXT in groups and LABELLED_LINES in groups:
        parts.append(_plain_and_labelled(groups.pop(PLAIN_TEXT), groups.pop(LABELLED_LINES), config))
    parts += [PARSERS[name](group, config) for name, group in groups.items()]
    parsed = concat_parsed(parts)
    hints = hinted.filter(pl.col("_hint").is_not_null()).select("source_id", "_hint")
    return parsed if hints.is_empty() else _moved_down_a_line(parsed, hints)


def _plain_and_labelled(plain: pl.DataFrame, labelled: pl.DataFrame, config: ParseConfig) -> ParsedText:
    """Plain text and lists of labelled strings read by one call of the plain-text rules: each call compiles a few
    hundred patterns again (polars keeps 32 a thread), ~0.35 s a batch."""
    strings, unread = labelled_lines.string_lines(labelled)
    both = plain_text.parse_lines(pl.concat([plain_text.text_lines(plain), strings]), config)
    return labelled_lines.with_unread_records(both, unread)


def _without_excel_separator(files: pl.DataFrame) -> pl.DataFrame:
    mappings = (
        files.get_column("column_mapping").to_list() if "column_mapping" in files.columns else [None] * files.height
    )
    rows = [
        without_excel_separator(text, mapping)
        for text, mapping in zip(files.get_column("text").to_list(), mappings, strict=True)
    ]
    return files.with_columns(
        pl.Series("text", [r[0] for r in rows], dtype=pl.String),
        pl.Series("column_mapping", [r[1] for r in rows], dtype=pl.String),
        pl.Series("_hint", [r[2] for r in rows], dtype=pl.String),
    )


def _moved_down_a_line(parsed: ParsedText, hints: pl.DataFrame) -> ParsedText:
    """Lines counted in the text without its `sep=` line, counted in the file; the hint line is the file's header."""
    hinted = pl.col("source_id").is_in(hints.get_column("source_id").implode())

    def down(frame: pl.DataFrame, column: str) -> pl.DataFrame:
        return frame.with_columns(pl.when(hinted).then(pl.col(column) + 1).otherwise(pl.col(column)).alias(column))

    hint_lines = (
        parsed.sessions.filter(hinted).group_by("source_id").agg(pl.col("segment").min()).join(hints, on="source_id")
    )
    header = pl.concat(
        [
            hint_lines.select(
                "source_id", "segment", pl.lit(1, dtype=pl.Int64).alias("line_no"),
                pl.col("_hint").str.strip_chars_end("\r\n").alias("line"),
            ),
            down(parsed.header_lines, "line_no"),
        ],
        how="diagonal_relaxed",
    )  # fmt: skip
    return ParsedText(
        sessions=down(parsed.sessions, "source_line"),
        turns=down(parsed.turns, "source_line"),
        header_lines=header,
        stray_lines=down(parsed.stray_lines, "line_no"),
    ).conformed()


__all__ = ["PARSERS", "ParsedText", "formats_of", "parse_files"]
