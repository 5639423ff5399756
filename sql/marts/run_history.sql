-- Mart: one row per run, newest first, with what it still owns in the warehouse.
CREATE OR REPLACE VIEW run_history AS
WITH owned AS (
    SELECT run_id, count(*) AS n_files_owned, sum(sessions)::BIGINT AS n_sessions_owned
    FROM stg_sources
    GROUP BY run_id
)
SELECT
    r.run_id,
    r.flow_run_id,
    r.started_at,
    r.finished_at,
    round(epoch(r.finished_at - r.started_at), 3) AS seconds,
    r.status,
    r.error,
    r.source_dir,
    r.files_seen,
    r.files_loaded,
    r.files_unchanged,
    r.files_quarantined,
    r.bytes_read,
    r.sessions_loaded,
    r.turns_parsed,
    r.turns_loaded,
    r.turns_dropped,
    r.defects_found,
    round(1000.0 * r.defects_found / nullif(r.turns_parsed, 0), 3) AS defects_per_1000_turns,
    coalesce(o.n_files_owned, 0) AS n_files_owned,
    coalesce(o.n_sessions_owned, 0) AS n_sessions_owned
FROM runs AS r
LEFT JOIN owned AS o USING (run_id)
ORDER BY r.started_at DESC;

COMMENT ON VIEW run_history IS 'One row per ingest run, newest first: timing, status (and why it failed), counts, files it still owns.';
COMMENT ON COLUMN run_history.seconds IS 'finished_at - started_at; null while running';
COMMENT ON COLUMN run_history.status IS 'running / completed / failed / failed_quality_gate';
COMMENT ON COLUMN run_history.error IS 'why it failed: an error type, or the quality gates it exceeded';
COMMENT ON COLUMN run_history.defects_per_1000_turns IS '1000 * defects_found / turns_parsed for this run';
COMMENT ON COLUMN run_history.n_files_owned IS 'files whose rows in the warehouse this run loaded (later runs may have replaced others)';
COMMENT ON COLUMN run_history.n_sessions_owned IS 'sessions in those files';
