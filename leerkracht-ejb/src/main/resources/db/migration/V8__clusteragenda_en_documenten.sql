-- The Clusteragenda: meetings per cluster, attendance per participant, iCalendar subscriptions;
-- and the session documents with their versions and downloads (domain.md §3).

CREATE TABLE bijeenkomst (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    cluster_id BIGINT        NOT NULL,
    type       VARCHAR(30)   NOT NULL,
    titel      VARCHAR(150)  NOT NULL,
    datum      DATE          NOT NULL,
    van        TIME          NOT NULL,
    tot        TIME          NOT NULL,
    plaats     VARCHAR(200)  NOT NULL,
    CONSTRAINT fk_bijeenkomst_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id)
) ${tableOptions};
CREATE INDEX ix_bijeenkomst_cluster ON bijeenkomst (cluster_id, datum);

CREATE TABLE deelname (
    id              BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    bijeenkomst_id  BIGINT       NOT NULL,
    account_id      BIGINT       NOT NULL,
    aanwezig        BOOLEAN      NOT NULL,
    vastgelegd_door VARCHAR(120) NOT NULL,
    vastgelegd_op   DATETIME(6)  NOT NULL,
    CONSTRAINT uq_deelname UNIQUE (bijeenkomst_id, account_id),
    CONSTRAINT fk_deelname_bijeenkomst FOREIGN KEY (bijeenkomst_id) REFERENCES bijeenkomst (id),
    CONSTRAINT fk_deelname_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${tableOptions};

CREATE TABLE agenda_abonnement (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    sleutel_hash  VARCHAR(64)  NOT NULL,
    aangemaakt_op DATETIME(6)  NOT NULL,
    CONSTRAINT uq_abonnement_account UNIQUE (account_id),
    CONSTRAINT uq_abonnement_sleutel UNIQUE (sleutel_hash),
    CONSTRAINT fk_abonnement_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${tableOptions};

CREATE TABLE sessiedocument (
    id             BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT        NOT NULL DEFAULT 0,
    titel          VARCHAR(200)  NOT NULL,
    fase           VARCHAR(30),
    instrument     VARCHAR(30),
    sector         VARCHAR(12),
    bijeenkomst_id BIGINT,
    laatste_versie INT           NOT NULL,
    CONSTRAINT fk_document_bijeenkomst FOREIGN KEY (bijeenkomst_id) REFERENCES bijeenkomst (id)
) ${tableOptions};
CREATE INDEX ix_document_bijeenkomst ON sessiedocument (bijeenkomst_id);

CREATE TABLE document_versie (
    id           BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    document_id  BIGINT       NOT NULL,
    versie       INT          NOT NULL,
    bestandsnaam VARCHAR(120) NOT NULL,
    bestandstype VARCHAR(20)  NOT NULL,
    grootte      BIGINT       NOT NULL,
    inhoud       LONGBLOB     NOT NULL,
    door         VARCHAR(120) NOT NULL,
    op           DATETIME(6)  NOT NULL,
    CONSTRAINT uq_document_versie UNIQUE (document_id, versie),
    CONSTRAINT fk_versie_document FOREIGN KEY (document_id) REFERENCES sessiedocument (id)
) ${tableOptions};

CREATE TABLE document_download (
    id         BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    versie_id  BIGINT      NOT NULL,
    account_id BIGINT      NOT NULL,
    op         DATETIME(6) NOT NULL,
    CONSTRAINT fk_download_versie FOREIGN KEY (versie_id) REFERENCES document_versie (id),
    CONSTRAINT fk_download_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${tableOptions};
CREATE INDEX ix_download_versie ON document_download (versie_id, op);
