-- A reminder point reached for a lead agency that had nobody active to remind: the office is told of it once
-- (in the notice after the pass), not at every hourly pass. Keyed like delivery, with the agency for the contact.
CREATE TABLE unreached (
    milestone_id INTEGER NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    agency_id    INTEGER NOT NULL REFERENCES agency (id),
    kind         TEXT    NOT NULL,
    point_on     TEXT    NOT NULL,
    told_at      TEXT    NOT NULL,
    UNIQUE (milestone_id, agency_id, kind, point_on)
);
CREATE INDEX unreached_point ON unreached (point_on);
