-- Ending someone's sessions (issue 12): a password reset or change, and deactivating a leaver, end
-- every session that started before this moment, at its next request.

ALTER TABLE account ADD COLUMN sessies_geldig_vanaf DATETIME(6) NULL;
