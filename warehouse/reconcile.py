"""Every parsed turn accounted for, checked on the committed rows, and a run's figures counted from them.

The batch already proves parsed = kept + dropped for each file before it loads (flows/batch.py); this
checks the warehouse itself, after the commits, with an independent count in SQL: what a reader sees
must add up, whatever happened between (kills, reruns, files replaced, duplicates re-read).
"""

from __future__ import annotations

from typing import Any

import duckdb
import polars as pl

from transforms.quality import QUALITIES

# Parsed turns each defect row stands for that did not reach `turns`: a dropped turn, a turn row the
# schema rejected, or the turns of a dropped duplicate session (kept as a JSON list in `excerpt`).
_DROPPED_TURNS = """
    CASE
        WHEN defect_type = 'duplicate_session' THEN json_array_length(excerpt)
        WHEN action = 'dropped' THEN 1
        WHEN defect_type = 'schema_violation' AND starts_with(detail, 'turns row') THEN 1
        ELSE 0
    END
"""

# `{scope}` is a query of the source_ids to check: every file (readers, tests) or, at the end of a run, the files
# no finished check has seen (_UNCHECKED), so a run's check costs what it loaded, not the whole warehouse.
_CHECKS: dict[str, str] = {
    # Per file: turns parsed = turns kept + turns dropped, and the file's own counts agree.
    "parsed != kept + dropped": f"""
        WITH kept AS (SELECT source_id, count(*) AS n FROM turns WHERE source_id IN ({{scope}}) GROUP BY ALL),
        dropped AS (
            SELECT source_id, sum({_DROPPED_TURNS}) AS n FROM defects WHERE source_id IN ({{scope}}) GROUP BY ALL
        )
        SELECT s.path FROM sources s
        LEFT JOIN kept k USING (source_id) LEFT JOIN dropped d USING (source_id)
        WHERE s.status <> 'quarantined' AND s.source_id IN ({{scope}})
          AND (s.turns_parsed <> coalesce(k.n, 0) + coalesce(d.n, 0) OR s.turns_kept <> coalesce(k.n, 0))
    """,
    # Per session: kept and dropped turns cover its parsed positions 0..n-1, each exactly once.
    "turn positions missing or doubled": """
        WITH positions AS (
            SELECT session_id, source_turn_index FROM turns WHERE source_id IN ({scope})
            UNION ALL
            SELECT session_id, source_turn_index FROM defects
            WHERE action = 'dropped' AND defect_type <> 'duplicate_session' AND source_id IN ({scope})
        ),
        covered AS (
            SELECT session_id, count(*) AS n, count(DISTINCT source_turn_index) AS distinct_n,
                   min(source_turn_index) AS lo, max(source_turn_index) AS hi
            FROM positions GROUP BY ALL
        ),
        kept AS (SELECT session_id, count(*) AS n FROM turns WHERE source_id IN ({scope}) GROUP BY ALL)
        SELECT s.source_path FROM sessions s LEFT JOIN covered c USING (session_id) LEFT JOIN kept k USING (session_id)
        WHERE s.source_id IN ({scope})
          AND (coalesce(c.n, 0) <> s.n_turns_parsed OR coalesce(c.distinct_n, 0) <> s.n_turns_parsed
               OR (s.n_turns_parsed > 0 AND (c.lo <> 0 OR c.hi <> s.n_turns_parsed - 1))
               OR s.n_turns <> coalesce(k.n, 0))
    """,
    # A dropped turn keeps its original text.
    "dropped turn without its original text": """
        SELECT s.path FROM defects d JOIN sources s USING (source_id)
        WHERE d.action = 'dropped' AND d.excerpt IS NULL AND d.source_id IN ({scope})
    """,
    # No rows without their parents: turns, the big table, within the scope.
    "rows without a loaded file or session": """
        SELECT source_id FROM turns
        WHERE source_id IN ({scope}) AND session_id NOT IN (SELECT session_id FROM sessions)
    """,
}
# ... and none for a quarantined file. Sessions and defects are checked whole, once: their parents may be gone,
# which no scope by source would find.
_WHOLE_CHECKS: dict[str, str] = {
    "rows without a loaded file or session": """
        SELECT source_id FROM sessions
        WHERE source_id NOT IN (SELECT source_id FROM sources WHERE status <> 'quarantined')
        UNION ALL
        SELECT source_id FROM defects WHERE source_id NOT IN (SELECT source_id FROM sources)
    """,
}
# The scoped checks run on this many files at a time: their group-bys over a whole run's turns grew with the run
# (a 2 GB corpus's check held more memory than any batch), a chunk's stay the size of a few batches.
CHECK_CHUNK_FILES = 2_000
_ALL = "SELECT source_id FROM sources"
# Files loaded by this run or by one that never finished its check (killed, failed); a completed run (or one
# over a quality gate, which is judged after the check) checked its own.
_UNCHECKED = """
    SELECT source_id FROM sources
    WHERE loaded_run_id IS NULL OR loaded_run_id NOT IN (
        SELECT run_id FROM runs WHERE status IN ('completed', 'failed_quality_gate')
    )
"""

