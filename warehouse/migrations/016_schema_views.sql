-- The fingerprint of the views and macros (warehouse/views/*.sql) that last wrote this database: a release that
-- changes only views (a new rule in task_momentum, a column in coverage_by_outlet) is told from the one before it,
-- so that `status` and `digest` say the snapshot is an older version's until its first refresh, as a migration does.
CREATE TABLE IF NOT EXISTS schema_views (sha256 VARCHAR NOT NULL, written_at TIMESTAMPTZ NOT NULL);
