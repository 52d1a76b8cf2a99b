-- A board's directieteam follows its own trajectory (domain.md §3): Startfase, Trainingsfase,
-- Verdiepingsfase en borging, opened when the central team approves its enrolment.

CREATE TABLE directieteam_traject (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT       NOT NULL DEFAULT 0,
    directieteam_id BIGINT       NOT NULL,
    bestuur_id      BIGINT       NOT NULL,
    fase            VARCHAR(30)  NOT NULL,
    gestart_op      DATE         NOT NULL,
    CONSTRAINT uq_directieteam_traject UNIQUE (directieteam_id),
    CONSTRAINT fk_dtraject_directieteam FOREIGN KEY (directieteam_id) REFERENCES directieteam_inschrijving (id),
    CONSTRAINT fk_dtraject_bestuur FOREIGN KEY (bestuur_id) REFERENCES bestuur (id)
) ${tableOptions};
CREATE INDEX ix_dtraject_bestuur ON directieteam_traject (bestuur_id);

CREATE TABLE directieteam_traject_fasewissel (
    traject_id BIGINT        NOT NULL,
    volgnummer INT           NOT NULL,
    van        VARCHAR(30),
    naar       VARCHAR(30)   NOT NULL,
    evaluatie  VARCHAR(2000),
    reden      VARCHAR(500),
    door       VARCHAR(120)  NOT NULL,
    op         DATETIME(6)   NOT NULL,
    PRIMARY KEY (traject_id, volgnummer),
    CONSTRAINT fk_dfasewissel_traject FOREIGN KEY (traject_id) REFERENCES directieteam_traject (id)
) ${tableOptions};
