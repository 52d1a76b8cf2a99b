-- Where a person is logged in (issue 12, OWASP ASVS 3.3.4): one row per login in a browser, so
-- "Mijn gegevens" lists the open sessions and ends one. A request of a logged-in user reads its
-- row (by primary key) with the account's status; "last used" is written at most every 5 minutes.

CREATE TABLE account_sessie (
    id            BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id    BIGINT       NOT NULL,
    begonnen      DATETIME(6)  NOT NULL,
    laatst_gezien DATETIME(6)  NOT NULL,
    apparaat      VARCHAR(100) NOT NULL,
    adres         VARCHAR(64)  NOT NULL,
    beeindigd     DATETIME(6),
    CONSTRAINT fk_sessie_account FOREIGN KEY (account_id) REFERENCES account (id) ON DELETE CASCADE
) ${tableOptions};
CREATE INDEX ix_sessie_account ON account_sessie (account_id, beeindigd);
