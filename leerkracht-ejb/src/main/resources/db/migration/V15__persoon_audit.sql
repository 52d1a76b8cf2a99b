-- A person's audit trail (issue 12): invitations, accepting, password resets, deactivating and
-- reactivating, with who did it and when; shown on the person's page to the central team.

CREATE TABLE persoon_audit (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    account_id BIGINT        NOT NULL,
    actie      VARCHAR(30)   NOT NULL,
    door       VARCHAR(120)  NOT NULL,
    op         DATETIME(6)   NOT NULL,
    detail     VARCHAR(200),
    CONSTRAINT fk_persoon_audit_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${tableOptions};
CREATE INDEX ix_persoon_audit_account ON persoon_audit (account_id, op);
