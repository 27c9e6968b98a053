-- task_momentum: per code and day, articles in the 7 days ending that day against the 7 days before;
-- trend = rising | falling | steady.  Every day of refreshed_days has a row for every code of the current taxonomy
-- (current_plan_tasks) and every code ever labelled, so the latest refreshed day is there even when it brought
-- nothing, and a task whose coverage stopped shows as falling.
CREATE OR REPLACE VIEW task_momentum AS
WITH daily AS (
    SELECT day, code, sum(articles) AS articles FROM task_trends GROUP BY ALL
), days AS (
    SELECT day FROM refreshed_days
), codes AS (
    SELECT code FROM current_plan_tasks UNION SELECT code FROM daily
), windows AS (
    SELECT d.day, c.code,
           (SELECT coalesce(sum(x.articles), 0) FROM daily x
             WHERE x.code = c.code AND x.day > d.day - INTERVAL 7 DAY AND x.day <= d.day) AS last_7d,
           (SELECT coalesce(sum(x.articles), 0) FROM daily x
             WHERE x.code = c.code AND x.day > d.day - INTERVAL 14 DAY AND x.day <= d.day - INTERVAL 7 DAY) AS prior_7d
    FROM days d CROSS JOIN codes c
)
SELECT day, code, last_7d, prior_7d, last_7d - prior_7d AS change,
       CASE WHEN last_7d > prior_7d THEN 'rising'
            WHEN last_7d < prior_7d THEN 'falling'
            ELSE 'steady' END AS trend
FROM windows;
