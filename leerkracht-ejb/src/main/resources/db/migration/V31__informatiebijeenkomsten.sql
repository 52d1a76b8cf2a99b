-- Information meetings at participating schools and the registrations for them, with a waiting
-- list in order of registration and a single-use cancel link per registration (domain.md §4, §7).

CREATE TABLE informatiebijeenkomst (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    school_id    BIGINT        NOT NULL,
    datum        DATE          NOT NULL,
    van          TIME          NOT NULL,
    tot          TIME          NOT NULL,
    capaciteit   INT           NOT NULL,
    omschrijving VARCHAR(1000),
    geannuleerd_op DATETIME(6),
    herinnerd_op DATETIME(6),
    CONSTRAINT fk_informatiebijeenkomst_school FOREIGN KEY (school_id) REFERENCES school (id)
) ${tableOptions};
CREATE INDEX ix_informatiebijeenkomst_datum ON informatiebijeenkomst (datum);

CREATE TABLE informatieaanmelding (
    id                  BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version             BIGINT        NOT NULL DEFAULT 0,
    bijeenkomst_id      BIGINT        NOT NULL,
    naam                VARCHAR(150)  NOT NULL,
    email               VARCHAR(254)  NOT NULL,
    organisatie         VARCHAR(150)  NOT NULL,
    rol                 VARCHAR(20)   NOT NULL,
    status              VARCHAR(20)   NOT NULL,
    aangemeld_op        DATETIME(6)   NOT NULL,
    doorgeschoven_op    DATETIME(6),
    afgemeld_op         DATETIME(6),
    afmeld_sleutel_hash VARCHAR(64),
    CONSTRAINT uq_informatieaanmelding_sleutel UNIQUE (afmeld_sleutel_hash),
    CONSTRAINT fk_informatieaanmelding_bijeenkomst FOREIGN KEY (bijeenkomst_id) REFERENCES informatiebijeenkomst (id)
) ${tableOptions};
CREATE INDEX ix_informatieaanmelding_bijeenkomst ON informatieaanmelding (bijeenkomst_id, status);
