-- "Mijn gegevens" (issue 12): a new e-mail address waits here until its owner confirms it with the
-- link mailed to that address.

ALTER TABLE account ADD COLUMN nieuw_email VARCHAR(254) NULL;
