-- A contract entered by hand gets its requirement set from any catalogue, frozen: the
-- requirements as they read when chosen, in order, and their SHA-256 in contracts.set_hash
-- (issue 13). Written once; a contract made from an award reads its case's published version.
CREATE TABLE contract_set_items (
    contract_id TEXT NOT NULL REFERENCES contracts(id) ON DELETE CASCADE,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    position BIGINT NOT NULL,
    requirement_id TEXT NOT NULL,
    catalogue TEXT NOT NULL,
    reference TEXT NOT NULL,
    area TEXT NOT NULL,
    text TEXT NOT NULL,
    PRIMARY KEY (contract_id, position)
);
