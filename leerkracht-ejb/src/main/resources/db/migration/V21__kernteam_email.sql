-- The kernteam named at enrolment may come with e-mail addresses (issue 12): they are invited to
-- the platform as schoolcoach or aanjager when the trajectory starts.

ALTER TABLE inschrijving_kernteam ADD COLUMN email VARCHAR(254) NULL;
