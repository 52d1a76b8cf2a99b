-- Benchmark data for MySQL/MariaDB: 250 boards with 20 PO schools each (5,000 schools, BRIN codes
-- 30AA-37KH, which the demo data does not use) and one requested enrolment per school for
-- 2027-2028. Load it into a database the app has migrated (and filled with the demo data):
--   mariadb -h127.0.0.1 -uroot leerkracht < bench/load-5000-schools.sql
-- Portable to MySQL 8 and MariaDB: numbers 0-9999 from a cross join, no recursive query.

CREATE TEMPORARY TABLE bench_n (n INT NOT NULL PRIMARY KEY);
INSERT INTO bench_n (n)
SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d
FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
      UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a
CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
      UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b
CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
      UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) c
CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4) e;

INSERT INTO bestuur (bestuursnummer, naam, sector)
SELECT CONCAT('9', LPAD(n, 4, '0')), CONCAT('Benchmarkbestuur ', n + 1), 'PO'
FROM bench_n WHERE n < 250;

INSERT INTO school (brin_code, naam, sector, bestuur_id, straat, huisnummer, postcode, plaats,
                    latitude, longitude, aantal_leraren)
SELECT CONCAT(30 + FLOOR(n / 676), CHAR(65 + FLOOR(MOD(n, 676) / 26)), CHAR(65 + MOD(n, 26))),
       CONCAT(ELT(MOD(n, 4) + 1, 'OBS ', 'CBS ', 'Basisschool ', 'Kindcentrum '), 'Benchmark ', n + 1),
       'PO', b.id, 'Schoolstraat', CAST(MOD(n, 200) + 1 AS CHAR), '3500 AA',
       ELT(MOD(n, 6) + 1, 'Utrecht', 'Amersfoort', 'Zwolle', 'Breda', 'Leiden', 'Groningen'),
       51.5 + MOD(n, 150) / 100, 4.5 + MOD(n, 170) / 100, 10 + MOD(n, 50)
FROM bench_n
JOIN bestuur b ON b.bestuursnummer = CONCAT('9', LPAD(FLOOR(n / 20), 4, '0'))
WHERE n < 5000;

INSERT INTO inschrijving (school_id, sector, eenheid_naam, startjaar, aantal_leraren, jaar_1, jaar_2,
                          vervolg_plafond, minimum_leraren, maximum_leraren, status, uniek_sleutel,
                          aanvrager_naam, aanvrager_email, aanvrager_functie, besluit_samen,
                          tijd_ingeroosterd, schoolleidersregister, aangevraagd_op)
SELECT s.id, 'PO', s.naam, 2027, s.aantal_leraren, t.jaar_1, t.jaar_2, t.vervolg_plafond,
       t.minimum_leraren, t.maximum_leraren, 'AANGEVRAAGD', CONCAT('S', s.id, '/2027'),
       'Benchmark Schoolleider', 'schoolleider@benchmark.example.nl', 'SCHOOLLEIDER', TRUE, TRUE, FALSE,
       NOW(6)
FROM school s
JOIN tarief t ON t.sector = 'PO' AND t.startjaar = 2027
WHERE s.brin_code BETWEEN '30AA' AND '37ZZ';

DROP TEMPORARY TABLE bench_n;
