-- Bidders on a published tender. Each bid has a personal link for its contact (stored as a
-- hash, expiring at the deadline, revocable), answers to the frozen set with an optimistic
-- revision per bid, evidence stored once per bid by SHA-256, and certificates.
CREATE TABLE bids (
    id TEXT PRIMARY KEY,
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    case_id TEXT NOT NULL REFERENCES procurement_cases(id) ON DELETE CASCADE,
    company TEXT NOT NULL,
    country TEXT NOT NULL,
    org_number TEXT NOT NULL,
    contact_email TEXT NOT NULL,
    status TEXT NOT NULL,
    revision INTEGER NOT NULL DEFAULT 0,
    version_id TEXT,
    submitted_at INTEGER,
    receipt_hash TEXT,
    source TEXT NOT NULL DEFAULT 'portal',
    created_by TEXT NOT NULL,
    created_at INTEGER NOT NULL,
    UNIQUE (case_id, country, org_number)
);

CREATE TABLE bid_links (
    token_hash TEXT PRIMARY KEY,
    bid_id TEXT NOT NULL REFERENCES bids(id) ON DELETE CASCADE,
    created_at INTEGER NOT NULL,
    expires_at INTEGER NOT NULL,
    revoked_at INTEGER,
    last_used_at INTEGER
);

CREATE TABLE bid_answers (
    bid_id TEXT NOT NULL REFERENCES bids(id) ON DELETE CASCADE,
    requirement_id TEXT NOT NULL,
    status TEXT NOT NULL,
    description TEXT NOT NULL,
    evidence_ref TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (bid_id, requirement_id)
);

CREATE TABLE evidence (
    id TEXT PRIMARY KEY,
    bid_id TEXT NOT NULL REFERENCES bids(id) ON DELETE CASCADE,
    sha256 TEXT NOT NULL,
    filename TEXT NOT NULL,
    content_type TEXT NOT NULL,
    size INTEGER NOT NULL,
    content BLOB NOT NULL,
    uploaded_at INTEGER NOT NULL,
    UNIQUE (bid_id, sha256)
);

CREATE TABLE certificates (
    id TEXT PRIMARY KEY,
    bid_id TEXT NOT NULL REFERENCES bids(id) ON DELETE CASCADE,
    kind TEXT NOT NULL,
    name TEXT NOT NULL,
    scope TEXT NOT NULL,
    issuer TEXT NOT NULL,
    valid_until INTEGER NOT NULL,
    evidence_id TEXT,
    created_at INTEGER NOT NULL
);
CREATE INDEX bids_case ON bids (case_id);
CREATE INDEX bid_links_bid ON bid_links (bid_id);
