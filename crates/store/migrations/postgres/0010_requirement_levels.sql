-- Which requirements an organisation's tiers propose: principal, basic, additional or none,
-- overriding the defaults shipped for the built-in catalogues (content/requirement-levels.toml)
-- and giving levels to the organisation's own requirements.
CREATE TABLE requirement_levels (
    org_id TEXT NOT NULL REFERENCES organisations(id) ON DELETE CASCADE,
    requirement_id TEXT NOT NULL REFERENCES requirements(id) ON DELETE CASCADE,
    level TEXT NOT NULL,
    updated_by TEXT NOT NULL,
    updated_at BIGINT NOT NULL,
    PRIMARY KEY (org_id, requirement_id)
);
