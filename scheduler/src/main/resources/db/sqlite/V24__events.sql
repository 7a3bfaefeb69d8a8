-- Events a deadline waits for ("trước kỳ họp HĐND tỉnh cuối năm"): the document gives no date, so none is
-- guessed. The office gives the event's date once (held_on); every task waiting on it then gets it as its due date.
-- name_key is the folded name, so "kỳ họp HĐND tỉnh cuối năm" and "ky hop HDND tinh cuoi nam" are one event.
CREATE TABLE event (
    id         INTEGER PRIMARY KEY,
    name       TEXT    NOT NULL,
    name_key   TEXT    NOT NULL UNIQUE,
    held_on    TEXT,
    dated_at   TEXT,
    created_at TEXT    NOT NULL
);

-- The tasks whose deadline is an event. While the event has no date the task is stored as deadline_kind 'NONE'
-- (V1's CHECK allows no other dateless kind, and SQLite cannot change a CHECK without rebuilding task) and read
-- as EVENT through this row; once dated it is 'FIXED'. The row stays, so a re-import keeps the event's date.
CREATE TABLE task_event (
    task_id  INTEGER NOT NULL PRIMARY KEY REFERENCES task (id),
    event_id INTEGER NOT NULL REFERENCES event (id)
);
CREATE INDEX task_event_event ON task_event (event_id);
