-- coverage_by_outlet: relevant articles per source and language.
CREATE OR REPLACE VIEW coverage_by_outlet AS
SELECT source, language, count(*) AS articles,
       min(first_seen) AS first_day, max(first_seen) AS last_day,
       count(*) FILTER (WHERE withdrawn_on IS NOT NULL) AS withdrawn
FROM articles
WHERE relevant
GROUP BY ALL;
