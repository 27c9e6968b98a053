-- 018: a fingerprint of each taken-down article's text (never the text).  A taken-down article came back as a new
-- one when a listing linked it under an address its key does not fold (?x=1); the extraction now refuses a new
-- article of the same source whose text is the same (text_sha256), nearly the same, or mostly the taken-down one's
-- (text_signature and text_shingles: its first page alone, when its further pages are taken down).  Takedowns made
-- before this migration have none: their text was gone already.
ALTER TABLE takedowns ADD COLUMN text_sha256 VARCHAR;   -- SHA-256 of the text's letters and digits (NFKC)
ALTER TABLE takedowns ADD COLUMN text_signature BLOB;   -- its MinHash signature, as article_stories.signature
ALTER TABLE takedowns ADD COLUMN text_shingles INTEGER; -- how many shingles the signature was made of
