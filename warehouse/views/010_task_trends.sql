-- task_trends: relevant articles per first-seen day, plan-task code, source and language (zh-Hans / zh-Hant / en).
-- Codes include both tasks (Z1, B3) and measures (Z1.2).  An article has one language, so summing over languages
-- (or sources) counts each article once.  withdrawn: how many of them were found withdrawn since (a 404, a 410,
-- a page replaced): articles - withdrawn is the coverage still online.
CREATE OR REPLACE VIEW task_trends AS
SELECT a.first_seen            AS day,
       l.code                  AS code,
       a.source                AS source,
       a.language              AS language,
       count(DISTINCT a.id)    AS articles,
       count(DISTINCT a.id) FILTER (WHERE a.withdrawn_on IS NOT NULL) AS withdrawn
FROM articles a
JOIN article_labels l ON l.article_id = a.id
WHERE a.relevant
GROUP BY ALL;
