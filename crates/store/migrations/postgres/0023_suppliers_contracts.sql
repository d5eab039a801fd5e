-- The supplier register and contracts (issue 13). A supplier is one per organisation number
-- within the buying organisation; bidders of its cases with that number are the same supplier.
CREATE TABLE suppliers (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    legal_name TEXT NOT NULL,
    country TEXT NOT NULL,
    org_number TEXT NOT NULL,
    parent_group TEXT NOT NULL DEFAULT '',
    website TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL,
    UNIQUE (org_id, country, org_number)
);

-- Who at the supplier the buyer reaches for what: security, the 24/7 incident line, the
-- data protection officer, the account manager.
CREATE TABLE supplier_contacts (
    id TEXT PRIMARY KEY,
    supplier_id TEXT NOT NULL REFERENCES suppliers(id) ON DELETE CASCADE,
    role TEXT NOT NULL,
    name TEXT NOT NULL,
    email TEXT NOT NULL,
    phone TEXT NOT NULL DEFAULT '',
    updated_at BIGINT NOT NULL
);
CREATE INDEX supplier_contacts_supplier ON supplier_contacts (supplier_id, role);

-- A contract. From an award it points to the case, the winning bid and the frozen set version
-- with its hash (by reference: the answers, evidence and certificates stay the bid's).
-- Dates are Unix seconds; the status is computed from them, never stored.
CREATE TABLE contracts (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    supplier_id TEXT NOT NULL REFERENCES suppliers(id),
    title TEXT NOT NULL,
    case_id TEXT REFERENCES procurement_cases(id),
    bid_id TEXT REFERENCES bids(id),
    set_version_id TEXT REFERENCES set_versions(id),
    set_hash TEXT,
    kind TEXT NOT NULL,
    framework_id TEXT REFERENCES contracts(id),
    template TEXT NOT NULL,
    start_date BIGINT NOT NULL,
    end_date BIGINT,
    options_note TEXT NOT NULL DEFAULT '',
    notice_months BIGINT NOT NULL DEFAULT 0,
    terminates_at BIGINT,
    contract_owner TEXT,
    contract_manager TEXT,
    system_owner TEXT,
    security_officer TEXT,
    sla_availability_hundredths BIGINT,
    sla_rpo_hours BIGINT,
    sla_rto_hours BIGINT,
    sla_support_hours TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX contracts_supplier ON contracts (org_id, supplier_id);
-- One contract per awarded case.
CREATE UNIQUE INDEX contracts_case ON contracts (case_id);
