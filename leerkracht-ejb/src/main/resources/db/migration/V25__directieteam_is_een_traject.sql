-- A directieteam's trajectory is a trajectory like a school's (domain.md §3), with the programme
-- DIRECTIETEAM: it gets the team board, bordsessies and look-back too. It belongs to a board and
-- its directieteam enrolment instead of a school and a school's enrolment, so those two columns
-- may be empty; a check keeps each trajectory tied to exactly what its programme needs.
-- The placeholder modifyColumn is MODIFY on MySQL/MariaDB and ALTER COLUMN on H2: neither knows the other's.

ALTER TABLE traject DROP CONSTRAINT fk_traject_inschrijving;
ALTER TABLE traject DROP CONSTRAINT fk_traject_school;
ALTER TABLE traject ${modifyColumn} inschrijving_id BIGINT NULL;
ALTER TABLE traject ${modifyColumn} school_id BIGINT NULL;
ALTER TABLE traject ADD CONSTRAINT fk_traject_inschrijving FOREIGN KEY (inschrijving_id) REFERENCES inschrijving (id);
ALTER TABLE traject ADD CONSTRAINT fk_traject_school FOREIGN KEY (school_id) REFERENCES school (id);

ALTER TABLE traject ADD COLUMN bestuur_id BIGINT NULL;
ALTER TABLE traject ADD COLUMN directieteam_id BIGINT NULL;
ALTER TABLE traject ADD CONSTRAINT fk_traject_bestuur FOREIGN KEY (bestuur_id) REFERENCES bestuur (id);
ALTER TABLE traject ADD CONSTRAINT fk_traject_directieteam FOREIGN KEY (directieteam_id) REFERENCES directieteam_inschrijving (id);
ALTER TABLE traject ADD CONSTRAINT uq_traject_directieteam UNIQUE (directieteam_id);
CREATE INDEX ix_traject_bestuur ON traject (bestuur_id);

INSERT INTO traject (version, programma, sector, eenheid_naam, fase, gestart_op, bestuur_id, directieteam_id)
SELECT d.version, 'DIRECTIETEAM', i.sector, b.naam, d.fase, d.gestart_op, d.bestuur_id, d.directieteam_id
FROM directieteam_traject d
JOIN directieteam_inschrijving i ON i.id = d.directieteam_id
JOIN bestuur b ON b.id = d.bestuur_id;

INSERT INTO traject_fasewissel (traject_id, volgnummer, van, naar, evaluatie, reden, door, op)
SELECT t.id, f.volgnummer, f.van, f.naar, f.evaluatie, f.reden, f.door, f.op
FROM directieteam_traject_fasewissel f
JOIN directieteam_traject d ON d.id = f.traject_id
JOIN traject t ON t.directieteam_id = d.directieteam_id;

DROP TABLE directieteam_traject_fasewissel;
DROP TABLE directieteam_traject;

ALTER TABLE traject ADD CONSTRAINT ck_traject_programma CHECK (
    (programma = 'SCHOOL' AND school_id IS NOT NULL AND inschrijving_id IS NOT NULL
        AND bestuur_id IS NULL AND directieteam_id IS NULL)
    OR (programma = 'DIRECTIETEAM' AND bestuur_id IS NOT NULL AND directieteam_id IS NOT NULL
        AND school_id IS NULL AND inschrijving_id IS NULL));
