-- V19 dropped the primary key of bordsessie_aanwezige when an attendee became a person. A table
-- without a primary key is refused by MySQL servers that require one (sql_require_primary_key,
-- as managed MySQL services set it) and cannot be replicated row by row: give it a key of its own.
ALTER TABLE bordsessie_aanwezige ADD COLUMN id BIGINT NOT NULL AUTO_INCREMENT PRIMARY KEY;
