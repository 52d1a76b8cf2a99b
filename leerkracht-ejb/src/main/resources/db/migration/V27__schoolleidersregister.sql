-- The Schoolleidersregister PO opt-in (domain.md §5): a PO schoolleider says before the
-- trajectory starts that they want the certificate; one row per schoolleider and trajectory.

CREATE TABLE srpo_aanmelding (
    id           BIGINT      NOT NULL AUTO_INCREMENT PRIMARY KEY,
    traject_id   BIGINT      NOT NULL,
    account_id   BIGINT      NOT NULL,
    aangemeld_op DATETIME(6) NOT NULL,
    CONSTRAINT uq_srpo_aanmelding UNIQUE (traject_id, account_id),
    CONSTRAINT fk_srpo_traject FOREIGN KEY (traject_id) REFERENCES traject (id),
    CONSTRAINT fk_srpo_account FOREIGN KEY (account_id) REFERENCES account (id)
) ${tableOptions};
CREATE INDEX ix_srpo_account ON srpo_aanmelding (account_id);
