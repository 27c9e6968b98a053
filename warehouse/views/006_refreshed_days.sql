-- refreshed_days: the days some refresh looked at: a crawl run's partition day, or a day articles were first seen
-- (a warehouse loaded otherwise has no crawl runs).  task_momentum has a row for each; the digest shows a day
-- outside it as unknown, not as a day without coverage.
CREATE OR REPLACE VIEW refreshed_days AS
SELECT day FROM crawl_runs UNION SELECT first_seen AS day FROM articles;
