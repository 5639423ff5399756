"""One batch of files, start to finish short of the load: read, decode, transform, validate.

Plain Python, callable from tests without Prefect; the flow wraps it in a task.
A file that cannot be read, decoded or parsed is quarantined with its reason, and the rest of
the batch goes on.
"""

from __future__ import annotations

import logging
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, replace

import polars as pl

from flows.read_raw import ReadResult, read_column_mapping, read_file
from flows.reader_fingerprint import reader_fingerprints, same_verdict_expected
from schemas.validate import ValidatedBatch, validate_batch
from transforms.config import DEFAULT_CONFIG, PipelineConfig
from transforms.decode import UndecodableError, decode_bytes
from transforms.defect_rows import DEFECT_SCHEMA, defect_rows, empty_defects, with_defect_ids
from transforms.duplicate_sessions import (
    duplicate_session_defects,
    find_duplicate_sessions,
    repointed_to_originals,
    without_flags_of,
)
from transforms.formats import generic_json, yaml_records
from transforms.formats.detect import PLAIN_TEXT, UNKNOWN_JSON
from transforms.pipeline import SESSION_SCHEMA, TURN_SCHEMA, TransformedBatch, transform_texts
from transforms.preflight import format_and_problem
from transforms.stages import lap, stage_clock
from transforms.techniques import TECHNIQUE_SCHEMA
from warehouse.load import KnownSource

log = logging.getLogger(__name__)

SOURCE_SCHEMA: dict[str, pl.DataType] = {
    "source_id": pl.String(),
    "path": pl.String(),
    "sha256": pl.String(),
    "bytes": pl.Int64(),
    "encoding": pl.String(),
    "encoding_confidence": pl.Float64(),
    "status": pl.String(),
    "error": pl.String(),
    "sessions": pl.Int32(),
    "turns_parsed": pl.Int64(),
    "turns_kept": pl.Int64(),
    "mtime_ns": pl.Int64(),
    "reader": pl.String(),
}
# The reason of a file the transforms raised on, with the exception's type: `could not be parsed (MemoryError)`.
PARSE_FAILURE = "could not be parsed ("
NO_TURNS = "no speaker-labelled turns found (expected lines such as 'Therapist: ...')"
MONOLOGUE = (
    "no dialogue: every session is a single turn under the same label (notes or records, not a transcript; "
    "expected two speakers taking turns)"
)
# Why a file of each format gave no turns, when that differs from NO_TURNS.
NO_TURNS_BY_FORMAT = {
    "unknown_json": "JSON of a shape no parser knows, and no array in it of objects that each name a speaker (a "
    "`from`, `sender`, `role`... field or a role such as 'counsellor') and say something (a field of sentences) "
    "(expected chat `messages` or ShareGPT `conversations`, an ESConv "
    "`dialog`, a list of {role, content} or {speaker, utterance}, one utterance a record with its conversation id, "
    "session objects with their turns under `turns`, `dialogue`, `utterances`, `segments`... (Telegram and Messenger "
    "exports, speech-to-text output), a PsychEval case, CACTUS records, preference pairs with `chosen` and "
    "`rejected`, evaluation runs of prompt/completion exchanges or help-desk tickets with `comments`)",
    "nested_json": "JSON session objects without turns (expected a list of {speaker, text} objects under `turns`, "
    "`dialogue`, `utterances`... in at least one session)",
    "instruction_records": "instruction-tuning records without a dialogue (expected `Label: text` lines such as "
    "'Therapist: ...' inside a string field: `output`, `response`, `completion`, `text`, `dialogue`, `prompt`...)",
    "preference_pairs": "preference pairs without a conversation (expected a `prompt` string or message list and a "
    "`chosen` reply beside the `rejected` one)",
    "eval_logs": "evaluation runs without exchanges (expected a list of {prompt, completion} or {input, output})",
    "ticket_exports": "help-desk tickets without public comments (expected `comments` of {author_id, body, public})",
    "csv_table": "a table with speaker and text columns but no rows with text",
    "email_thread": "e-mail without a message from a person (only the mail system's: a delivery failure report, "
    "auto-replies)",
    "markdown_table": "a Markdown table with speaker and text columns but no rows with text",
    "cell_dialogues": "a table of one dialogue a row without `Label: text` turns in its dialogue cells",
    "notebook": "a Jupyter notebook without printed dialogue (expected `Therapist: ...` lines in a code cell's stdout "
    "or text/plain output)",
    "chat_cha": "a CHAT transcript without utterance tiers (expected `*CODE:<tab>text` lines under `@Participants`)",
    "imessage": "a Messages export without messages (expected a timestamp line, a sender line, then the text)",
    "html": "an HTML document without `Label: text` turns (expected blocks such as <p><b>Therapist:</b> ...</p>)",
    "sql_dump": "a SQL dump without a messages table (expected INSERT INTO rows of a table whose columns, from its "
    "CREATE TABLE or the INSERT's column list, name a speaker and a text: `sender_role`, `body`, `conversation_id`...)",
    "sms_backup": 'an SMS backup without messages (expected <sms type="1" or "2" body="..."/> elements, or MMS '
    "with a text part)",
    "refi_qda": "a REFI-QDA project without transcript text (expected `Label: text` lines in a TextSource's "
    "<PlainTextContent>; a text kept only in an external plainTextPath file is not read)",
    "markup_text": "an RTF, LaTeX or org-mode document without turns (expected `Label: text` paragraphs, "
    "`\\item[Therapist:] text` in a description list or `- Therapist :: text` items)",
    "app_json": "an application export without utterances (expected an AWS Transcribe job's speaker segments with "
    "their word items, Slack messages with a `user` and `text` beside the notices, or a Rasa tracker's `user`/`bot` "
    "events with text)",
    "yaml_records": "YAML sessions without turns (expected a list of turns under `turns`, `dialogue`, `utterances`... "
    "in at least one session, each `- client: ...` or {speaker, text})",
    "discord_export": "a Discord export without messages (expected `[date time] Author` lines, each followed by the "
    "message; system notices such as 'Joined the server.' are no messages)",
    "irc_log": "an IRC log without messages (expected `<nick> text` lines; joins, parts and modes are no messages)",
    "ass_subtitles": "a subtitle script without dialogue (expected `Dialogue:` lines under [Events] with as many "
    "fields as its `Format:` line; title cards and `Comment:` lines are no dialogue)",
}
# How many parsed turns each defect row stands for that did not reach `turns`: one per dropped turn or
# rejected turn row; a dropped duplicate session carries its turns as a JSON list in `excerpt`.
_TURNS_DROPPED = (
    pl.when(pl.col("defect_type") == "duplicate_session")
    .then(pl.col("excerpt").str.count_matches(r'"source_line":'))
    .when(
        (pl.col("action") == "dropped")
        | ((pl.col("defect_type") == "schema_violation") & pl.col("detail").str.starts_with("turns row"))
    )
    .then(1)
    .otherwise(0)
)


