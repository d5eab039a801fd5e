-- A contract's data processing agreement and its sub-processors (issue 13). The DPA's numbers
-- drive follow-up: breach notice in hours, notice of a new sub-processor and the objection
-- window in days, deletion or return after the end in days.
CREATE TABLE dpas (
    contract_id TEXT PRIMARY KEY REFERENCES contracts(id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    template TEXT NOT NULL,
    version TEXT NOT NULL DEFAULT '',
    signed_at BIGINT,
    breach_notice_hours BIGINT NOT NULL,
    subprocessor_notice_days BIGINT NOT NULL,
    objection_days BIGINT NOT NULL,
    deletion_days BIGINT NOT NULL,
    audit_clause BOOLEAN NOT NULL DEFAULT FALSE,
    next_review BIGINT,
    updated_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

-- The chain: a sub-processor's parent is the sub-processor it works for (a fourth party's
-- parent is a third party); none for those the supplier engages itself. The parent reference
-- is checked at commit, so a restore may bring the rows in any order.
CREATE TABLE sub_processors (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    contract_id TEXT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    parent_id TEXT REFERENCES sub_processors(id) DEFERRABLE INITIALLY DEFERRED,
    name TEXT NOT NULL,
    org_number TEXT NOT NULL DEFAULT '',
    country TEXT NOT NULL,
    role TEXT NOT NULL DEFAULT '',
    data_categories TEXT NOT NULL DEFAULT '',
    locations TEXT NOT NULL DEFAULT '',
    transfer_basis TEXT,
    tia_date BIGINT,
    tia_result TEXT NOT NULL DEFAULT '',
    status TEXT NOT NULL,
    effective_at BIGINT,
    decision_reason TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL,
    updated_at BIGINT NOT NULL
);
CREATE INDEX sub_processors_contract ON sub_processors (contract_id);
