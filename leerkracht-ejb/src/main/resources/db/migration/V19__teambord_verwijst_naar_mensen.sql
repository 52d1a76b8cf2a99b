-- The team board refers to people of the school instead of typed names (issue 12): goal and action
-- owners, who was at a bordsessie, a lesson visit's visitor and visited. Each place keeps the name
-- as it was entered (history reads the same after someone leaves) and gains the person's account.
-- A name is mapped to the one person of the trajectory's school with that name (ignoring case and
-- surrounding spaces; schoolleider, schoolcoach, aanjager or leraar); a name that fits nobody, or
-- more than one person, stays unmapped. DatabaseSetup lists the unmapped names at every start.
-- A deleted account (a withdrawn invitation) leaves the name: ON DELETE SET NULL.

ALTER TABLE traject_doel ADD COLUMN eigenaar_id BIGINT NULL;
ALTER TABLE traject_doel ADD CONSTRAINT fk_doel_eigenaar FOREIGN KEY (eigenaar_id) REFERENCES account (id) ON DELETE SET NULL;
UPDATE traject_doel SET eigenaar_id = (
    SELECT MIN(a.id) FROM account a JOIN traject t ON t.school_id = a.school_id
    WHERE t.id = traject_doel.traject_id AND a.rol IN ('SCHOOLLEIDER', 'SCHOOLCOACH', 'AANJAGER', 'LERAAR')
      AND LOWER(a.naam) = LOWER(TRIM(traject_doel.eigenaar))
    HAVING COUNT(*) = 1);

ALTER TABLE traject_actie ADD COLUMN eigenaar_id BIGINT NULL;
ALTER TABLE traject_actie ADD CONSTRAINT fk_actie_eigenaar FOREIGN KEY (eigenaar_id) REFERENCES account (id) ON DELETE SET NULL;
UPDATE traject_actie SET eigenaar_id = (
    SELECT MIN(a.id) FROM account a JOIN traject t ON t.school_id = a.school_id
    WHERE t.id = traject_actie.traject_id AND a.rol IN ('SCHOOLLEIDER', 'SCHOOLCOACH', 'AANJAGER', 'LERAAR')
      AND LOWER(a.naam) = LOWER(TRIM(traject_actie.eigenaar))
    HAVING COUNT(*) = 1);

ALTER TABLE lesbezoek ADD COLUMN bezoeker_id BIGINT NULL;
ALTER TABLE lesbezoek ADD COLUMN bezochte_id BIGINT NULL;
ALTER TABLE lesbezoek ADD CONSTRAINT fk_lesbezoek_bezoeker FOREIGN KEY (bezoeker_id) REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE lesbezoek ADD CONSTRAINT fk_lesbezoek_bezochte FOREIGN KEY (bezochte_id) REFERENCES account (id) ON DELETE SET NULL;
UPDATE lesbezoek SET bezoeker_id = (
    SELECT MIN(a.id) FROM account a JOIN traject t ON t.school_id = a.school_id
    WHERE t.id = lesbezoek.traject_id AND a.rol IN ('SCHOOLLEIDER', 'SCHOOLCOACH', 'AANJAGER', 'LERAAR')
      AND LOWER(a.naam) = LOWER(TRIM(lesbezoek.bezoeker))
    HAVING COUNT(*) = 1);
UPDATE lesbezoek SET bezochte_id = (
    SELECT MIN(a.id) FROM account a JOIN traject t ON t.school_id = a.school_id
    WHERE t.id = lesbezoek.traject_id AND a.rol IN ('SCHOOLLEIDER', 'SCHOOLCOACH', 'AANJAGER', 'LERAAR')
      AND LOWER(a.naam) = LOWER(TRIM(lesbezoek.bezochte))
    HAVING COUNT(*) = 1);
CREATE INDEX ix_lesbezoek_bezochte ON lesbezoek (bezochte_id);

-- Two people with the same name can be at one session: the name no longer identifies a row. The
-- foreign key on the session needs an index of its own before the primary key can go.
CREATE INDEX ix_aanwezige_bordsessie ON bordsessie_aanwezige (bordsessie_id);
ALTER TABLE bordsessie_aanwezige DROP PRIMARY KEY;
ALTER TABLE bordsessie_aanwezige ADD COLUMN account_id BIGINT NULL;
ALTER TABLE bordsessie_aanwezige ADD CONSTRAINT fk_aanwezige_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE SET NULL;
ALTER TABLE bordsessie_aanwezige ADD CONSTRAINT uq_aanwezige_persoon UNIQUE (bordsessie_id, account_id);
UPDATE bordsessie_aanwezige SET account_id = (
    SELECT MIN(a.id) FROM account a JOIN traject t ON t.school_id = a.school_id JOIN bordsessie b ON b.traject_id = t.id
    WHERE b.id = bordsessie_aanwezige.bordsessie_id AND a.rol IN ('SCHOOLLEIDER', 'SCHOOLCOACH', 'AANJAGER', 'LERAAR')
      AND LOWER(a.naam) = LOWER(TRIM(bordsessie_aanwezige.naam))
    HAVING COUNT(*) = 1);
