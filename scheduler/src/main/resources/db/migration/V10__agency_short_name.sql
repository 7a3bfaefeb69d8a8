-- The short name an agency goes by in the digest's chart and table ("UBND H. Đô Lương" for "UBND huyện Đô
-- Lương"). New agencies get it from the rule (digest/AgencyShortName) when created; the office may change it.
-- NULL (agencies created before this column) reads as the rule's short name of the full name.
ALTER TABLE agency ADD COLUMN short_name TEXT;
