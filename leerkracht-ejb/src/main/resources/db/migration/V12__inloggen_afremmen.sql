-- Guessing is slowed down per client instead of locking the account (issue 12, ASVS 2.2.1): a lock
-- let anyone keep an account's owner out. The lock column goes; failed_logins stays, to warn the
-- owner by mail when their account is being guessed.

ALTER TABLE account DROP COLUMN locked_until;

CREATE TABLE login_throttle (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    sleutel    VARCHAR(300)  NOT NULL,
    mislukt    INT           NOT NULL DEFAULT 0,
    laatste_op DATETIME(6)   NOT NULL,
    wacht_tot  DATETIME(6),
    CONSTRAINT uq_login_throttle_sleutel UNIQUE (sleutel)
) ${tableOptions};
