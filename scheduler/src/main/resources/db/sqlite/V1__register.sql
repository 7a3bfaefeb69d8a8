-- The task register. Dates are ISO 'YYYY-MM-DD' text (the day in Asia/Ho_Chi_Minh);
-- instants are ISO-8601 UTC text. Name keys are the folded forms used for matching.

CREATE TABLE agency (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    name_key   TEXT    NOT NULL UNIQUE,
    created_at TEXT    NOT NULL
);

-- Other ways documents write an agency ("Sở LĐTB&XH"); learnt on import or added by the office.
CREATE TABLE agency_alias (
    id        INTEGER PRIMARY KEY,
    agency_id INTEGER NOT NULL REFERENCES agency (id),
    alias     TEXT    NOT NULL,
    alias_key TEXT    NOT NULL UNIQUE
);
CREATE INDEX agency_alias_agency ON agency_alias (agency_id);

CREATE TABLE contact (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    role       TEXT    NOT NULL CHECK (role IN ('STAFF', 'HEAD', 'OFFICE', 'LEADER')),
    agency_id  INTEGER REFERENCES agency (id),
    chat_id    INTEGER UNIQUE,
    status     TEXT    NOT NULL CHECK (status IN ('INVITED', 'ACTIVE', 'BLOCKED')),
    created_at TEXT    NOT NULL,
    CHECK (role NOT IN ('STAFF', 'HEAD') OR agency_id IS NOT NULL)
);

-- One-time, expiring codes for t.me/<bot>?start=CODE.
CREATE TABLE invite (
    code       TEXT PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id),
    expires_at TEXT    NOT NULL,
    used_at    TEXT
);

-- The agencies a leader is in charge of (none: all).
CREATE TABLE leader_agency (
    contact_id INTEGER NOT NULL REFERENCES contact (id),
    agency_id  INTEGER NOT NULL REFERENCES agency (id),
    PRIMARY KEY (contact_id, agency_id)
);

CREATE TABLE source_document (
    id          INTEGER PRIMARY KEY,
    number      TEXT    NOT NULL,
    number_key  TEXT    NOT NULL UNIQUE,
    issued_on   TEXT    NOT NULL,
    plan_year   INTEGER NOT NULL,
    title       TEXT,
    file_name   TEXT,
    imported_at TEXT    NOT NULL
);

CREATE TABLE task (
    id               INTEGER PRIMARY KEY,
    source_id        INTEGER NOT NULL REFERENCES source_document (id),
    item             TEXT    NOT NULL,
    group_code       TEXT,
    group_title      TEXT,
    title            TEXT    NOT NULL,
    deadline_text    TEXT    NOT NULL,
    deadline_kind    TEXT    NOT NULL CHECK (deadline_kind IN ('FIXED', 'MULTIPLE', 'RECURRING', 'NONE', 'UNPARSED')),
    deadline_problem TEXT,
    cooperation_note TEXT,
    line             INTEGER,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    cancelled_on     TEXT,
    UNIQUE (source_id, item)
);

CREATE TABLE task_agency (
    task_id   INTEGER NOT NULL REFERENCES task (id),
    agency_id INTEGER NOT NULL REFERENCES agency (id),
    role      TEXT    NOT NULL CHECK (role IN ('LEAD', 'COOPERATING')),
    position  INTEGER NOT NULL,
    PRIMARY KEY (task_id, agency_id)
);
CREATE INDEX task_agency_agency ON task_agency (agency_id);

-- A task's due dates. due_on is NULL for a task without a fixed deadline (or one not understood),
-- which still has one milestone so that it can be reported done like any other.
CREATE TABLE milestone (
    id           INTEGER PRIMARY KEY,
    task_id      INTEGER NOT NULL REFERENCES task (id),
    seq          INTEGER NOT NULL,
    due_on       TEXT,
    done_on      TEXT,
    cancelled_on TEXT,
    UNIQUE (task_id, seq)
);

-- Extension requests; an approved one moves the due date from decided_on, the original stays in milestone.
CREATE TABLE extension (
    id           INTEGER PRIMARY KEY,
    milestone_id INTEGER NOT NULL REFERENCES milestone (id),
    requested_at TEXT    NOT NULL,
    requested_by INTEGER REFERENCES contact (id),
    new_due_on   TEXT    NOT NULL,
    reason       TEXT,
    decision     TEXT    NOT NULL DEFAULT 'PENDING' CHECK (decision IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_on   TEXT,
    decided_by   INTEGER REFERENCES contact (id)
);
CREATE INDEX extension_milestone ON extension (milestone_id);

-- Every change and report: who, when, from which chat, what. Never updated, never deleted.
CREATE TABLE history (
    id           INTEGER PRIMARY KEY,
    task_id      INTEGER NOT NULL REFERENCES task (id),
    milestone_id INTEGER,
    at           TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    contact_id   INTEGER REFERENCES contact (id),
    chat_id      INTEGER,
    action       TEXT    NOT NULL,
    detail       TEXT
);
CREATE INDEX history_task ON history (task_id, id);

CREATE TRIGGER history_keeps_its_rows_on_update
    BEFORE UPDATE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

CREATE TRIGGER history_keeps_its_rows_on_delete
    BEFORE DELETE ON history
BEGIN
    SELECT RAISE(ABORT, 'history is append-only');
END;

-- Days the office loaded: extra days off, or working days (make-up Saturdays, moved holidays).
CREATE TABLE office_day (
    date    TEXT    PRIMARY KEY,
    name    TEXT    NOT NULL,
    working INTEGER NOT NULL CHECK (working IN (0, 1))
);
