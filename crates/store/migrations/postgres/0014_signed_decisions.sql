-- The decision basis as signed: rendered once at sign-off and kept with its SHA-256, so every
-- later download is the same bytes. Reopening the evaluation voids it (who, when, why) and
-- keeps it in the case's history. A signed basis is never changed or removed.
CREATE TABLE decision_reports (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id),
    case_id TEXT NOT NULL REFERENCES procurement_cases(id),
    signed_at BIGINT NOT NULL,
    signed_by TEXT NOT NULL,
    pdf BYTEA NOT NULL,
    sha256 TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    voided_at BIGINT,
    voided_by TEXT,
    void_reason TEXT,
    UNIQUE (case_id, signed_at)
);
CREATE FUNCTION refuse_signed_change() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
    IF TG_OP = 'DELETE' THEN
        RAISE EXCEPTION 'a signed decision basis is kept';
    END IF;
    IF OLD.voided_at IS NOT NULL OR NEW.id IS DISTINCT FROM OLD.id OR NEW.org_id IS DISTINCT FROM OLD.org_id
        OR NEW.case_id IS DISTINCT FROM OLD.case_id OR NEW.signed_at IS DISTINCT FROM OLD.signed_at
        OR NEW.signed_by IS DISTINCT FROM OLD.signed_by OR NEW.pdf IS DISTINCT FROM OLD.pdf
        OR NEW.sha256 IS DISTINCT FROM OLD.sha256 OR NEW.created_at IS DISTINCT FROM OLD.created_at THEN
        RAISE EXCEPTION 'a signed decision basis is never changed';
    END IF;
    RETURN NEW;
END $$;
CREATE TRIGGER decision_reports_signed BEFORE UPDATE OR DELETE ON decision_reports
FOR EACH ROW EXECUTE FUNCTION refuse_signed_change();
