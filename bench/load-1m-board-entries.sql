-- Benchmark data for the team boards, after load-5000-schools.sql and load-5000-trajectories.sql:
-- every trajectory (the benchmark schools' and the demo data's) gets 200 board entries: 50 goals,
-- 60 actions, 40 bordsessies (three people each), 30 successes and 20 lesson visits. With 5,002
-- trajectories that is 1,000,400 entries.
--   mariadb -h127.0.0.1 -uroot leerkracht < bench/load-1m-board-entries.sql
-- The sessions lie in 2025, so they do not touch the demo data's recent ones (one per team per day).

CREATE TEMPORARY TABLE bench_i (i INT NOT NULL PRIMARY KEY);
INSERT INTO bench_i (i)
SELECT a.d + 10 * b.d
FROM (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
      UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) a
CROSS JOIN (SELECT 0 d UNION ALL SELECT 1 UNION ALL SELECT 2 UNION ALL SELECT 3 UNION ALL SELECT 4
      UNION ALL SELECT 5 UNION ALL SELECT 6 UNION ALL SELECT 7 UNION ALL SELECT 8 UNION ALL SELECT 9) b;

INSERT INTO traject_doel (traject_id, omschrijving, eigenaar, streefwaarde, deadline, status)
SELECT t.id, CONCAT('Benchmarkdoel ', n.i + 1), 'Benchmark Eigenaar', 'In 6 van de 8 groepen',
       DATE_ADD('2026-12-01', INTERVAL MOD(n.i, 26) WEEK), ELT(MOD(n.i, 3) + 1, 'LOOPT', 'BEHAALD', 'NIET_BEHAALD')
FROM traject t CROSS JOIN bench_i n WHERE n.i < 50;

INSERT INTO traject_actie (traject_id, omschrijving, eigenaar, deadline, afgerond_op, aangemaakt_op)
SELECT t.id, CONCAT('Benchmarkactie ', n.i + 1), 'Benchmark Eigenaar', DATE_ADD('2026-09-07', INTERVAL n.i DAY),
       CASE WHEN MOD(n.i, 4) = 0 THEN NULL ELSE DATE_ADD('2026-09-07', INTERVAL n.i DAY) END, '2026-09-01'
FROM traject t CROSS JOIN bench_i n WHERE n.i < 60;

INSERT INTO bordsessie (traject_id, datum, acties_afgerond, acties_nieuw, notitie, door, op)
SELECT t.id, DATE_ADD('2025-01-06', INTERVAL n.i WEEK), 1, 1, NULL, 'Benchmark Schoolcoach', NOW(6)
FROM traject t CROSS JOIN bench_i n WHERE n.i < 40;

INSERT INTO bordsessie_aanwezige (bordsessie_id, naam)
SELECT b.id, p.naam FROM bordsessie b
CROSS JOIN (SELECT 'Benchmark Schoolcoach' naam UNION ALL SELECT 'Benchmark Aanjager' UNION ALL SELECT 'Benchmark Leraar') p
WHERE b.door = 'Benchmark Schoolcoach';

INSERT INTO traject_succes (traject_id, omschrijving, datum, door)
SELECT t.id, CONCAT('Benchmarksucces ', n.i + 1), DATE_ADD('2026-09-02', INTERVAL n.i DAY), 'Benchmark Leraar'
FROM traject t CROSS JOIN bench_i n WHERE n.i < 30;

INSERT INTO lesbezoek (traject_id, bezoeker, bezochte, datum, focus, status, feedback)
SELECT t.id, 'Benchmark Aanjager', 'Benchmark Leraar', DATE_ADD('2026-09-03', INTERVAL n.i DAY), 'Feedback bij rekenen',
       'GEHOUDEN', 'Sterk: wachttijd. Tip: rondlopen.'
FROM traject t CROSS JOIN bench_i n WHERE n.i < 20;

SELECT (SELECT COUNT(*) FROM traject) AS trajecten,
       (SELECT COUNT(*) FROM traject_doel) + (SELECT COUNT(*) FROM traject_actie) + (SELECT COUNT(*) FROM bordsessie)
       + (SELECT COUNT(*) FROM traject_succes) + (SELECT COUNT(*) FROM lesbezoek) AS bordregels;
