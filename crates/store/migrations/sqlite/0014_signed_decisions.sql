-- The decision basis as signed: rendered once at sign-off and kept with its SHA-256, so every
-- later download is the same bytes. Reopening the evaluation voids it (who, when, why) and
-- keeps it in the case's history. A signed basis is never changed or removed.
CREATE TABLE decision_reports (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id),
    case_id TEXT NOT NULL REFERENCES procurement_cases(id),
    signed_at INTEGER NOT NULL,
    signed_by TEXT NOT NULL,
    pdf BLOB NOT NULL,
    sha256 TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    voided_at INTEGER,
    voided_by TEXT,
    void_reason TEXT,
    UNIQUE (case_id, signed_at)
);
CREATE TRIGGER decision_reports_signed BEFORE UPDATE OF id, org_id, case_id, signed_at, signed_by, pdf, sha256, created_at
ON decision_reports
BEGIN SELECT RAISE(ABORT, 'a signed decision basis is never changed'); END;
CREATE TRIGGER decision_reports_voided_once BEFORE UPDATE ON decision_reports WHEN OLD.voided_at IS NOT NULL
BEGIN SELECT RAISE(ABORT, 'a signed decision basis is never changed'); END;
CREATE TRIGGER decision_reports_kept BEFORE DELETE ON decision_reports
BEGIN SELECT RAISE(ABORT, 'a signed decision basis is kept'); END;
