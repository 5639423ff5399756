-- Staging: defect counts per session, one row per session that has any.
CREATE OR REPLACE VIEW stg_session_defects AS
SELECT
    session_id,
    count(*) AS n_defects_all,
    count(*) FILTER (WHERE severity <> 'info') AS n_defects_above_info,
    count(*) FILTER (WHERE action = 'repaired') AS n_repaired,
    count(*) FILTER (WHERE action = 'dropped') AS n_dropped,
    count(*) FILTER (WHERE action = 'flagged') AS n_flagged,
    list(DISTINCT defect_type ORDER BY defect_type) AS defect_types
FROM defects
WHERE session_id IS NOT NULL
GROUP BY session_id;

COMMENT ON VIEW stg_session_defects IS 'Staging: defect counts per session (sessions without defects have no row).';
COMMENT ON COLUMN stg_session_defects.n_defects_all IS 'every defect row of the session, info level included';
COMMENT ON COLUMN stg_session_defects.n_defects_above_info IS 'warnings and errors (sessions.n_defects counts the same)';
COMMENT ON COLUMN stg_session_defects.defect_types IS 'distinct defect types, sorted';
