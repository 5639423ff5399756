-- Staging: every file with the run that loaded its rows and that day (the denominators of rates).
CREATE OR REPLACE VIEW stg_sources AS
SELECT
    source_id,
    path AS source_path,
    status,
    encoding,
    sessions,
    turns_parsed,
    turns_kept,
    loaded_run_id AS run_id,
    CAST(loaded_at AS DATE) AS day
FROM sources;

COMMENT ON VIEW stg_sources IS 'Staging: each input file with the run that loaded its rows and the UTC day.';
COMMENT ON COLUMN stg_sources.run_id IS 'sources.loaded_run_id: the run that loaded the rows now in the tables';
COMMENT ON COLUMN stg_sources.day IS 'UTC date the file was loaded';
