-- 006: a crawl run that did not finish (killed, interrupted, failed) writes no source_health rows; the articles of
-- the pages it archived are extracted by a later run.  That next crawl run takes it over (counted_by = its run_id),
-- and its source_health rows count the articles of both, so per-source new_articles add up to the articles stored.
ALTER TABLE crawl_runs ADD COLUMN counted_by VARCHAR;