@dataclass
class _Decoded:
    # Without its bytes (`data` None, see _decode); `size` is how many there were.
    read: ReadResult
    size: int = 0
    text: str | None = None
    encoding: str | None = None
    confidence: float | None = None
    error: str | None = None
    removed_controls: int = 0
    column_mapping: str | None = None
    # Byte sequences the decoder replaced with U+FFFD (0 for valid UTF-8: any U+FFFD was in the file already).
    replaced_sequences: int = 0
    # What detect.py made of it in the preflight, kept so the transform does not detect it again.
    file_format: str | None = None
    # Lines of a pasted fragment in another encoding (transforms/decode.py, foreign_byte_lines).
    foreign_byte_lines: tuple[int, ...] = ()


def process_batch(
    paths: Sequence[str], known: Mapping[str, KnownSource], config: PipelineConfig = DEFAULT_CONFIG
) -> ValidatedBatch:
    with stage_clock() as clock:
        batch = _process_batch(paths, known, config)
    return replace(batch, stage_seconds=clock.seconds)


def _process_batch(paths: Sequence[str], known: Mapping[str, KnownSource], config: PipelineConfig) -> ValidatedBatch:
    unchanged: list[str] = []
    decoded: list[_Decoded] = []
    readers = dict(zip(paths, reader_fingerprints(list(paths)), strict=True))
    for path in paths:
        read = read_file(path)
        lap("read")
        previous = known.get(path)
        if (
            previous is not None
            and read.sha256 is not None
            and previous.sha256 == read.sha256
            and same_verdict_expected(previous, readers[path])
        ):
            unchanged.append(read.source_id)
        else:
            decoded.append(_decode(read, config))
            lap("decode")
    readable = [d for d in decoded if d.error is None]
    files = _files_frame(readable)
    # The frame holds the texts now: the str objects (2-4 bytes a character for text beyond Latin-1) would be a
    # second copy, held by each batch in flight until it is transformed.
    for item in readable:
        item.text = None
    transformed, failures = _transform_isolating_failures(readable, files, config)
    transformed = _rescued_by_values(transformed, files, config)
    for item in readable:
        if item.read.source_id in failures:
            item.error = failures[item.read.source_id]
    for source_id, reason in _no_turns_reasons(transformed, files).items():
        next(d for d in readable if d.read.source_id == source_id).error = reason
    for source_id, reason in _unaccounted_turns(transformed).items():
        # Our bug, not the file's: quarantined (read again once the code changes) rather than loaded with turns
        # missing, and the batch's other files go on.
        log.warning("quarantined %s: %s", source_id, reason)
        next(d for d in readable if d.read.source_id == source_id).error = reason
    quarantined = {d.read.source_id for d in decoded if d.error is not None}
    batch = ValidatedBatch(
        sources=_sources_frame(decoded, readers),
        sessions=_without(transformed.sessions, quarantined),
        turns=_without(transformed.turns, quarantined),
        defects=pl.concat(
            [
                _without(transformed.defects, quarantined),
                _control_character_defects([d for d in readable if d.read.source_id not in quarantined]),
                _quarantine_defects(decoded),
            ],
            how="vertical",
        ),
        techniques=_without(transformed.techniques, quarantined),
        unchanged=tuple(unchanged),
    )
    if not decoded:
        return batch  # nothing read anew: only the unchanged files to mark
    validated = _reconciled(validate_batch(batch), transformed.turns_parsed)
    lap("validate")
    return validated


