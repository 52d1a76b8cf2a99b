-- Newsletter subscriptions with double opt-in (issue 16): an address counts only once its owner
-- confirmed it from the mail; unconfirmed ones go after a week, and unsubscribing removes the row.
-- The unsubscribe key is kept as is: every mail and the central team's export carry the link.

CREATE TABLE nieuwsbriefabonnee (
    id                    BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version               BIGINT        NOT NULL DEFAULT 0,
    email                 VARCHAR(254)  NOT NULL,
    naam                  VARCHAR(150),
    status                VARCHAR(20)   NOT NULL,
    bevestig_sleutel_hash VARCHAR(64),
    afmeld_sleutel        VARCHAR(64)   NOT NULL,
    aangemeld_op          DATETIME(6)   NOT NULL,
    bevestigd_op          DATETIME(6),
    gemaild_op            DATETIME(6)   NOT NULL,
    CONSTRAINT uq_nieuwsbriefabonnee_email UNIQUE (email),
    CONSTRAINT uq_nieuwsbriefabonnee_bevestig UNIQUE (bevestig_sleutel_hash),
    CONSTRAINT uq_nieuwsbriefabonnee_afmeld UNIQUE (afmeld_sleutel)
) ${tableOptions};
CREATE INDEX ix_nieuwsbriefabonnee_status ON nieuwsbriefabonnee (status, aangemeld_op);

-- A mail to a subscriber names where to unsubscribe in one click (RFC 2369 and 8058).
ALTER TABLE mail_bericht ADD COLUMN afmelden_url VARCHAR(500);
