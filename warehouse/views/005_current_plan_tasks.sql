-- current_plan_tasks: the plan_tasks rows of the newest taxonomy version (plan_tasks.v15 after v9: the version's
-- trailing number decides, as pipeline.warehouse.latest_taxonomy_version does).  plan_tasks keeps every version's
-- rows, so a join on code alone counts an article once per stored version; join this view instead.
-- (Created before the other views: task_momentum reads it.)
CREATE OR REPLACE VIEW current_plan_tasks AS
SELECT * FROM plan_tasks
WHERE taxonomy_version = (
    SELECT taxonomy_version FROM plan_tasks
    ORDER BY coalesce(try_cast(regexp_extract(taxonomy_version, '(\d+)$', 1) AS BIGINT), -1) DESC,
             taxonomy_version DESC
    LIMIT 1);
