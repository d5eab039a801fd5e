-- The grid and the area pages join a bid's answers and judgements to its published items by
-- requirement and area; the primary key (version, position) cannot serve that join, and on
-- PostgreSQL a 1,209-requirement set made the grid a nested scan of seconds.
CREATE INDEX set_version_items_by_area ON set_version_items (version_id, area, requirement_id);
CREATE INDEX set_version_items_by_requirement ON set_version_items (version_id, requirement_id);
