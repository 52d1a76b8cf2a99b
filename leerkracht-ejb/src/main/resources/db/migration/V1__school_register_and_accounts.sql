-- One script for H2 (MODE=LEGACY) and MySQL/MariaDB. ${tableOptions} is empty on H2 and sets
-- InnoDB with utf8mb4 on MySQL (see DatabaseSetup).

CREATE TABLE bestuur (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    bestuursnummer VARCHAR(5)   NOT NULL,
    naam           VARCHAR(150) NOT NULL,
    sector         VARCHAR(12)  NOT NULL,
    CONSTRAINT uq_bestuur_nummer UNIQUE (bestuursnummer)
) ${tableOptions};

CREATE TABLE school (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    brin_code      VARCHAR(4)   NOT NULL,
    naam           VARCHAR(150) NOT NULL,
    sector         VARCHAR(12)  NOT NULL,
    bestuur_id     BIGINT       NOT NULL,
    straat         VARCHAR(120),
    huisnummer     VARCHAR(12),
    postcode       VARCHAR(7),
    plaats         VARCHAR(80),
    latitude       DOUBLE,
    longitude      DOUBLE,
    aantal_leraren INT          NOT NULL,
    CONSTRAINT uq_school_brin UNIQUE (brin_code),
    CONSTRAINT fk_school_bestuur FOREIGN KEY (bestuur_id) REFERENCES bestuur (id)
) ${tableOptions};
CREATE INDEX ix_school_naam ON school (naam);
CREATE INDEX ix_school_sector ON school (sector);

CREATE TABLE vestiging (
    id               BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT       NOT NULL DEFAULT 0,
    school_id        BIGINT       NOT NULL,
    vestigingsnummer INT          NOT NULL,
    naam             VARCHAR(150) NOT NULL,
    straat           VARCHAR(120),
    huisnummer       VARCHAR(12),
    postcode         VARCHAR(7),
    plaats           VARCHAR(80),
    latitude         DOUBLE,
    longitude        DOUBLE,
    CONSTRAINT uq_vestiging UNIQUE (school_id, vestigingsnummer),
    CONSTRAINT fk_vestiging_school FOREIGN KEY (school_id) REFERENCES school (id)
) ${tableOptions};

CREATE TABLE team (
    id             BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version        BIGINT       NOT NULL DEFAULT 0,
    school_id      BIGINT       NOT NULL,
    naam           VARCHAR(150) NOT NULL,
    aantal_leraren INT          NOT NULL,
    CONSTRAINT uq_team UNIQUE (school_id, naam),
    CONSTRAINT fk_team_school FOREIGN KEY (school_id) REFERENCES school (id)
) ${tableOptions};

CREATE TABLE account (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    username      VARCHAR(60)  NOT NULL,
    naam          VARCHAR(120) NOT NULL,
    email         VARCHAR(254) NOT NULL,
    rol           VARCHAR(20)  NOT NULL,
    password_hash VARCHAR(200) NOT NULL,
    failed_logins INT          NOT NULL DEFAULT 0,
    locked_until  DATETIME(6),
    last_login    DATETIME(6),
    school_id     BIGINT,
    bestuur_id    BIGINT,
    CONSTRAINT uq_account_username UNIQUE (username),
    CONSTRAINT fk_account_school FOREIGN KEY (school_id) REFERENCES school (id),
    CONSTRAINT fk_account_bestuur FOREIGN KEY (bestuur_id) REFERENCES bestuur (id)
) ${tableOptions};

CREATE TABLE cluster (
    id      BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version BIGINT       NOT NULL DEFAULT 0,
    naam    VARCHAR(100) NOT NULL,
    regio   VARCHAR(80)  NOT NULL,
    CONSTRAINT uq_cluster_naam UNIQUE (naam)
) ${tableOptions};

-- A school belongs to at most one cluster.
CREATE TABLE cluster_school (
    cluster_id BIGINT NOT NULL,
    school_id  BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, school_id),
    CONSTRAINT uq_cluster_school UNIQUE (school_id),
    CONSTRAINT fk_cluster_school_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id),
    CONSTRAINT fk_cluster_school_school FOREIGN KEY (school_id) REFERENCES school (id)
) ${tableOptions};

CREATE TABLE cluster_expertcoach (
    cluster_id BIGINT NOT NULL,
    account_id BIGINT NOT NULL,
    PRIMARY KEY (cluster_id, account_id),
    CONSTRAINT fk_cluster_coach_cluster FOREIGN KEY (cluster_id) REFERENCES cluster (id),
    CONSTRAINT fk_cluster_coach_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${tableOptions};
