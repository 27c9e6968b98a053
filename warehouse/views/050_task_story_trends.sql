-- task_story_trends: relevant stories per plan-task code and the day the story was first seen
-- (its first article's first_seen; a copy that arrives later does not count the story again).
-- articles = the relevant articles of those stories that carry the code.
CREATE OR REPLACE VIEW task_story_trends AS
WITH rel AS (
    SELECT s.story_id, a.id, a.first_seen
    FROM article_stories s JOIN articles a ON a.id = s.article_id
    WHERE a.relevant
), story_day AS (
    SELECT story_id, min(first_seen) AS day FROM rel GROUP BY story_id
)
SELECT d.day                       AS day,
       l.code                      AS code,
       count(DISTINCT r.story_id)  AS stories,
       count(DISTINCT r.id)        AS articles
FROM rel r
JOIN story_day d USING (story_id)
JOIN article_labels l ON l.article_id = r.id
GROUP BY ALL;
