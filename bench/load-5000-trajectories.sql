-- Benchmark data, after load-5000-schools.sql: every benchmark school gets a running PO trajectory
-- (an active enrolment for 2026-2027), so the 5,000 schools are on the public map, and 40 of them
-- host an information meeting in the coming weeks with 20 registrations each.
--   mariadb -h127.0.0.1 -uroot leerkracht < bench/load-5000-trajectories.sql

INSERT INTO inschrijving (school_id, sector, eenheid_naam, startjaar, aantal_leraren, jaar_1, jaar_2,
                          vervolg_plafond, minimum_leraren, maximum_leraren, status, uniek_sleutel,
                          aanvrager_naam, aanvrager_email, aanvrager_functie, besluit_samen,
                          tijd_ingeroosterd, schoolleidersregister, aangevraagd_op)
SELECT s.id, 'PO', s.naam, 2026, s.aantal_leraren, t.jaar_1, t.jaar_2, t.vervolg_plafond,
       t.minimum_leraren, t.maximum_leraren, 'ACTIEF', CONCAT('S', s.id, '/2026'),
       'Benchmark Schoolleider', 'schoolleider@benchmark.example.nl', 'SCHOOLLEIDER', TRUE, TRUE, FALSE,
       NOW(6)
FROM school s JOIN tarief t ON t.sector = 'PO' AND t.startjaar = 2026
WHERE s.brin_code BETWEEN '30AA' AND '37ZZ';

INSERT INTO traject (inschrijving_id, school_id, programma, sector, eenheid_naam, fase, gestart_op)
SELECT i.id, i.school_id, 'SCHOOL', 'PO', i.eenheid_naam, 'TRAININGSFASE', '2026-09-01'
FROM inschrijving i WHERE i.startjaar = 2026 AND i.status = 'ACTIEF' AND i.aanvrager_naam = 'Benchmark Schoolleider';

CREATE TEMPORARY TABLE bench_m (m INT NOT NULL PRIMARY KEY);
INSERT INTO bench_m (m)
SELECT a.d + 10 * b.d
FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
      UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a
CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3) b;

INSERT INTO informatiebijeenkomst (school_id, datum, van, tot, capaciteit, omschrijving)
SELECT s.id, DATE_ADD(CURRENT_DATE, INTERVAL 7 + m.m DAY), '15:30:00', '17:00:00', 30,
       'Benchmarkbijeenkomst: kennismaken met de aanpak.'
FROM bench_m m JOIN school s ON s.brin_code = CONCAT('30', CHAR(65 + FLOOR(m.m / 26)), CHAR(65 + MOD(m.m, 26)));

INSERT INTO informatieaanmelding (bijeenkomst_id, naam, email, organisatie, rol, status, aangemeld_op,
                                  afmeld_sleutel_hash)
SELECT b.id, CONCAT('Benchmark Bezoeker ', m.m + 1), CONCAT('bezoeker', m.m + 1, '@benchmark.example.nl'),
       'Benchmarkschool', 'LERAAR', 'AANGEMELD', NOW(6), SHA2(CONCAT('bench-', b.id, '-', m.m), 256)
FROM informatiebijeenkomst b CROSS JOIN bench_m m
WHERE b.omschrijving LIKE 'Benchmarkbijeenkomst%' AND m.m < 20;

DROP TEMPORARY TABLE bench_m;

SELECT (SELECT COUNT(*) FROM traject) AS trajecten,
       (SELECT COUNT(*) FROM informatiebijeenkomst WHERE datum > CURRENT_DATE) AS komende_bijeenkomsten;
