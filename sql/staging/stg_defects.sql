-- Staging: every defect with the file and run that loaded it, and that run's day.
CREATE OR REPLACE VIEW stg_defects AS
SELECT
    d.defect_id,
    d.source_id,
    src.path AS source_path,
    d.session_id,
    d.source_line,
    d.source_turn_index,
    d.defect_type,
    d.severity,
    d.action,
    d.detail,
    d.excerpt,
    d.repaired_text,
    src.loaded_run_id AS run_id,
    CAST(src.loaded_at AS DATE) AS day
FROM defects AS d
JOIN sources AS src USING (source_id);

COMMENT ON VIEW stg_defects IS 'Staging: each defect with its file path, the run that loaded it and that day.';
COMMENT ON COLUMN stg_defects.run_id IS 'sources.loaded_run_id: the run whose load put this row in the warehouse';
COMMENT ON COLUMN stg_defects.day IS 'UTC date the file was loaded';
