-- A case's requirement set: which catalogue requirements are asked, as must or award
-- criterion, the award weight in percent, and an optional wording that replaces the
-- catalogue text in this tender while staying linked to the original requirement.
CREATE TABLE case_requirements (
    case_id TEXT NOT NULL REFERENCES procurement_cases(id) ON DELETE CASCADE,
    requirement_id TEXT NOT NULL REFERENCES requirements(id),
    kind TEXT NOT NULL,
    weight INTEGER NOT NULL,
    wording TEXT,
    added_by TEXT NOT NULL,
    added_at INTEGER NOT NULL,
    PRIMARY KEY (case_id, requirement_id)
);
