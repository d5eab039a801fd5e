-- Requirements can have a title and a parent (imported catalogues such as NIST SP 800-53
-- have controls with enhancements).
ALTER TABLE requirements ADD COLUMN title TEXT NOT NULL DEFAULT '';
ALTER TABLE requirements ADD COLUMN parent_ref TEXT;

-- An uploaded file between its preview and the confirmation that imports it.
CREATE TABLE pending_imports (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    user_id TEXT NOT NULL REFERENCES users(id) ON DELETE CASCADE,
    filename TEXT NOT NULL,
    format TEXT NOT NULL,
    content BYTEA NOT NULL,
    created_at BIGINT NOT NULL
);
