-- 012: whether an article's earlier text was relevant, kept with it when a correction replaced it: a correction
-- that leaves a story no longer about the zone (its text replaced, relevance judged again) is still news to the
-- readers who were shown it, and the digest of the day lists it.
ALTER TABLE article_revisions ADD COLUMN relevant BOOLEAN;
