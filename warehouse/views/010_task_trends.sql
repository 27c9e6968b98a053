-- task_trends: relevant articles per first-seen day, plan-task code and source.
-- Codes include both tasks (Z1, B3) and measures (Z1.2).
CREATE OR REPLACE VIEW task_trends AS
SELECT a.first_seen            AS day,
       l.code                  AS code,
       a.source                AS source,
       count(DISTINCT a.id)    AS articles
FROM articles a
JOIN article_labels l ON l.article_id = a.id
WHERE a.relevant
GROUP BY ALL;
