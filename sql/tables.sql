-- The warehouse contract. Add columns freely; rename none.
-- Uniqueness of keys is checked by the pandera models before every load (schemas/), not by
-- DuckDB indexes, which would slow bulk loads and reject delete-then-reinsert in one transaction.

CREATE TABLE IF NOT EXISTS runs (
    run_id              VARCHAR NOT NULL,
    flow_run_id         VARCHAR,
    started_at          TIMESTAMP NOT NULL,
    finished_at         TIMESTAMP,
    status              VARCHAR NOT NULL,      -- running / completed / failed / failed_quality_gate / interrupted (killed)
    source_dir          VARCHAR NOT NULL,
    files_seen          BIGINT NOT NULL DEFAULT 0,
    files_loaded        BIGINT NOT NULL DEFAULT 0,
    files_unchanged     BIGINT NOT NULL DEFAULT 0,
    files_quarantined   BIGINT NOT NULL DEFAULT 0,
    bytes_read          BIGINT NOT NULL DEFAULT 0,
    sessions_loaded     BIGINT NOT NULL DEFAULT 0,
    turns_parsed        BIGINT NOT NULL DEFAULT 0,
    turns_loaded        BIGINT NOT NULL DEFAULT 0,
    turns_dropped       BIGINT NOT NULL DEFAULT 0,
    defects_found       BIGINT NOT NULL DEFAULT 0,
    error               VARCHAR,
    stage_seconds       JSON                   -- wall seconds per stage summed over batches: read, decode, parse, ...
);

CREATE TABLE IF NOT EXISTS sources (
    source_id           VARCHAR NOT NULL,      -- from the file's absolute path: a changed file keeps its id
    path                VARCHAR NOT NULL,
    sha256              VARCHAR,               -- null only when the file could not be read
    bytes               BIGINT NOT NULL,
    encoding            VARCHAR,
    encoding_confidence DOUBLE,
    status              VARCHAR NOT NULL,      -- loaded / unchanged / quarantined
    error               VARCHAR,               -- why it was quarantined
    sessions            INTEGER NOT NULL,
    turns_parsed        BIGINT NOT NULL,
    turns_kept          BIGINT NOT NULL,
    run_id              VARCHAR NOT NULL,      -- the last run that saw this file
    loaded_run_id       VARCHAR NOT NULL,      -- the run that loaded the rows now in the tables
    loaded_at           TIMESTAMP NOT NULL,
    mtime_ns            BIGINT,                -- modification time when read (ns): `ingest --fast-check` compares it
    reader              VARCHAR                -- what read it (code and column mapping): a quarantine stands until it changes
);

CREATE TABLE IF NOT EXISTS sessions (
    session_id          VARCHAR NOT NULL,      -- from the file's content hash and the session's position
    source_id           VARCHAR NOT NULL,
    source_path         VARCHAR NOT NULL,
    session_index       INTEGER NOT NULL,      -- 0-based position in its file
    source_line         BIGINT NOT NULL,       -- first non-blank line of the session
    n_turns             INTEGER NOT NULL,      -- kept turns
    n_turns_parsed      INTEGER NOT NULL,      -- before dedupe and drops
    n_therapist_turns   INTEGER NOT NULL,
    n_client_turns      INTEGER NOT NULL,
    n_unknown_turns     INTEGER NOT NULL,
    summary_text        VARCHAR,               -- the header block before the first turn, as written (an e-mail thread: its preamble, message headers and signatures)
    summary             STRUCT(
                            topics VARCHAR[], techniques VARCHAR[], helpful VARCHAR[],
                            homework VARCHAR[], insights VARCHAR[], notes VARCHAR[], other VARCHAR[]
                        ),
    source_metadata     JSON,                  -- what the source says about the session (emotion, topic...)
    content_hash        VARCHAR NOT NULL,      -- of its turns' roles and texts, blind to case and punctuation
    quality             VARCHAR NOT NULL,      -- clean / repaired / flagged / rejected (transforms/quality.py)
    n_defects           INTEGER NOT NULL       -- defects above info level
);

CREATE TABLE IF NOT EXISTS turns (
    session_id          VARCHAR NOT NULL,
    source_id           VARCHAR NOT NULL,
    turn_index          INTEGER NOT NULL,      -- 0-based among kept turns
    source_turn_index   INTEGER NOT NULL,      -- 0-based among parsed turns, before dedupe
    source_line         BIGINT NOT NULL,       -- 1-based line where the turn starts (label, row, JSON record/text)
    speaker             VARCHAR NOT NULL,      -- the raw label
    role                VARCHAR NOT NULL,      -- therapist / client / unknown
    text                VARCHAR NOT NULL,      -- repaired text
    char_count          INTEGER NOT NULL,
    word_count          INTEGER NOT NULL,
    timestamp           VARCHAR,               -- as written in the source, when it has one
    source_labels       JSON,                  -- the source's own labels for the turn (strategy, behaviour code...)
    move                VARCHAR,               -- therapist turns: primary counselling move (transforms/moves.py); null when the turn has no Latin-script words
    moves               VARCHAR[]              -- therapist turns: every move the turn contains, primary first
);

CREATE TABLE IF NOT EXISTS defects (
    defect_id           VARCHAR NOT NULL,
    source_id           VARCHAR NOT NULL,
    session_id          VARCHAR,               -- null for file-level defects
    source_line         BIGINT,                -- line of the turn concerned; null for session- or file-level
    source_turn_index   INTEGER,               -- that turn's position among the session's parsed turns
    speaker             VARCHAR,               -- raw label of that turn, so a dropped turn can be rebuilt
    defect_type         VARCHAR NOT NULL,
    severity            VARCHAR NOT NULL,      -- error / warning / info
    action              VARCHAR NOT NULL,      -- repaired / dropped / flagged / quarantined
    detail              VARCHAR NOT NULL,
    excerpt             VARCHAR,               -- the original text: what was dropped, or before a repair
    repaired_text       VARCHAR                -- the text after a repair
);

CREATE TABLE IF NOT EXISTS techniques (
    session_id          VARCHAR NOT NULL,
    source_id           VARCHAR NOT NULL,
    technique           VARCHAR NOT NULL,
    source              VARCHAR NOT NULL,      -- summary / dialogue
    source_line         BIGINT,                -- evidence turn; null for summary
    evidence            VARCHAR NOT NULL,
    confidence          DOUBLE NOT NULL        -- 1.0 for a summary; the detector's confidence for dialogue
);

-- One row per technique code; loaded from sql/technique_catalog (issue 5).
CREATE TABLE IF NOT EXISTS technique_catalog (
    code                VARCHAR NOT NULL,
    name                VARCHAR NOT NULL,
    family              VARCHAR NOT NULL,      -- cbt / skills / support / safety
    description         VARCHAR NOT NULL,
    synonyms            VARCHAR[] NOT NULL
);

-- Warehouses created before a column existed gain it here; rows loaded earlier keep nulls (or the default).
ALTER TABLE turns ADD COLUMN IF NOT EXISTS move VARCHAR;
ALTER TABLE turns ADD COLUMN IF NOT EXISTS moves VARCHAR[];
ALTER TABLE techniques ADD COLUMN IF NOT EXISTS confidence DOUBLE DEFAULT 1.0;
ALTER TABLE sources ADD COLUMN IF NOT EXISTS mtime_ns BIGINT;
ALTER TABLE sources ADD COLUMN IF NOT EXISTS reader VARCHAR;
ALTER TABLE runs ADD COLUMN IF NOT EXISTS stage_seconds JSON;
