-- 015: the source's body_selector hint that matched nothing on the page an article was read from (NULL: it matched,
-- or the source has none).  A hint that stops matching (a site redesign, a typo) made the extraction read the whole
-- page, sidebars and all, without a word; the source is now flagged (`hint_unmatched`) when it misses on most of a
-- day's new articles, and an analyst can list the articles read without it.
ALTER TABLE articles ADD COLUMN body_selector_missed VARCHAR;
