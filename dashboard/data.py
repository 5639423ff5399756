"""What the dashboard shows, as SQL over the marts; every read opens the warehouse read-only and closes it.

Kept apart from the Streamlit layout so the figures can be checked without a browser. DuckDB lets no
reader in while a load writes, so each read is one short connection (`open_reader` waits out a load's
write window) and a load is never blocked for longer than one query.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path
from typing import Any

import polars as pl

from warehouse.connection import open_reader

# How long one read waits for a running load to release the file before the page says it is busy.
READ_WAIT_SECONDS = 10.0

HEADLINE_SQL = """
SELECT
    (SELECT count(*) FROM session_overview) AS sessions,
    (SELECT coalesce(sum(n_turns), 0) FROM session_overview)::BIGINT AS turns,
    (SELECT count(*) FROM defects) AS defects,
    (SELECT round(100.0 * count(*) FILTER (WHERE quality = 'clean') / nullif(count(*), 0), 1) FROM sessions)
        AS pct_clean,
    (SELECT count(*) FROM sources WHERE status = 'quarantined') AS files_quarantined,
    (SELECT count(*) FROM runs) AS runs
"""

RATES_BY_RUN_SQL = """
SELECT strftime(r.started_at, '%Y-%m-%d %H:%M:%S') AS run_started, d.defect_type, d.defects_per_1000_turns
FROM defect_rates AS d JOIN runs AS r USING (run_id)
WHERE d.grain = 'run'
ORDER BY r.started_at, d.defect_type
"""

RATES_BY_TYPE_SQL = """
SELECT defect_type, n_defects, n_above_info, defects_per_1000_turns
FROM defect_rates WHERE grain = 'all' ORDER BY n_defects DESC, defect_type
"""

RATES_BY_SOURCE_SQL = """
SELECT source_path, defect_type, n_defects, turns_parsed, defects_per_1000_turns
FROM defect_rates WHERE grain = 'source' ORDER BY source_path, defect_type
"""

SCORECARD_SQL = """
SELECT source_path, status, n_sessions, share_clean, share_repaired, share_flagged, share_rejected
FROM quality_scorecard ORDER BY source_path
"""

DEFECT_LIST_SQL = """
SELECT defect_id, defect_type, severity, action, source_path, source_line
FROM stg_defects
WHERE session_id IS NOT NULL
ORDER BY CASE severity WHEN 'error' THEN 0 WHEN 'warning' THEN 1 ELSE 2 END, defect_type, source_path, source_line
LIMIT ?
"""

TECHNIQUES_SQL = "SELECT technique, family, n_sessions, share_of_sessions FROM technique_usage"
MOVES_SQL = "SELECT move, n_turns_primary, n_turns_with_move, share_of_coded_turns FROM move_profile"
RUNS_SQL = """
SELECT started_at, seconds, status, error, files_seen, files_loaded, files_unchanged, files_quarantined,
       sessions_loaded, turns_loaded, defects_found, defects_per_1000_turns
FROM run_history
"""


@dataclass(frozen=True)
class Drilldown:
    """A defect, its session's kept turns, and which of them it concerns."""

    defect: dict[str, Any]
    turns: pl.DataFrame  # turn_index, source_turn_index, source_line, speaker, role, text, highlighted
    highlighted_turn: int | None  # turn_index of the turn the defect is about, when that turn was kept


def read(warehouse: Path | str, sql: str, params: list[Any] | None = None) -> pl.DataFrame:
    with open_reader(warehouse, wait_seconds=READ_WAIT_SECONDS) as con:
        return con.execute(sql, params or []).pl()


def headline(warehouse: Path | str) -> dict[str, Any]:
    rows = read(warehouse, HEADLINE_SQL).to_dicts()
    return rows[0]


def drilldown(warehouse: Path | str, defect_id: str) -> Drilldown | None:
    with open_reader(warehouse, wait_seconds=READ_WAIT_SECONDS) as con:
        defects = con.execute(
            """SELECT defect_id, defect_type, severity, action, detail, source_path, source_line, source_turn_index,
                      session_id, excerpt, repaired_text
               FROM stg_defects WHERE defect_id = ?""",
            [defect_id],
        ).pl()
        if defects.is_empty():
            return None
        defect = defects.to_dicts()[0]
        turns = con.execute(
            """SELECT turn_index, source_turn_index, source_line, speaker, role, text
               FROM turns WHERE session_id = ? ORDER BY turn_index""",
            [defect["session_id"]],
        ).pl()
    # The turn is known by its position among parsed turns; a dropped turn has none among kept turns.
    match = turns.filter(pl.col("source_turn_index") == defect["source_turn_index"])
    highlighted = int(match.item(0, "turn_index")) if match.height else None
    flag = (pl.col("turn_index") == highlighted).fill_null(False) if highlighted is not None else pl.lit(False)
    return Drilldown(defect, turns.with_columns(flag.alias("highlighted")), highlighted)
