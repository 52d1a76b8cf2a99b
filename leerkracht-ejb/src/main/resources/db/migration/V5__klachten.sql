-- The complaints procedure (domain.md §6): complaints with their clocks and file, attachments,
-- an audit trail of every read and change, and the outbox of e-mails (sent by a job, once each).

CREATE TABLE klacht (
    id                        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version                   BIGINT        NOT NULL DEFAULT 0,
    referentie                VARCHAR(20)   NOT NULL,
    volgcode_hash             VARCHAR(64),
    naam                      VARCHAR(120),
    email                     VARCHAR(254),
    onderwerp                 VARCHAR(20)   NOT NULL,
    omschrijving              MEDIUMTEXT,
    status                    VARCHAR(20)   NOT NULL,
    ontvangen_op              DATETIME(6)   NOT NULL,
    ontvangst_uiterlijk       DATETIME(6)   NOT NULL,
    ontvangst_bevestigd_op    DATETIME(6),
    oplossing_uiterlijk       DATETIME(6)   NOT NULL,
    termijn_reden             VARCHAR(1000),
    uitkomst                  VARCHAR(20),
    afgesloten_op             DATETIME(6),
    geanonimiseerd_op         DATETIME(6),
    ontvangst_gewaarschuwd_op DATETIME(6),
    ontvangst_geescaleerd_op  DATETIME(6),
    oplossing_gewaarschuwd_op DATETIME(6),
    oplossing_geescaleerd_op  DATETIME(6),
    CONSTRAINT uq_klacht_referentie UNIQUE (referentie)
) ${tableOptions};
CREATE INDEX ix_klacht_status ON klacht (status, onderwerp);

CREATE TABLE klacht_handeling (
    klacht_id  BIGINT       NOT NULL,
    volgnummer INT          NOT NULL,
    soort      VARCHAR(30)  NOT NULL,
    tekst      MEDIUMTEXT,
    door       VARCHAR(120) NOT NULL,
    op         DATETIME(6)  NOT NULL,
    PRIMARY KEY (klacht_id, volgnummer),
    CONSTRAINT fk_handeling_klacht FOREIGN KEY (klacht_id) REFERENCES klacht (id)
) ${tableOptions};

CREATE TABLE klacht_bijlage (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    klacht_id     BIGINT       NOT NULL,
    bestandsnaam  VARCHAR(120) NOT NULL,
    bestandstype  VARCHAR(20)  NOT NULL,
    grootte       BIGINT       NOT NULL,
    inhoud        LONGBLOB     NOT NULL,
    CONSTRAINT fk_bijlage_klacht FOREIGN KEY (klacht_id) REFERENCES klacht (id)
) ${tableOptions};
CREATE INDEX ix_bijlage_klacht ON klacht_bijlage (klacht_id);

-- Who read or changed which complaint. Names of foundation staff only: no personal data of the
-- complainant, so the trail outlives the retention purge.
CREATE TABLE klacht_audit (
    id        BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    klacht_id BIGINT        NOT NULL,
    actie     VARCHAR(30)   NOT NULL,
    door      VARCHAR(120)  NOT NULL,
    op        DATETIME(6)   NOT NULL,
    detail    VARCHAR(200),
    CONSTRAINT fk_audit_klacht FOREIGN KEY (klacht_id) REFERENCES klacht (id)
) ${tableOptions};
CREATE INDEX ix_audit_klacht ON klacht_audit (klacht_id, op);

CREATE TABLE mail_bericht (
    id            BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    aan           VARCHAR(254)  NOT NULL,
    onderwerp     VARCHAR(200)  NOT NULL,
    tekst         MEDIUMTEXT    NOT NULL,
    klacht_id     BIGINT,
    aangemaakt_op DATETIME(6)   NOT NULL,
    verzonden_op  DATETIME(6),
    pogingen      INT           NOT NULL DEFAULT 0,
    laatste_fout  VARCHAR(500),
    CONSTRAINT fk_mail_klacht FOREIGN KEY (klacht_id) REFERENCES klacht (id)
) ${tableOptions};
CREATE INDEX ix_mail_open ON mail_bericht (verzonden_op);
