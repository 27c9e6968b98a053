-- The generation of the views and macros that last wrote this database (pipeline.warehouse.VIEWS_GENERATION,
-- raised by every release that changes warehouse/views): a release older than the one that wrote them refuses to
-- write its own over them (it would take back task_momentum's story columns that analysts' queries use).  This
-- migration is also that fence for the release before it, which knows no generation: it refuses a warehouse with a
-- migration it does not have.
ALTER TABLE schema_views ADD COLUMN generation INTEGER;
