-- task_momentum: per code and day, articles in the 7 days ending that day against the 7 days before;
-- trend = rising | falling | steady.  Every day of refreshed_days has a row for every code of the current taxonomy
-- (current_plan_tasks) and every code ever labelled, so the latest refreshed day is there even when it brought
-- nothing, and a task whose coverage stopped shows as falling.  Where refreshes looked at fewer than 4 of the 7 days
-- before (the first week of a warehouse, or a gap in refreshes), prior_7d and change are NULL and trend is
-- 'unknown', as the digest shows them: a count over days nobody read would say "rising" (pipeline.warehouse.WEEK_LOOKED).
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
             WHERE x.code = c.code AND x.day > d.day - INTERVAL 14 DAY AND x.day <= d.day - INTERVAL 7 DAY) AS prior_7d,
           (SELECT count(*) FROM days r WHERE r.day > d.day - INTERVAL 14 DAY AND r.day <= d.day - INTERVAL 7 DAY) >= 4
               AS prior_refreshed
    FROM days d CROSS JOIN codes c
)
-- (counts as BIGINT: DuckDB's sums are HUGEINT, which Parquet, pandas and many BI drivers read as floats or not at all)
SELECT day, code, last_7d::BIGINT AS last_7d,
       CASE WHEN prior_refreshed THEN prior_7d END::BIGINT AS prior_7d,
       CASE WHEN prior_refreshed THEN last_7d - prior_7d END::BIGINT AS change,
       CASE WHEN NOT prior_refreshed THEN 'unknown'
            WHEN last_7d > prior_7d THEN 'rising'
            WHEN last_7d < prior_7d THEN 'falling'
            ELSE 'steady' END AS trend
FROM windows;
