"""Decoded files of one batch -> sessions, turns, defects and techniques frames.

Every step works on the whole batch at once; nothing here loops over turns in Python.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import polars as pl

from transforms.config import DEFAULT_CONFIG, PipelineConfig
from transforms.dedupe import drop_duplicate_turns, drop_empty_turns, duplicate_turn_defects, empty_turn_defects
from transforms.defect_rows import DEFECT_SCHEMA, defect_rows, empty_defects, with_defect_ids
from transforms.duplicate_sessions import (
    content_hashes,
    duplicate_session_defects,
    find_duplicate_sessions,
    without_flags_of,
)
from transforms.formats import formats_of, parse_files
from transforms.ids import stable_id
from transforms.infer_roles import infer_roles
from transforms.loops import repetition_loops
from transforms.measures import char_count, word_count
from transforms.meta_text import is_artefact, is_generation_frame, strip_meta_text
from transforms.moves import label_moves
from transforms.near_duplicates import drop_near_duplicates, near_duplicate_defects
from transforms.quality import session_quality
from transforms.refusal import is_refusal, refusal_defects
from transforms.repair_encoding import (
    encoding_error_defects,
    foreign_byte_defects,
    repair_column,
    repair_lost_apostrophes,
    repair_turns,
)
from transforms.role_inversion import role_inversion_defects
from transforms.speaker_checks import consecutive_speaker_defects, unknown_speaker_defects
from transforms.stages import lap
from transforms.summary_header import SUMMARY_DTYPE, summarise_headers
from transforms.techniques import session_techniques
from transforms.truncation import truncation_defects

SESSION_SCHEMA: dict[str, pl.DataType] = {
    "session_id": pl.String(),
    "source_id": pl.String(),
    "source_path": pl.String(),
    "session_index": pl.Int32(),
    "source_line": pl.Int64(),
    "n_turns": pl.Int32(),
    "n_turns_parsed": pl.Int32(),
    "n_therapist_turns": pl.Int32(),
    "n_client_turns": pl.Int32(),
    "n_unknown_turns": pl.Int32(),
    "summary_text": pl.String(),
    "summary": SUMMARY_DTYPE,
    "source_metadata": pl.String(),
    "content_hash": pl.String(),
    "quality": pl.String(),
    "n_defects": pl.Int32(),
}
TURN_SCHEMA: dict[str, pl.DataType] = {
    "session_id": pl.String(),
    "source_id": pl.String(),
    "turn_index": pl.Int32(),
    "source_turn_index": pl.Int32(),
    "source_line": pl.Int64(),
    "speaker": pl.String(),
    "role": pl.String(),
    "text": pl.String(),
    "char_count": pl.Int32(),
    "word_count": pl.Int32(),
    "timestamp": pl.String(),
    "source_labels": pl.String(),
    # Counselling moves of therapist turns (transforms/moves.py): the primary one, then all it contains.
    "move": pl.String(),
    "moves": pl.List(pl.String()),
}


# Columns session_quality adds once every defect is known.
_VERDICT = ("quality", "n_defects")
_NO_EARLIER_SESSIONS = pl.DataFrame(
    schema={"content_hash": pl.String, "original_session_id": pl.String, "original_path": pl.String}
)


@dataclass(frozen=True)
class TransformedBatch:
    sessions: pl.DataFrame
    turns: pl.DataFrame
    defects: pl.DataFrame
    techniques: pl.DataFrame
    # source_id -> turns parsed before any were dropped, for reconciliation.
    turns_parsed: pl.DataFrame
    # source_ids of files in which no turn was found (the caller quarantines them).
    files_without_turns: list[str]
    # source_id -> the format detect.py chose (a key of transforms.formats.PARSERS).
    file_formats: dict[str, str]
    # Of files_without_turns, those whose turns were all one speaker's, one a session (notes, not a dialogue).
    monologue_files: list[str] = field(default_factory=list)


def transform_texts(files: pl.DataFrame, config: PipelineConfig = DEFAULT_CONFIG) -> TransformedBatch:
    """`files(source_id, path, sha256, text[, column_mapping, format])`: decoded texts of one batch."""
    optional = [c for c in ("column_mapping", "format") if c in files.columns]
    inputs = files.select("source_id", "path", "text", *optional)
    # The batch's preflight has usually detected each file's format already (`format`); only files without one are
    # detected here.
    if "format" not in inputs.columns or inputs.get_column("format").null_count():
        detected = formats_of(inputs)
        inputs = inputs.with_columns(
            pl.coalesce(pl.col("format"), detected) if "format" in inputs.columns else detected
        )
    parsed = parse_files(inputs, config.parse)
    monologues = monologue_files(parsed.turns)
    parsed = parsed.without_files(monologues)
    header_lines, header_repairs = repair_column(parsed.header_lines, "line")
    # A generator's announcement above the first turn ("Here is a realistic counselling dialogue between a
    # therapist and a client:"), or the user's request for it, is no part of the session's header: reported like an
    # artefact outside any turn.
    header_lines = header_lines.with_columns(is_generation_frame(pl.col("line")).alias("_artefact"))
    headers = summarise_headers(header_lines.filter(~pl.col("_artefact")).drop("_artefact"))
    lap("parse")

    sessions = (
        parsed.sessions.join(files.select("source_id", "path", "sha256"), on="source_id", maintain_order="left")
        .join(headers, on=["source_id", "segment"], how="left", maintain_order="left")
        .with_columns(
            stable_id("source_id", "sha256", "session_index").alias("session_id"),
            pl.col("path").alias("source_path"),
        )
    )
    session_keys = sessions.select("source_id", "segment", "session_id")
    turns = parsed.turns.join(session_keys, on=["source_id", "segment"], maintain_order="left")
    session_starts = (
        turns.drop_nulls("source_line")
        .group_by("session_id")
        .agg(pl.col("source_id").first(), pl.col("source_line").min().alias("_start"))
    )

    # Cleaning steps, in order; each returns what it found, and drops or repairs what it must.
    turns, mojibake = repair_turns(turns)
    # U+FFFD in a file the decoder replaced nothing in was there already: mojibake from before, not bytes
    # no codec explains.
    upstream = (
        files.filter(pl.col("replaced_sequences") == 0).get_column("source_id")
        if "replaced_sequences" in files.columns
        else pl.Series(dtype=pl.String)
    )
    turns, lost_characters = repair_lost_apostrophes(turns, upstream)
    # Before anything reads roles, and before hashing: a named copy of a labelled session is the same session.
    turns, inferred_roles = infer_roles(turns, config.role_inference)
    # Content is hashed once mojibake is repaired: a copy saved in another encoding is the same session.
    hashes = content_hashes(turns)
    encoding_errors = pl.concat(
        [
            encoding_error_defects(turns.filter(~pl.col("source_id").is_in(upstream.implode()))),
            foreign_byte_defects(turns, files),
        ]
    )
    turns, meta = strip_meta_text(turns)
    turns, empty = drop_empty_turns(turns)
    before_dedupe = turns
    turns, repeats = drop_duplicate_turns(turns, config.dedupe)
    turns, near_repeats = drop_near_duplicates(turns, config.near_duplicate)
    loops = repetition_loops(before_dedupe, pl.concat([repeats, near_repeats], how="diagonal"), config.loop)
    kept = turns.with_columns(
        pl.int_range(pl.len(), dtype=pl.Int32).over("session_id").alias("turn_index"),
        char_count(pl.col("text")).alias("char_count"),
        word_count(pl.col("text")).alias("word_count"),
        pl.lit(None, dtype=pl.String).alias("move"),
        pl.lit(None, dtype=pl.List(pl.String)).alias("moves"),
    ).select(list(TURN_SCHEMA))
    lap("clean_detect")
    kept = label_moves(kept, config.moves)
    lap("techniques")
    # Detectors on what is kept: flagged, never changed.
    # A stray line that is only a generation artefact is meta_text; any other is unparseable.
    # Each belongs to the session whose turns it follows (a header's to the session it heads), so the session's
    # quality counts it; a line above a file's first turn belongs to none.
    strays = pl.concat(
        [
            _in_sessions(
                parsed.stray_lines.with_columns(
                    (
                        pl.col("artefact").fill_null(False)
                        | is_artefact(pl.col("line"))
                        | is_generation_frame(pl.col("line"))
                    ).alias("_artefact")
                ),
                session_starts,
            ),
            header_lines.filter(pl.col("_artefact"))
            .join(session_keys, on=["source_id", "segment"], how="left", maintain_order="left")
            .with_columns(pl.lit(None, dtype=pl.Boolean).alias("artefact"))
            .select(*parsed.stray_lines.columns, "_artefact", "session_id"),
        ]
    ).with_columns((~pl.col("_artefact") & is_refusal(pl.col("line"))).alias("_refusal"))
    defects = pl.concat(
        [
            mojibake,
            lost_characters,
            inferred_roles,
            _summary_repair_defects(header_repairs, session_keys),
            encoding_errors,
            meta,
            empty_turn_defects(empty),
            loops,
            duplicate_turn_defects(repeats),
            near_duplicate_defects(near_repeats),
            refusal_defects(kept),
            truncation_defects(kept, config.truncation),
            role_inversion_defects(kept, config.role_inversion),
            unknown_speaker_defects(kept),
            consecutive_speaker_defects(kept),
            defect_rows(
                strays.filter(pl.col("_artefact")),
                defect_type="meta_text",
                severity="warning",
                action="flagged",
                source_line=pl.col("line_no"),
                session_id=pl.col("session_id"),
                detail=pl.lit("generation artefact outside any turn ('here is a continuation', '[end of transcript]')"),
                excerpt=pl.col("line"),
            ),
            defect_rows(
                strays.filter(pl.col("_refusal")),
                defect_type="refusal",
                severity="error",
                action="flagged",
                source_line=pl.col("line_no"),
                session_id=pl.col("session_id"),
                detail=pl.lit("an AI assistant's refusal outside any turn (where a session should be)"),
                excerpt=pl.col("line"),
            ),
            defect_rows(
                strays.filter(~pl.col("_artefact") & ~pl.col("_refusal")),
                defect_type="unparseable_line",
                severity="warning",
                action="flagged",
                source_line=pl.col("line_no"),
                session_id=pl.col("session_id"),
                detail=pl.lit("text outside any session: no speaker label in this part of the file"),
                excerpt=pl.col("line"),
            ),
        ],
        how="vertical",
    )

    sessions = sessions.join(hashes, on="session_id", how="left")
    duplicates = find_duplicate_sessions(sessions, earlier=_NO_EARLIER_SESSIONS)
    if duplicates.height:
        defects = pl.concat(
            [without_flags_of(defects, duplicates), duplicate_session_defects(duplicates, sessions, kept)]
        )
        sessions = sessions.join(duplicates, on="session_id", how="anti", maintain_order="left")
        kept = kept.join(duplicates, on="session_id", how="anti", maintain_order="left")
    sessions = (
        session_quality(_with_turn_counts(sessions, kept, parsed.turns), defects, config.quality)
        .select(list(SESSION_SCHEMA))
        .cast(SESSION_SCHEMA)  # type: ignore[arg-type]
    )
    lap("clean_detect")
    techniques = session_techniques(sessions, kept, defects, config.moves)
    lap("techniques")
    all_ids = files.select("source_id").to_series().to_list()
    with_turns = set(parsed.sessions.get_column("source_id").to_list())
    return TransformedBatch(
        sessions=sessions,
        turns=kept,
        defects=with_defect_ids(defects) if defects.height else empty_defects(),
        techniques=techniques,
        turns_parsed=parsed.turns.group_by("source_id", maintain_order=True).agg(
            pl.len().cast(pl.Int64).alias("turns_parsed")
        ),
        files_without_turns=[s for s in all_ids if s not in with_turns],
        file_formats=dict(inputs.select("source_id", "format").iter_rows()),
        monologue_files=monologues,
    )


# Fewer sessions than this may each be one turn by one speaker (a tiny file, a test); more, and the file is notes.
_MIN_MONOLOGUE_SESSIONS = 2


def _in_sessions(strays: pl.DataFrame, session_starts: pl.DataFrame) -> pl.DataFrame:
    """`strays` with `session_id`: the session of the same file whose first turn is the last one above the line."""
    return (
        strays.sort("line_no")
        # (Both sorted on the line here; polars cannot check that within `by` groups, so it is told.)
        .join_asof(
            session_starts.sort("_start"),
            left_on="line_no",
            right_on="_start",
            by="source_id",
            strategy="backward",
            check_sortedness=False,
        )
        .drop("_start")
    )


def monologue_files(turns: pl.DataFrame) -> list[str]:
    """Files whose every session is a single turn, all under one speaker label, over at least two sessions: a
    clinician's progress notes (`Clinician: ...` once a note), not a dialogue. The caller quarantines them."""
    per_file = turns.group_by("source_id").agg(
        pl.col("segment").n_unique().alias("sessions"),
        pl.len().alias("turns"),
        pl.col("speaker").n_unique().alias("speakers"),
    )
    single = per_file.filter(
        (pl.col("sessions") >= _MIN_MONOLOGUE_SESSIONS)
        & (pl.col("turns") == pl.col("sessions"))
        & (pl.col("speakers") == 1)
    )
    return sorted(single.get_column("source_id").to_list())


