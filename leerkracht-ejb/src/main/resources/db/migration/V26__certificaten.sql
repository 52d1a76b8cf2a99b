-- Accreditation (domain.md §5, issue 15): the proofs of participation for the lerarenregister and
-- the Schoolleidersregister PO certificates the foundation issued, each with its verification code.
-- One of each kind per person and school year: issuing again issues nothing twice. A certificate is
-- never deleted; revoking it records when, by whom and why.

CREATE TABLE certificaat (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    code             VARCHAR(16)   NOT NULL,
    soort            VARCHAR(30)   NOT NULL,
    account_id       BIGINT        NOT NULL,
    naam             VARCHAR(120)  NOT NULL,
    school_id        BIGINT        NOT NULL,
    school_naam      VARCHAR(150)  NOT NULL,
    traject_id       BIGINT,
    schooljaar       INT           NOT NULL,
    uitgegeven_op    DATETIME(6)   NOT NULL,
    uitgegeven_door  VARCHAR(120)  NOT NULL,
    ingetrokken_op   DATETIME(6),
    ingetrokken_door VARCHAR(120),
    intrekreden      VARCHAR(500),
    CONSTRAINT uq_certificaat_code UNIQUE (code),
    CONSTRAINT uq_certificaat_persoon UNIQUE (soort, account_id, schooljaar),
    CONSTRAINT fk_certificaat_account FOREIGN KEY (account_id) REFERENCES account (id),
    CONSTRAINT fk_certificaat_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_certificaat_traject FOREIGN KEY (traject_id) REFERENCES traject (id)
) ${tableOptions};
CREATE INDEX ix_certificaat_jaar ON certificaat (schooljaar, soort);
CREATE INDEX ix_certificaat_account ON certificaat (account_id);
CREATE INDEX ix_certificaat_school ON certificaat (school_id);
