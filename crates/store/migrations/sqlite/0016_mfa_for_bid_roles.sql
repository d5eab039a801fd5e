-- Whether every role that can publish, evaluate, sign, award or read bids needs a second
-- factor. On by default, for existing organisations too: it is what the catalogue asks of
-- anyone handling bids.
ALTER TABLE organisations ADD COLUMN require_mfa_bid_roles INTEGER NOT NULL DEFAULT 1;
