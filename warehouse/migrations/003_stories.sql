-- 003: stories (pipeline.stories): one article text republished by several outlets is one story.
-- One row per article once its fingerprint is taken; a story's id is the id of its first article.
CREATE TABLE article_stories (
    article_id  VARCHAR PRIMARY KEY,   -- articles.id
    story_id    VARCHAR NOT NULL,      -- articles.id of the story's first article
    copy_of     VARCHAR,               -- the stored article this one was found to copy (NULL: first of its story)
    containment DOUBLE,                -- share of the shorter text that the other has too (NULL: first of its story)
    shingles    INTEGER NOT NULL,      -- size of the text's shingle set
    signature   BLOB NOT NULL,         -- MinHash signature (little-endian uint64 values)
    scheme      VARCHAR NOT NULL       -- fingerprint settings; other settings mean the signatures are rebuilt
);
