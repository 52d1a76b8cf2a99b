-- The directieteam programme (domain.md §2, §4): the central team's price formula (one row) and a
-- board's enrolment of its directieteam with members and history.

CREATE TABLE directieteam_formule (
    id             BIGINT        NOT NULL PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    basis          DECIMAL(10,2) NOT NULL,
    per_lid        DECIMAL(10,2) NOT NULL,
    per_werksessie DECIMAL(10,2) NOT NULL
) ${tableOptions};

INSERT INTO directieteam_formule (id, version, basis, per_lid, per_werksessie) VALUES (1, 0, 2400.00, 100.00, 150.00);

CREATE TABLE directieteam_inschrijving (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    bestuur_id       BIGINT        NOT NULL,
    sector           VARCHAR(12)   NOT NULL,
    startjaar        INT           NOT NULL,
    werksessies      INT           NOT NULL,
    formule          DECIMAL(10,2) NOT NULL,
    prijs            DECIMAL(10,2) NOT NULL,
    status           VARCHAR(20)   NOT NULL,
    -- Board and start year while under way: one per board and year.
    uniek_sleutel    VARCHAR(40),
    aangevraagd_door VARCHAR(120)  NOT NULL,
    aangevraagd_op   DATETIME(6)   NOT NULL,
    CONSTRAINT uq_directieteam_sleutel UNIQUE (uniek_sleutel),
    CONSTRAINT fk_directieteam_bestuur FOREIGN KEY (bestuur_id) REFERENCES bestuur (id)
) ${tableOptions};
CREATE INDEX ix_directieteam_bestuur ON directieteam_inschrijving (bestuur_id);

CREATE TABLE directieteam_lid (
    inschrijving_id BIGINT       NOT NULL,
    volgnummer      INT          NOT NULL,
    naam            VARCHAR(120) NOT NULL,
    functie         VARCHAR(30)  NOT NULL,
    PRIMARY KEY (inschrijving_id, volgnummer),
    CONSTRAINT fk_lid_directieteam FOREIGN KEY (inschrijving_id) REFERENCES directieteam_inschrijving (id)
) ${tableOptions};

CREATE TABLE directieteam_historie (
    inschrijving_id BIGINT        NOT NULL,
    volgnummer      INT           NOT NULL,
    van             VARCHAR(20),
    naar            VARCHAR(20)   NOT NULL,
    door            VARCHAR(120)  NOT NULL,
    op              DATETIME(6)   NOT NULL,
    reden           VARCHAR(1000),
    PRIMARY KEY (inschrijving_id, volgnummer),
    CONSTRAINT fk_historie_directieteam FOREIGN KEY (inschrijving_id) REFERENCES directieteam_inschrijving (id)
) ${tableOptions};
