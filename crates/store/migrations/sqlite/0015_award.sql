-- The award decision: when it was made and for which bid, and when the standstill period
-- (karensperiode / avtalsspärr) ends, before which no contract may be entered.
ALTER TABLE procurement_cases ADD COLUMN awarded_at INTEGER;
ALTER TABLE procurement_cases ADD COLUMN awarded_bid TEXT;
ALTER TABLE procurement_cases ADD COLUMN standstill_ends_at INTEGER;
