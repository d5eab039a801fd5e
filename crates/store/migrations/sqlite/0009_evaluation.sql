-- Evaluation: each evaluator judges each requirement of each submitted bid on their own
-- (evaluator = user id); the lead evaluator records the consensus (evaluator = 'consensus');
-- sign-off locks the whole case's evaluation.
ALTER TABLE procurement_cases ADD COLUMN lead_evaluator TEXT;
ALTER TABLE procurement_cases ADD COLUMN signed_off_at INTEGER;
ALTER TABLE procurement_cases ADD COLUMN signed_off_by TEXT;

CREATE TABLE judgements (
    bid_id TEXT NOT NULL REFERENCES bids(id) ON DELETE CASCADE,
    requirement_id TEXT NOT NULL,
    evaluator TEXT NOT NULL,
    evaluator_label TEXT NOT NULL,
    verdict TEXT,
    score INTEGER,
    justification TEXT NOT NULL,
    updated_at INTEGER NOT NULL,
    PRIMARY KEY (bid_id, requirement_id, evaluator)
);
