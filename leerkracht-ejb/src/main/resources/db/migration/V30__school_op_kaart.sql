-- Whether a participating school appears on the public map (domain.md §7); the central team can
-- hide one. Every school starts shown.

ALTER TABLE school ADD COLUMN op_kaart BOOLEAN DEFAULT TRUE NOT NULL;
