-- labels_as_of(t): the labels in force at time t (a TIMESTAMPTZ; a DATE means its midnight, so write
-- TIMESTAMPTZ '2026-11-10 23:59:59+08' for the end of a Beijing day): the current labels made by then (or before
-- labelled_at was kept) and the replaced ones that were made by then and replaced after.  Reproduces a figure sent
-- out before a taxonomy upgrade or a correction changed the labels.
CREATE OR REPLACE MACRO labels_as_of(t) AS TABLE
SELECT article_id, code, score, evidence, taxonomy_version, method, labelled_at
FROM article_labels WHERE labelled_at IS NULL OR labelled_at <= t
UNION ALL
SELECT article_id, code, score, evidence, taxonomy_version, method, labelled_at
FROM label_history WHERE (labelled_at IS NULL OR labelled_at <= t) AND replaced_at > t;
