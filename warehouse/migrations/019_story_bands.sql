-- 019: each stored story fingerprint's LSH band keys (pipeline.stories.band_keys), so that a refresh finds the stored
-- articles that share a band with its new ones by a join, and reads nothing of the others: before, every refresh
-- read every stored signature (article_stories.signature) to build its LSH index, and grew with the warehouse.
-- A row per band of each article whose text has at least 30 shingles (stories.MIN_SHINGLES: shorter texts are never
-- matched); written with its article_stories row, removed with it.
CREATE TABLE story_bands (
    article_id VARCHAR NOT NULL,   -- article_stories.article_id
    band       UTINYINT NOT NULL,  -- the band's number, 0-27 (its MinHash values 2 * band and 2 * band + 1)
    key        UBIGINT NOT NULL    -- those two values (each under 2^32), the first in the high 32 bits
);
COMMENT ON TABLE story_bands IS 'Each story fingerprint''s LSH band keys (pipeline.stories.band_keys), for finding a new article''s candidate copies by a join';
-- the stored stories' keys, computed from their signatures (128 little-endian unsigned 64-bit values: value i is
-- hex characters 16 * i + 1 to 16 * i + 16 of hex(signature), its lowest byte first); pipeline.stories.band_keys
-- computes the same keys for the articles fingerprinted from now on. A signature of another length (not of these
-- settings; a row of older settings is fingerprinted again by the next refresh anyway) gets none.
INSERT INTO story_bands
SELECT s.article_id, b.band::UTINYINT,
       ('0x' || substr(s.h, 32 * b.band + 7, 2) || substr(s.h, 32 * b.band + 5, 2) || substr(s.h, 32 * b.band + 3, 2)
             || substr(s.h, 32 * b.band + 1, 2)
             || substr(s.h, 32 * b.band + 23, 2) || substr(s.h, 32 * b.band + 21, 2)
             || substr(s.h, 32 * b.band + 19, 2) || substr(s.h, 32 * b.band + 17, 2))::UBIGINT
FROM (SELECT article_id, hex(signature) AS h FROM article_stories
      WHERE shingles >= 30 AND octet_length(signature) = 1024) s
CROSS JOIN range(28) b(band)
ORDER BY s.article_id, b.band;
