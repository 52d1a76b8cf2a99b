-- Benchmark data for MySQL/MariaDB: 50,000 people for the central team's list of people
-- (/centraal/mensen.xhtml). Load it after bench/load-5000-schools.sql, into a database the app has
-- migrated and filled with the demo data:
--   mariadb -h127.0.0.1 -uroot leerkracht < bench/load-50000-people.sql
-- 48,000 teachers, schoolcoaches and schoolleiders spread over the benchmark schools (one in ten
-- still invited), 1,500 bestuurders over the benchmark boards and 500 foundation people. Their
-- password_hash is "!", which matches no password: nobody logs in as them.
-- Portable to MySQL 8 and MariaDB: numbers 0-49999 from a cross join, no recursive query.

CREATE TEMPORARY TABLE bench_d (d INT NOT NULL PRIMARY KEY);
INSERT INTO bench_d (d) VALUES (0), (1), (2), (3), (4), (5), (6), (7), (8), (9);
CREATE TEMPORARY TABLE bench_p (n INT NOT NULL PRIMARY KEY);
INSERT INTO bench_p (n)
SELECT a.d + 10 * b.d + 100 * c.d + 1000 * e.d + 10000 * f.d
FROM bench_d a CROSS JOIN bench_d b CROSS JOIN bench_d c CROSS JOIN bench_d e CROSS JOIN bench_d f
WHERE f.d < 5;

CREATE TEMPORARY TABLE bench_school (k INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO bench_school (k, id)
SELECT ROW_NUMBER() OVER (ORDER BY s.id) - 1, s.id FROM school s WHERE s.naam LIKE '%Benchmark %';
CREATE TEMPORARY TABLE bench_bestuur (k INT NOT NULL PRIMARY KEY, id BIGINT NOT NULL);
INSERT INTO bench_bestuur (k, id)
SELECT ROW_NUMBER() OVER (ORDER BY b.id) - 1, b.id FROM bestuur b WHERE b.naam LIKE 'Benchmarkbestuur %';

-- Who is who: the person's number, name, address, status and one membership (role and school or board).
CREATE TEMPORARY TABLE bench_person (
    n INT NOT NULL PRIMARY KEY, naam VARCHAR(120) NOT NULL, email VARCHAR(254) NOT NULL, status VARCHAR(20) NOT NULL,
    rol VARCHAR(20) NOT NULL, school_id BIGINT, bestuur_id BIGINT);
INSERT INTO bench_person (n, naam, email, status, rol, school_id)
SELECT p.n, CONCAT(ELT(MOD(p.n, 8) + 1, 'Anna', 'Bram', 'Chantal', 'Daan', 'Eva', 'Finn', 'Gul', 'Hamza'),
              ' ', ELT(MOD(FLOOR(p.n / 8), 6) + 1, 'de Vries', 'Jansen', 'Bakker', 'El Amrani', 'Visser', 'Smit'), ' ', p.n),
       CONCAT('bench.', p.n, '@school.benchmark.example.nl'),
       CASE WHEN MOD(p.n, 10) = 9 THEN 'UITGENODIGD' ELSE 'ACTIEF' END,
       CASE WHEN MOD(p.n, 24) = 0 THEN 'SCHOOLLEIDER' WHEN MOD(p.n, 24) = 1 THEN 'SCHOOLCOACH' ELSE 'LERAAR' END, s.id
FROM bench_p p
JOIN bench_school s ON s.k = MOD(p.n, (SELECT COUNT(*) FROM bench_school))
WHERE p.n < 48000;
INSERT INTO bench_person (n, naam, email, status, rol, bestuur_id)
SELECT p.n, CONCAT('Bestuurder ', p.n), CONCAT('bench.', p.n, '@bestuur.benchmark.example.nl'), 'ACTIEF', 'BESTUURDER', b.id
FROM bench_p p
JOIN bench_bestuur b ON b.k = MOD(p.n, (SELECT COUNT(*) FROM bench_bestuur))
WHERE p.n >= 48000 AND p.n < 49500;
INSERT INTO bench_person (n, naam, email, status, rol)
SELECT p.n, CONCAT('Medewerker ', p.n), CONCAT('bench.', p.n, '@stichting.benchmark.example.nl'), 'ACTIEF',
       ELT(MOD(p.n, 2) + 1, 'CENTRAAL_TEAM', 'EXPERTCOACH')
FROM bench_p p
WHERE p.n >= 49500;

INSERT INTO account (username, naam, email, password_hash, status)
SELECT CONCAT('bench.', x.n), x.naam, x.email, '!', x.status FROM bench_person x ORDER BY x.n;
INSERT INTO lidmaatschap (account_id, rol, school_id, bestuur_id)
SELECT a.id, x.rol, x.school_id, x.bestuur_id FROM bench_person x JOIN account a ON a.username = CONCAT('bench.', x.n)
ORDER BY x.n;

DROP TEMPORARY TABLE bench_person;
DROP TEMPORARY TABLE bench_school;
DROP TEMPORARY TABLE bench_bestuur;
DROP TEMPORARY TABLE bench_p;
DROP TEMPORARY TABLE bench_d;
