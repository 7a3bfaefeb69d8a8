-- The weekly digest: what each week's digest counted (to show the change since last week, and keep
-- the figures comparable even after the register is corrected), and to whom it went.

-- Counts per status at the week's first real digest run. agency_id NULL is the scope's totals.
-- scope_key is 'all' or 'agencies:1,5,7' (a leader in charge of some agencies).
CREATE TABLE digest_snapshot (
    week_on   TEXT    NOT NULL,
    scope_key TEXT    NOT NULL,
    agency_id INTEGER REFERENCES agency (id),
    status    TEXT    NOT NULL CHECK (status IN ('DONE_ON_TIME', 'DONE_LATE', 'OPEN_ON_TIME', 'OPEN_OVERDUE',
                                                  'NO_DEADLINE', 'CANCELLED')),
    count     INTEGER NOT NULL,
    taken_at  TEXT    NOT NULL
);
-- UNIQUE treats NULLs as distinct in SQLite, so the totals' NULL agency is folded to 0 for the key.
CREATE UNIQUE INDEX digest_snapshot_key ON digest_snapshot (week_on, scope_key, ifnull(agency_id, 0), status);

-- One digest per contact per ISO week (week_on is its Monday). PENDING is written before the message
-- goes to the channel, so a crash between the two leaves a row the next run sends.
CREATE TABLE digest_delivery (
    id          INTEGER PRIMARY KEY,
    contact_id  INTEGER NOT NULL REFERENCES contact (id),
    week_on     TEXT    NOT NULL,
    status      TEXT    NOT NULL CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'BLOCKED')),
    message_ids TEXT,
    reason      TEXT,
    planned_at  TEXT    NOT NULL,
    finished_at TEXT,
    UNIQUE (contact_id, week_on)
);