def _summary_repair_defects(repairs: pl.DataFrame, session_keys: pl.DataFrame) -> pl.DataFrame:
    """Mojibake repaired in a summary header: about the session, not a turn, so no source_line."""
    return defect_rows(
        repairs.join(session_keys, on=["source_id", "segment"], how="left", maintain_order="left"),
        defect_type="mojibake",
        severity="warning",
        action="repaired",
        session_id=pl.col("session_id"),
        detail=pl.format("summary line {}: text decoded with the wrong codec, repaired with ftfy", pl.col("line_no")),
        excerpt=pl.col("before"),
        repaired_text=pl.col("after"),
    )


def _with_turn_counts(sessions: pl.DataFrame, kept: pl.DataFrame, parsed_turns: pl.DataFrame) -> pl.DataFrame:
    counts = kept.group_by("session_id").agg(
        pl.len().alias("n_turns"),
        (pl.col("role") == "therapist").sum().alias("n_therapist_turns"),
        (pl.col("role") == "client").sum().alias("n_client_turns"),
        (pl.col("role") == "unknown").sum().alias("n_unknown_turns"),
    )
    parsed_counts = parsed_turns.group_by("source_id", "segment").agg(pl.len().alias("n_turns_parsed"))
    return (
        sessions.join(counts, on="session_id", how="left", maintain_order="left")
        .join(parsed_counts, on=["source_id", "segment"], how="left", maintain_order="left")
        .with_columns(
            pl.col("n_turns", "n_therapist_turns", "n_client_turns", "n_unknown_turns").fill_null(0),
        )
        .select([c for c in SESSION_SCHEMA if c not in _VERDICT])
    )


__all__ = ["DEFECT_SCHEMA", "SESSION_SCHEMA", "TURN_SCHEMA", "TransformedBatch", "transform_texts"]
