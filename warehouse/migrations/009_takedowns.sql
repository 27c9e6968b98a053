-- 009: takedowns (`zgc-monitor takedown`): an article removed on request (an outlet, a court, an editor).  Its rows
-- are deleted from articles, article_labels, article_stories, raw_pages and extraction_errors; this table keeps
-- what was removed (no text, no title) so that the crawl counts the page as seen and never fetches it again, the
-- extraction never takes it from the archive again, and analysts can see what was removed and why.
CREATE TABLE takedowns (
    canonical_url    VARCHAR PRIMARY KEY,   -- the page's key, as articles / raw_pages held it
    url              VARCHAR,               -- the address as fetched
    article_id       VARCHAR,               -- the articles.id it had (NULL: the page held no article)
    kind             VARCHAR NOT NULL,      -- 'article' (asked for), 'copy' (an AMP/print copy naming it canonical),
                                            -- 'part' (its page 2, 3, ...)
    taken_down_with  VARCHAR,               -- for a copy or a part: the canonical_url of the takedown it went with
    source           VARCHAR,
    first_seen       DATE,                  -- the day whose digest showed it
    reason           VARCHAR,
    taken_at         TIMESTAMPTZ NOT NULL,
    archive_purge    BOOLEAN NOT NULL DEFAULT false,  -- its records are to be removed from the WARC archive too
    archive_files    VARCHAR[],             -- the WARC files that held a record of it when it was taken down
    purged_at        TIMESTAMPTZ,           -- when those records were removed from them (NULL: they still hold it)
    compacted_at     TIMESTAMPTZ            -- when the database was rewritten without the deleted bytes
);
-- a WARC file being rewritten without a taken-down page's records: written as temp_file, the offsets of the other
-- records updated in the same transaction as this row, then temp_file renamed over warc_file and the row deleted.
-- A row left by a kill is finished by the next writer (the rename done when temp_file is whole).
CREATE TABLE archive_rewrites (
    warc_file   VARCHAR PRIMARY KEY,
    temp_file   VARCHAR NOT NULL,
    sha1        VARCHAR NOT NULL,   -- of temp_file's bytes
    started_at  TIMESTAMPTZ NOT NULL
);
