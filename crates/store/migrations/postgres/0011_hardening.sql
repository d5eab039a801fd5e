-- A parked import keeps what its one parse found (the catalogue or every problem, as JSON), so
-- the preview and the confirmation never parse the file again.
ALTER TABLE pending_imports ADD COLUMN parsed TEXT NOT NULL DEFAULT '';

-- Sign-in attempts refused while an account is locked are counted here, one row per lock key,
-- instead of each writing failure rows and an audit record (152 attempts wrote 453 rows).
CREATE TABLE lockout_refusals (
    key TEXT PRIMARY KEY,
    count BIGINT NOT NULL,
    first_at BIGINT NOT NULL,
    last_at BIGINT NOT NULL
);
