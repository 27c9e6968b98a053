-- 004: a story also holds its translations (pipeline.translations): the English and the Chinese version
-- of one article.  `match` says how an article joined its story: 'copy' (republished text, shingles) or
-- 'translation' (the other language's version, dictionary coverage); NULL for a story's first article.
-- For a translation, `containment` holds the lower of the two coverages.
ALTER TABLE article_stories ADD COLUMN match VARCHAR;
UPDATE article_stories SET match = 'copy' WHERE copy_of IS NOT NULL;
