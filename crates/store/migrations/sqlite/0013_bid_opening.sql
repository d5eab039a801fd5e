-- Bids are sealed until the deadline. When it passes they are opened: the moment is kept
-- here and the opening record (bids received, times, receipt hashes) goes into the audit chain.
ALTER TABLE procurement_cases ADD COLUMN opened_at INTEGER;