def _decode(read: ReadResult, config: PipelineConfig) -> _Decoded:
    if read.data is None:
        return _Decoded(read, error=read.error)
    # Only the decoded text goes on: the raw bytes, kept with it, were held by each batch in flight until the
    # end of its transform.
    without_bytes, size = replace(read, data=None), len(read.data)
    try:
        text = decode_bytes(read.data, config.decode)
    except UndecodableError as error:
        return _Decoded(without_bytes, size, error=f"not text: {error}")
    try:
        mapping = read_column_mapping(read.path)
    except ValueError as error:
        return _Decoded(without_bytes, size, error=str(error))
    file_format, problem = format_and_problem(read.path, text.text, mapping)
    return _Decoded(
        without_bytes,
        size,
        text.text,
        text.encoding,
        text.confidence,
        problem,
        text.removed_controls,
        mapping,
        text.replaced_sequences,
        file_format,
        text.foreign_byte_lines,
    )


def _no_turns_reasons(transformed: TransformedBatch, files: pl.DataFrame) -> dict[str, str]:
    """source_id -> why each file without turns gave none: its format's reason, and for plain text that looked
    like YAML (a `.yaml` name, a `turns:` line), why it was not read as YAML (where the YAML breaks)."""
    reasons = {
        source_id: NO_TURNS_BY_FORMAT.get(transformed.file_formats.get(source_id, ""), NO_TURNS)
        for source_id in transformed.files_without_turns
    }
    for source_id in transformed.monologue_files:
        reasons[source_id] = MONOLOGUE

    plain = [s for s in reasons if transformed.file_formats.get(s) == PLAIN_TEXT]
    if plain:
        texts = files.filter(pl.col("source_id").is_in(plain)).select("source_id", "path", "text").iter_rows()
        for source_id, path, text in texts:
            not_yaml = yaml_records.reason_unread(path, text)
            if not_yaml is not None:
                reasons[source_id] = f"{not_yaml}; as plain text, {reasons[source_id]}"
    return reasons


