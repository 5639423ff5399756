-- Mart: counselling moves in therapist turns (turns.move is a turn's primary move, turns.moves every move
-- it contains). Turns not yet coded (move null, e.g. loaded before moves existed) are left out.
CREATE OR REPLACE VIEW move_profile AS
WITH therapist AS (
    SELECT session_id, move, moves, word_count FROM turns WHERE role = 'therapist' AND move IS NOT NULL
),
primary_moves AS (
    SELECT
        move,
        count(*) AS n_turns_primary,
        round(avg(word_count), 1) AS mean_words
    FROM therapist
    GROUP BY move
),
every_move AS (
    SELECT move, count(*) AS n_turns_with_move, count(DISTINCT session_id) AS n_sessions
    FROM (SELECT session_id, unnest(coalesce(moves, [move])) AS move FROM therapist)
    GROUP BY move
),
coded AS (SELECT count(*) AS n_turns FROM therapist)
SELECT
    coalesce(p.move, e.move) AS move,
    coalesce(p.n_turns_primary, 0) AS n_turns_primary,
    coalesce(e.n_turns_with_move, 0) AS n_turns_with_move,
    coalesce(e.n_sessions, 0) AS n_sessions,
    round(coalesce(p.n_turns_primary, 0) / nullif(coded.n_turns, 0), 4) AS share_of_coded_turns,
    p.mean_words
FROM primary_moves AS p
FULL JOIN every_move AS e USING (move)
CROSS JOIN coded
ORDER BY n_turns_primary DESC, move;

COMMENT ON VIEW move_profile IS 'One row per counselling move in therapist turns: as primary move, anywhere in the turn, sessions, share.';
COMMENT ON COLUMN move_profile.n_turns_primary IS 'therapist turns whose primary move (turns.move) it is';
COMMENT ON COLUMN move_profile.n_turns_with_move IS 'therapist turns whose moves list contains it';
COMMENT ON COLUMN move_profile.n_sessions IS 'sessions with at least one turn containing it';
COMMENT ON COLUMN move_profile.share_of_coded_turns IS 'n_turns_primary / therapist turns with a move';
COMMENT ON COLUMN move_profile.mean_words IS 'mean words of the turns where it is the primary move';
