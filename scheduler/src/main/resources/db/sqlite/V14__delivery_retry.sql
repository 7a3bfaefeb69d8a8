-- Nothing lost in an outage: a reminder that failed for a reason that may pass (network, 5xx, 429) is
-- tried again by later passes, with a growing wait, until it is sent or no longer wanted; and the office's
-- notices about reminders that did not go (or went late) are deliveries of their own, written before sending.

-- attempts: passes that tried this row. retry_at: a FAILED row is tried again at or after this instant;
-- NULL means it is not tried again (a refusal that would repeat, superseded by a newer reminder, no longer
-- wanted). first_failed_at: the pass that first failed it (so a late delivery can be told as such).
-- tell: 1 while the office is still to be told of this row's trouble (blocked, failed, or sent late);
-- told_at: when it was told (a row is told once: one that failed, was told, and then went is not told again).
ALTER TABLE delivery ADD COLUMN attempts INTEGER NOT NULL DEFAULT 0;
ALTER TABLE delivery ADD COLUMN retry_at TEXT;
ALTER TABLE delivery ADD COLUMN first_failed_at TEXT;
ALTER TABLE delivery ADD COLUMN tell INTEGER NOT NULL DEFAULT 0 CHECK (tell IN (0, 1));
ALTER TABLE delivery ADD COLUMN told_at TEXT;
-- What went wrong before this version was told (or logged) by the run that met it: not again.
UPDATE delivery SET told_at = coalesce(finished_at, planned_at), attempts = 1 WHERE status IN ('FAILED', 'BLOCKED');
UPDATE delivery SET attempts = 1 WHERE status = 'SENT';
CREATE INDEX delivery_retry ON delivery (retry_at) WHERE retry_at IS NOT NULL;
CREATE INDEX delivery_tell ON delivery (contact_id) WHERE tell = 1;

-- One notice to one office contact, written PENDING before it is sent, like a reminder. body holds what to
-- tell, one line per item (see OfficeNotice), so that a notice retried later says what it said at first.
CREATE TABLE office_notice (
    id              INTEGER PRIMARY KEY,
    contact_id      INTEGER NOT NULL REFERENCES contact (id),
    chat_id         INTEGER NOT NULL,
    run_at          TEXT    NOT NULL,
    body            TEXT    NOT NULL,
    planned_at      TEXT    NOT NULL,
    status          TEXT    NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'BLOCKED')),
    attempts        INTEGER NOT NULL DEFAULT 0,
    retry_at        TEXT,
    message_ids     TEXT,
    reason          TEXT,
    finished_at     TEXT
);
CREATE INDEX office_notice_open ON office_notice (status) WHERE status IN ('PENDING', 'FAILED');
