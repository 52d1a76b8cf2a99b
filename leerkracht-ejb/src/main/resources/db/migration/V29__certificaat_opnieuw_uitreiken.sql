-- A revoked certificate can be issued again, for instance with the holder's name corrected (issue 15).
-- Only one certificate of each kind per person and school year stands: the standing one holds the
-- key kind:account:school year, a revoked one holds none. The new one records which it replaces.

ALTER TABLE certificaat ADD COLUMN geldig_sleutel VARCHAR(60);
ALTER TABLE certificaat ADD COLUMN vervangt_id BIGINT;
UPDATE certificaat SET geldig_sleutel = CONCAT(soort, ':', account_id, ':', schooljaar) WHERE ingetrokken_op IS NULL;
ALTER TABLE certificaat DROP CONSTRAINT uq_certificaat_persoon;
ALTER TABLE certificaat ADD CONSTRAINT uq_certificaat_geldig UNIQUE (geldig_sleutel);
ALTER TABLE certificaat ADD CONSTRAINT fk_certificaat_vervangt FOREIGN KEY (vervangt_id) REFERENCES certificaat (id);
CREATE INDEX ix_certificaat_persoon ON certificaat (account_id, soort, schooljaar);
