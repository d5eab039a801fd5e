-- Publishing freezes a case's requirement set as an immutable version with a SHA-256 over
-- its canonical content. A correction after publishing is the next version. Bidders
-- answer by the deadline; `correction_open` lets the buyer edit the working set while the
-- published version stays what bidders see.
ALTER TABLE procurement_cases ADD COLUMN deadline BIGINT;
ALTER TABLE procurement_cases ADD COLUMN correction_open BOOLEAN NOT NULL DEFAULT FALSE;

CREATE TABLE set_versions (
    id TEXT PRIMARY KEY,
    case_id TEXT NOT NULL REFERENCES procurement_cases(id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    hash TEXT NOT NULL,
    note TEXT NOT NULL,
    published_by TEXT NOT NULL,
    published_at BIGINT NOT NULL,
    UNIQUE (case_id, version)
);

CREATE TABLE set_version_items (
    version_id TEXT NOT NULL REFERENCES set_versions(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    requirement_id TEXT NOT NULL,
    catalogue TEXT NOT NULL,
    reference TEXT NOT NULL,
    area TEXT NOT NULL,
    text TEXT NOT NULL,
    original_text TEXT NOT NULL,
    kind TEXT NOT NULL,
    weight BIGINT NOT NULL,
    PRIMARY KEY (version_id, position)
);

-- A published version is never changed in place.
CREATE FUNCTION refuse_frozen_update() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN RAISE EXCEPTION 'a published requirement set is frozen'; END $$;
CREATE TRIGGER set_versions_frozen BEFORE UPDATE ON set_versions
FOR EACH ROW EXECUTE FUNCTION refuse_frozen_update();
CREATE TRIGGER set_version_items_frozen BEFORE UPDATE ON set_version_items
FOR EACH ROW EXECUTE FUNCTION refuse_frozen_update();