def _transform_isolating_failures(
    items: list[_Decoded], files: pl.DataFrame, config: PipelineConfig
) -> tuple[TransformedBatch, dict[str, str]]:
    """Transform the whole batch (`files`, one row per item); if that raises, split it in halves until the
    culprits stand alone (about 2 k log2(n / k) transforms for k bad files in n, instead of n), and quarantine them."""
    if not items:
        # Every file unchanged or unreadable: the pipeline's fixed cost (a second or more) buys nothing.
        return _concat_transformed([]), {}
    try:
        return transform_texts(files, config), {}
    except Exception as error:
        if len(items) == 1:
            rescued = _read_by_values(files, config)
            if rescued is not None:
                log.info(
                    "%s: its layout's parser failed (%s); read by generic_json",
                    items[0].read.path,
                    type(error).__name__,
                )
                return rescued, {}
            # The exception type only: messages can quote transcript text.
            log.warning("quarantined %s: %s", items[0].read.path, type(error).__name__)
            return _concat_transformed([]), {items[0].read.source_id: f"{PARSE_FAILURE}{type(error).__name__})"}
        log.warning("transform failed for %d files; splitting them to isolate the bad ones", len(items))
    middle = len(items) // 2
    left, left_failures = _transform_isolating_failures(items[:middle], files.slice(0, middle), config)
    right, right_failures = _transform_isolating_failures(items[middle:], files.slice(middle), config)
    return _concat_transformed([left, right]), {**left_failures, **right_failures}


def _rescued_by_values(transformed: TransformedBatch, files: pl.DataFrame, config: PipelineConfig) -> TransformedBatch:
    """JSON files in which their layout's parser found no turn, read by generic_json where that finds some (a
    Google Chat export's `messages` hold `text` but name the writer in `creator.name`, not a role key)."""
    rescued = []
    for source_id in transformed.files_without_turns:
        file = files.filter(pl.col("source_id") == source_id)
        # (Only where generic_json would find lists of records at all: a quarantined file is tried again every run,
        # and a transform costs a second, so ESConv's list of strategy names must not pay for it each time.)
        if not generic_json.record_lists(file.get_column("text")[0] or ""):
            continue
        by_values = _read_by_values(file, config)
        if by_values is not None:
            log.info("%s: no turns in its layout; read by generic_json", source_id)
            rescued.append((source_id, by_values))
    if not rescued:
        return transformed
    ids = {source_id for source_id, _ in rescued}
    kept = replace(
        transformed,
        sessions=_without(transformed.sessions, ids),
        turns=_without(transformed.turns, ids),
        defects=_without(transformed.defects, ids),
        techniques=_without(transformed.techniques, ids),
        turns_parsed=_without(transformed.turns_parsed, ids),
        files_without_turns=[s for s in transformed.files_without_turns if s not in ids],
        file_formats={k: v for k, v in transformed.file_formats.items() if k not in ids},
        monologue_files=[s for s in transformed.monologue_files if s not in ids],
    )
    return _concat_transformed([kept, *(batch for _, batch in rescued)])


def _read_by_values(file: pl.DataFrame, config: PipelineConfig) -> TransformedBatch | None:
    """One JSON file whose layout's parser raised (a `{"$date": ...}` object where its layout has a string), read
    by generic_json instead, which judges fields by their values; None when that finds no turn or fails too."""
    if (
        file.get_column("format")[0] in (UNKNOWN_JSON, None)
        or file.get_column("text")[0].lstrip("\ufeff \t\r\n")[:1] not in "{["
    ):
        return None
    try:
        transformed = transform_texts(file.with_columns(pl.lit(UNKNOWN_JSON).alias("format")), config)
    except Exception:
        return None
    return None if transformed.files_without_turns else transformed


def _files_frame(items: list[_Decoded]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "source_id": [d.read.source_id for d in items],
            "path": [d.read.path for d in items],
            "sha256": [d.read.sha256 for d in items],
            "text": [d.text for d in items],
            "column_mapping": [d.column_mapping for d in items],
            "replaced_sequences": [d.replaced_sequences for d in items],
            "format": [d.file_format for d in items],
            "foreign_byte_lines": [list(d.foreign_byte_lines) for d in items],
        },
        schema={
            "source_id": pl.String,
            "path": pl.String,
            "sha256": pl.String,
            "text": pl.String,
            "column_mapping": pl.String,
            "replaced_sequences": pl.Int64,
            "format": pl.String,
            "foreign_byte_lines": pl.List(pl.Int64),
        },
    )


