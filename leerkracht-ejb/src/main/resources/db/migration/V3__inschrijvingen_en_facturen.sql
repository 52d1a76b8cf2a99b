-- Enrolments with their history and the school's programme team, closing dates per start year,
-- and invoices with their numbering series (domain.md §4).

CREATE TABLE inschrijfperiode (
    startjaar      INT    NOT NULL PRIMARY KEY,
    version        BIGINT NOT NULL DEFAULT 0,
    sluitingsdatum DATE   NOT NULL
) ${tableOptions};

CREATE TABLE inschrijving (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    school_id             BIGINT        NOT NULL,
    vestiging_id          BIGINT,
    team_id               BIGINT,
    sector                VARCHAR(12)   NOT NULL,
    eenheid_naam          VARCHAR(150)  NOT NULL,
    startjaar             INT           NOT NULL,
    aantal_leraren        INT           NOT NULL,
    jaar_1                DECIMAL(10,2) NOT NULL,
    jaar_2                DECIMAL(10,2),
    vervolg_plafond       DECIMAL(10,2),
    minimum_leraren       INT,
    maximum_leraren       INT,
    vervolgbedrag         DECIMAL(10,2),
    status                VARCHAR(20)   NOT NULL,
    -- The unit and start year while the enrolment is under way: one per unit and year.
    uniek_sleutel         VARCHAR(40),
    aanvrager_naam        VARCHAR(120)  NOT NULL,
    aanvrager_email       VARCHAR(254)  NOT NULL,
    aanvrager_functie     VARCHAR(20)   NOT NULL,
    aanvrager_account     VARCHAR(60),
    besluit_samen         BOOLEAN       NOT NULL,
    tijd_ingeroosterd     BOOLEAN       NOT NULL,
    schoolleidersregister BOOLEAN       NOT NULL,
    aangevraagd_op        DATETIME(6)   NOT NULL,
    CONSTRAINT uq_inschrijving_sleutel UNIQUE (uniek_sleutel),
    CONSTRAINT fk_inschrijving_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_inschrijving_vestiging FOREIGN KEY (vestiging_id) REFERENCES vestiging (id),
    CONSTRAINT fk_inschrijving_team FOREIGN KEY (team_id) REFERENCES team (id)
) ${tableOptions};
CREATE INDEX ix_inschrijving_startjaar ON inschrijving (startjaar, status);
CREATE INDEX ix_inschrijving_status ON inschrijving (status);

CREATE TABLE inschrijving_kernteam (
    inschrijving_id BIGINT       NOT NULL,
    volgnummer      INT          NOT NULL,
    naam            VARCHAR(120) NOT NULL,
    rol             VARCHAR(20)  NOT NULL,
    fte             DECIMAL(3,2) NOT NULL,
    PRIMARY KEY (inschrijving_id, volgnummer),
    CONSTRAINT fk_kernteam_inschrijving FOREIGN KEY (inschrijving_id) REFERENCES inschrijving (id)
) ${tableOptions};

CREATE TABLE inschrijving_historie (
    inschrijving_id BIGINT        NOT NULL,
    volgnummer      INT           NOT NULL,
    van             VARCHAR(20),
    naar            VARCHAR(20)   NOT NULL,
    door            VARCHAR(120)  NOT NULL,
    op              DATETIME(6)   NOT NULL,
    reden           VARCHAR(1000),
    PRIMARY KEY (inschrijving_id, volgnummer),
    CONSTRAINT fk_historie_inschrijving FOREIGN KEY (inschrijving_id) REFERENCES inschrijving (id)
) ${tableOptions};

CREATE TABLE factuurreeks (
    jaar    INT NOT NULL PRIMARY KEY,
    laatste INT NOT NULL
) ${tableOptions};

CREATE TABLE factuur (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    nummer                VARCHAR(20)   NOT NULL,
    soort                 VARCHAR(12)   NOT NULL,
    inschrijving_id       BIGINT        NOT NULL,
    programmajaar         INT           NOT NULL,
    schooljaar            INT           NOT NULL,
    factuurdatum          DATE          NOT NULL,
    factureerbare_leraren INT           NOT NULL,
    tarief_per_leraar     DECIMAL(10,2) NOT NULL,
    bedrag                DECIMAL(12,2) NOT NULL,
    debiteur              VARCHAR(150)  NOT NULL,
    eenheid               VARCHAR(150)  NOT NULL,
    brin_code             VARCHAR(4)    NOT NULL,
    adres                 VARCHAR(250)  NOT NULL,
    bestuur               VARCHAR(150)  NOT NULL,
    crediteert_id         BIGINT,
    reden                 VARCHAR(500),
    gecrediteerd          BOOLEAN       NOT NULL,
    -- Enrolment and programme year while the invoice stands uncredited: never invoiced twice.
    open_sleutel          VARCHAR(30),
    CONSTRAINT uq_factuur_nummer UNIQUE (nummer),
    CONSTRAINT uq_factuur_open UNIQUE (open_sleutel),
    CONSTRAINT fk_factuur_inschrijving FOREIGN KEY (inschrijving_id) REFERENCES inschrijving (id),
    CONSTRAINT fk_factuur_crediteert FOREIGN KEY (crediteert_id) REFERENCES factuur (id)
) ${tableOptions};
CREATE INDEX ix_factuur_schooljaar ON factuur (schooljaar);
