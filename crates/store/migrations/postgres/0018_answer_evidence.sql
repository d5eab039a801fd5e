-- An answer points to one of the bid's uploaded evidence files rather than naming it in
-- free text (answer sheets from e-tendering systems still carry a text reference).
ALTER TABLE bid_answers ADD COLUMN evidence_id TEXT;
