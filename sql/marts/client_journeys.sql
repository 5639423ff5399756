-- Mart: the sessions of one client in order. A client is known from the session metadata when the source
-- names one (PsychEval's client_id, a CSV's client column...), else from the file: a file holding several
-- sessions is one client's course of therapy (the seeds' and the sample's multi-session files).
CREATE OR REPLACE VIEW client_journeys AS
WITH keyed AS (
    SELECT
        o.*,
        coalesce(
            json_extract_string(s.source_metadata, '$.client_id'),
            json_extract_string(s.source_metadata, '$.client'),
            json_extract_string(s.source_metadata, '$.patient_id')
        ) AS metadata_client
    FROM session_overview AS o
    JOIN sessions AS s USING (session_id)
),
grouped AS (
    SELECT
        CASE WHEN metadata_client IS NOT NULL THEN 'client:' || metadata_client ELSE 'file:' || source_path END
            AS journey_id,
        CASE WHEN metadata_client IS NOT NULL THEN 'metadata' ELSE 'file' END AS grouped_by,
        *
    FROM keyed
)
SELECT
    journey_id,
    grouped_by,
    row_number() OVER journey AS session_number,
    count(*) OVER (PARTITION BY journey_id) AS sessions_in_journey,
    session_id,
    source_path,
    session_index,
    n_turns,
    n_words,
    n_client_words,
    quality,
    lag(quality) OVER journey AS previous_quality,
    n_defects,
    techniques,
    list_filter(techniques, x -> NOT list_contains(coalesce(lag(techniques) OVER journey, []::VARCHAR[]), x))
        AS new_techniques
FROM grouped
WINDOW journey AS (PARTITION BY journey_id ORDER BY source_path, session_index)
QUALIFY count(*) OVER (PARTITION BY journey_id) > 1
ORDER BY journey_id, session_number;

COMMENT ON VIEW client_journeys IS 'Sessions of one client in order (grouped by client metadata, else by file); only clients with 2+ sessions.';
COMMENT ON COLUMN client_journeys.journey_id IS '''client:'' and the metadata client id, or ''file:'' and the file path';
COMMENT ON COLUMN client_journeys.grouped_by IS 'metadata / file: what grouped the sessions';
COMMENT ON COLUMN client_journeys.session_number IS '1-based position in the journey (file, then position in file)';
COMMENT ON COLUMN client_journeys.previous_quality IS 'quality of the session before it in the journey';
COMMENT ON COLUMN client_journeys.new_techniques IS 'techniques not seen in the previous session';
