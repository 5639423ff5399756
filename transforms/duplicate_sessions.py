"""Sessions whose content was already seen: earlier in the batch, or already in the warehouse.

Content is the sequence of (role, text) of the parsed turns, compared case- and punctuation-blind.
The later copy is dropped; one defect row keeps its turns (as JSON) and names the session it repeats.
"""

from __future__ import annotations

import polars as pl

from transforms.defect_rows import defect_rows
from transforms.ids import stable_id
from transforms.measures import normalised_loose


def content_hashes(parsed_turns: pl.DataFrame) -> pl.DataFrame:
    """`parsed_turns(session_id, source_turn_index, role, text)` -> `(session_id, content_hash)`."""
    return (
        parsed_turns.sort("session_id", "source_turn_index")
        .group_by("session_id", maintain_order=True)
        .agg(pl.concat_str(pl.col("role"), pl.lit(":"), normalised_loose(pl.col("text"))).str.join("\n").alias("_c"))
        .select("session_id", stable_id("_c").alias("content_hash"))
    )


def find_duplicate_sessions(sessions: pl.DataFrame, earlier: pl.DataFrame) -> pl.DataFrame:
    """`sessions(session_id, content_hash, source_path, session_index)` in batch order; `earlier` holds
    `(content_hash, original_session_id, original_path)` already loaded. Returns the duplicates with the
    session and path they repeat."""
    in_batch = sessions.with_columns(
        pl.col("session_id").first().over("content_hash").alias("_first_id"),
        pl.col("source_path").first().over("content_hash").alias("_first_path"),
        pl.col("session_index").first().over("content_hash").alias("_first_index"),
    )
    repeats_in_batch = in_batch.filter(pl.col("session_id") != pl.col("_first_id")).select(
        "session_id",
        pl.col("_first_id").alias("original_session_id"),
        pl.format("{} (session {})", pl.col("_first_path"), pl.col("_first_index")).alias("original"),
    )
    repeats_of_warehouse = sessions.join(
        earlier.unique("content_hash", keep="first"), on="content_hash", how="inner"
    ).select("session_id", "original_session_id", pl.col("original_path").alias("original"))
    return pl.concat([repeats_of_warehouse, repeats_in_batch]).unique("session_id", keep="first", maintain_order=True)


# A duplicate_session row's detail: the session it copies and where that one is loaded from.
_COPY_OF = r"^same content as session ([0-9a-f]{16}) from "


def _copy_detail(original_session_id: pl.Expr, original: pl.Expr) -> pl.Expr:
    return pl.format("same content as session {} from {}", original_session_id, original)


def repointed_to_originals(defects: pl.DataFrame, duplicates: pl.DataFrame) -> pl.DataFrame:
    """`defects` with each duplicate_session row that names a session now dropped as a copy itself (`duplicates`:
    `session_id, original_session_id, original`) naming that one's original instead: left naming the dropped one, it
    would point at a session no table holds (and the run would read its file again to mend it)."""
    originals = duplicates.select(
        pl.col("session_id").alias("_copy_of"),
        _copy_detail(pl.col("original_session_id"), pl.col("original")).alias("_repointed"),
    )
    return (
        defects.with_columns(pl.col("detail").str.extract(_COPY_OF, 1).alias("_copy_of"))
        .join(originals, on="_copy_of", how="left", maintain_order="left")
        .with_columns(
            pl.when(pl.col("defect_type") == "duplicate_session")
            .then(pl.coalesce("_repointed", "detail"))
            .otherwise(pl.col("detail"))
            .alias("detail")
        )
        .drop("_copy_of", "_repointed")
    )


def without_flags_of(defects: pl.DataFrame, duplicates: pl.DataFrame) -> pl.DataFrame:
    """`defects` less the flagged rows of the dropped `duplicates(session_id)`.

    A flag changes no text, and the session the duplicate repeats carries the same flags: kept, they would point at
    a session no table holds and count every defect of a corpus loaded twice twice. The rows of its dropped and
    repaired turns stay: they hold the text the file had (parsed = kept + dropped, the input rebuilt exactly)."""
    # (A row of no session, a stray line's, has a null session id: kept, not dropped as an unknown.)
    of_a_duplicate = pl.col("session_id").is_in(duplicates.get_column("session_id").implode()).fill_null(False)
    return defects.filter(~((pl.col("action") == "flagged") & of_a_duplicate))


def duplicate_session_defects(duplicates: pl.DataFrame, sessions: pl.DataFrame, turns: pl.DataFrame) -> pl.DataFrame:
    """One dropped `duplicate_session` row per duplicate, its kept turns in `excerpt` as JSON."""
    turns_json = (
        turns.join(duplicates.select("session_id"), on="session_id", how="semi")
        .sort("session_id", "turn_index")
        .group_by("session_id", maintain_order=True)
        .agg(pl.struct("source_line", "speaker", "text").alias("_turns"), pl.col("source_line").first().alias("_first"))
        .with_columns(pl.col("_turns").list.eval(pl.element().struct.json_encode()).list.join(",").alias("_json"))
        .select("session_id", pl.format("[{}]", pl.col("_json")).alias("turns_json"), "_first")
    )
    found = duplicates.join(sessions.select("session_id", "source_id"), on="session_id", how="left").join(
        turns_json, on="session_id", how="left"
    )
    return defect_rows(
        found,
        defect_type="duplicate_session",
        severity="warning",
        action="dropped",
        session_id=pl.col("session_id"),
        # Where the session starts: its first turn's line (a record's earlier exchanges may sit below its answer).
        source_line=pl.col("_first"),
        detail=_copy_detail(pl.col("original_session_id"), pl.col("original")),
        excerpt=pl.col("turns_json").fill_null("[]"),
    )
