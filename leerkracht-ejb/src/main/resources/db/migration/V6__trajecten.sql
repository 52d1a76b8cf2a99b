-- Trajectories through the programme's phases (domain.md §3), with the team's board: ambition,
-- goals, actions, successes and the weekly bordsessies.

CREATE TABLE traject (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    inschrijving_id BIGINT        NOT NULL,
    school_id       BIGINT        NOT NULL,
    programma       VARCHAR(20)   NOT NULL,
    sector          VARCHAR(12)   NOT NULL,
    eenheid_naam    VARCHAR(150)  NOT NULL,
    fase            VARCHAR(30)   NOT NULL,
    gestart_op      DATE          NOT NULL,
    ambitie         VARCHAR(1000),
    CONSTRAINT uq_traject_inschrijving UNIQUE (inschrijving_id),
    CONSTRAINT fk_traject_inschrijving FOREIGN KEY (inschrijving_id) REFERENCES inschrijving (id),
    CONSTRAINT fk_traject_school FOREIGN KEY (school_id) REFERENCES school (id)
) ${tableOptions};
CREATE INDEX ix_traject_school ON traject (school_id);

CREATE TABLE traject_fasewissel (
    traject_id BIGINT        NOT NULL,
    volgnummer INT           NOT NULL,
    van        VARCHAR(30),
    naar       VARCHAR(30)   NOT NULL,
    evaluatie  VARCHAR(2000),
    reden      VARCHAR(500),
    door       VARCHAR(120)  NOT NULL,
    op         DATETIME(6)   NOT NULL,
    PRIMARY KEY (traject_id, volgnummer),
    CONSTRAINT fk_fasewissel_traject FOREIGN KEY (traject_id) REFERENCES traject (id)
) ${tableOptions};

CREATE TABLE traject_doel (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version      BIGINT        NOT NULL DEFAULT 0,
    traject_id   BIGINT        NOT NULL,
    omschrijving VARCHAR(300)  NOT NULL,
    eigenaar     VARCHAR(120)  NOT NULL,
    streefwaarde VARCHAR(200)  NOT NULL,
    deadline     DATE          NOT NULL,
    status       VARCHAR(20)   NOT NULL,
    CONSTRAINT fk_doel_traject FOREIGN KEY (traject_id) REFERENCES traject (id)
) ${tableOptions};
CREATE INDEX ix_doel_traject ON traject_doel (traject_id, status);

CREATE TABLE traject_actie (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT        NOT NULL DEFAULT 0,
    traject_id    BIGINT        NOT NULL,
    omschrijving  VARCHAR(300)  NOT NULL,
    eigenaar      VARCHAR(120)  NOT NULL,
    deadline      DATE          NOT NULL,
    afgerond_op   DATE,
    aangemaakt_op DATE          NOT NULL,
    CONSTRAINT fk_actie_traject FOREIGN KEY (traject_id) REFERENCES traject (id)
) ${tableOptions};
CREATE INDEX ix_actie_traject ON traject_actie (traject_id, afgerond_op);

CREATE TABLE traject_succes (
    id           BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    traject_id   BIGINT        NOT NULL,
    omschrijving VARCHAR(300)  NOT NULL,
    datum        DATE          NOT NULL,
    door         VARCHAR(120)  NOT NULL,
    CONSTRAINT fk_succes_traject FOREIGN KEY (traject_id) REFERENCES traject (id)
) ${tableOptions};
CREATE INDEX ix_succes_traject ON traject_succes (traject_id, datum);

-- One session per team per day: a double tap stores one.
CREATE TABLE bordsessie (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    traject_id      BIGINT        NOT NULL,
    datum           DATE          NOT NULL,
    acties_afgerond INT           NOT NULL,
    acties_nieuw    INT           NOT NULL,
    notitie         VARCHAR(1000),
    door            VARCHAR(120)  NOT NULL,
    op              DATETIME(6)   NOT NULL,
    CONSTRAINT uq_bordsessie_dag UNIQUE (traject_id, datum),
    CONSTRAINT fk_bordsessie_traject FOREIGN KEY (traject_id) REFERENCES traject (id)
) ${tableOptions};

CREATE TABLE bordsessie_aanwezige (
    bordsessie_id BIGINT       NOT NULL,
    naam          VARCHAR(120) NOT NULL,
    PRIMARY KEY (bordsessie_id, naam),
    CONSTRAINT fk_aanwezige_bordsessie FOREIGN KEY (bordsessie_id) REFERENCES bordsessie (id)
) ${tableOptions};

CREATE TABLE bordsessie_doel (
    bordsessie_id BIGINT NOT NULL,
    doel_id       BIGINT NOT NULL,
    PRIMARY KEY (bordsessie_id, doel_id),
    CONSTRAINT fk_bordsessie_doel_sessie FOREIGN KEY (bordsessie_id) REFERENCES bordsessie (id),
    CONSTRAINT fk_bordsessie_doel_doel FOREIGN KEY (doel_id) REFERENCES traject_doel (id)
) ${tableOptions};
