-- 011: stored articles asked for again in the days after they were first seen (ZGC_RECHECK_DAYS).  A copy whose
-- text or title changed (a correction, an update) becomes the article, its earlier text kept in article_revisions;
-- an answer of 404 / 410, a redirect to the site's front page or a listing, or another page at its address (a
-- copy that keeps almost none of its text), marks it withdrawn (and an answer again unmarks it).
-- article_rechecks records each archived copy that was compared (so it is compared once).
ALTER TABLE articles ADD COLUMN revision INTEGER DEFAULT 0;
ALTER TABLE articles ADD COLUMN updated_on DATE;
ALTER TABLE articles ADD COLUMN withdrawn_on DATE;
ALTER TABLE articles ADD COLUMN withdrawn_why VARCHAR;
CREATE TABLE IF NOT EXISTS article_revisions (
    article_id VARCHAR NOT NULL,
    revision INTEGER NOT NULL,         -- 0: the text first stored; the article's own row holds the newest
    title VARCHAR,
    text VARCHAR,
    author VARCHAR,
    published_at TIMESTAMPTZ,
    warc_file VARCHAR,                 -- the archived copy it was extracted from
    warc_offset BIGINT,
    replaced_on DATE NOT NULL,         -- the day a changed copy replaced it
    PRIMARY KEY (article_id, revision)
);
CREATE TABLE IF NOT EXISTS article_rechecks (
    warc_file VARCHAR NOT NULL,
    warc_offset BIGINT NOT NULL,
    article_id VARCHAR NOT NULL,
    day DATE NOT NULL,
    outcome VARCHAR NOT NULL,          -- same, updated, replaced (another page at its address: withdrawn), failed
    PRIMARY KEY (warc_file, warc_offset)
);
