-- When the office took a contact off the register's reminders (the person left the agency, or was added by
-- mistake). A deactivated contact is also unlinked from its chat and its invites revoked, so every query that
-- looks for ACTIVE contacts with a chat already leaves it out; a new invite, once used, brings it back.
ALTER TABLE contact ADD COLUMN deactivated_at TEXT;