def _concat_transformed(parts: list[TransformedBatch]) -> TransformedBatch:
    def stack(frames: list[pl.DataFrame], schema: Mapping[str, pl.DataType]) -> pl.DataFrame:
        return pl.concat(frames, how="vertical") if frames else pl.DataFrame(schema=schema)

    return TransformedBatch(
        sessions=stack([p.sessions for p in parts], SESSION_SCHEMA),
        turns=stack([p.turns for p in parts], TURN_SCHEMA),
        defects=stack([p.defects for p in parts], DEFECT_SCHEMA),
        techniques=stack([p.techniques for p in parts], TECHNIQUE_SCHEMA),
        turns_parsed=stack([p.turns_parsed for p in parts], {"source_id": pl.String(), "turns_parsed": pl.Int64()}),
        files_without_turns=[s for p in parts for s in p.files_without_turns],
        file_formats={k: v for p in parts for k, v in p.file_formats.items()},
        monologue_files=[s for p in parts for s in p.monologue_files],
    )


def _without(frame: pl.DataFrame, source_ids: set[str]) -> pl.DataFrame:
    return frame.filter(~pl.col("source_id").is_in(list(source_ids))) if source_ids else frame


def _our_failure(error: str | None) -> bool:
    return error is not None and error.startswith(PARSE_FAILURE)


def _sources_frame(decoded: list[_Decoded], readers: Mapping[str, str | None]) -> pl.DataFrame:
    return pl.DataFrame(
        {
            "source_id": [d.read.source_id for d in decoded],
            "path": [d.read.path for d in decoded],
            "sha256": [d.read.sha256 for d in decoded],
            "bytes": [d.size for d in decoded],
            "encoding": [d.encoding for d in decoded],
            "encoding_confidence": [d.confidence for d in decoded],
            "status": ["quarantined" if d.error else "loaded" for d in decoded],
            "error": [d.error for d in decoded],
            "sessions": [0] * len(decoded),
            "turns_parsed": [0] * len(decoded),
            "turns_kept": [0] * len(decoded),
            "mtime_ns": [d.read.mtime_ns for d in decoded],
            # A failure of ours while transforming (a MemoryError, a bug) says nothing about the file: no reader is
            # recorded, so the next run reads it again.
            "reader": [None if _our_failure(d.error) else readers[d.read.path] for d in decoded],
        },
        schema=SOURCE_SCHEMA,
    )


def _control_character_defects(decoded: list[_Decoded]) -> pl.DataFrame:
    """NUL and other control characters stripped while decoding: one info row per file, with the count."""
    stripped = [d for d in decoded if d.removed_controls]
    if not stripped:
        return empty_defects()
    frame = pl.DataFrame(
        {"source_id": [d.read.source_id for d in stripped], "n": [d.removed_controls for d in stripped]},
        schema={"source_id": pl.String, "n": pl.Int64},
    )
    return defect_rows(
        frame,
        defect_type="control_characters",
        severity="info",
        action="repaired",
        detail=pl.format("{} NUL or other control characters removed while decoding", pl.col("n")),
        excerpt=pl.lit(None),
    )


def _quarantine_defects(decoded: list[_Decoded]) -> pl.DataFrame:
    bad = [d for d in decoded if d.error is not None]
    if not bad:
        return empty_defects()
    frame = pl.DataFrame({"source_id": [d.read.source_id for d in bad], "error": [d.error for d in bad]})
    return defect_rows(
        frame,
        defect_type="unparseable_file",
        severity="error",
        action="quarantined",
        detail=pl.col("error"),
        excerpt=pl.lit(None),
    )


def _unaccounted_turns(transformed: TransformedBatch) -> dict[str, str]:
    """source_id -> reason, for files whose parsed turns are not all kept or dropped with a defect row."""
    kept = transformed.turns.group_by("source_id").agg(pl.len().cast(pl.Int64).alias("_kept"))
    dropped = transformed.defects.group_by("source_id").agg(_TURNS_DROPPED.sum().cast(pl.Int64).alias("_dropped"))
    counted = (
        transformed.turns_parsed.join(kept, on="source_id", how="left")
        .join(dropped, on="source_id", how="left")
        .with_columns(pl.col("_kept", "_dropped").fill_null(0))
        .filter(pl.col("turns_parsed") != pl.col("_kept") + pl.col("_dropped"))
    )
    return {
        source_id: (
            f"internal error, please report: {parsed} turns parsed but {kept_n} kept and {dropped_n} dropped "
            "(nothing loaded from this file rather than some of it)"
        )
        for source_id, parsed, kept_n, dropped_n in counted.select(
            "source_id", "turns_parsed", "_kept", "_dropped"
        ).iter_rows()
    }


