-- 007: which archived copy of a page failed to extract.  A page that answered 200 without an article (a placeholder,
-- an anti-bot challenge, an empty template) is fetched again by later crawls for a week, up to three copies; a newer
-- copy than the one recorded here is extracted again, and becomes the article when it holds one.  Rows recorded
-- before this migration have no copy: their first copy is the one that failed.
ALTER TABLE extraction_errors ADD COLUMN warc_file VARCHAR;
ALTER TABLE extraction_errors ADD COLUMN warc_offset BIGINT;
