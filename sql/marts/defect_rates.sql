-- Mart: defect rates at four grains. Each row's denominator is the turns parsed from the files of that
-- group (all files for grain 'all'), so rates of different grains are never summed by mistake.
CREATE OR REPLACE VIEW defect_rates AS
WITH counts AS (
    SELECT
        CASE
            WHEN grouping(run_id) = 0 THEN 'run'
            WHEN grouping(day) = 0 THEN 'day'
            WHEN grouping(source_path) = 0 THEN 'source'
            ELSE 'all'
        END AS grain,
        run_id, day, source_path, defect_type,
        count(*) AS n_defects,
        count(*) FILTER (WHERE severity <> 'info') AS n_above_info
    FROM stg_defects
    GROUP BY GROUPING SETS ((run_id, defect_type), (day, defect_type), (source_path, defect_type), (defect_type))
),
denominators AS (
    SELECT
        CASE
            WHEN grouping(run_id) = 0 THEN 'run'
            WHEN grouping(day) = 0 THEN 'day'
            WHEN grouping(source_path) = 0 THEN 'source'
            ELSE 'all'
        END AS grain,
        run_id, day, source_path,
        count(*) AS n_files,
        sum(turns_parsed)::BIGINT AS turns_parsed
    FROM stg_sources
    GROUP BY GROUPING SETS ((run_id), (day), (source_path), ())
)
SELECT
    c.grain,
    c.run_id,
    c.day,
    c.source_path,
    c.defect_type,
    c.n_defects,
    c.n_above_info,
    d.n_files,
    d.turns_parsed,
    round(1000.0 * c.n_defects / nullif(d.turns_parsed, 0), 3) AS defects_per_1000_turns
FROM counts AS c
JOIN denominators AS d
    ON c.grain = d.grain
    AND c.run_id IS NOT DISTINCT FROM d.run_id
    AND c.day IS NOT DISTINCT FROM d.day
    AND c.source_path IS NOT DISTINCT FROM d.source_path
ORDER BY c.grain, c.run_id, c.day, c.source_path, c.defect_type;

COMMENT ON VIEW defect_rates IS 'Defects per type at grain run, day, source (file) or all, with the turns parsed from the same files.';
COMMENT ON COLUMN defect_rates.grain IS 'run / day / source / all: which of run_id, day, source_path is set';
COMMENT ON COLUMN defect_rates.run_id IS 'the run that loaded the files (grain run)';
COMMENT ON COLUMN defect_rates.day IS 'UTC day the files were loaded (grain day)';
COMMENT ON COLUMN defect_rates.source_path IS 'the file (grain source)';
COMMENT ON COLUMN defect_rates.n_above_info IS 'defects of warning or error severity';
COMMENT ON COLUMN defect_rates.n_files IS 'files in the group, quarantined ones included';
COMMENT ON COLUMN defect_rates.turns_parsed IS 'turns parsed from the files in the group: the denominator';
COMMENT ON COLUMN defect_rates.defects_per_1000_turns IS '1000 * n_defects / turns_parsed';
