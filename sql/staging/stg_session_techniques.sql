-- Staging: the techniques of each session as one sorted list.
CREATE OR REPLACE VIEW stg_session_techniques AS
SELECT
    session_id,
    count(DISTINCT technique) AS n_techniques,
    list(DISTINCT technique ORDER BY technique) AS techniques
FROM techniques
GROUP BY session_id;

COMMENT ON VIEW stg_session_techniques IS 'Staging: distinct techniques per session (sessions without any have no row).';
