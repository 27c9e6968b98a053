-- 020: a key of each article's title and text (the first 8 bytes of the SHA-256 of their letters and digits, NFKC,
-- as takedowns.text_sha256 hashes a text), so that a new page of a source whose title and text are those of an
-- article of the same source already stored is known for that article at another address, not stored again: a site
-- that moved to a new host, once the sources file follows it, lists its stored articles under the new host, and
-- each came in as a new article of the day (every per-article figure of that outlet doubled).  A 64-bit number, not
-- the hex digest: the lookup (source and key) reads these two columns of every row, a fifth of the time the hex
-- strings took at 200k articles.  Rows stored before this migration get theirs from the next refresh or reprocess
-- (warehouse.fill_text_keys), which reads their titles and texts once; a text with no letter or digit has key 0,
-- which nothing matches.
ALTER TABLE articles ADD COLUMN text_key UBIGINT;
