-- task_momentum: per code and day, the 7 days ending that day against the 7 days before, in articles and in stories;
-- trend = rising | falling | steady, by trend_of (015_trend_of.sql: a change within what a steady rate gives by
-- chance is steady) over the stories: task_story_trends' stories_online (an article and its republished or
-- translated copies count once for a code, on the day the first was first seen, while one of those carrying the code
-- is still online).  Copies are not independent reports: counted as
-- articles, one press release four outlets carried read as "rising".  change is the stories' too
-- (stories_last_7d - stories_prior_7d), the figure the trend judges (views generation 1 gave the articles' change
-- beside a trend over stories).  The article counts (last_7d, prior_7d) stay as they were: every relevant article
-- with the code first seen in the week.
-- Every day of refreshed_days has a row for every code of the current taxonomy (current_plan_tasks) and every code
-- the stored labels hold (a code a newer taxonomy dropped has none left: its labels moved to label_history), so the
-- latest refreshed day is there even when it brought nothing, and a task whose coverage stopped shows as falling.
-- Where refreshes looked at fewer than 4 of a week's 7 days (the 7 ending that day: last; the 7 before: prior),
-- that week's counts are NULL, and so are change and the trend ('unknown'), as the digest shows them: a count over
-- days nobody read would say "rising" after a warehouse's first days, "falling" after a scheduler's outage
-- (pipeline.warehouse.WEEK_LOOKED).
CREATE OR REPLACE VIEW task_momentum AS
WITH daily AS (
    SELECT day, code, sum(articles) AS articles FROM task_trends GROUP BY ALL
), daily_stories AS (
    SELECT day, code, stories_online AS stories FROM task_story_trends
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
           (SELECT coalesce(sum(x.stories), 0) FROM daily_stories x
             WHERE x.code = c.code AND x.day > d.day - INTERVAL 7 DAY AND x.day <= d.day) AS stories_last_7d,
           (SELECT coalesce(sum(x.stories), 0) FROM daily_stories x
             WHERE x.code = c.code AND x.day > d.day - INTERVAL 14 DAY AND x.day <= d.day - INTERVAL 7 DAY)
               AS stories_prior_7d,
           (SELECT count(*) FROM days r WHERE r.day > d.day - INTERVAL 14 DAY AND r.day <= d.day - INTERVAL 7 DAY) >= 4
               AS prior_refreshed,
           (SELECT count(*) FROM days r WHERE r.day > d.day - INTERVAL 7 DAY AND r.day <= d.day) >= 4
               AS last_refreshed
    FROM days d CROSS JOIN codes c
)
-- (counts as BIGINT: DuckDB's sums are HUGEINT, which Parquet, pandas and many BI drivers read as floats or not at all)
SELECT day, code,
       CASE WHEN last_refreshed THEN last_7d END::BIGINT AS last_7d,
       CASE WHEN prior_refreshed THEN prior_7d END::BIGINT AS prior_7d,
       CASE WHEN prior_refreshed AND last_refreshed THEN stories_last_7d - stories_prior_7d END::BIGINT AS change,
       CASE WHEN last_refreshed THEN stories_last_7d END::BIGINT AS stories_last_7d,
       CASE WHEN prior_refreshed THEN stories_prior_7d END::BIGINT AS stories_prior_7d,
       CASE WHEN NOT (prior_refreshed AND last_refreshed) THEN 'unknown'
            ELSE trend_of(stories_last_7d, stories_prior_7d) END AS trend
FROM windows;