def _reconciled(batch: ValidatedBatch, turns_parsed: pl.DataFrame) -> ValidatedBatch:
    """Fill per-file counts and prove parsed = kept + dropped for every loaded file, or fail loudly."""
    parsed = batch.sources.select("source_id").join(turns_parsed, on="source_id", how="left")
    sources = batch.sources.drop("turns_parsed").join(parsed, on="source_id", how="left", maintain_order="left")
    return replace(batch, sources=_recount(sources.with_columns(pl.col("turns_parsed").fill_null(0)), batch))


def skip_already_loaded(batch: ValidatedBatch, known: Mapping[str, KnownSource]) -> ValidatedBatch:
    """Files whose path and hash the warehouse holds now, though it did not when the batch was planned (another
    run loaded them meanwhile), become `unchanged`: their rows are left as that run loaded them, not doubled. A file
    held as quarantined is not skipped: this batch read it again because its reader changed (or was asked to), and
    its new verdict replaces the old one."""
    same = [
        (source_id, path)
        for source_id, path, sha in batch.sources.select("source_id", "path", "sha256").iter_rows()
        if sha is not None and path in known and known[path].sha256 == sha and known[path].status != "quarantined"
    ]
    if not same:
        return batch
    ids = {source_id for source_id, _ in same}
    return replace(
        batch,
        sources=_without(batch.sources, ids),
        sessions=_without(batch.sessions, ids),
        turns=_without(batch.turns, ids),
        defects=_without(batch.defects, ids),
        techniques=_without(batch.techniques, ids),
        unchanged=(*batch.unchanged, *(known[path].source_id for _, path in same)),
    )


def drop_sessions_seen_before(batch: ValidatedBatch, earlier: pl.DataFrame) -> ValidatedBatch:
    """Drop sessions whose content the warehouse already holds from another file or position.

    `earlier(content_hash, original_session_id, original_path)`: the warehouse's sessions with the batch's
    content hashes. Run just before the load, so batches processed side by side still see each other.
    """
    duplicates = find_duplicate_sessions(batch.sessions.join(earlier, on="content_hash", how="semi"), earlier)
    if duplicates.is_empty():
        return batch
    defects = with_defect_ids(duplicate_session_defects(duplicates, batch.sessions, batch.turns))
    dropped = duplicates.select("session_id")
    thinner = replace(
        batch,
        sessions=batch.sessions.join(dropped, on="session_id", how="anti", maintain_order="left"),
        turns=batch.turns.join(dropped, on="session_id", how="anti", maintain_order="left"),
        techniques=batch.techniques.join(dropped, on="session_id", how="anti", maintain_order="left"),
        defects=pl.concat([without_flags_of(repointed_to_originals(batch.defects, duplicates), dropped), defects]),
    )
    return replace(thinner, sources=_recount(batch.sources, thinner))


def _recount(sources: pl.DataFrame, batch: ValidatedBatch) -> pl.DataFrame:
    """Per-file sessions and kept turns from the batch's frames; fails unless parsed = kept + dropped."""
    kept = batch.turns.group_by("source_id").agg(pl.len().cast(pl.Int64).alias("_kept"))
    dropped = batch.defects.group_by("source_id").agg(_TURNS_DROPPED.sum().cast(pl.Int64).alias("_dropped"))
    sessions = batch.sessions.group_by("source_id").agg(pl.len().cast(pl.Int32).alias("_sessions"))
    counted = (
        sources.join(kept, on="source_id", how="left", maintain_order="left")
        .join(dropped, on="source_id", how="left", maintain_order="left")
        .join(sessions, on="source_id", how="left", maintain_order="left")
        .with_columns(pl.col("_kept", "_dropped", "_sessions").fill_null(0))
    )
    loaded = pl.col("status") == "loaded"
    broken = counted.filter(loaded & (pl.col("turns_parsed") != pl.col("_kept") + pl.col("_dropped")))
    if broken.height:
        raise RuntimeError(
            "turn reconciliation failed (parsed != kept + dropped) for: "
            + ", ".join(broken.get_column("path").to_list())
        )
    return counted.with_columns(
        pl.when(loaded).then(pl.col("turns_parsed")).otherwise(0).alias("turns_parsed"),
        pl.when(loaded).then(pl.col("_kept")).otherwise(0).alias("turns_kept"),
        pl.col("_sessions").alias("sessions"),
    ).select(list(SOURCE_SCHEMA))
