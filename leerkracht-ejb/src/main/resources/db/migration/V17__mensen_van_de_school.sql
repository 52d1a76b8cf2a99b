-- The school keeps its own people (issue 12): a person's team, at schools that work in teams, and
-- whether they are registered in the lerarenregister (needed for accreditation of their hours).

ALTER TABLE account ADD COLUMN team_id BIGINT NULL;
ALTER TABLE account ADD COLUMN lerarenregister BOOLEAN NOT NULL DEFAULT FALSE;
ALTER TABLE account ADD CONSTRAINT fk_account_team FOREIGN KEY (team_id) REFERENCES team (id);
