-- Group words a document writes where an agency would be ("Thanh tra sở": the inspectorates of the
-- departments), mapped by the office to the agencies they mean. An import then gives the task those
-- agencies; a group nobody mapped stays text on the task, never a made-up agency.
CREATE TABLE agency_group (
    name_key  TEXT    NOT NULL,
    name      TEXT    NOT NULL,
    agency_id INTEGER NOT NULL REFERENCES agency (id),
    PRIMARY KEY (name_key, agency_id)
);
