-- Reminders: who muted which task, and every reminder planned for a contact with what became of it.

-- A contact silenced one task's reminders until this day (inclusive); escalations to others go on.
CREATE TABLE mute (
    contact_id INTEGER NOT NULL REFERENCES contact (id),
    task_id    INTEGER NOT NULL REFERENCES task (id),
    until_on   TEXT    NOT NULL,
    PRIMARY KEY (contact_id, task_id)
);

-- One row per reminder point a contact is due for, written PENDING before anything is sent, so a
-- crash loses nothing and the unique key means nothing is planned twice. A milestone that an import
-- deletes (never reported on) takes its rows with it; reported milestones are cancelled, not deleted.
CREATE TABLE delivery (
    id           INTEGER PRIMARY KEY,
    milestone_id INTEGER NOT NULL REFERENCES milestone (id) ON DELETE CASCADE,
    task_id      INTEGER NOT NULL REFERENCES task (id),
    contact_id   INTEGER NOT NULL REFERENCES contact (id),
    chat_id      INTEGER NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('BEFORE', 'DUE', 'OVERDUE', 'CHECK_IN')),
    working_days INTEGER NOT NULL,
    point_on     TEXT    NOT NULL,
    -- 1 when this contact gets it as an escalation (the head, the office, a leader in charge).
    escalated    INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
    planned_at   TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'BLOCKED')),
    message_ids  TEXT,
    reason       TEXT,
    finished_at  TEXT,
    UNIQUE (milestone_id, contact_id, kind, point_on)
);
-- Each run reads what is still to send, and which recent points were already planned.
CREATE INDEX delivery_pending ON delivery (status) WHERE status = 'PENDING';
CREATE INDEX delivery_point ON delivery (point_on);
CREATE INDEX delivery_contact ON delivery (contact_id);
