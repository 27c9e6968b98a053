-- task_story_trends: relevant stories per plan-task code and the day the story was first seen
-- (its first article's first_seen; a copy that arrives later does not count the story again).  A story is an
-- article and its republished or translated copies (article_stories; an article with no story row is a story of
-- its own).  articles = the relevant articles of those stories that carry the code; stories_online = those of the
-- stories with an article carrying the code that is not withdrawn (what task_momentum and the digest's table count:
-- coverage still there).  (Created before task_momentum, which reads it.)
CREATE OR REPLACE VIEW task_story_trends AS
WITH rel AS (
    SELECT coalesce(s.story_id, a.id) AS story_id, a.id, a.first_seen, a.withdrawn_on
    FROM articles a LEFT JOIN article_stories s ON s.article_id = a.id
    WHERE a.relevant
), story_day AS (
    SELECT story_id, min(first_seen) AS day FROM rel GROUP BY story_id
)
SELECT d.day                       AS day,
       l.code                      AS code,
       count(DISTINCT r.story_id)  AS stories,
       count(DISTINCT r.id)        AS articles,
       count(DISTINCT r.story_id) FILTER (WHERE r.withdrawn_on IS NULL) AS stories_online
FROM rel r
JOIN story_day d USING (story_id)
JOIN article_labels l ON l.article_id = r.id
GROUP BY ALL;
