-- refreshed_days: the days some refresh looked at: the partition day of a crawl run that finished, or a day articles
-- were first seen (a warehouse loaded otherwise has no crawl runs).  A run that failed or was interrupted before it
-- fetched anything (a full disk, a killed job) does not make its day known: the digest shows such a day as unknown,
-- not as a day without coverage.  task_momentum has a row for each.
CREATE OR REPLACE VIEW refreshed_days AS
SELECT day FROM crawl_runs WHERE finish_reason = 'finished' UNION SELECT first_seen AS day FROM articles;
