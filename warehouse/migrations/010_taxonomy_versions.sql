-- 010: each taxonomy version's fingerprint (the SHA-256 of its file and of the model files it names) from the first
-- time it labelled this warehouse: a version whose files changed since is refused, as is a version older than one
-- that labelled the warehouse, instead of labelling beside the stored labels under the same name.  (Numbered after
-- 009, kept for the takedowns table.)
CREATE TABLE IF NOT EXISTS taxonomy_versions (
    taxonomy_version VARCHAR PRIMARY KEY,
    sha256 VARCHAR NOT NULL,
    first_used TIMESTAMPTZ NOT NULL
);
