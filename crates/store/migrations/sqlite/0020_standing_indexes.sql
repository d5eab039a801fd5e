-- The comparison reads every bid's answer status and consensus (thousands of rows for a long
-- set); these indexes hold what it reads, so neither the answers' texts nor the
-- justifications are read from the tables.
CREATE INDEX bid_answers_status ON bid_answers (bid_id, requirement_id, status);
CREATE INDEX judgements_by_evaluator ON judgements (bid_id, evaluator, requirement_id, verdict, score);
