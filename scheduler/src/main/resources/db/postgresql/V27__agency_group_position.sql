-- The office's order of a group's agencies (see sqlite/V27__agency_group_position.sql, which also fills it from
-- SQLite's rowid); a register copied from SQLite brings its positions along.
ALTER TABLE agency_group ADD COLUMN position BIGINT NOT NULL DEFAULT 0;
