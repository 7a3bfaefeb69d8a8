-- Indicators with period targets (an indicator table such as Phụ lục 03 of 152/QĐ-UBND), the figures agencies
-- report, and the reminders that ask for them. Every value is kept as written and as numbers: low and high are
-- exact decimals as text ('21275.0'); an exact value has low = high, a bound only one of them.

CREATE TABLE indicator (
    id               INTEGER PRIMARY KEY,
    source_id        INTEGER NOT NULL REFERENCES source_document (id),
    -- Its section and place in it ("II.14"): what a re-import of the same table updates by.
    item             TEXT    NOT NULL,
    tt               TEXT    NOT NULL,
    context          TEXT,
    name             TEXT    NOT NULL,
    unit             TEXT    NOT NULL,
    direction        TEXT    NOT NULL CHECK (direction IN ('MORE_IS_BETTER', 'LESS_IS_BETTER')),
    -- The words of the name that decided the direction (null: none did, more is better).
    direction_words  TEXT,
    agency_written   TEXT    NOT NULL,
    agency_inherited INTEGER NOT NULL CHECK (agency_inherited IN (0, 1)),
    part_of_above    INTEGER NOT NULL CHECK (part_of_above IN (0, 1)),
    line             INTEGER,
    created_at       TEXT    NOT NULL,
    updated_at       TEXT    NOT NULL,
    UNIQUE (source_id, item)
);

-- The agency (or agencies) in charge of following the indicator.
CREATE TABLE indicator_agency (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id),
    agency_id    INTEGER NOT NULL REFERENCES agency (id),
    position     INTEGER NOT NULL,
    PRIMARY KEY (indicator_id, agency_id)
);
CREATE INDEX indicator_agency_agency ON indicator_agency (agency_id);

-- The row's figures: last year's estimate, the plan, the period targets, the ratio.
CREATE TABLE indicator_figure (
    indicator_id INTEGER NOT NULL REFERENCES indicator (id),
    column_key   TEXT    NOT NULL CHECK (column_key IN ('PREVIOUS', 'PLAN', 'Q1', '6M', '9M', 'YEAR', 'RATIO')),
    written      TEXT    NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('EXACT', 'RANGE', 'AT_LEAST', 'MORE_THAN', 'AT_MOST', 'LESS_THAN', 'TEXT')),
    low          TEXT,
    high         TEXT,
    PRIMARY KEY (indicator_id, column_key)
);

-- Actual figures as reported, every report kept; the latest for a period is the one in force.
CREATE TABLE indicator_actual (
    id           INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator (id),
    period       TEXT    NOT NULL CHECK (period IN ('Q1', '6M', '9M', 'YEAR')),
    written      TEXT    NOT NULL,
    value        TEXT    NOT NULL,
    reported_at  TEXT    NOT NULL,
    actor        TEXT    NOT NULL,
    contact_id   INTEGER REFERENCES contact (id),
    chat_id      INTEGER
);
CREATE INDEX indicator_actual_indicator ON indicator_actual (indicator_id, period, id);

-- Reminders asking for a period's figure, planned and delivered like task reminders (see delivery).
CREATE TABLE indicator_delivery (
    id           INTEGER PRIMARY KEY,
    indicator_id INTEGER NOT NULL REFERENCES indicator (id),
    period       TEXT    NOT NULL CHECK (period IN ('Q1', '6M', '9M', 'YEAR')),
    contact_id   INTEGER NOT NULL REFERENCES contact (id),
    chat_id      INTEGER NOT NULL,
    kind         TEXT    NOT NULL CHECK (kind IN ('DUE', 'OVERDUE')),
    working_days INTEGER NOT NULL,
    point_on     TEXT    NOT NULL,
    escalated    INTEGER NOT NULL DEFAULT 0 CHECK (escalated IN (0, 1)),
    planned_at   TEXT    NOT NULL,
    status       TEXT    NOT NULL DEFAULT 'PENDING' CHECK (status IN ('PENDING', 'SENT', 'FAILED', 'BLOCKED')),
    message_ids  TEXT,
    reason       TEXT,
    finished_at  TEXT,
    UNIQUE (indicator_id, period, contact_id, kind, point_on)
);
CREATE INDEX indicator_delivery_pending ON indicator_delivery (status) WHERE status = 'PENDING';
CREATE INDEX indicator_delivery_point ON indicator_delivery (point_on);
