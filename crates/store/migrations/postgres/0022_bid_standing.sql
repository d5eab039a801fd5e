-- Goes up in the same transaction as every change to a bid's answers or to its consensus, so a
-- comparison cached by a server knows, from the bid rows it reads anyway, that it is stale.
ALTER TABLE bids ADD COLUMN standing BIGINT NOT NULL DEFAULT 0;
