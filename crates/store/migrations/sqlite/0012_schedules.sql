-- The latest occurrence of each periodic schedule that an instance has claimed, per scope
-- (the installation, or one organisation). An occurrence is claimed by moving `last_slot`
-- forward in the transaction that queues its job, so it is queued once however many
-- instances run.
CREATE TABLE schedule_runs (
    schedule TEXT NOT NULL,
    scope TEXT NOT NULL,
    last_slot INTEGER NOT NULL,
    PRIMARY KEY (schedule, scope)
);
