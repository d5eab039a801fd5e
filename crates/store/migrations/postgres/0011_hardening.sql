-- A parked import keeps what its one parse found (the catalogue or every problem, as JSON), so
-- the preview and the confirmation never parse the file again.
ALTER TABLE pending_imports ADD COLUMN parsed TEXT NOT NULL DEFAULT '';
