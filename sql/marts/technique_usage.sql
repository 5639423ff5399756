-- Mart: one row per technique found, with its catalog entry when the catalog knows it.
CREATE OR REPLACE VIEW technique_usage AS
WITH found AS (
    SELECT
        t.technique,
        t.session_id,
        t.source,
        t.confidence,
        c.code,
        c.name,
        c.family
    FROM techniques AS t
    LEFT JOIN technique_catalog AS c
        ON lower(t.technique) = lower(c.code)
        OR lower(t.technique) = lower(c.name)
        OR list_contains(list_transform(c.synonyms, x -> lower(x)), lower(t.technique))
),
total AS (SELECT count(*) AS n_sessions FROM sessions)
SELECT
    coalesce(code, technique) AS technique,
    any_value(name) AS name,
    coalesce(any_value(family), 'uncatalogued') AS family,
    count(DISTINCT session_id) AS n_sessions,
    round(count(DISTINCT session_id) / nullif(any_value(total.n_sessions), 0), 4) AS share_of_sessions,
    count(*) AS n_mentions,
    count(*) FILTER (WHERE source = 'summary') AS n_from_summary,
    count(*) FILTER (WHERE source = 'dialogue') AS n_from_dialogue,
    round(avg(confidence), 3) AS mean_confidence
FROM found, total
GROUP BY coalesce(code, technique)
ORDER BY n_sessions DESC, technique;

COMMENT ON VIEW technique_usage IS 'One row per technique: sessions using it, share of all sessions, where it was found, mean confidence.';
COMMENT ON COLUMN technique_usage.technique IS 'catalog code when technique_catalog knows it (by code, name or synonym), else the text found';
COMMENT ON COLUMN technique_usage.family IS 'catalog family (cbt / skills / support / safety), or uncatalogued';
COMMENT ON COLUMN technique_usage.share_of_sessions IS 'n_sessions / all sessions in the warehouse';
COMMENT ON COLUMN technique_usage.n_mentions IS 'technique rows (a session may name it in its summary and show it in dialogue)';
COMMENT ON COLUMN technique_usage.mean_confidence IS '1.0 for summaries; the detector''s confidence for dialogue';
