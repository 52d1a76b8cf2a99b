-- One person, several roles (issue 12, domain.md §1): a person has one login and one or more
-- memberships, each a role with the school, board or nothing it is tied to (and, for a school
-- role, possibly a team of that school). Every account becomes a person with one membership made
-- from its own columns, in the order of the accounts, so its first membership is its old role;
-- then those columns go. Nothing else refers to them.

CREATE TABLE lidmaatschap (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT      NOT NULL,
    rol        VARCHAR(20) NOT NULL,
    school_id  BIGINT,
    bestuur_id BIGINT,
    team_id    BIGINT,
    CONSTRAINT fk_lidmaatschap_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE,
    CONSTRAINT fk_lidmaatschap_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_lidmaatschap_bestuur FOREIGN KEY (bestuur_id) REFERENCES bestuur (id),
    CONSTRAINT fk_lidmaatschap_team FOREIGN KEY (team_id) REFERENCES team (id)
) ${tableOptions};
CREATE INDEX ix_lidmaatschap_account ON lidmaatschap (account_id, id);
CREATE INDEX ix_lidmaatschap_school ON lidmaatschap (school_id, rol);
CREATE INDEX ix_lidmaatschap_rol ON lidmaatschap (rol, account_id);

INSERT INTO lidmaatschap (account_id, rol, school_id, bestuur_id, team_id)
    SELECT id, rol, school_id, bestuur_id, team_id FROM account ORDER BY id;

ALTER TABLE account DROP CONSTRAINT fk_account_school;
ALTER TABLE account DROP CONSTRAINT fk_account_bestuur;
ALTER TABLE account DROP CONSTRAINT fk_account_team;
ALTER TABLE account DROP COLUMN school_id;
ALTER TABLE account DROP COLUMN bestuur_id;
ALTER TABLE account DROP COLUMN team_id;
ALTER TABLE account DROP COLUMN rol;
