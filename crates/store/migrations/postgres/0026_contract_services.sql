-- What a contract delivers and the data it touches (issue 13): the information classification
-- as in the case, personal data, where data is stored, processed and reached from for support
-- (country codes, comma-separated), and the records of processing for the service.
CREATE TABLE contract_services (
    contract_id TEXT PRIMARY KEY REFERENCES contracts(id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    description TEXT NOT NULL DEFAULT '',
    confidentiality BIGINT NOT NULL,
    integrity BIGINT NOT NULL,
    availability BIGINT NOT NULL,
    traceability BIGINT NOT NULL,
    personal_data BOOLEAN NOT NULL DEFAULT FALSE,
    special_categories BOOLEAN NOT NULL DEFAULT FALSE,
    subjects TEXT NOT NULL,
    storage_countries TEXT NOT NULL DEFAULT '',
    processing_countries TEXT NOT NULL DEFAULT '',
    support_countries TEXT NOT NULL DEFAULT '',
    updated_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL
);

CREATE TABLE processing_records (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    contract_id TEXT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    data_categories TEXT NOT NULL,
    purpose TEXT NOT NULL,
    subjects TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    created_by TEXT NOT NULL,
    created_at BIGINT NOT NULL
);
CREATE INDEX processing_records_contract ON processing_records (contract_id);
