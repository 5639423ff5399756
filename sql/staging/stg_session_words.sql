-- Staging: words per session and role, from the kept turns.
CREATE OR REPLACE VIEW stg_session_words AS
SELECT
    session_id,
    sum(word_count)::BIGINT AS n_words,
    coalesce(sum(word_count) FILTER (WHERE role = 'therapist'), 0)::BIGINT AS n_therapist_words,
    coalesce(sum(word_count) FILTER (WHERE role = 'client'), 0)::BIGINT AS n_client_words
FROM turns
GROUP BY session_id;

COMMENT ON VIEW stg_session_words IS 'Staging: words per session, in all and by role (kept turns only).';
