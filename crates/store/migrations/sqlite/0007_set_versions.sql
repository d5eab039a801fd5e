-- Publishing freezes a case's requirement set as an immutable version with a SHA-256 over
-- its canonical content. A correction after publishing is the next version. Bidders
-- answer by the deadline; `correction_open` lets the buyer edit the working set while the
-- published version stays what bidders see.
ALTER TABLE procurement_cases ADD COLUMN deadline INTEGER;
ALTER TABLE procurement_cases ADD COLUMN correction_open INTEGER NOT NULL DEFAULT 0;

CREATE TABLE set_versions (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES procurement_cases(id) ON DELETE CASCADE,
    version INTEGER NOT NULL,
    hash TEXT NOT NULL,
    note TEXT NOT NULL,
    published_by TEXT NOT NULL,
    published_at INTEGER NOT NULL,
    UNIQUE (case_id, version)
);

CREATE TABLE set_version_items (
    version_id TEXT NOT NULL REFERENCES set_versions(id) ON DELETE CASCADE,
    position INTEGER NOT NULL,
    requirement_id TEXT NOT NULL,
    catalogue TEXT NOT NULL,
    reference TEXT NOT NULL,
    area TEXT NOT NULL,
    text TEXT NOT NULL,
    original_text TEXT NOT NULL,
    kind TEXT NOT NULL,
    weight INTEGER NOT NULL,
    PRIMARY KEY (version_id, position)
);

-- A published version is never changed in place.
CREATE TRIGGER set_versions_frozen BEFORE UPDATE ON set_versions
BEGIN SELECT RAISE(ABORT, 'a published requirement set is frozen'); END;
CREATE TRIGGER set_version_items_frozen BEFORE UPDATE ON set_version_items
BEGIN SELECT RAISE(ABORT, 'a published requirement set is frozen'); END;
