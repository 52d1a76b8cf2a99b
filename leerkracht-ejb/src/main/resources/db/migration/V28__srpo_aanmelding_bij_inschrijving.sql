-- The Schoolleidersregister tick at enrolment becomes its applicant's opt-in when the trajectory
-- starts (TrajectOpening); for the trajectories that started before, it becomes one now: the
-- applicant's account, if it is a schoolleider of the school and has no opt-in row yet.

INSERT INTO srpo_aanmelding (traject_id, account_id, aangemeld_op)
SELECT t.id, a.id, i.aangevraagd_op
FROM traject t
JOIN inschrijving i ON i.id = t.inschrijving_id
JOIN account a ON a.username = i.aanvrager_account
WHERE i.schoolleidersregister = TRUE
  AND EXISTS (SELECT 1 FROM lidmaatschap l WHERE l.account_id = a.id AND l.rol = 'SCHOOLLEIDER' AND l.school_id = t.school_id)
  AND NOT EXISTS (SELECT 1 FROM srpo_aanmelding s WHERE s.traject_id = t.id AND s.account_id = a.id);
