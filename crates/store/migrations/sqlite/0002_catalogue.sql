-- Requirement catalogues. Built-in rows have owner '' and are replaced when the built-in
-- content changes; an organisation's own rows carry its id and are never touched by that.
CREATE TABLE iso_controls (
    id TEXT PRIMARY KEY,
    title_en TEXT NOT NULL,
    title_nb TEXT NOT NULL,
    title_sv TEXT NOT NULL,
    theme TEXT NOT NULL,
    control_type TEXT NOT NULL,
    properties TEXT NOT NULL,
    concepts TEXT NOT NULL,
    capabilities TEXT NOT NULL,
    domains TEXT NOT NULL,
    new_in_2022 INTEGER NOT NULL,
    sort_key INTEGER NOT NULL
);

CREATE TABLE iso2013_controls (
    id TEXT PRIMARY KEY,
    title_en TEXT NOT NULL,
    sort_key INTEGER NOT NULL
);

CREATE TABLE iso_correspondence (
    id_2013 TEXT NOT NULL REFERENCES iso2013_controls(id),
    id_2022 TEXT NOT NULL REFERENCES iso_controls(id),
    PRIMARY KEY (id_2013, id_2022)
);

CREATE TABLE catalogues (
    id TEXT PRIMARY KEY,
    owner TEXT NOT NULL DEFAULT '',
    key TEXT NOT NULL,
    title TEXT NOT NULL,
    subtitle TEXT NOT NULL DEFAULT '',
    language TEXT NOT NULL,
    source TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    UNIQUE (owner, key)
);

CREATE TABLE catalogue_areas (
    catalogue_id TEXT NOT NULL REFERENCES catalogues(id) ON DELETE CASCADE,
    number TEXT NOT NULL,
    title TEXT NOT NULL,
    title_nb TEXT,
    title_en TEXT,
    purpose TEXT,
    sort_key INTEGER NOT NULL,
    PRIMARY KEY (catalogue_id, number)
);

CREATE TABLE requirements (
    id TEXT PRIMARY KEY,
    catalogue_id TEXT NOT NULL REFERENCES catalogues(id) ON DELETE CASCADE,
    ref TEXT NOT NULL,
    area_number TEXT NOT NULL,
    text TEXT NOT NULL,
    guidance TEXT NOT NULL DEFAULT '',
    refs TEXT NOT NULL DEFAULT '[]',
    sort_key INTEGER NOT NULL,
    UNIQUE (catalogue_id, ref)
);

CREATE TABLE mappings (
    id TEXT PRIMARY KEY,
    requirement_id TEXT NOT NULL REFERENCES requirements(id) ON DELETE CASCADE,
    control_id TEXT NOT NULL REFERENCES iso_controls(id),
    relationship TEXT NOT NULL,
    origin TEXT NOT NULL,
    rationale TEXT NOT NULL,
    owner TEXT NOT NULL DEFAULT '',
    created_at INTEGER NOT NULL,
    UNIQUE (requirement_id, control_id, owner)
);
CREATE INDEX mappings_control ON mappings(control_id);

CREATE TABLE content_state (
    key TEXT PRIMARY KEY,
    hash TEXT NOT NULL,
    loaded_at INTEGER NOT NULL
);

-- Full-text search over stemmed words (tillit stems Norwegian, Swedish and English itself,
-- since FTS5 has no stemmer for them).
CREATE VIRTUAL TABLE requirement_fts USING fts5(
    requirement_id UNINDEXED,
    stems,
    tokenize = 'unicode61 remove_diacritics 0'
);