# The scoped checks read the files of one chunk, registered under this name.
_CHUNK = "reconcile_chunk"
_CHUNK_CHECKS = {name: sql.format(scope=f"SELECT source_id FROM {_CHUNK}") for name, sql in _CHECKS.items()}
# The files a check covers: every loaded file, or only those no finished run has checked.
_FILES_TO_CHECK = {
    only: f"SELECT source_id FROM ({scope}) ORDER BY 1" for only, scope in ((False, _ALL), (True, _UNCHECKED))
}


class ReconciliationError(RuntimeError):
    """The warehouse's rows do not add up; the message names files (paths), never transcript text."""


def reconciliation_problems(con: duckdb.DuckDBPyConnection, *, unchecked_only: bool = False) -> list[str]:
    """One line per failed check, with up to five of the files concerned. `unchecked_only`: the files no
    finished run has checked (what a run loaded, and what killed runs left), not the whole warehouse."""
    sql = _FILES_TO_CHECK[unchecked_only]
    files = [source_id for (source_id,) in con.execute(sql).fetchall()]
    found: dict[str, set[str]] = {name: set() for name in [*_CHECKS, *_WHOLE_CHECKS]}
    for start in range(0, len(files), CHECK_CHUNK_FILES):
        con.register(
            _CHUNK,
            pl.DataFrame({"source_id": files[start : start + CHECK_CHUNK_FILES]}, schema={"source_id": pl.String}),
        )
        try:
            for name, sql in _CHUNK_CHECKS.items():
                found[name].update(str(r[0]) for r in con.execute(sql).fetchall())
        finally:
            con.unregister(_CHUNK)
    for name, sql in _WHOLE_CHECKS.items():
        found[name].update(str(r[0]) for r in con.execute(sql).fetchall())
    problems = []
    for name, rows in found.items():
        if rows:
            ordered = sorted(rows)
            shown = ", ".join(ordered[:5])
            more = f" and {len(ordered) - 5} more" if len(ordered) > 5 else ""
            problems.append(f"{name}: {shown}{more}")
    return problems


def check_reconciled(con: duckdb.DuckDBPyConnection) -> None:
    """At the end of a run: the files it loaded, and any a killed run left unchecked."""
    problems = reconciliation_problems(con, unchecked_only=True)
    if problems:
        raise ReconciliationError("turn reconciliation failed; " + "; ".join(problems))


def run_figures(con: duckdb.DuckDBPyConnection, run_id: str) -> dict[str, Any]:
    """What a run did, from the rows it committed: files it read anew (loaded or quarantined), files it
    found unchanged, files still quarantined (read again, or kept as the same reader found them), and the
    sessions, turns and defects of the files it loaded."""
    files = con.execute(
        """
        SELECT
            count(*) FILTER (WHERE loaded_run_id = $run AND status = 'loaded'),
            count(*) FILTER (WHERE run_id = $run AND status = 'unchanged'),
            count(*) FILTER (WHERE run_id = $run AND status = 'quarantined'),
            count(*) FILTER (WHERE run_id = $run AND status = 'quarantined' AND loaded_run_id <> $run),
            coalesce(sum(bytes) FILTER (WHERE loaded_run_id = $run), 0),
            coalesce(sum(turns_parsed) FILTER (WHERE loaded_run_id = $run), 0),
            coalesce(sum(turns_kept) FILTER (WHERE loaded_run_id = $run), 0)
        FROM sources
        """,
        {"run": run_id},
    ).fetchone()
    assert files is not None
    loaded, unchanged, quarantined, quarantined_kept, bytes_read, parsed, kept = (int(v) for v in files)
    mine = "source_id IN (SELECT source_id FROM sources WHERE loaded_run_id = $run)"
    dropped = con.execute(f"SELECT coalesce(sum({_DROPPED_TURNS}), 0) FROM defects WHERE {mine}", {"run": run_id})
    turns_dropped = int(dropped.fetchone()[0])  # type: ignore[index]
    by_type = dict(
        con.execute(
            f"SELECT defect_type, count(*) FROM defects WHERE {mine} GROUP BY ALL ORDER BY 1", {"run": run_id}
        ).fetchall()
    )
    counted = dict(
        con.execute(f"SELECT quality, count(*) FROM sessions WHERE {mine} GROUP BY ALL", {"run": run_id}).fetchall()
    )
    by_quality = {q: int(counted[q]) for q in QUALITIES if counted.get(q)}
    bad = con.execute(
        "SELECT path, error FROM sources WHERE run_id = $run AND status = 'quarantined' ORDER BY path",
        {"run": run_id},
    ).fetchall()
    if parsed != kept + turns_dropped:
        raise ReconciliationError(f"run {run_id}: {parsed} turns parsed but {kept} kept + {turns_dropped} dropped")
    return {
        "files_loaded": loaded,
        "files_unchanged": unchanged,
        "files_quarantined": quarantined,
        "files_quarantined_kept": quarantined_kept,
        "bytes_read": bytes_read,
        "sessions_loaded": sum(by_quality.values()),
        "turns_parsed": parsed,
        "turns_loaded": kept,
        "turns_dropped": turns_dropped,
        "defects_found": sum(by_type.values()),
        "defects_by_type": by_type,
        "sessions_by_quality": by_quality,
        "quarantined": [(str(path), str(error)) for path, error in bad],
    }
