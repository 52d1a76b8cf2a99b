-- The other instruments of a team (domain.md §3) and the look-back; the school holidays the
-- rhythm skips.

CREATE TABLE lesbezoek (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version    BIGINT        NOT NULL DEFAULT 0,
    traject_id BIGINT        NOT NULL,
    bezoeker   VARCHAR(120)  NOT NULL,
    bezochte   VARCHAR(120)  NOT NULL,
    datum      DATE          NOT NULL,
    focus      VARCHAR(300)  NOT NULL,
    status     VARCHAR(20)   NOT NULL,
    feedback   VARCHAR(2000),
    CONSTRAINT fk_lesbezoek_traject FOREIGN KEY (traject_id) REFERENCES traject (id)
) ${tableOptions};
CREATE INDEX ix_lesbezoek_traject ON lesbezoek (traject_id, status, datum);

CREATE TABLE lesontwerp (
    id               BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version          BIGINT        NOT NULL DEFAULT 0,
    traject_id       BIGINT        NOT NULL,
    titel            VARCHAR(200)  NOT NULL,
    ontwerpers       VARCHAR(300)  NOT NULL,
    lesdoel          VARCHAR(500)  NOT NULL,
    datum            DATE          NOT NULL,
    vervolgbezoek_id BIGINT,
    CONSTRAINT uq_lesontwerp_vervolg UNIQUE (vervolgbezoek_id),
    CONSTRAINT fk_lesontwerp_traject FOREIGN KEY (traject_id) REFERENCES traject (id),
    CONSTRAINT fk_lesontwerp_bezoek FOREIGN KEY (vervolgbezoek_id) REFERENCES lesbezoek (id)
) ${tableOptions};
CREATE INDEX ix_lesontwerp_traject ON lesontwerp (traject_id, datum);

CREATE TABLE stem_van_de_leerling (
    id         BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    traject_id BIGINT        NOT NULL,
    datum      DATE          NOT NULL,
    groep      VARCHAR(100)  NOT NULL,
    vraag      VARCHAR(300)  NOT NULL,
    uitkomst   VARCHAR(2000) NOT NULL,
    doel_id    BIGINT,
    CONSTRAINT fk_stem_traject FOREIGN KEY (traject_id) REFERENCES traject (id),
    CONSTRAINT fk_stem_doel FOREIGN KEY (doel_id) REFERENCES traject_doel (id)
) ${tableOptions};
CREATE INDEX ix_stem_traject ON stem_van_de_leerling (traject_id, datum);

CREATE TABLE terugblik (
    id          BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    traject_id  BIGINT        NOT NULL,
    datum       DATE          NOT NULL,
    op_koers    BOOLEAN       NOT NULL,
    toelichting VARCHAR(2000) NOT NULL,
    door        VARCHAR(120)  NOT NULL,
    CONSTRAINT fk_terugblik_traject FOREIGN KEY (traject_id) REFERENCES traject (id)
) ${tableOptions};
CREATE INDEX ix_terugblik_traject ON terugblik (traject_id, datum);

CREATE TABLE schoolvakantie (
    id         BIGINT       NOT NULL AUTO_INCREMENT PRIMARY KEY,
    naam       VARCHAR(80)  NOT NULL,
    van        DATE         NOT NULL,
    tot_en_met DATE         NOT NULL
) ${tableOptions};
CREATE INDEX ix_vakantie_van ON schoolvakantie (van);
