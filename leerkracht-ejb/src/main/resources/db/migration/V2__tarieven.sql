-- Fees per sector and start year (domain.md §4). PO has a follow-up ceiling instead of a year-2
-- amount and no minimum or maximum number of teachers.
CREATE TABLE tarief (
    id              BIGINT        NOT NULL AUTO_INCREMENT PRIMARY KEY,
    version         BIGINT        NOT NULL DEFAULT 0,
    sector          VARCHAR(12)   NOT NULL,
    startjaar       INT           NOT NULL,
    jaar_1          DECIMAL(10,2) NOT NULL,
    jaar_2          DECIMAL(10,2),
    vervolg_plafond DECIMAL(10,2),
    minimum_leraren INT,
    maximum_leraren INT,
    CONSTRAINT uq_tarief UNIQUE (sector, startjaar)
) ${tableOptions};
