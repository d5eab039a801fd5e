-- Own catalogues have versions. The working copy is the catalogue's rows in `requirements`;
-- publishing snapshots them into the version tables, which are never updated afterwards.
ALTER TABLE catalogues ADD COLUMN version BIGINT NOT NULL DEFAULT 1;
ALTER TABLE catalogues ADD COLUMN status TEXT NOT NULL DEFAULT 'published';
ALTER TABLE requirements ADD COLUMN source_id TEXT;

CREATE TABLE catalogue_versions (
    catalogue_id TEXT NOT NULL REFERENCES catalogues(id) ON DELETE CASCADE,
    version BIGINT NOT NULL,
    published_at BIGINT NOT NULL,
    published_by TEXT NOT NULL,
    hash TEXT NOT NULL,
    PRIMARY KEY (catalogue_id, version)
);

CREATE TABLE catalogue_version_requirements (
    catalogue_id TEXT NOT NULL,
    version BIGINT NOT NULL,
    requirement_id TEXT NOT NULL,
    ref TEXT NOT NULL,
    area_number TEXT NOT NULL,
    title TEXT NOT NULL,
    text TEXT NOT NULL,
    guidance TEXT NOT NULL,
    source_id TEXT,
    sort_key BIGINT NOT NULL,
    PRIMARY KEY (catalogue_id, version, requirement_id),
    FOREIGN KEY (catalogue_id, version) REFERENCES catalogue_versions(catalogue_id, version) ON DELETE CASCADE
);
