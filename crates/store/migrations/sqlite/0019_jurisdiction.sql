-- The organisation's country (no or se; '' when not stated) and the catalogues a tier
-- proposes requirements from (a comma-separated list of catalogue ids; NULL for the default:
-- its own country's built-in catalogue and its own catalogues). Existing organisations take
-- their country from their language.
ALTER TABLE organisations ADD COLUMN country TEXT NOT NULL DEFAULT '';
ALTER TABLE organisations ADD COLUMN proposal_catalogues TEXT;
UPDATE organisations SET country = CASE default_locale WHEN 'nb' THEN 'no' WHEN 'sv' THEN 'se' ELSE '' END;
