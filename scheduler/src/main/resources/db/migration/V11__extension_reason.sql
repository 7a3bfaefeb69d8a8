-- Why the office or a leader refused (or approved) an extension, as they wrote it; told to the requester.
ALTER TABLE extension ADD COLUMN decision_reason TEXT;
