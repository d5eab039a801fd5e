-- When the contract is planned to start (the first second of that day, local time): a
-- certificate that runs out before it is flagged to the supplier and the buyer.
ALTER TABLE procurement_cases ADD COLUMN contract_start INTEGER;
