-- The supplier's workspace (issue 13). A supplier person is a member of the buying
-- organisation with the supplier_respondent role, acting for one supplier of its register;
-- removing the membership ends it.
CREATE TABLE supplier_people (
    org_id TEXT NOT NULL,
    user_id TEXT NOT NULL,
    supplier_id TEXT NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
    granted_by TEXT NOT NULL,
    granted_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, user_id),
    FOREIGN KEY (org_id, user_id) REFERENCES memberships(org_id, user_id) ON DELETE CASCADE
);
CREATE INDEX supplier_people_supplier ON supplier_people (supplier_id);

-- A supplier's announcement of a new sub-processor starts the DPA's clocks: the buyer may
-- object until objection_until; effective_at is when the change takes effect.
ALTER TABLE sub_processors ADD COLUMN notified_at BIGINT;
ALTER TABLE sub_processors ADD COLUMN objection_until BIGINT;
ALTER TABLE sub_processors ADD COLUMN announced_by TEXT NOT NULL DEFAULT '';

-- Files of the register: signed contracts and annexes, DPA files, transfer impact
-- assessments and certificates, stored with their SHA-256 like bid evidence.
CREATE TABLE supplier_documents (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    supplier_id TEXT NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
    contract_id TEXT REFERENCES contracts(id) ON DELETE CASCADE,
    certificate_id TEXT REFERENCES supplier_certificates(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    sha256 TEXT NOT NULL,
    size BIGINT NOT NULL,
    content BYTEA NOT NULL,
    uploaded_by TEXT NOT NULL,
    uploaded_at BIGINT NOT NULL
);
CREATE INDEX supplier_documents_supplier ON supplier_documents (org_id, supplier_id);
