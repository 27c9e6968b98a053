-- 014: labels as they were.  A taxonomy upgrade relabels every article and a correction classifies its article
-- again, each replacing the article's labels: a weekly figure sent out before could not be reproduced from the
-- warehouse.  Each label now carries when it was made (labelled_at; NULL for those made before this migration), and
-- the labels a classification replaced or dropped move to label_history with when and by which taxonomy version.
-- The macro labels_as_of(t) gives the labels in force at time t (article_labels' columns).
ALTER TABLE article_labels ADD COLUMN labelled_at TIMESTAMPTZ;
CREATE TABLE label_history (
    article_id        VARCHAR NOT NULL,
    code              VARCHAR NOT NULL,
    score             DOUBLE,
    evidence          VARCHAR,
    taxonomy_version  VARCHAR,
    method            VARCHAR,
    labelled_at       TIMESTAMPTZ,           -- when it was made (NULL: before migration 014)
    replaced_at       TIMESTAMPTZ NOT NULL,  -- when a later classification of the article replaced or dropped it
    replaced_by       VARCHAR                -- the taxonomy version of that classification
);
