-- A supplier's certificates and attestations in the register (issue 13). Those of a winning
-- bid stay the bid's and are read through the contract; these are entered in the register
-- (renewals, attestations the bid did not carry). The status is computed at the clock.
CREATE TABLE supplier_certificates (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    supplier_id TEXT NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL DEFAULT '',
    number TEXT NOT NULL DEFAULT '',
    body TEXT NOT NULL DEFAULT '',
    accreditation TEXT NOT NULL DEFAULT '',
    edition TEXT NOT NULL DEFAULT '',
    scope TEXT NOT NULL DEFAULT '',
    coverage TEXT NOT NULL,
    coverage_note TEXT NOT NULL DEFAULT '',
    valid_from BIGINT,
    valid_until BIGINT NOT NULL,
    last_surveillance BIGINT,
    withdrawn_at BIGINT,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX supplier_certificates_supplier ON supplier_certificates (org_id, supplier_id);
