-- Mart: one row per session, everything an analyst asks first.
CREATE OR REPLACE VIEW session_overview AS
SELECT
    s.session_id,
    s.source_id,
    s.source_path,
    s.session_index,
    s.source_line,
    src.encoding,
    src.run_id,
    src.day AS loaded_day,
    s.n_turns,
    s.n_turns_parsed,
    s.n_turns_parsed - s.n_turns AS n_turns_dropped,
    s.n_therapist_turns,
    s.n_client_turns,
    s.n_unknown_turns,
    coalesce(w.n_words, 0) AS n_words,
    coalesce(w.n_therapist_words, 0) AS n_therapist_words,
    coalesce(w.n_client_words, 0) AS n_client_words,
    s.quality,
    s.n_defects,
    coalesce(d.n_defects_all, 0) AS n_defects_all,
    coalesce(d.n_repaired, 0) AS n_repaired,
    coalesce(d.n_dropped, 0) AS n_dropped,
    coalesce(d.n_flagged, 0) AS n_flagged,
    coalesce(d.defect_types, []::VARCHAR[]) AS defect_types,
    coalesce(t.n_techniques, 0) AS n_techniques,
    coalesce(t.techniques, []::VARCHAR[]) AS techniques
FROM sessions AS s
JOIN stg_sources AS src USING (source_id)
LEFT JOIN stg_session_words AS w USING (session_id)
LEFT JOIN stg_session_defects AS d USING (session_id)
LEFT JOIN stg_session_techniques AS t USING (session_id);

COMMENT ON VIEW session_overview IS 'One row per session: its file, turns and words by role, quality, defect counts and techniques.';
COMMENT ON COLUMN session_overview.run_id IS 'the run that loaded the session';
COMMENT ON COLUMN session_overview.loaded_day IS 'UTC date the session was loaded';
COMMENT ON COLUMN session_overview.n_turns IS 'kept turns';
COMMENT ON COLUMN session_overview.n_turns_parsed IS 'turns parsed, before repeats and artefacts were dropped';
COMMENT ON COLUMN session_overview.n_turns_dropped IS 'n_turns_parsed - n_turns';
COMMENT ON COLUMN session_overview.n_words IS 'words in the kept turns';
COMMENT ON COLUMN session_overview.quality IS 'clean / repaired / flagged / rejected';
COMMENT ON COLUMN session_overview.n_defects IS 'defects above info level';
COMMENT ON COLUMN session_overview.n_defects_all IS 'every defect row of the session, info level included';
COMMENT ON COLUMN session_overview.n_repaired IS 'defect rows whose action is repaired';
COMMENT ON COLUMN session_overview.n_dropped IS 'defect rows whose action is dropped';
COMMENT ON COLUMN session_overview.n_flagged IS 'defect rows whose action is flagged';
COMMENT ON COLUMN session_overview.defect_types IS 'distinct defect types of the session, sorted';
COMMENT ON COLUMN session_overview.techniques IS 'distinct techniques (summary or dialogue), sorted';
