-- Mart: per file, the share of its sessions in each quality class.
CREATE OR REPLACE VIEW quality_scorecard AS
SELECT
    src.source_path,
    src.status,
    src.run_id,
    count(s.session_id) AS n_sessions,
    count(s.session_id) FILTER (WHERE s.quality = 'clean') AS n_clean,
    count(s.session_id) FILTER (WHERE s.quality = 'repaired') AS n_repaired,
    count(s.session_id) FILTER (WHERE s.quality = 'flagged') AS n_flagged,
    count(s.session_id) FILTER (WHERE s.quality = 'rejected') AS n_rejected,
    round(count(s.session_id) FILTER (WHERE s.quality = 'clean') / nullif(count(s.session_id), 0), 4) AS share_clean,
    round(count(s.session_id) FILTER (WHERE s.quality = 'repaired') / nullif(count(s.session_id), 0), 4)
        AS share_repaired,
    round(count(s.session_id) FILTER (WHERE s.quality = 'flagged') / nullif(count(s.session_id), 0), 4) AS share_flagged,
    round(count(s.session_id) FILTER (WHERE s.quality = 'rejected') / nullif(count(s.session_id), 0), 4)
        AS share_rejected
FROM stg_sources AS src
LEFT JOIN sessions AS s USING (source_id)
GROUP BY src.source_path, src.status, src.run_id
ORDER BY src.source_path;

COMMENT ON VIEW quality_scorecard IS 'Per file: sessions and the share clean / repaired / flagged / rejected (quarantined files have 0 sessions, null shares).';
COMMENT ON COLUMN quality_scorecard.status IS 'loaded / unchanged / quarantined (sources.status)';
COMMENT ON COLUMN quality_scorecard.share_clean IS 'n_clean / n_sessions; null when the file has no session';
