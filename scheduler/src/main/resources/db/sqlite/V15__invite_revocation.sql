-- A new invite revokes the contact's older unused codes: a code sent earlier (a lost phone, a leaked
-- message) must not take the contact over later.
ALTER TABLE invite ADD COLUMN revoked_at TEXT;

-- A contact already active in one chat that redeems a code in another is not moved at once: the
-- office confirms (or refuses) the move, and the old chat is told.
CREATE TABLE relink (
    id         INTEGER PRIMARY KEY,
    contact_id INTEGER NOT NULL REFERENCES contact (id),
    old_chat   INTEGER,
    new_chat   INTEGER NOT NULL,
    asked_at   TEXT    NOT NULL,
    decision   TEXT    NOT NULL DEFAULT 'PENDING' CHECK (decision IN ('PENDING', 'APPROVED', 'REJECTED')),
    decided_at TEXT,
    decided_by INTEGER REFERENCES contact (id)
);
CREATE INDEX relink_contact ON relink (contact_id);
