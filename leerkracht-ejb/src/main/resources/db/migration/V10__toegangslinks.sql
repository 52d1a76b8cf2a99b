-- Personal links that do one thing once (issue 12): the installation link that creates the first
-- central-team account on an empty database, and later invitations and password resets. Only the
-- SHA-256 of a link's key is stored.

CREATE TABLE toegangslink (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version       BIGINT       NOT NULL DEFAULT 0,
    doel          VARCHAR(30)  NOT NULL,
    sleutel_hash  CHAR(64)     NOT NULL,
    account_id    BIGINT,
    aangemaakt_op DATETIME(6)  NOT NULL,
    geldig_tot    DATETIME(6)  NOT NULL,
    gebruikt_op   DATETIME(6),
    CONSTRAINT uq_toegangslink_sleutel UNIQUE (sleutel_hash),
    CONSTRAINT fk_toegangslink_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${tableOptions};
CREATE INDEX ix_toegangslink_doel ON toegangslink (doel, gebruikt_op);
