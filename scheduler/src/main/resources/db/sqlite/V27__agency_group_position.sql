-- The office's order of a group's agencies, kept in a column of its own: it was SQLite's rowid, which
-- PostgreSQL has not. Rows written before this version keep their order (rowid grows with each insert).
ALTER TABLE agency_group ADD COLUMN position INTEGER NOT NULL DEFAULT 0;
UPDATE agency_group SET position = rowid;
