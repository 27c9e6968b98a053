-- refreshed_days: the days some refresh looked at: the partition day of a crawl run that finished, or a day articles
-- were first seen (a warehouse loaded otherwise has no crawl runs).  A run that failed or was interrupted before it
-- fetched anything (a full disk, a killed job) does not make its day known: the digest shows such a day as unknown,
-- not as a day without coverage.  Nor does a live crawl for a day already over in Beijing (a backfill): it reads the
-- sites as they are now, so finding nothing new says nothing about that day (what it does find is first seen that
-- day, which makes the day known).  A crawl that started in the first six hours after the day ended is the day's own
-- (a refresh of "today" started at 23:59, or queued behind a lock or a Dagster run past midnight), as
-- pipeline.metadata.BACKFILL_GRACE says.  task_momentum has a row for each.
CREATE OR REPLACE VIEW refreshed_days AS
SELECT day FROM crawl_runs
WHERE finish_reason IN ('finished', 'stopped at its time limit')   -- (pipeline.warehouse.DONE_SQL)
  AND NOT (mode = 'live' AND timezone('Asia/Shanghai', started_at) >= CAST(day AS TIMESTAMP) + INTERVAL 30 HOUR)
UNION SELECT first_seen AS day FROM articles;
