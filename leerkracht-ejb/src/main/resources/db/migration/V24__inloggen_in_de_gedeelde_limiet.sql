-- Failed logins are counted by the platform's one rate limiter (issue 13), in memory shared by the
-- nodes of a cluster, like every other limit: the table that counted them goes.

DROP TABLE login_throttle;
